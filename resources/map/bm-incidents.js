/* The incident layer: one canvas, redrawn from compact arrays sent by Python.
 *
 * mode "grid":   counted cells (x, y = cell centres, n = counts, p = persons, cell = size in degrees)
 * mode "points": single incidents (x, y, t = type code), coloured by type
 * Coordinates arrive as int32 degrees x 1e5. A click near a point asks Python to select it;
 * a click on a cell zooms into it. After each update the page reports how many features it drew.
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  var SCALE = 1e5;
  var PAD = 0.3; // the canvas covers the view plus this fraction on every side
  var HIT_PX = 8;
  var PANE_Z = 450; // above the heat layer (440) and the reference polygons (overlays, 400)
  var RAMP = ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"];

  BM.data = { seq: 0, mode: "grid", len: 0, x: new Float64Array(0), y: new Float64Array(0) };
  BM.listeners = [];

  function toDegrees(text) {
    var ints = BM.decode(text, Int32Array), out = new Float64Array(ints.length);
    for (var i = 0; i < ints.length; i++) out[i] = ints[i] / SCALE;
    return out;
  }

  BM.rampColor = function (t) {
    var i = Math.max(0, Math.min(RAMP.length - 1, Math.floor(t * RAMP.length)));
    return RAMP[i];
  };
  BM.RAMP = RAMP;

  BM.IncidentLayer = L.Layer.extend({
    options: { pane: "bmIncidents", colors: [], selectionColor: "#00e5ff" },

    initialize: function (options) {
      L.setOptions(this, options);
      this._px = new Float32Array(0);
      this._py = new Float32Array(0);
      this._selection = [];
    },

    onAdd: function (map) {
      BM.ensurePane(map, this.options.pane, PANE_Z, "none");
      this._canvas = L.DomUtil.create("canvas", "bm-incident-canvas leaflet-zoom-hide");
      this.getPane().appendChild(this._canvas);
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      this._watchRatio();
      this.redraw();
    },

    /* The window moved to a screen of another device pixel ratio (its CSS size may stay the same, so no
     * resize comes): redraw at the new ratio, and watch for the next change. */
    _watchRatio: function () {
      if (!window.matchMedia) return;
      var self = this, query = window.matchMedia("(resolution: " + (window.devicePixelRatio || 1) + "dppx)");
      query.addEventListener("change", function () {
        if (!self._map) return;
        self.redraw();
        self._watchRatio();
      }, { once: true });
    },

    onRemove: function (map) {
      map.off("moveend zoomend resize viewreset", this.redraw, this);
      L.DomUtil.remove(this._canvas);
      this._canvas = null;
    },

    setSelection: function (points) {
      this._selection = points;
      this.redraw();
    },

    redraw: function () {
      var map = this._map;
      if (!map || !this._canvas) return;
      var size = map.getSize(), ratio = window.devicePixelRatio || 1;
      var pad = size.multiplyBy(PAD).round(), full = size.add(pad.multiplyBy(2));
      var canvas = this._canvas;
      canvas.width = full.x * ratio;
      canvas.height = full.y * ratio;
      canvas.style.width = full.x + "px";
      canvas.style.height = full.y + "px";
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]).subtract(pad));
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, pad.x * ratio, pad.y * ratio);
      ctx.clearRect(-pad.x, -pad.y, full.x, full.y);
      var d = BM.data;
      if (d.mode === "grid") this._drawGrid(ctx, d, size, pad);
      else this._drawPoints(ctx, d, size, pad);
      this._drawSelection(ctx);
    },

    _project: function (d) {
      var map = this._map, n = d.len;
      var px = new Float32Array(n), py = new Float32Array(n);
      for (var i = 0; i < n; i++) {
        var p = map.latLngToContainerPoint([d.y[i], d.x[i]]);
        px[i] = p.x;
        py[i] = p.y;
      }
      this._px = px;
      this._py = py;
    },

    _drawPoints: function (ctx, d, size, pad) {
      this._project(d);
      var colors = this.options.colors, r = d.len > 3000 ? 3 : 4.5, px = this._px, py = this._py;
      var minX = -pad.x - r, minY = -pad.y - r, maxX = size.x + pad.x + r, maxY = size.y + pad.y + r;
      var byType = {};
      for (var i = 0; i < d.len; i++) {
        if (px[i] < minX || px[i] > maxX || py[i] < minY || py[i] > maxY) continue;
        (byType[d.t[i]] = byType[d.t[i]] || []).push(i);
      }
      ctx.lineWidth = 1;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      Object.keys(byType).forEach(function (code) {
        var list = byType[code];
        ctx.fillStyle = colors[code] || "#999999";
        ctx.beginPath();
        for (var k = 0; k < list.length; k++) {
          var j = list[k];
          ctx.moveTo(px[j] + r, py[j]);
          ctx.arc(px[j], py[j], r, 0, 2 * Math.PI);
        }
        ctx.fill();
        ctx.stroke();
      });
    },

    _drawGrid: function (ctx, d, size, pad) {
      this._project(d);
      var map = this._map, half = d.cell / 2, max = 1;
      for (var i = 0; i < d.len; i++) if (d.n[i] > max) max = d.n[i];
      var logMax = Math.log(1 + max);
      ctx.font = "11px sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      for (var k = 0; k < d.len; k++) {
        var a = map.latLngToContainerPoint([d.y[k] + half, d.x[k] - half]);
        var b = map.latLngToContainerPoint([d.y[k] - half, d.x[k] + half]);
        var w = b.x - a.x, h = b.y - a.y;
        if (b.x < -pad.x || a.x > size.x + pad.x || b.y < -pad.y || a.y > size.y + pad.y) continue;
        var t = Math.log(1 + d.n[k]) / logMax;
        ctx.globalAlpha = 0.78;
        ctx.fillStyle = BM.rampColor(t);
        ctx.fillRect(a.x, a.y, w, h);
        ctx.globalAlpha = 1;
        ctx.strokeStyle = "rgba(255,255,255,0.8)";
        ctx.lineWidth = 1;
        ctx.strokeRect(a.x + 0.5, a.y + 0.5, w - 1, h - 1);
        if (w >= 24 && h >= 14) {
          ctx.fillStyle = t > 0.6 ? "#ffffff" : "#222222";
          ctx.fillText(BM.formatCount(d.n[k]), a.x + w / 2, a.y + h / 2);
        }
      }
    },

    _drawSelection: function (ctx) {
      var map = this._map;
      ctx.lineWidth = 3;
      ctx.strokeStyle = this.options.selectionColor;
      this._selection.forEach(function (s) {
        var p = map.latLngToContainerPoint([s[1], s[0]]);
        ctx.beginPath();
        ctx.arc(p.x, p.y, 8, 0, 2 * Math.PI);
        ctx.stroke();
      });
    },

    /* Index of the drawn point nearest a container point, within HIT_PX, or -1. */
    hitPoint: function (x, y) {
      if (BM.data.mode !== "points") return -1;
      var best = -1, bestD = HIT_PX * HIT_PX, px = this._px, py = this._py;
      for (var i = 0; i < px.length; i++) {
        var dx = px[i] - x, dy = py[i] - y, dd = dx * dx + dy * dy;
        if (dd <= bestD) { best = i; bestD = dd; }
      }
      return best;
    },

    /* Index of the grid cell containing a lon/lat, or -1. */
    hitCell: function (lon, lat) {
      var d = BM.data;
      if (d.mode !== "grid") return -1;
      var half = d.cell / 2;
      for (var i = 0; i < d.len; i++) {
        if (Math.abs(d.x[i] - lon) <= half && Math.abs(d.y[i] - lat) <= half) return i;
      }
      return -1;
    }
  });

  /* New data from Python: decode, redraw every listening layer, then report the count. */
  function now() { return performance.timeOrigin + performance.now(); } // ms since the epoch, as Python's

  BM.on("incidents", function (msg) {
    var t0 = now();
    BM.data = {
      seq: msg.seq, mode: msg.mode, cell: msg.cell, len: msg.len, total: msg.total,
      truncated: !!msg.truncated, x: toDegrees(msg.x), y: toDegrees(msg.y),
      n: BM.decode(msg.n, Int32Array), p: BM.decode(msg.p, Int32Array), t: BM.decode(msg.t, Uint8Array)
    };
    var t1 = now();
    if (BM.incidents && BM.map.hasLayer(BM.incidents)) BM.incidents.redraw();
    var t2 = now();
    BM.listeners.forEach(function (fn) { fn(BM.data); });
    var t3 = now(), seq = msg.seq, len = msg.len;
    /* "drawn" once the frame that shows the new canvas was painted: the frame's callback runs before its
     * paint, the task after it once that paint is done. */
    window.requestAnimationFrame(function () {
      var t4 = now();
      window.setTimeout(function () {
        BM.call("timing", JSON.stringify({ seq: seq, received: t0, decode: t1 - t0, incidents: t2 - t1,
                                            heat: t3 - t2, frame: t4 - t3, painted: now() - t4, done: now() }));
        BM.call("drawn", seq, len);
      }, 0);
    });
  });

  /* The open popup of the focused incident ({id, popup}), or null: it goes when its incident is no longer
   * the focus (deselected, deleted, an undone "new incident"), so no Move button is left for nothing. */
  BM.focusPopup = null;

  function closeFocusPopup() {
    var open = BM.focusPopup;
    BM.focusPopup = null;
    if (open && BM.map.hasLayer(open.popup)) BM.map.closePopup(open.popup);
  }

  BM.on("closeFocus", function (msg) {
    if (BM.focusPopup && BM.focusPopup.id === String(msg.id)) closeFocusPopup();
    if (BM.move && BM.move.active && BM.move.active.id === String(msg.id)) BM.move.cancel();
  });

  BM.on("selection", function (msg) {
    if (BM.incidents) BM.incidents.setSelection(msg.points || []);
    if (BM.move) BM.move.selection(msg.focus);
    var focus = msg.focus === null || msg.focus === undefined ? null : String(msg.focus);
    if (BM.focusPopup && BM.focusPopup.id !== focus) closeFocusPopup();
  });

  /* Show an incident (selected here or elsewhere): bring it into view and open its popup, which
   * offers "Move this incident" when Python says it may be moved (bm-move.js). */
  BM.on("focus", function (msg) {
    if (msg.refresh) {
      /* The focused incident changed in the store: its open popup follows, the view stays. */
      var open = BM.focusPopup;
      if (!open || open.id !== String(msg.id) || !BM.map.hasLayer(open.popup)) return;
      if (BM.move) BM.move.focus(msg);
      open.popup.setLatLng([msg.lat, msg.lon]).setContent(BM.move ? BM.focusPopupHtml(msg) : msg.html);
      return;
    }
    BM.stopFitting();
    if (BM.move) BM.move.focus(msg);
    var map = BM.map, latlng = L.latLng(msg.lat, msg.lon);
    var inner = map.getBounds().pad(-0.15);
    if (msg.zoom !== null && msg.zoom !== undefined && map.getZoom() < msg.zoom) {
      map.setView(latlng, msg.zoom, { animate: false });
    } else if (!inner.contains(latlng)) {
      map.panTo(latlng, { animate: false });
    }
    var html = BM.move ? BM.focusPopupHtml(msg) : msg.html;
    var popup = L.popup({ maxWidth: 360, autoPan: true, className: "bm-incident-popup" })
      .setLatLng(latlng).setContent(html);
    BM.popup = popup; // the last focus popup, open or closed
    BM.focusPopup = { id: String(msg.id), popup: popup };
    popup.on("remove", function () {
      if (BM.focusPopup && BM.focusPopup.popup === popup) BM.focusPopup = null;
    });
    popup.openOn(map);
  });

  /* Clicks: capture them before Leaflet, so incidents win over the polygons below them. */
  BM.installIncidentClicks = function (map, layer) {
    var container = map.getContainer(), down = null;
    container.addEventListener("mousedown", function (e) { down = [e.clientX, e.clientY]; }, true);
    container.addEventListener("click", function (e) {
      if (!map.hasLayer(layer) || e.shiftKey) return;
      if (down && Math.abs(down[0] - e.clientX) + Math.abs(down[1] - e.clientY) > 4) return;
      if (e.target.closest && e.target.closest(".leaflet-control, .leaflet-popup, .leaflet-marker-icon")) return;
      var p = map.mouseEventToContainerPoint(e);
      var i = layer.hitPoint(p.x, p.y);
      if (i >= 0) {
        e.stopPropagation();
        BM.call("clicked", BM.data.seq, i);
        return;
      }
      var ll = map.containerPointToLatLng(p), c = layer.hitCell(ll.lng, ll.lat);
      if (c >= 0) {
        e.stopPropagation();
        map.setView([BM.data.y[c], BM.data.x[c]], map.getZoom() + 2);
      }
    }, true);
    var pending = null;
    container.addEventListener("mousemove", function (e) {
      if (pending) { pending = e; return; }
      pending = e;
      window.requestAnimationFrame(function () {
        var ev = pending;
        pending = null;
        if (!map.hasLayer(layer)) return;
        var p = map.mouseEventToContainerPoint(ev), ll = map.containerPointToLatLng(p);
        var hit = layer.hitPoint(p.x, p.y) >= 0, c = layer.hitCell(ll.lng, ll.lat);
        L.DomUtil[hit || c >= 0 ? "addClass" : "removeClass"](container, "bm-over-incident");
        container.title = c >= 0 ? BM.fill(BM.opts.labels.cellTip, {
          n: BM.data.n[c].toLocaleString(), p: BM.data.p[c].toLocaleString()
        }) : "";
      });
    }, true);
  };

  /* "{n} incidents" + {n: 5} -> "5 incidents" */
  BM.fill = function (template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  };
})();
