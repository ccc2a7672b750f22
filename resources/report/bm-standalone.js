/* The standalone HTML map (border-monitor export --out FILE.html): no Python, no bridge, no network.
 *
 * The incidents come inside the page as one compact data object (BM_DATA): base64 of little-endian
 * int32 coordinates (degrees x 1e5), uint8 type codes, int32 minutes since 1970 (UTC), persons,
 * and small tables of the texts (countries, statuses, sectors, nationalities, titles) that the
 * per-incident columns index into. The map page's own incident layer (bm-incidents.js) draws them on
 * one canvas; a click near a point opens its popup, written here from the columns.
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function utcText(minutes) {
    var d = new Date(minutes * 60000);
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate()) + " " +
      pad(d.getUTCHours()) + ":" + pad(d.getUTCMinutes()) + " UTC";
  }

  BM.standalone = function (map, layer, data, labels) {
    var columns = {
      minutes: BM.decode(data.minutes, Int32Array), persons: BM.decode(data.persons, Int32Array),
      country: BM.decode(data.country, Uint8Array), status: BM.decode(data.status, Uint8Array),
      sector: BM.decode(data.sector, Int32Array), nationalities: BM.decode(data.nationalities, Int32Array),
      title: BM.decode(data.title, Int32Array)
    };
    BM.dispatch(JSON.stringify({ op: "incidents", seq: 1, mode: "points", len: data.len, total: data.len,
                                 x: data.x, y: data.y, n: "", p: "", t: data.t }));

    function row(label, value) {
      if (value === "" || value === null || value === undefined) return "";
      return "<tr><th>" + BM.escape(label) + "</th><td>" + BM.escape(value) + "</td></tr>";
    }
    function popupHtml(i) {
      var l = labels, t = data.texts;
      return "<div class='bm-popup'><b>" + BM.escape(l.types[BM.data.t[i]]) + "</b><div>" +
        BM.escape(t.titles[columns.title[i]]) + "</div><table class='bm-table'>" +
        row(l.when, utcText(columns.minutes[i])) + row(l.country, t.countries[columns.country[i]]) +
        row(l.sector, t.sectors[columns.sector[i]]) + row(l.persons, columns.persons[i]) +
        row(l.nationalities, t.nationalities[columns.nationalities[i]]) +
        row(l.status, t.statuses[columns.status[i]]) + row(l.position, BM.data.y[i].toFixed(5) + ", " +
        BM.data.x[i].toFixed(5)) + "</table></div>";
    }

    var container = map.getContainer(), down = null;
    container.addEventListener("mousedown", function (e) { down = [e.clientX, e.clientY]; }, true);
    container.addEventListener("click", function (e) {
      if (!map.hasLayer(layer)) return;
      if (down && Math.abs(down[0] - e.clientX) + Math.abs(down[1] - e.clientY) > 4) return;
      if (e.target.closest && e.target.closest(".leaflet-control, .leaflet-popup")) return;
      var p = map.mouseEventToContainerPoint(e), i = layer.hitPoint(p.x, p.y);
      if (i < 0) return;
      e.stopPropagation();
      L.popup({ maxWidth: 360, className: "bm-incident-popup" })
        .setLatLng([BM.data.y[i], BM.data.x[i]]).setContent(popupHtml(i)).openOn(map);
    }, true);
    container.addEventListener("mousemove", function (e) {
      var p = map.mouseEventToContainerPoint(e);
      L.DomUtil[map.hasLayer(layer) && layer.hitPoint(p.x, p.y) >= 0 ? "addClass" : "removeClass"](
        container, "bm-over-incident");
    }, true);

    var Title = L.Control.extend({
      options: { position: "topleft" },
      onAdd: function () {
        var div = L.DomUtil.create("div", "bm-title leaflet-bar");
        div.innerHTML = "<b>" + BM.escape(labels.title) + "</b><div>" + BM.escape(labels.subtitle) + "</div>" +
          (labels.notice ? "<div class='bm-notice'>" + BM.escape(labels.notice) + "</div>" : "");
        L.DomEvent.disableClickPropagation(div);
        return div;
      }
    });
    new Title().addTo(map);
  };
})();
