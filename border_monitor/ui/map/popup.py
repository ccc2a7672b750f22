"""The HTML of an incident's popup on the map (every value escaped here, shown as is by the page)."""
from __future__ import annotations

from html import escape

from ...domain.incident import Incident
from ..text import palette
from ..text.distances import length_text
from ..text.formats import datetime_text, number_text
from ..text.nationality_texts import nationality_label
from ..text.labels import country_label, status_label, type_label
from ..text.map_texts import popup_labels


def incident_popup_html(incident: Incident) -> str:
    labels = popup_labels()
    color = palette.type_color(incident.type.value)
    rows: list[tuple[str, str]] = [
        (labels["when"], datetime_text(incident.occurred_at)),
        (labels["country"], country_label(incident.country)),
        (labels["persons"], number_text(incident.persons) if incident.persons else ""),
        (labels["nationalities"], ", ".join(
            f"{nationality_label(n.code)}" + (f" ({n.count})" if n.count else "") for n in incident.nationalities)),
        (labels["status"], status_label(incident.status)),
        (labels["sector"], incident.sector or ""),
        (labels["distance"], "" if incident.distance_to_border_m is None
         else length_text(incident.distance_to_border_m)),
        (labels["side"], incident.side.value if incident.side else ""),
        (labels["source"], incident.source),
    ]
    table = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows if v)
    description = f"<div class='bm-desc'>{escape(incident.description)}</div>" if incident.description else ""
    return (f"<div class='bm-title'><span class='bm-type' style='background:{escape(color)}'></span>"
            f"{escape(type_label(incident.type))}</div><table class='bm-table'>{table}</table>{description}")
