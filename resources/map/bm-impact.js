/* The impact layer: every sector of the border drawn as a thick line in the colour of its early-warning
 * level (normal, elevated, high), as EUROSUR gives each border section an impact level. The sector lines
 * are the reference layer's (the `sectors` GeoJSON); the levels come from Python (ui/map/impact.py):
 *
 * "impact" {seq, at: text, levels: {sector: level}, details: {sector: text}}; the page answers
 * tool("impactDrawn", {seq}) once it has coloured them.
 *
 * Turning the layer on or off tells Python (tool("impact", {on})): it computes levels only while they are
 * shown. A legend section (the three colours and the reference time) shows while the layer is on.
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  var esc = function (v) { return BM.escape(v); };
  /* Above the incidents' canvas (450), the grids (455) and the border line (460), which the sections follow
   * (the border is then drawn by them), below markers (600) and the border labels (tooltips, 650). */
  var PANE = "bmImpact", PANE_Z = 462;
  var WEIGHTS = { normal: 6, elevated: 10, high: 14 };

  BM.impactState = { levels: {}, details: {}, at: "", seq: 0 };

  function legendSection(opts) {
    var l = opts.labels;
    var rows = ["normal", "elevated", "high"].map(function (level) {
      return "<div class='bm-legend-row'><span class='bm-impact-swatch bm-impact-" + level + "' style='background:" +
        esc(opts.colors[level]) + ";height:" + Math.round(WEIGHTS[level] * 0.7) + "px'></span>" + esc(l[level]) + "</div>";
    }).join("");
    return "<div class='bm-legend-title'>" + esc(l.title) + "</div>" + rows + "<div class='bm-impact-at'></div>";
  }

  BM.layers.impact = function (data, opts) {
    data = BM.features(data);
    var group = L.featureGroup(), lines = [], casings = [];
    group.beforeAdd = function (map) { BM.ensurePane(map, PANE, PANE_Z); };
    /* A white casing under each section keeps it apart from the incident cells beneath. */
    L.geoJSON(data, {
      pane: PANE, interactive: false,
      style: function () { return { color: "#ffffff", weight: WEIGHTS.normal + 4, opacity: 0.85, lineCap: "butt" }; },
      onEachFeature: function (f, layer) { casings.push(layer); }
    }).addTo(group);
    L.geoJSON(data, {
      pane: PANE,
      style: function () { return { color: opts.colors.normal, weight: WEIGHTS.normal, opacity: 0.9, lineCap: "butt",
                                    lineJoin: "round" }; },
      onEachFeature: function (f, layer) {
        lines.push(layer);
        layer.bindTooltip(function () {
          var p = f.properties, level = BM.impactState.levels[p.sector];
          var text = p.sector + (level ? ": " + (opts.labels[level] || level) : "");
          var detail = BM.impactState.details[p.sector];
          return esc(text) + (detail ? "<br>" + esc(detail) : "");
        }, { sticky: true });
      }
    }).addTo(group);

    group.restyle = function () {
      var s = BM.impactState;
      casings.forEach(function (layer) {
        var level = s.levels[layer.feature.properties.sector] || "normal";
        layer.setStyle({ weight: (WEIGHTS[level] || WEIGHTS.normal) + 4 });
      });
      lines.forEach(function (layer) {
        var level = s.levels[layer.feature.properties.sector] || "normal";
        layer.setStyle({ color: opts.colors[level] || opts.colors.normal, weight: WEIGHTS[level] || WEIGHTS.normal,
                         opacity: level === "normal" ? 0.75 : 0.95 });
        if (level !== "normal" && group._map) layer.bringToFront();
      });
      var at = BM.legend && BM.legend.getContainer().querySelector(".bm-impact-at");
      if (at) at.textContent = s.at ? BM.fill(opts.labels.at, { at: s.at }) : "";
    };

    function showLegend(on) {
      if (!BM.legend) return;
      var body = BM.legend.getContainer().querySelector(".bm-legend-body"), section = body.querySelector(".bm-impact-legend");
      if (!section) {
        section = L.DomUtil.create("div", "bm-impact-legend", body);
        section.innerHTML = legendSection(opts);
        var status = body.querySelector(".bm-status");
        if (status) body.insertBefore(section, status);
      }
      section.style.display = on ? "" : "none";
    }

    group.showLegend = showLegend;
    group.on("add", function () {
      showLegend(true);
      group.restyle();
      BM.call("tool", "impact", JSON.stringify({ on: true }));
    });
    group.on("remove", function () {
      showLegend(false);
      BM.call("tool", "impact", JSON.stringify({ on: false }));
    });
    /* Fit the sections of one border ("LT-BY"), or of every border (null), into the part of the map the
     * controls leave free (the briefing's tour). */
    var fitted, refit = function () { if (fitted !== undefined) group.fitBorder(fitted, true); };
    group.fitBorder = function (border, again) {
      if (!again && BM.map && fitted === undefined) {
        BM.map.on("resize", refit); /* a window going full screen, a page loaded in a small view */
        ["mousedown", "wheel", "touchstart"].forEach(function (type) {
          BM.map.getContainer().addEventListener(type, function () { BM.map.off("resize", refit); }, { capture: true, once: true });
        });
      }
      fitted = border;
      var bounds = L.latLngBounds([]);
      lines.forEach(function (layer) {
        if (!border || layer.feature.properties.border === border) bounds.extend(layer.getBounds());
      });
      if (!bounds.isValid() || !BM.map) return;
      var free = BM.freeArea ? BM.freeArea(BM.map) : { left: 0, top: 0, right: 0, bottom: 0 };
      BM.stopFitting();
      BM.map.fitBounds(bounds, { animate: false, paddingTopLeft: [free.left + 20, free.top + 20],
                                 paddingBottomRight: [free.right + 20, free.bottom + 20] });
    };
    BM.impactLayer = group;
    return group;
  };

  BM.on("fitBorder", function (msg) {
    if (BM.impactLayer) BM.impactLayer.fitBorder(msg.border || null);
  });

  BM.on("impact", function (msg) {
    BM.impactState = { levels: msg.levels || {}, details: msg.details || {}, at: msg.at || "", seq: msg.seq || 0 };
    if (BM.impactLayer) {
      BM.impactLayer.showLegend(!!BM.impactLayer._map); // the legend did not exist yet when the layer was first added
      BM.impactLayer.restyle();
    }
    BM.call("tool", "impactDrawn", JSON.stringify({ seq: BM.impactState.seq }));
  });
})();
