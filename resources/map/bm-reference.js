/* Reference layers (countries, borders, emergency zones, sectors, crossing points) as Leaflet
 * GeoJSON layers with our styles, labels and popups. Every text from the data is escaped.
 * Each factory returns one layer for folium's layer control.
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  var esc = function (v) { return BM.escape(v); };
  BM.layers = {};

  /* Only what the layers draw: the features that have a geometry, each with its properties (an object). The
   * store's GeoJSON text comes into the page as it is (page.py), so a feature with no geometry is dropped here. */
  BM.features = function (data) {
    var features = ((data && data.features) || []).filter(function (f) { return f && f.geometry; });
    features.forEach(function (f) { if (!f.properties) f.properties = {}; });
    return { type: "FeatureCollection", features: features };
  };

  function table(rows) {
    return "<table class='bm-table'>" + rows.filter(function (r) { return r[1] !== null && r[1] !== undefined && r[1] !== ""; })
      .map(function (r) { return "<tr><th>" + esc(r[0]) + "</th><td>" + esc(r[1]) + "</td></tr>"; }).join("") + "</table>";
  }

  /* The middle vertex of the longest part of a (multi)line: where its label goes. */
  function midpoint(geometry) {
    var parts = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
    var longest = parts.reduce(function (a, b) { return b.length > a.length ? b : a; }, []);
    var c = longest[Math.floor(longest.length / 2)];
    return L.latLng(c[1], c[0]);
  }

  var WATER = "#cfdde8", EDGE = "#8f8b80";

  /* The countries, on water that ends where the reference geography ends: beyond it the map shows a
   * hatch (bm.css, class bm-outside on the map while this layer is on), framed by a thin line. */
  BM.layers.countries = function (data, opts) {
    data = BM.features(data);
    var countries = L.geoJSON(data, {
      interactive: false,
      style: function (f) {
        var belarus = f.properties.iso3 === "BLR";
        return {
          color: "#7a7a7a", weight: 1, fillOpacity: 1,
          fillColor: belarus ? opts.belarusFill : (opts.monitored.indexOf(f.properties.iso3) >= 0 ? "#f6f5ef" : "#e6e4dc")
        };
      }
    });
    var group = L.featureGroup([countries]), water = null;
    if (countries.getLayers().length) {
      water = L.rectangle(countries.getBounds(), {
        interactive: false, color: EDGE, weight: 1, opacity: 1, fillColor: WATER, fillOpacity: 1
      }).addTo(group);
    }
    /* Over a tile base map (offline or online) the land and water fills would hide it: then only the
     * outlines stay, with Belarus lightly tinted. */
    function tilesShown(map) {
      var layers = BM.baseLayers || {};
      return Object.keys(layers).some(function (k) { return map.hasLayer(layers[k]); });
    }
    function restyle() {
      var map = group._map;
      if (!map) return;
      var tiles = tilesShown(map);
      countries.setStyle(function (f) {
        var belarus = f.properties.iso3 === "BLR";
        return { fillOpacity: tiles ? (belarus ? 0.25 : 0) : 1 };
      });
      if (water) water.setStyle({ fillOpacity: tiles ? 0 : 1 });
      if (tiles) L.DomUtil.removeClass(map.getContainer(), "bm-outside");
      else L.DomUtil.addClass(map.getContainer(), "bm-outside");
    }
    function onLayer(e) { if (e.layer instanceof L.TileLayer) restyle(); }
    group.on("add", function () {
      if (water) water.bringToBack(); // under the countries, whatever order the group added them in
      if (group._map) {
        L.DomUtil.addClass(group._map.getContainer(), "bm-outside");
        group._map.on("layeradd layerremove", onLayer);
        restyle();
      }
    });
    group.on("remove", function () {
      if (BM.map) {
        L.DomUtil.removeClass(BM.map.getContainer(), "bm-outside");
        BM.map.off("layeradd layerremove", onLayer);
      }
    });
    return group;
  };

  /* Above the incident canvas (pane 450) and the heat map (440), below markers (600): the border
   * must stay visible over the red grid cells, hence also the white casing under the coloured line. */
  var BORDER_PANE = "bmBorders", BORDER_PANE_Z = 460;

  BM.layers.borders = function (data, opts) {
    data = BM.features(data);
    var group = L.featureGroup();
    group.beforeAdd = function (map) { BM.ensurePane(map, BORDER_PANE, BORDER_PANE_Z); };
    L.geoJSON(data, {
      pane: BORDER_PANE, interactive: false,
      style: function () { return { color: "#ffffff", weight: 8, opacity: 0.9, lineCap: "round", lineJoin: "round" }; }
    }).addTo(group);
    L.geoJSON(data, {
      pane: BORDER_PANE,
      style: function (f) {
        return { color: opts.colors[f.properties.border] || opts.color, weight: 4, opacity: 1, lineCap: "round",
                 lineJoin: "round" };
      },
      onEachFeature: function (f, layer) {
        var p = f.properties, label = BM.fill(opts.labels.border, { border: p.border, km: p.official_km });
        layer.bindTooltip(esc(label), { sticky: true });
        L.tooltip({ permanent: true, direction: "center", className: "bm-border-label", interactive: false })
          .setLatLng(midpoint(f.geometry)).setContent(esc(p.border)).addTo(group);
      }
    }).addTo(group);
    return group;
  };

  BM.layers.zones = function (data, opts) {
    data = BM.features(data);
    return L.geoJSON(data, {
      style: function () {
        return { color: "#e07b00", weight: 1.5, dashArray: "6 4", fillColor: "#ffb347", fillOpacity: 0.18 };
      },
      onEachFeature: function (f, layer) {
        var p = f.properties, l = opts.labels;
        layer.bindTooltip(esc(p.name), { sticky: true });
        layer.bindPopup(table([[l.zone, p.name], [l.from, p.valid_from], [l.to, p.valid_to || l.open], [l.note, p.note]]));
      }
    });
  };

  BM.layers.sectors = function (data, opts) {
    data = BM.features(data);
    var group = L.featureGroup(), labels = L.layerGroup();
    L.geoJSON(data, {
      style: function (f) {
        var even = data.features.indexOf(f) % 2 === 0;
        return { color: even ? "#303030" : "#909090", weight: 9, opacity: 0.35, lineCap: "butt" };
      },
      onEachFeature: function (f, layer) {
        var p = f.properties, l = opts.labels;
        layer.bindTooltip(esc(p.sector), { sticky: true });
        layer.bindPopup(table([[l.sector, p.sector], [l.border, p.border], [l.length, p.length_km + " km"], [l.note, p.note]]));
        L.tooltip({ permanent: true, direction: "right", offset: [8, 0], className: "bm-sector-label", interactive: false })
          .setLatLng(midpoint(f.geometry)).setContent(esc(p.sector)).addTo(labels);
      }
    }).addTo(group);
    /* Names only from a zoom where they do not pile up. */
    group.on("add", function () {
      var map = group._map;
      var toggle = function () {
        if (map.getZoom() >= opts.labelZoom) { if (!group.hasLayer(labels)) group.addLayer(labels); }
        else if (group.hasLayer(labels)) group.removeLayer(labels);
      };
      group._bmToggle = toggle;
      map.on("zoomend", toggle);
      toggle();
    });
    group.on("remove", function () {
      if (group._bmToggle && BM.map) BM.map.off("zoomend", group._bmToggle);
    });
    return group;
  };

  /* Icon size (px) by zoom: small at the overview, where 21 crossings sit on ~1,300 km of border. */
  BM.crossingSize = function (zoom) {
    return zoom < 7.5 ? 14 : zoom < 8.5 ? 17 : 22; // the zoom may lie between levels (a fitted view)
  };

  /* Road: a car-road sign (two lanes); rail: a track with sleepers. Colour: open / closed / other.
   * Drawn in a 22 x 24 box, scaled to `size` (the width). */
  function crossingIcon(kind, status, colors, size) {
    var color = colors[status] || colors.other;
    var w = size, h = Math.round(size * 24 / 22);
    var glyph = kind === "rail"
      ? "<path d='M7 4v16M15 4v16' stroke='#fff' stroke-width='1.6'/><path d='M5 7h12M5 11h12M5 15h12M5 19h12' stroke='#fff' stroke-width='1.2'/>"
      : "<path d='M8 4L6 20M14 4l2 16' stroke='#fff' stroke-width='1.6'/><path d='M11 5v3M11 11v3M11 17v2' stroke='#fff' stroke-width='1.4'/>";
    var shape = kind === "rail" ? "<rect x='1' y='1' width='20' height='22' rx='3'" : "<circle cx='11' cy='12' r='10.5'";
    return L.divIcon({
      className: "bm-crossing",
      iconSize: [w, h],
      iconAnchor: [w / 2, h / 2],
      popupAnchor: [0, -h / 2 + 2],
      html: "<svg xmlns='http://www.w3.org/2000/svg' width='" + w + "' height='" + h + "' viewBox='0 0 22 24'>" + shape +
        " fill='" + color + "' stroke='#222' stroke-width='1'/>" + glyph + "</svg>"
    });
  }

  BM.layers.crossings = function (data, opts) {
    data = BM.features(data);
    var size = BM.crossingSize(7);
    var layer = L.geoJSON(data, {
      pointToLayer: function (f, latlng) {
        var p = f.properties;
        return L.marker(latlng, { icon: crossingIcon(p.kind, p.current_status, opts.statusColors, size), title: p.name });
      },
      onEachFeature: function (f, layer) {
        var p = f.properties, l = opts.labels;
        var status = (l.status[p.current_status] || p.current_status) +
          (p.closed_on ? " (" + BM.fill(l.closedOn, { date: p.closed_on }) + ")" : "") +
          (p.reopened_on ? " (" + BM.fill(l.reopenedOn, { date: p.reopened_on }) + ")" : "");
        layer.bindPopup("<b>" + esc(p.name) + "</b>" + table([
          [l.kind, l.kinds[p.kind] || p.kind], [l.border, p.border], [l.status2021, l.status[p.status_2021] || p.status_2021],
          [l.statusNow, status], [l.note, p.note]
        ]));
      }
    });
    var map = null;
    var resize = function () {
      var wanted = BM.crossingSize(map.getZoom());
      if (wanted === size) return;
      size = wanted;
      layer.eachLayer(function (m) {
        var p = m.feature.properties;
        m.setIcon(crossingIcon(p.kind, p.current_status, opts.statusColors, size));
      });
    };
    layer.on("add", function () {
      map = layer._map;
      map.on("zoomend", resize);
      resize();
    });
    layer.on("remove", function () {
      if (map) map.off("zoomend", resize);
    });
    return layer;
  };
})();
