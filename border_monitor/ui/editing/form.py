"""The incident form: every field of an incident, checked as the user types.

Time is entered in the reporting country's local time (the zone is shown beside it); the
position in any coordinate system border guards use. The derived fields (border, sector, distance
to the border, side, emergency zone) follow the position live. Each check's sentence stands under
its field (``domain.checks``); Save stays disabled while there is an error, and a position on the
Belarusian side asks for a confirmation before saving.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ...domain.checks import Checked, check_all
from ...domain.errors import BorderMonitorError, ValidationError
from ...domain.incident import Incident
from ...domain.taxonomy import Border, Country, IncidentType, Status
from ...geo.enrich import enrich_one
from ..text.check_texts import check_detail, check_text, reason_text
from ..text.labels import country_label, status_label, type_label
from .coord_edit import CoordinateEdit
from .derived import describe_derived
from .nationality_edit import NationalityEdit, display_text
from .validation import FieldMessage, with_message

log = logging.getLogger(__name__)

USER_FIELDS = ("occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description",
               "source", "status")
TIME_FORMAT = "yyyy-MM-dd HH:mm:ss"


class IncidentForm(QDialog):
    """Create (``incident=None``) or edit an incident. After ``exec()`` returns Accepted,
    ``incident()`` is the new or changed incident (an edit keeps the id and the revision)."""

    def __init__(self, parent: QWidget | None = None, incident: Incident | None = None, *,
                 lon: float | None = None, lat: float | None = None, coord_system: str = "wgs84",
                 country: Country | str | None = None):
        super().__init__(parent)
        self._original = incident
        self._result: Incident | None = None
        self._derived: dict | None = None
        self._checked = Checked()
        self._country_touched = incident is not None or country is not None
        # The instant shown while the user has not typed a time (now, or the incident's own time):
        # a change of country then shows the same instant in the new zone. Once the user types a
        # time it is the wall-clock time in whichever country is chosen.
        self._instant: datetime | None = None
        self._setting_time = False
        self.setObjectName("incidentForm")
        self.setWindowTitle(self.tr("New incident") if incident is None else self.tr("Edit incident"))
        self.setMinimumWidth(560)
        self._build(coord_system)
        self._fill(incident, lon, lat, country)
        for signal in (self.time_edit.dateTimeChanged, self.country_combo.currentIndexChanged,
                       self.type_combo.currentIndexChanged, self.persons_edit.textChanged,
                       self.nationalities_edit.textChanged, self.location_edit.changed,
                       self.status_combo.currentIndexChanged):
            signal.connect(self._revalidate)
        self.time_edit.dateTimeChanged.connect(self._time_typed)
        self.country_combo.currentIndexChanged.connect(self._country_changed)
        self.time_edit.dateTimeChanged.connect(self._show_zone)
        self.country_combo.activated.connect(self._touch_country)
        self.location_edit.positionChanged.connect(self._position_changed)
        self._position_changed(self.location_edit.position())
        self._show_zone()

    # -- building ---------------------------------------------------------------------------
    def _build(self, coord_system: str) -> None:
        self.messages: dict[str, FieldMessage] = {}
        form = QFormLayout()

        def row(label: str, name: str, widget: QWidget) -> None:
            widget.setObjectName(f"field_{name}")
            message = FieldMessage(name, self)
            self.messages[name] = message
            form.addRow(label, with_message(widget, message))

        self.time_edit = QDateTimeEdit(self)
        self.time_edit.setObjectName("timeEdit")
        self.time_edit.setDisplayFormat(TIME_FORMAT)
        self.time_edit.setCalendarPopup(True)
        # The editor holds the wall-clock digits as UTC (no DST gaps of this computer's zone); the
        # reporting country's zone is applied by ``occurred_at``.
        if hasattr(self.time_edit, "setTimeZone"):  # Qt >= 6.7
            self.time_edit.setTimeZone(QTimeZone.utc())
        else:
            self.time_edit.setTimeSpec(Qt.TimeSpec.UTC)
        self.time_edit.setMinimumDate(QDate(1900, 1, 1))
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("zoneLabel")
        time_box = QWidget(self)
        time_row = QHBoxLayout(time_box)
        time_row.setContentsMargins(0, 0, 0, 0)
        time_row.addWidget(self.time_edit, 1)
        time_row.addWidget(self.zone_label)
        row(self.tr("Time (local)"), "occurred_at", time_box)

        self.country_combo = QComboBox(self)
        for c in Country:
            self.country_combo.addItem(f"{country_label(c)} ({c.value})", c.value)
        row(self.tr("Reporting country"), "country", self.country_combo)

        self.type_combo = QComboBox(self)
        for t in IncidentType:
            self.type_combo.addItem(type_label(t), t.value)
        row(self.tr("Type"), "type", self.type_combo)

        self.persons_edit = QLineEdit(self)
        self.persons_edit.setPlaceholderText("0")
        row(self.tr("Persons"), "persons", self.persons_edit)

        self.nationalities_edit = NationalityEdit(self)
        row(self.tr("Nationalities"), "nationalities", self.nationalities_edit)

        self.location_edit = CoordinateEdit(coord_system, self)
        row(self.tr("Location"), "location", self.location_edit)

        self.derived_label = QLabel(self)
        self.derived_label.setObjectName("derivedFields")
        self.derived_label.setWordWrap(True)
        form.addRow(self.tr("Derived"), self.derived_label)

        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(80)
        row(self.tr("Description"), "description", self.description_edit)

        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(self.tr("e.g. patrol, camera, report number"))
        row(self.tr("Source"), "source", self.source_edit)

        self.status_combo = QComboBox(self)
        for s in Status:
            self.status_combo.addItem(status_label(s), s.value)
        row(self.tr("Status"), "status", self.status_combo)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.buttons)

    def _fill(self, incident: Incident | None, lon, lat, country) -> None:
        if incident is None:
            code = Country.parse(country, "country").value if country is not None else Country.LT.value
            self._select(self.country_combo, code)
            self._show_instant(datetime.now(timezone.utc).replace(second=0, microsecond=0))
            self._select(self.status_combo, Status.REPORTED.value)
            if lon is not None and lat is not None:
                self.location_edit.set_position(lon, lat)
            return
        self._select(self.country_combo, incident.country.value)
        self._show_instant(incident.occurred_at)
        self._select(self.type_combo, incident.type.value)
        self.persons_edit.setText(str(incident.persons))
        self.nationalities_edit.setText(display_text(incident.nationalities))
        self.location_edit.set_position(incident.lon, incident.lat)
        self.description_edit.setPlainText(incident.description)
        self.source_edit.setText(incident.source)
        self._select(self.status_combo, incident.status.value)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    # -- time -------------------------------------------------------------------------------
    def zone(self) -> ZoneInfo:
        return ZoneInfo(Country.parse(self.country_combo.currentData(), "country").timezone)

    def _show_instant(self, instant: datetime) -> None:
        """Show an instant as the reporting country's wall-clock time, not yet typed by the user."""
        self._instant = instant
        naive = instant.astimezone(self.zone()).replace(tzinfo=None)
        value = QDateTime(QDate(naive.year, naive.month, naive.day),
                          QTime(naive.hour, naive.minute, naive.second, naive.microsecond // 1000),
                          QTimeZone.utc())
        self._setting_time = True
        try:
            self.time_edit.setDateTime(value)
        finally:
            self._setting_time = False

    def _time_typed(self) -> None:
        if not self._setting_time:
            self._instant = None

    def _country_changed(self) -> None:
        if self._instant is not None:
            self._show_instant(self._instant)
        self._show_zone()

    def _local_time(self) -> datetime:
        """The wall-clock time typed, without a zone."""
        value = self.time_edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec() * 1000)

    def occurred_at(self) -> datetime:
        """The time as an aware UTC datetime: the instant shown until the user types a time, then the
        typed wall-clock time in the reporting country's zone."""
        if self._instant is not None:
            return self._instant
        return self._local_time().replace(tzinfo=self.zone()).astimezone(timezone.utc)

    def _show_zone(self) -> None:
        local = self._local_time().replace(tzinfo=self.zone())
        offset = local.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else 0
        sign = "+" if minutes >= 0 else "-"
        self.zone_label.setText(f"{self.zone().key} (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}, "
                                f"{local.tzname()})")

    # -- values and checks ---------------------------------------------------------------------
    def values(self) -> dict:
        """What the form holds now, as ``domain.checks`` reads it."""
        position = self.location_edit.position()
        return {
            "occurred_at": self.occurred_at(),
            "country": self.country_combo.currentData(),
            "type": self.type_combo.currentData(),
            "persons": self.persons_edit.text(),
            "nationalities": self.nationalities_edit.text(),
            "lon": None if position is None else position[0],
            "lat": None if position is None else position[1],
            "location_error": self.location_edit.error(),
            "description": self.description_edit.toPlainText(),
            "source": self.source_edit.text(),
            "status": self.status_combo.currentData(),
        }

    def checked(self) -> Checked:
        return self._checked

    def _revalidate(self) -> None:
        values = self.values()
        self._checked = check_all(values, self._derived)
        self._show_checks()
        self.save_button.setEnabled(self._checked.ok)

    def _show_checks(self) -> None:
        """Each finding of the last check, worded in the user's language, under its field."""
        errors, warnings = self._checked.errors, self._checked.warnings
        location_warning = " ".join(check_text(w) for w in (warnings.get("side"), warnings.get("location")) if w)
        for name, message in self.messages.items():
            error = errors.get(name)
            if name == "location":
                warning = location_warning or None
            else:
                warning = check_text(warnings[name]) if name in warnings else None
            message.show_message(check_text(error) if error else None, warning, detail=check_detail(error))

    def _touch_country(self) -> None:
        self._country_touched = True

    def _position_changed(self, position) -> None:
        self._derived = None
        if position is not None:
            try:
                self._derived = enrich_one(*position)
            except (BorderMonitorError, ValueError) as exc:
                log.warning("cannot derive border fields for %s: %s", position, exc)
        self.derived_label.setText(describe_derived(self._derived))
        if not self._country_touched and self._derived and self._derived.get("border"):
            border = Border.parse(self._derived["border"], "border")
            self._select(self.country_combo, border.value.split("-")[0])
        self._revalidate()

    # -- what the role may write -----------------------------------------------------------------
    def restrict(self, service: str | None, statuses: set | None = None, why: str = "") -> None:
        """Keep the form to a role's rights: the reporting country fixed to ``service`` (None: any), and only
        ``statuses`` (plus the incident's own) offered; ``why`` becomes the country's tooltip."""
        if service:
            self._select(self.country_combo, Country.parse(service, "country").value)
            self._country_touched = True  # the border found at the position no longer picks the country
            self.country_combo.setEnabled(False)
            self.country_combo.setToolTip(why)
        if statuses is not None:
            keep = {Status.parse(s, "status").value for s in statuses}
            if self._original is not None:
                keep.add(self._original.status.value)
            model = self.status_combo.model()
            for k in range(self.status_combo.count()):
                item = model.item(k) if hasattr(model, "item") else None
                if item is not None:
                    item.setEnabled(self.status_combo.itemData(k) in keep)
            if self.status_combo.currentData() not in keep:
                self._select(self.status_combo, Status.REPORTED.value)

    # -- saving --------------------------------------------------------------------------------
    def incident(self) -> Incident | None:
        return self._result

    def build_incident(self) -> Incident:
        """The incident the form holds; raises ``ValidationError`` as the model would."""
        values = self.values()
        fields = {k: values[k] for k in USER_FIELDS}
        fields["persons"] = int(float(fields["persons"])) if str(fields["persons"]).strip() else 0
        fields["description"] = fields["description"].strip()
        fields["source"] = fields["source"].strip()
        if self._original is None:
            return Incident(**fields)
        return self._original.with_changes(**fields)

    def save(self) -> None:
        self._revalidate()
        if not self._checked.ok:
            return
        try:
            incident = self.build_incident()
        except ValidationError as exc:
            name = "location" if exc.field in ("lon", "lat") else exc.field
            target = self.messages.get(name) or self.messages["location"]
            target.show_message(self.tr("'%1' %2.").replace("%1", str(exc.value)).replace("%2", reason_text(exc.reason)))
            self.save_button.setEnabled(False)
            return
        if self._checked.needs_confirmation and not self._confirm_belarus_side():
            return
        self._result = incident
        self.accept()

    def _confirm_belarus_side(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Position on the Belarusian side"),
                          self.tr("The position lies on the Belarusian side of the border. Save the "
                                  "incident as an observation across the line?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmBelarusSide")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Save
