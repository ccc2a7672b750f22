/* The map's own panels and the room they leave for the map.
 *
 * - The legend and the layer control collapse to buttons when the map is too small to show them open
 *   beside each other and the map (and open again when it grows); a click on a button opens its panel,
 *   a click on the map closes them while the map is small.
 * - Popups open clear of every control: before a popup opens, its auto-pan padding is set to the largest
 *   rectangle of the map that no corner's controls cover (so its close box, its text and its Move
 *   button are never under the zoom buttons, the layer control or the legend).
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  var GAP = 6; // px between a popup and a control, and between a popup and the map's edge
  var TIP = 44; // px a popup needs beyond its content: the tip, the anchor offset and the frame
  var MIN_POPUP_HEIGHT = 120;
  var CORNERS = ["topleft", "topright", "bottomleft", "bottomright"];
  var WIDTH_SHARE = 0.45; // open panels may take this much of the map's width

  /* The box each corner's controls take, as {w, h} from that corner of the map (0 for an empty corner). */
  BM.cornerBoxes = function (map) {
    var container = map.getContainer(), outer = container.getBoundingClientRect(), boxes = {};
    CORNERS.forEach(function (name) {
      var top = name.indexOf("top") === 0, left = name.indexOf("left") > 0;
      var corner = container.querySelector(".leaflet-control-container .leaflet-" + (top ? "top" : "bottom") +
                                            ".leaflet-" + (left ? "left" : "right"));
      var box = { w: 0, h: 0 };
      if (corner) {
        Array.prototype.forEach.call(corner.children, function (control) {
          var r = control.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return;
          box.w = Math.max(box.w, left ? r.right - outer.left : outer.right - r.left);
          box.h = Math.max(box.h, top ? r.bottom - outer.top : outer.bottom - r.top);
        });
      }
      boxes[name] = box;
    });
    return boxes;
  };

  /* The largest rectangle of the map clear of every corner's controls, as paddings {left, top, right,
   * bottom} from the map's edges: each corner is cleared either sideways or up/down, whichever leaves
   * more room (16 ways to try). */
  BM.freeArea = function (map) {
    var size = map.getSize(), boxes = BM.cornerBoxes(map), best = null;
    for (var choice = 0; choice < 16; choice++) {
      var pad = { left: 0, top: 0, right: 0, bottom: 0 };
      CORNERS.forEach(function (name, i) {
        var box = boxes[name];
        if (!box.w || !box.h) return;
        var sideways = (choice >> i) & 1;
        if (sideways) {
          var side = name.indexOf("left") > 0 ? "left" : "right";
          pad[side] = Math.max(pad[side], box.w);
        } else {
          var end = name.indexOf("top") === 0 ? "top" : "bottom";
          pad[end] = Math.max(pad[end], box.h);
        }
      });
      var area = Math.max(0, size.x - pad.left - pad.right) * Math.max(0, size.y - pad.top - pad.bottom);
      if (best === null || area > best.area) best = { area: area, pad: pad };
    }
    var p = best.pad;
    return { left: p.left + GAP, top: p.top + GAP, right: p.right + GAP, bottom: p.bottom + GAP };
  };

  /* Give a popup about to open the padding that keeps it clear of the controls, and a height that fits. */
  BM.padPopup = function (map, popup) {
    var free = BM.freeArea(map), o = popup.options;
    o.autoPanPaddingTopLeft = L.point(free.left, free.top);
    o.autoPanPaddingBottomRight = L.point(free.right, free.bottom);
    o.autoPanPadding = L.point(GAP, GAP);
    o.maxHeight = Math.max(MIN_POPUP_HEIGHT, map.getSize().y - free.top - free.bottom - TIP);
    return free;
  };

  function layersOpen(control) {
    return L.DomUtil.hasClass(control.getContainer(), "leaflet-control-layers-expanded");
  }

  /* The room the open panels want: {w, h} (both open, one above the other in the right-hand corners). */
  function openSize(control, legend) {
    var wasLayers = layersOpen(control), wasLegend = legend ? legend.isOpen() : false;
    control.expand();
    if (legend) legend.open();
    var box = control.getContainer(), list = box.querySelector(".leaflet-control-layers-list");
    var layersH = box.offsetHeight - (list ? list.clientHeight - list.scrollHeight : 0);
    var legendBox = legend ? legend.getContainer() : null;
    var need = {
      w: Math.max(box.offsetWidth, legendBox ? legendBox.offsetWidth : 0),
      h: layersH + (legendBox ? legendBox.offsetHeight : 0)
    };
    if (!wasLayers) control.collapse();
    if (legend && !wasLegend) legend.close();
    return need;
  }

  /* Collapse the panels on a small map, open them on a large one; decided again on every resize, but a
   * panel the user opened or closed stays so until the map crosses between small and large. */
  BM.installPanels = function (map, control, legend) {
    var small = null, toggle = control.getContainer().querySelector(".leaflet-control-layers-toggle");
    if (toggle && BM.opts && BM.opts.labels && BM.opts.labels.layers) {
      toggle.title = BM.opts.labels.layers; // Leaflet's own is "Layers", in English
      toggle.setAttribute("aria-label", BM.opts.labels.layers);
    }
    // Leaflet's zoom buttons say "Zoom in" and "Zoom out" in English: the page's language instead
    [["zoomIn", ".leaflet-control-zoom-in"], ["zoomOut", ".leaflet-control-zoom-out"]].forEach(function (pair) {
      var text = BM.opts && BM.opts.labels && BM.opts.labels[pair[0]];
      var button = text && map.getContainer().querySelector(pair[1]);
      if (button) {
        button.title = text;
        button.setAttribute("aria-label", text);
      }
    });
    var attribution = map.attributionControl ? map.attributionControl.getContainer() : null;

    function decide() {
      var size = map.getSize();
      if (!size.x || !size.y) return;
      var need = openSize(control, legend);
      var reserved = 4 * 10 + (attribution ? attribution.offsetHeight : 0); // control margins, attribution
      var nowSmall = need.h + reserved > size.y || need.w > size.x * WIDTH_SHARE;
      if (nowSmall !== small) {
        small = nowSmall;
        L.DomUtil[small ? "addClass" : "removeClass"](map.getContainer(), "bm-compact");
        if (small) {
          control.collapse();
          if (legend) legend.close();
        } else {
          control.expand();
          if (legend) legend.open();
        }
      } else if (layersOpen(control)) {
        control.expand(); // sizes its list for the new map size
      }
    }

    map.on("click", function () {
      if (!small) return;
      control.collapse();
      if (legend) legend.close();
    });
    map.on("resize", decide);
    decide();
    BM.panelsSmall = function () { return small; };

    // Every popup (an incident's, a zone's, a crossing's) takes its padding just before it is added; Leaflet
    // pans it into the padded box as it opens.
    L.Popup.include({
      beforeAdd: function (target) { if (target === map) BM.padPopup(map, this); }
    });
  };
})();
