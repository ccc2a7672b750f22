"""What "now" means for the briefing (no Qt).

The clock on the wall shows the real time. The picture is computed for a reference time: ``--at``
when given; else now, unless the store's newest incident is more than ``STALE_DAYS`` old (the demo
store ends in 2021), in which case the end of that incident's day on each service's clock, so the demo
shows a live-looking picture, and the screen says "as of ..." for it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from ...analysis.reference_time import ReferenceTime, parse_reference_time
from ...domain.filters import IncidentFilter, SortKey
from ...domain.taxonomy import Country
from ...store.base import IncidentStore

STALE_DAYS = 7


@dataclass(frozen=True)
class BriefingTime:
    """The reference time of one briefing picture and why it is that one."""

    reference: ReferenceTime
    kind: str  # "given" (--at), "now", or "newest" (the store's newest incident: data older than STALE_DAYS)

    @property
    def live(self) -> bool:
        """The picture follows the clock (its windows move as time passes)."""
        return self.kind == "now"

    def day(self, country: Country | str) -> date:
        """The reporting day of ``country`` at the reference time: the local calendar day the reference falls
        in (a date given alone, ``2021-08-01``, ends at midnight after it and is its own day)."""
        moment = self.reference.at(Country.parse(country, "country"))
        return (moment - timedelta(milliseconds=1)).date()


def newest_incident(store: IncidentStore) -> tuple[datetime, date] | None:
    """When the store's newest (not deleted) incident occurred, and its local day on its service's clock;
    None for an empty store."""
    rows = store.page(IncidentFilter(), SortKey.OCCURRED_AT, descending=True, limit=1)
    if not rows:
        return None
    zone = ZoneInfo(Country.parse(rows[0].country, "country").timezone)
    return rows[0].occurred_at, rows[0].occurred_at.astimezone(zone).date()


def newest_change(store: IncidentStore) -> datetime | None:
    """When an incident of the store was last written (added, edited, deleted): the "data as of" time."""
    rows = store.page(IncidentFilter(include_deleted=True), SortKey.UPDATED_AT, descending=True, limit=1)
    if not rows:
        return None
    return rows[0].updated_at or rows[0].occurred_at


def briefing_time(store: IncidentStore | None, at: str | ReferenceTime | None = None,
                  clock: datetime | None = None) -> BriefingTime:
    """The reference time for a briefing on ``store``: ``at`` (text as ``--at`` takes it, or a ReferenceTime)
    when given; else ``clock`` (default: the real time), unless the newest incident is older than
    ``STALE_DAYS`` days before it."""
    if at is not None:
        return BriefingTime(parse_reference_time(at) if isinstance(at, str) else at, "given")
    moment = (clock or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    newest = newest_incident(store) if store is not None else None
    if newest is not None and newest[0] < moment - timedelta(days=STALE_DAYS):
        return BriefingTime(parse_reference_time(newest[1].isoformat()), "newest")
    return BriefingTime(ReferenceTime(text=moment.isoformat(), instant=moment), "now")

