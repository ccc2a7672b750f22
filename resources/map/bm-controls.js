/* Controls: the legend (type colours, cell ramp, what is shown) and the box tool
 * (shift+drag, or the toolbar button then drag) that sets the filter's bounding box.
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  var esc = function (v) { return BM.escape(v); };

  BM.Legend = L.Control.extend({
    options: { position: "bottomright" },

    onAdd: function () {
      var o = this.options, l = o.labels, div = L.DomUtil.create("div", "bm-legend leaflet-bar bm-legend-open");
      var rows = o.types.map(function (t) {
        return "<div class='bm-legend-row'><span class='bm-swatch' style='background:" + esc(t.color) + "'></span>" +
          esc(t.label) + "</div>";
      }).join("");
      var ramp = BM.RAMP.map(function (c) { return "<span style='background:" + c + "'></span>"; }).join("");
      div.innerHTML = "<a href='#' role='button' class='bm-legend-toggle' title='" + esc(l.show) + "' aria-label='" +
        esc(l.show) + "'>&#9776;</a><div class='bm-legend-body'><a href='#' role='button' class='bm-legend-close' title='" +
        esc(l.hide) + "' aria-label='" + esc(l.hide) + "'>&#215;</a>" +
        "<div class='bm-legend-title'>" + esc(l.title) + "</div>" + rows +
        "<div class='bm-legend-title'>" + esc(l.cells) + "</div><div class='bm-ramp'>" + ramp + "</div>" +
        "<div class='bm-ramp-ends'><span>" + esc(l.few) + "</span><span>" + esc(l.many) + "</span></div>" +
        "<div class='bm-legend-row bm-legend-outside'><span class='bm-outside-swatch'></span>" + esc(l.outside) + "</div>" +
        "<div class='bm-status'></div></div>";
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      var self = this;
      L.DomEvent.on(div.querySelector(".bm-legend-toggle"), "click", function (e) { L.DomEvent.preventDefault(e); self.open(); });
      L.DomEvent.on(div.querySelector(".bm-legend-close"), "click", function (e) { L.DomEvent.preventDefault(e); self.close(); });
      this._status = div.querySelector(".bm-status");
      this._listener = this.update.bind(this);
      BM.listeners.push(this._listener);
      return div;
    },

    /* Open: the whole legend; closed: a button that opens it. */
    open: function () {
      L.DomUtil.addClass(this.getContainer(), "bm-legend-open");
      return this;
    },

    close: function () {
      L.DomUtil.removeClass(this.getContainer(), "bm-legend-open");
      return this;
    },

    isOpen: function () {
      return L.DomUtil.hasClass(this.getContainer(), "bm-legend-open");
    },

    onRemove: function () {
      BM.listeners = BM.listeners.filter(function (fn) { return fn !== this._listener; }, this);
    },

    update: function (d) {
      var l = this.options.labels, text;
      if (d.mode === "grid") {
        text = BM.fill(l.gridStatus, { n: (d.total || 0).toLocaleString(), cells: d.len.toLocaleString(), cell: d.cell });
      } else if (d.truncated) {
        text = BM.fill(l.truncatedStatus, { n: d.len.toLocaleString() });
      } else {
        text = BM.fill(l.pointsStatus, { n: d.len.toLocaleString() });
      }
      this._status.textContent = text;
    }
  });

  BM.BoxControl = L.Control.extend({
    options: { position: "topleft" },

    onAdd: function (map) {
      var l = this.options.labels, bar = L.DomUtil.create("div", "leaflet-bar bm-box-control");
      this._draw = L.DomUtil.create("a", "bm-box-draw", bar);
      this._draw.href = "#";
      this._draw.title = l.drawBox;
      this._draw.setAttribute("role", "button");
      this._draw.innerHTML = "&#9633;";
      var clear = L.DomUtil.create("a", "bm-box-clear", bar);
      clear.href = "#";
      clear.title = l.clearBox;
      clear.setAttribute("role", "button");
      clear.innerHTML = "&#215;";
      L.DomEvent.disableClickPropagation(bar);
      L.DomEvent.on(this._draw, "click", function (e) { L.DomEvent.preventDefault(e); this.arm(!this._armed); }, this);
      L.DomEvent.on(clear, "click", function (e) { L.DomEvent.preventDefault(e); this.arm(false); BM.call("clearBox"); }, this);
      this._installDragging(map);
      return bar;
    },

    arm: function (on) {
      this._armed = on;
      L.DomUtil[on ? "addClass" : "removeClass"](this._draw, "bm-armed");
      L.DomUtil[on ? "addClass" : "removeClass"](this._map.getContainer(), "bm-drawing");
    },

    _installDragging: function (map) {
      var self = this, container = map.getContainer(), start = null, rect = null;
      function move(e) {
        if (!start) return;
        var ll = map.mouseEventToLatLng(e);
        rect.setBounds(L.latLngBounds(start.latlng, ll));
      }
      function up(e) {
        document.removeEventListener("mousemove", move, true);
        document.removeEventListener("mouseup", up, true);
        map.dragging.enable();
        if (!start) return;
        var p = map.mouseEventToContainerPoint(e), b = rect.getBounds();
        var big = Math.abs(p.x - start.point.x) > 4 && Math.abs(p.y - start.point.y) > 4;
        map.removeLayer(rect);
        start = rect = null;
        self.arm(false);
        if (big) BM.call("box", b.getWest(), b.getSouth(), b.getEast(), b.getNorth());
      }
      container.addEventListener("mousedown", function (e) {
        if (e.button !== 0 || !(e.shiftKey || self._armed)) return;
        if (e.target.closest && e.target.closest(".leaflet-control")) return;
        e.stopPropagation();
        e.preventDefault();
        map.dragging.disable();
        var ll = map.mouseEventToLatLng(e);
        start = { latlng: ll, point: map.mouseEventToContainerPoint(e) };
        rect = L.rectangle(L.latLngBounds(ll, ll), { color: "#0055ff", weight: 2, dashArray: "4 3", fillOpacity: 0.08, interactive: false }).addTo(map);
        document.addEventListener("mousemove", move, true);
        document.addEventListener("mouseup", up, true);
      }, true);
    }
  });

  /* The filter's current box, drawn dashed; null removes it. */
  BM.on("bbox", function (msg) {
    if (BM.bboxLayer) { BM.map.removeLayer(BM.bboxLayer); BM.bboxLayer = null; }
    if (msg.bbox) {
      var b = msg.bbox;
      BM.bboxLayer = L.rectangle([[b[1], b[0]], [b[3], b[2]]], {
        color: "#0055ff", weight: 2, dashArray: "6 4", fill: false, interactive: false
      }).addTo(BM.map);
    }
  });
})();
