/* A small heat layer of our own: blurred discs added up in an alpha canvas, then coloured
 * through a palette. It draws whatever the incident layer last received (points weigh 1,
 * grid cells weigh their count), so it costs no extra data from Python.
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  var STOPS = [[0.0, "rgba(0,0,255,0)"], [0.25, "#2b83ba"], [0.5, "#abdda4"], [0.7, "#ffffbf"],
               [0.85, "#fdae61"], [1.0, "#d7191c"]];

  function palette() {
    var c = document.createElement("canvas");
    c.width = 256;
    c.height = 1;
    var ctx = c.getContext("2d"), g = ctx.createLinearGradient(0, 0, 256, 0);
    STOPS.forEach(function (s) { g.addColorStop(s[0], s[1]); });
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 256, 1);
    return ctx.getImageData(0, 0, 256, 1).data;
  }

  function stamp(radius, blur) {
    var c = document.createElement("canvas"), r = radius + blur;
    c.width = c.height = r * 2;
    var ctx = c.getContext("2d");
    ctx.shadowOffsetX = ctx.shadowOffsetY = r * 2;
    ctx.shadowBlur = blur;
    ctx.shadowColor = "black";
    ctx.beginPath();
    ctx.arc(-r, -r, radius, 0, 2 * Math.PI);
    ctx.fill();
    return c;
  }

  BM.HeatLayer = L.Layer.extend({
    options: { pane: "bmHeat", radius: 14, blur: 12, opacity: 0.75 },

    onAdd: function (map) {
      if (!map.getPane(this.options.pane)) {
        var pane = map.createPane(this.options.pane);
        pane.style.zIndex = 440;
        pane.style.pointerEvents = "none";
      }
      this._canvas = L.DomUtil.create("canvas", "bm-heat-canvas leaflet-zoom-hide");
      this._canvas.style.opacity = this.options.opacity;
      this.getPane().appendChild(this._canvas);
      this._palette = this._palette || palette();
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      this._listener = this.redraw.bind(this);
      BM.listeners.push(this._listener);
      this.redraw();
    },

    onRemove: function (map) {
      map.off("moveend zoomend resize viewreset", this.redraw, this);
      BM.listeners = BM.listeners.filter(function (fn) { return fn !== this._listener; }, this);
      L.DomUtil.remove(this._canvas);
      this._canvas = null;
    },

    redraw: function () {
      var map = this._map;
      if (!map || !this._canvas) return;
      var size = map.getSize(), canvas = this._canvas, d = BM.data;
      canvas.width = size.x;
      canvas.height = size.y;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      var ctx = canvas.getContext("2d", { willReadFrequently: true });
      ctx.clearRect(0, 0, size.x, size.y);
      if (!d.len) return;
      var radius = this.options.radius, weights = new Float32Array(d.len), max = 1, i;
      if (d.mode === "grid") {
        var a = map.latLngToContainerPoint([0, 0]), b = map.latLngToContainerPoint([0, d.cell]);
        radius = Math.max(radius, Math.round((b.x - a.x) * 0.6));
        for (i = 0; i < d.len; i++) { weights[i] = d.n[i]; if (d.n[i] > max) max = d.n[i]; }
        max = Math.log(1 + max);
        for (i = 0; i < d.len; i++) weights[i] = Math.log(1 + weights[i]) / max;
      } else {
        var w = Math.min(1, Math.max(0.05, 40 / Math.sqrt(d.len)));
        for (i = 0; i < d.len; i++) weights[i] = w;
      }
      var blur = Math.round(radius * 0.85), disc = stamp(radius, blur), r = radius + blur;
      for (i = 0; i < d.len; i++) {
        var p = map.latLngToContainerPoint([d.y[i], d.x[i]]);
        if (p.x < -r || p.y < -r || p.x > size.x + r || p.y > size.y + r) continue;
        ctx.globalAlpha = Math.min(1, Math.max(0.02, weights[i]));
        ctx.drawImage(disc, p.x - r, p.y - r);
      }
      var image = ctx.getImageData(0, 0, size.x, size.y), px = image.data, pal = this._palette;
      for (i = 3; i < px.length; i += 4) {
        var alpha = px[i];
        if (!alpha) continue;
        var j = alpha * 4;
        px[i - 3] = pal[j];
        px[i - 2] = pal[j + 1];
        px[i - 1] = pal[j + 2];
        px[i] = Math.min(255, alpha * 1.6);
      }
      ctx.putImageData(image, 0, 0);
    }
  });
})();
