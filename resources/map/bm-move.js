/* Moving the focused incident: the popup's "Move this incident" button puts a draggable handle on
 * it; dropping the handle sends (id, lon, lat) to Python once (bridge slot `moved`), Esc cancels.
 *
 * Nothing else on the map can be dragged to change a record: the handle exists only after the
 * explicit Move action, only for the incident whose popup offered it, and only at the zoom where
 * the map shows single incidents. Selecting another incident, zooming out below that zoom or a
 * new page ends the move without sending anything.
 */
(function () {
  "use strict";
  var BM = (window.BM = window.BM || {});
  var esc = function (v) { return BM.escape(v); };
  var MOVE_PANE = "bmMove", MOVE_PANE_Z = 590; // the line from the old place: above incidents and borders

  /* The move in progress: {id, origin, marker, line}, or null. */
  BM.move = { active: null };

  /* The incident the popup was opened for ({id, lat, lon, movable}), set by the "focus" message. */
  BM.focused = null;

  function labels() {
    return BM.opts.labels.move;
  }

  function pointZoom() {
    return BM.opts.pointZoom;
  }

  /* The popup's HTML: Python's (escaped there) plus the Move button when the incident may be moved. */
  BM.focusPopupHtml = function (msg) {
    if (!msg.movable) return msg.html;
    return msg.html + "<div class='bm-popup-actions'><button type='button' class='bm-move-start' data-id='" +
      esc(msg.id) + "'>" + esc(labels().button) + "</button></div>";
  };

  function handleIcon() {
    return L.divIcon({ className: "bm-move-handle", iconSize: [22, 22], iconAnchor: [11, 11], html: "<span></span>" });
  }

  function onKey(e) {
    if (e.key === "Escape" || e.keyCode === 27) {
      if (!BM.move.active) return;
      e.preventDefault();
      e.stopPropagation();
      BM.move.cancel();
    }
  }

  function onZoom() {
    if (BM.move.active && BM.map.getZoom() < pointZoom()) BM.move.cancel();
  }

  /* Remove the handle and the listeners; returns what was being moved. Whatever Leaflet fires while
   * the handle goes (a drag cut short fires dragend) finds no move and sends nothing. */
  function finish() {
    var move = BM.move.active, map = BM.map;
    if (!move) return null;
    BM.move.active = null;
    document.removeEventListener("keydown", onKey, true);
    map.off("zoomend", onZoom);
    L.DomUtil.removeClass(map.getContainer(), "bm-moving");
    if (move.line) map.removeLayer(move.line);
    map.removeLayer(move.marker);
    return move;
  }

  /* Start moving incident `id` (the focused one) from lat/lon: the handle appears there, draggable. */
  BM.move.start = function (id) {
    var map = BM.map, focus = BM.focused;
    if (!focus || !focus.movable || String(focus.id) !== String(id)) {
      console.warn("bm: move refused for " + id + ": it is not the focused incident");
      return false;
    }
    finish();
    var origin = L.latLng(focus.lat, focus.lon);
    if (map.getZoom() < pointZoom()) map.setView(origin, pointZoom(), { animate: false });
    map.closePopup();
    var marker = L.marker(origin, {
      icon: handleIcon(), draggable: true, autoPan: true, keyboard: false, zIndexOffset: 1000,
      title: labels().hint
    });
    marker.bindTooltip(esc(labels().hint), {
      permanent: true, direction: "top", offset: [0, -12], className: "bm-move-hint"
    });
    var move = { id: String(id), origin: origin, marker: marker, line: null };
    marker.on("dragstart", function () {
      if (BM.move.active !== move) return;
      BM.ensurePane(map, MOVE_PANE, MOVE_PANE_Z, "none");
      move.line = L.polyline([origin, origin], {
        pane: MOVE_PANE, color: "#222222", weight: 2, dashArray: "4 4", interactive: false
      }).addTo(map);
    });
    marker.on("drag", function () {
      if (BM.move.active === move && move.line) move.line.setLatLngs([origin, marker.getLatLng()]);
    });
    marker.on("dragend", function () { BM.move.drop(marker); });
    BM.move.active = move;
    marker.addTo(map);
    L.DomUtil.addClass(map.getContainer(), "bm-moving");
    document.addEventListener("keydown", onKey, true);
    map.on("zoomend", onZoom);
    return true;
  };

  /* The handle was dropped (its dragend): send the new place once and end the move. */
  BM.move.drop = function (marker) {
    var move = BM.move.active;
    if (!move || (marker && marker !== move.marker)) return false;
    var ll = move.marker.getLatLng();
    finish();
    BM.call("moved", move.id, ll.lng, ll.lat);
    return true;
  };

  /* Esc, another selection, zooming out: no move, nothing sent. */
  BM.move.cancel = function () {
    return finish() !== null;
  };

  /* The Move button in the focus popup (popups stop clicks from bubbling: listen while capturing). */
  BM.installMoveAction = function (map) {
    map.getContainer().addEventListener("click", function (e) {
      var button = e.target.closest && e.target.closest(".bm-move-start");
      if (!button) return;
      e.preventDefault();
      e.stopPropagation();
      BM.move.start(button.getAttribute("data-id"));
    }, true);
  };

  /* The "focus" message (bm-incidents.js): remember which incident may be moved; another one ends a move. */
  BM.move.focus = function (msg) {
    if (BM.move.active && BM.move.active.id !== String(msg.id)) BM.move.cancel();
    BM.focused = { id: String(msg.id), lat: msg.lat, lon: msg.lon, movable: !!msg.movable };
  };

  /* The "selection" message: a move (and the Move button) belongs to the focus it was offered for. */
  BM.move.selection = function (focusId) {
    var focus = focusId === null || focusId === undefined ? null : String(focusId);
    if (BM.focused && BM.focused.id !== focus) BM.focused = null;
    if (BM.move.active && BM.move.active.id !== focus) BM.move.cancel();
  };
})();
