/* Grid overlays: MGRS squares and the national grid of the view's country, as layers in the layer
 * control. The page draws what Python computed (geo/grid_lines.py) for the current view: turning a
 * layer on tells Python (tool("grid", {kind, on})), which answers with a "grid" message now and
 * after every move of the map.
 *
 * "grid" {kind, caption, lines: [[[lat, lon], ...], ...], major: [bool...], labels: [[lat, lon, text, kind]]}
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  var esc = function (v) { return BM.escape(v); };
  var PANE = "bmGrid", PANE_Z = 455; // above the incidents' canvas (450), below the borders (460)
  var STYLE = {
    mgrs: { color: "#1a237e", minor: 1, major: 2 },
    national: { color: "#004d40", minor: 1, major: 2 }
  };

  BM.grids = {};

  function caption() {
    var lines = Object.keys(BM.grids).map(function (k) { return BM.grids[k]; })
      .filter(function (g) { return g._map && g._caption; })
      .map(function (g) { return "<div class='bm-grid-caption-" + esc(g.options.kind) + "'>" + esc(g._caption) + "</div>"; });
    if (!BM.gridCaption) {
      BM.gridCaption = L.control({ position: "bottomleft" });
      BM.gridCaption.onAdd = function () { return L.DomUtil.create("div", "bm-grid-caption leaflet-bar"); };
    }
    if (lines.length) {
      if (!BM.gridCaption._map) BM.gridCaption.addTo(BM.map);
      BM.gridCaption.getContainer().innerHTML = lines.join("");
    } else if (BM.gridCaption._map) {
      BM.gridCaption.remove();
    }
  }

  BM.GridLayer = L.LayerGroup.extend({
    initialize: function (options) {
      L.LayerGroup.prototype.initialize.call(this, []);
      L.setOptions(this, options);
      this._caption = "";
      BM.grids[options.kind] = this;
    },
    onAdd: function (map) {
      BM.ensurePane(map, PANE, PANE_Z, "none");
      L.LayerGroup.prototype.onAdd.call(this, map);
      BM.call("tool", "grid", JSON.stringify({ kind: this.options.kind, on: true }));
    },
    onRemove: function (map) {
      L.LayerGroup.prototype.onRemove.call(this, map);
      this.clearLayers();
      this._caption = "";
      caption();
      BM.call("tool", "grid", JSON.stringify({ kind: this.options.kind, on: false }));
    },
    draw: function (msg) {
      this.clearLayers();
      this._caption = msg.caption || "";
      if (!this._map) return;
      var style = STYLE[this.options.kind] || STYLE.mgrs, minor = [], major = [];
      (msg.lines || []).forEach(function (line, i) { (msg.major && msg.major[i] ? major : minor).push(line); });
      var renderer = this._renderer || (this._renderer = L.svg({ pane: PANE }));
      var base = { pane: PANE, renderer: renderer, color: style.color, interactive: false, opacity: 0.75 };
      if (minor.length) this.addLayer(L.polyline(minor, L.extend({ weight: style.minor }, base)));
      if (major.length) this.addLayer(L.polyline(major, L.extend({ weight: style.major }, base)));
      var kind = this.options.kind, self = this;
      (msg.labels || []).forEach(function (lab) {
        self.addLayer(L.marker([lab[0], lab[1]], {
          pane: PANE, interactive: false, keyboard: false,
          icon: L.divIcon({ className: "bm-grid-label bm-grid-" + esc(kind) + " bm-grid-label-" + esc(lab[3]),
                            iconSize: null, html: "<span>" + esc(lab[2]) + "</span>" })
        }));
      });
      caption();
    }
  });

  BM.on("grid", function (msg) {
    var layer = BM.grids[msg.kind];
    if (layer) layer.draw(msg);
  });
})();
