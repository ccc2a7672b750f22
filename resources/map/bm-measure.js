/* Measuring on the map: a path (distance per segment and total), a polygon (area, perimeter) or
 * range rings around a point. The page only collects clicks and draws: every figure and every
 * ring comes from Python (geo/measure.py, pyproj.Geod) over the bridge.
 *
 * Python -> page: "measureMode" {mode: "line"|"area"|"rings"|"", hint, first: [lon, lat]|null},
 *                 "measureResult" {seq, mode, labels: [{lat, lon, text, total}], rings: [{latlngs, text, lat, lon}]}
 * page -> Python: tool("measure", {seq, mode, points: [[lon, lat], ...], done}), tool("measureEnd", {}).
 * Click adds a point, double-click ends the path or polygon (the next click starts a new one),
 * Esc ends the tool.
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  var esc = function (v) { return BM.escape(v); };
  var PANE = "bmMeasure", PANE_Z = 620; // above markers (600), below tooltips (650) and popups (700)
  var COLOR = "#d81b60";

  var m = BM.measure = { mode: "", points: [], done: false, seq: 0, layer: null, rubber: null, hint: null };

  function send() {
    m.seq += 1;
    var points = m.points.map(function (ll) { return [ll.lng, ll.lat]; });
    BM.call("tool", "measure", JSON.stringify({ seq: m.seq, mode: m.mode, points: points, done: m.done }));
  }

  function clear() {
    if (m.layer) m.layer.clearLayers();
    if (m.rubber) { BM.map.removeLayer(m.rubber); m.rubber = null; }
  }

  function drawShape() {
    if (!m.layer) return;
    m.layer.clearLayers();
    if (m.mode === "rings") return; // Python's rings arrive in measureResult
    if (m.points.length >= 2) {
      var opts = { pane: PANE, color: COLOR, weight: 3, interactive: false };
      (m.mode === "area" && m.points.length >= 3
        ? L.polygon(m.points, L.extend({ fillOpacity: 0.12 }, opts))
        : L.polyline(m.points, opts)).addTo(m.layer);
    }
    m.points.forEach(function (ll) {
      L.circleMarker(ll, { pane: PANE, radius: 4, color: "#fff", weight: 2, fillColor: COLOR, fillOpacity: 1,
                           interactive: false }).addTo(m.layer);
    });
  }

  function setHint(text) {
    if (m.hint) { m.hint.remove(); m.hint = null; }
    if (!text) return;
    m.hint = L.control({ position: "bottomleft" });
    m.hint.onAdd = function () {
      var div = L.DomUtil.create("div", "bm-measure-hint leaflet-bar");
      div.textContent = text;
      return div;
    };
    m.hint.addTo(BM.map);
  }

  function inMap(e) {
    var container = BM.map.getContainer();
    if (!container.contains(e.target)) return false;
    return !(e.target.closest && (e.target.closest(".leaflet-control") || e.target.closest(".leaflet-popup")));
  }

  /* Clicks are taken while capturing, before Leaflet and the incident layer see them. */
  var down = null;
  function onDown(e) { down = e.button === 0 ? { x: e.clientX, y: e.clientY } : null; }

  function onClick(e) {
    if (!m.mode || e.button !== 0 || !inMap(e)) return;
    if (down && Math.abs(e.clientX - down.x) + Math.abs(e.clientY - down.y) > 4) return; // the end of a drag
    e.stopPropagation();
    e.preventDefault();
    var ll = BM.map.mouseEventToLatLng(e);
    if (m.mode === "rings") {
      m.points = [ll];
    } else {
      if (m.done) { m.points = []; m.done = false; }
      m.points.push(ll);
    }
    drawShape();
    send();
  }

  function onDblClick(e) {
    if (!m.mode || !inMap(e)) return;
    e.stopPropagation();
    e.preventDefault();
    if (m.mode === "rings" || m.done) return;
    // the double-click's two clicks added the same point twice: keep it once
    var n = m.points.length;
    if (n >= 2 && BM.map.latLngToContainerPoint(m.points[n - 1]).distanceTo(BM.map.latLngToContainerPoint(m.points[n - 2])) < 4) {
      m.points.pop();
    }
    m.done = true;
    if (m.rubber) { BM.map.removeLayer(m.rubber); m.rubber = null; }
    drawShape();
    send();
  }

  function onMove(e) {
    if (!m.mode || m.mode === "rings" || m.done || !m.points.length) return;
    var last = m.points[m.points.length - 1];
    var path = m.mode === "area" && m.points.length >= 2 ? [last, e.latlng, m.points[0]] : [last, e.latlng];
    if (!m.rubber) {
      m.rubber = L.polyline(path, { pane: PANE, color: COLOR, weight: 2, dashArray: "5 5", interactive: false }).addTo(BM.map);
    } else {
      m.rubber.setLatLngs(path);
    }
  }

  function onKey(e) {
    if (!m.mode || !(e.key === "Escape" || e.keyCode === 27)) return;
    if (BM.move && BM.move.active) return; // Esc belongs to the move in progress first
    e.preventDefault();
    end();
    BM.call("tool", "measureEnd", "{}");
  }

  function end() {
    m.mode = "";
    m.points = [];
    m.done = false;
    clear();
    setHint("");
    BM.map.doubleClickZoom.enable();
    L.DomUtil.removeClass(BM.map.getContainer(), "bm-measuring");
  }

  BM.installMeasure = function (map) {
    BM.ensurePane(map, PANE, PANE_Z, "none");
    m.layer = L.layerGroup().addTo(map);
    document.addEventListener("mousedown", onDown, true);
    document.addEventListener("click", onClick, true);
    document.addEventListener("dblclick", onDblClick, true);
    document.addEventListener("keydown", onKey, true);
    map.on("mousemove", onMove);
  };

  BM.on("measureMode", function (msg) {
    end();
    if (!msg.mode) return;
    m.mode = msg.mode;
    BM.map.doubleClickZoom.disable();
    L.DomUtil.addClass(BM.map.getContainer(), "bm-measuring");
    setHint(msg.hint);
    if (msg.first) {
      m.points = [L.latLng(msg.first[1], msg.first[0])];
      drawShape();
      send();
    }
  });

  BM.on("measureResult", function (msg) {
    if (msg.seq !== m.seq || msg.mode !== m.mode) return; // an answer to an older click
    drawShape();
    (msg.rings || []).forEach(function (ring) {
      L.polygon(ring.latlngs, { pane: PANE, color: COLOR, weight: 2, fill: false, interactive: false }).addTo(m.layer);
      L.tooltip({ permanent: true, direction: "top", className: "bm-measure-label", pane: PANE })
        .setLatLng([ring.lat, ring.lon]).setContent(esc(ring.text)).addTo(m.layer);
    });
    (msg.labels || []).forEach(function (label) {
      L.tooltip({ permanent: true, direction: label.total ? "right" : "center", offset: label.total ? [8, 0] : [0, 0],
                  className: "bm-measure-label" + (label.total ? " bm-measure-total" : ""), pane: PANE })
        .setLatLng([label.lat, label.lon]).setContent(esc(label.text)).addTo(m.layer);
    });
    if (msg.mode === "rings" && m.points.length) {
      L.circleMarker(m.points[0], { pane: PANE, radius: 4, color: "#fff", weight: 2, fillColor: COLOR, fillOpacity: 1,
                                    interactive: false }).addTo(m.layer);
    }
  });
})();
