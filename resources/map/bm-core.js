/* Border Monitor map page: the bridge to Python and the small helpers every other script uses.
 *
 * Python talks to the page through one QWebChannel object, "bridge": its signal `command`
 * carries JSON messages {op: ..., ...} that land in BM.handlers[op]; the page calls the
 * bridge's slots (ready, drawn, cursor, view, clicked, box, clearBox, context, moved).
 * Nothing here fetches anything from a network.
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  BM.handlers = {};
  BM.bridge = null;

  BM.on = function (op, fn) {
    BM.handlers[op] = fn;
  };

  /* Text for HTML: every value that came from data goes through here. */
  BM.escape = function (value) {
    return String(value === null || value === undefined ? "" : value)
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  };

  /* base64 of little-endian numbers -> typed array (Int32Array, Uint8Array). */
  BM.decode = function (text, Type) {
    if (!text) return new Type(0);
    var raw = atob(text);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return new Type(bytes.buffer);
  };

  BM.formatCount = function (n) {
    if (n >= 1e6) return (n / 1e6).toFixed(n >= 1e7 ? 0 : 1) + "M";
    if (n >= 1e4) return Math.round(n / 1e3) + "k";
    if (n >= 1e3) return (n / 1e3).toFixed(1) + "k";
    return String(n);
  };

  /* A map pane of our own at a fixed z-index (Leaflet's: overlays 400, markers 600, tooltips 650). */
  BM.ensurePane = function (map, name, zIndex, pointerEvents) {
    var pane = map.getPane(name);
    if (!pane) {
      pane = map.createPane(name);
      pane.style.zIndex = zIndex;
      if (pointerEvents) pane.style.pointerEvents = pointerEvents;
    }
    return pane;
  };

  BM.call = function (slot) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (BM.bridge && typeof BM.bridge[slot] === "function") BM.bridge[slot].apply(BM.bridge, args);
  };

  function viewOf(map) {
    var c = map.getCenter(), b = map.getBounds(), s = map.getSize();
    return {
      lat: c.lat, lon: c.lng, zoom: map.getZoom(),
      west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth(),
      width: s.x, height: s.y
    };
  }
  BM.viewOf = viewOf;

  function dispatch(text) {
    var msg;
    try {
      msg = JSON.parse(text);
    } catch (err) {
      console.error("bm: unreadable message " + String(text).slice(0, 80));
      return;
    }
    var fn = BM.handlers[msg.op];
    if (!fn) {
      console.error("bm: no handler for op " + msg.op);
      return;
    }
    try {
      fn(msg);
    } catch (err) {
      console.error("bm: op " + msg.op + " failed: " + (err && err.stack ? err.stack : err));
    }
  }
  BM.dispatch = dispatch;

  /* The first view fits `bounds` into the part of the map the controls leave free, and fits them again when
   * the map is resized (a page loaded in a hidden view starts at that view's small size; a window moved to
   * a large screen) until the user or Python moves the map. */
  var MIN_FIT_PX = 120;
  function keepFitting(map, bounds) {
    var fit = function () {
      var size = map.getSize(), free = BM.freeArea ? BM.freeArea(map) : null;
      if (!free || size.x - free.left - free.right < MIN_FIT_PX || size.y - free.top - free.bottom < MIN_FIT_PX) {
        free = { left: 0, top: 0, right: 0, bottom: 0 }; // a map too small (or hidden) for room beside them
      }
      map.fitBounds(bounds, { animate: false, paddingTopLeft: [free.left, free.top],
                              paddingBottomRight: [free.right, free.bottom] });
    };
    fit();
    map.on("resize", fit);
    BM.stopFitting = function () {
      map.off("resize", fit);
      BM.stopFitting = function () {};
    };
    ["mousedown", "wheel", "keydown", "touchstart"].forEach(function (type) {
      map.getContainer().addEventListener(type, function () { BM.stopFitting(); }, { capture: true, once: true });
    });
  }
  BM.stopFitting = function () {};

  /* A page that fits the borders starts with no view (page.py), so that Leaflet holds every layer back until the
   * fit gives it one and draws them once, there. The room the fit leaves for the controls is measured with the
   * scale bar as long as it is at `center` and `zoom` (the first view a map with one would have), as Leaflet's
   * own update would make it (Control.Scale._update, before any view); the fitted view updates it again. */
  function scaleAt(map, scale, center, zoom) {
    var crs = map.options.crs, size = map.getSize(), y = size.y / 2;
    var origin = crs.latLngToPoint(L.latLng(center), zoom).subtract(size.divideBy(2)).round();
    var at = function (x) { return crs.pointToLatLng(L.point(x, y).add(origin), zoom); };
    scale._updateScales(map.distance(at(0), at(scale.options.maxWidth)));
  }

  /* "+" and "-" zoom one level each. Leaflet's keyboard handler zooms three levels when shift is held,
   * and "+" needs shift on most keyboards: the keys are taken here first, by what they type. */
  var ZOOM_KEYS = { "+": 1, "=": 1, "-": -1, "_": -1 };
  function installZoomKeys(map) {
    document.addEventListener("keydown", function (e) {
      var step = ZOOM_KEYS[e.key];
      if (!step || e.altKey || e.ctrlKey || e.metaKey || document.activeElement !== map.getContainer()) return;
      e.preventDefault();
      e.stopPropagation(); // Leaflet's own handler listens on the document, after this one
      BM.stopFitting();
      if (step > 0) map.zoomIn(1);
      else map.zoomOut(1);
    }, true);
  }

  /* A page put into a shell while its view was still hidden (panel.py, page.py fill_shell_js) has no size yet:
   * the fit and the first drawing wait for the size the view gives it (its first resize), so that every layer is
   * drawn once, at the view it fits in that size. */
  BM.holdInit = false;
  function sized(map) {
    var box = map.getContainer();
    return box.clientWidth > 0 && box.clientHeight > 0;
  }

  /* Called once by the page folium built, after every layer exists. */
  BM.init = function (map, layerControl, opts) {
    if (BM.holdInit && !sized(map)) {
      var start = function () {
        if (!sized(map)) return;
        window.removeEventListener("resize", start);
        BM.holdInit = false;
        // The size Leaflet read while the page had none is stale (its own resize handler refreshes it only in the
        // next frame, and not at all for a map without a view yet): read again, as on a page that had its size.
        map._sizeChanged = true;
        BM.init(map, layerControl, opts);
      };
      window.addEventListener("resize", start);
      return;
    }
    BM.map = map;
    BM.layerControl = layerControl;
    BM.opts = opts;
    map.attributionControl.setPrefix(false);
    (opts.attributions || []).forEach(function (a) { map.attributionControl.addAttribution(BM.escape(a)); });
    BM.plainBase = L.layerGroup().addTo(map);
    layerControl.addBaseLayer(BM.plainBase, BM.escape(opts.labels.noBaseMap));

    var scale = L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
    if (BM.installPanels) BM.installPanels(map, layerControl, BM.legend); // first: the fit leaves room for them
    if (opts.fit && opts.fitFrom && !map._loaded) scaleAt(map, scale, opts.fitFrom.center, opts.fitFrom.zoom);
    if (opts.fit) keepFitting(map, opts.fit);
    installZoomKeys(map);
    map.on("moveend", function () { BM.call("view", JSON.stringify(viewOf(map))); });
    var pending = null;
    map.on("mousemove", function (e) {
      if (pending === null) {
        window.requestAnimationFrame(function () {
          BM.call("cursor", pending.lng, pending.lat);
          pending = null;
        });
      }
      pending = e.latlng;
    });
    map.on("contextmenu", function (e) { BM.call("context", e.latlng.lng, e.latlng.lat); });

    BM.connect(function () { BM.bridge.ready(JSON.stringify(viewOf(map))); });
  };

  /* The page's end of the web channel, opened once per page: by BM.init, or earlier, by Python as soon as a shell
   * page has loaded (engine.py), so that the channel's handshake is done before the map is. `then` runs once the
   * bridge is there. */
  var connecting = null;
  BM.connect = function (then) {
    if (BM.bridge) {
      if (then) then();
      return;
    }
    if (connecting) {
      if (then) connecting.push(then);
      return;
    }
    if (typeof QWebChannel === "undefined" || typeof qt === "undefined" || !qt.webChannelTransport) {
      console.warn("bm: no Qt web channel; the page runs without Python");
      return;
    }
    connecting = then ? [then] : [];
    new QWebChannel(qt.webChannelTransport, function (channel) {
      BM.bridge = channel.objects.bridge;
      BM.bridge.command.connect(dispatch);
      var waiting = connecting;
      connecting = null;
      waiting.forEach(function (fn) { fn(); });
    });
  };

  BM.on("setView", function (msg) {
    BM.stopFitting();
    var zoom = msg.zoom === null || msg.zoom === undefined ? BM.map.getZoom() : msg.zoom;
    BM.map.setView([msg.lat, msg.lon], zoom, { animate: false });
  });

  /* A base map (MBTiles served by Python, or an online XYZ layer the user configured). */
  BM.baseLayers = {};
  BM.on("addBaseLayer", function (msg) {
    var options = {
      attribution: BM.escape(msg.attribution || ""),
      minZoom: msg.minZoom === undefined ? 0 : msg.minZoom,
      maxZoom: 19,
      maxNativeZoom: msg.maxNativeZoom === undefined ? 19 : msg.maxNativeZoom,
      errorTileUrl: "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    };
    if (msg.bounds) options.bounds = [[msg.bounds[1], msg.bounds[0]], [msg.bounds[3], msg.bounds[2]]];
    /* A WMTS layer: {TileMatrix} in its address is the identifier of the zoom's tile matrix. */
    if (msg.matrices) options.TileMatrix = function (data) { return msg.matrices[String(data.z)]; };
    var layer = L.tileLayer(msg.url, options);
    var old = BM.baseLayers[msg.key];
    if (old) {
      BM.layerControl.removeLayer(old);
      BM.map.removeLayer(old);
    }
    BM.baseLayers[msg.key] = layer;
    BM.layerControl.addBaseLayer(layer, BM.escape(msg.name));
    if (msg.show) {
      Object.keys(BM.baseLayers).forEach(function (k) { BM.map.removeLayer(BM.baseLayers[k]); });
      if (BM.plainBase) BM.map.removeLayer(BM.plainBase);
      layer.addTo(BM.map);
      layer.bringToBack();
    }
  });

  /* A base map the user removed: out of the control; if it was shown, back to no base map. */
  BM.on("removeBaseLayer", function (msg) {
    var layer = BM.baseLayers[msg.key];
    if (!layer) return;
    delete BM.baseLayers[msg.key];
    BM.layerControl.removeLayer(layer);
    if (BM.map.hasLayer(layer)) {
      BM.map.removeLayer(layer);
      if (BM.plainBase) BM.plainBase.addTo(BM.map);
    }
  });
})();
