/* The heat layer: Leaflet.heat (the copy the folium package ships, served as lib/leaflet-heat.js)
 * fed with whatever the incident layer last received, so it costs no extra data from Python:
 * points weigh 1, grid cells weigh log(1 + count) and spread over about their own size.
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  var PANE = "bmHeat";
  var PANE_Z = 440; // below the incidents (450), above the reference polygons (overlays, 400)
  var GRADIENT = { 0.25: "#2b83ba", 0.5: "#abdda4", 0.7: "#ffffbf", 0.85: "#fdae61", 1.0: "#d7191c" };

  /* simpleheat reads its canvas back on every redraw: ask for a context made for that (a canvas keeps
   * the first context it hands out, so the plugin's own getContext("2d") then gets this one). */
  var plainSimpleheat = window.simpleheat;
  window.simpleheat = function (canvas) {
    canvas.getContext("2d", { willReadFrequently: true });
    return plainSimpleheat(canvas);
  };

  function latLngs(d) {
    var out = new Array(d.len), grid = d.mode === "grid";
    for (var i = 0; i < d.len; i++) out[i] = [d.y[i], d.x[i], grid ? Math.log(1 + d.n[i]) : 1];
    return out;
  }

  /* The radius in pixels for data `d` at the map's zoom: a grid cell's blob covers about the cell. */
  function radiusFor(map, d, base) {
    if (d.mode !== "grid" || !d.cell) return base;
    var a = map.latLngToContainerPoint([0, 0]), b = map.latLngToContainerPoint([0, d.cell]);
    return Math.max(base, Math.round((b.x - a.x) * 0.6));
  }

  BM.heatLayer = function (options) {
    var layer = L.heatLayer([], L.extend({ pane: PANE, radius: 14, blur: 12, minOpacity: 0.05, gradient: GRADIENT },
                                         options));
    var base = layer.options.radius;

    function fit() {
      var radius = radiusFor(layer._map, BM.data, base);
      if (radius !== layer.options.radius) layer.setOptions({ radius: radius, blur: Math.round(radius * 0.85) });
    }

    function feed(d) {
      if (!layer._map) return;
      fit();
      layer.setLatLngs(latLngs(d));
    }

    layer.beforeAdd = function (map) { BM.ensurePane(map, PANE, PANE_Z, "none"); };
    layer.on("add", function () {
      BM.listeners.push(feed);
      layer._map.on("zoomend", fit);
      feed(BM.data);
    });
    layer.on("remove", function () {
      BM.listeners = BM.listeners.filter(function (fn) { return fn !== feed; });
      if (layer._map) layer._map.off("zoomend", fit);
    });
    return layer;
  };
})();
