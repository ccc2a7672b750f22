/* The wall look of the map (the briefing window): nobody clicks a wall, so the layer control is hidden and
 * the legend keeps what the overview shows (cells, the impact levels, outside the geography), in a larger
 * type (bm.css, class bm-wall on the map). Set by the page's options ({wall: true}) before the panels
 * decide their room.
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  var init = BM.init;
  BM.init = function (map, layerControl, opts) {
    if (opts && opts.wall) L.DomUtil.addClass(map.getContainer(), "bm-wall");
    return init.apply(this, arguments);
  };
})();
