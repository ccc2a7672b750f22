"""Shifts in pressure: a sector rising while its neighbours fall, a border rising while another falls.

As in August 2021, when Lithuania began turning groups back and the pressure moved to Poland: each
side of a shift has its own trend over the last 7 days against the baseline (``levels.trend_of``),
and a shift is a rising side paired with a falling one.
"""
from __future__ import annotations

from dataclasses import dataclass

from .levels import Assessment, Trend, WindowTest


@dataclass(frozen=True)
class SectorShift:
    sector: str
    border: str
    week: WindowTest  # the sector's last 7 days
    neighbours: tuple[str, ...]
    neighbours_week: WindowTest  # its neighbours' last 7 days, together

    def sentence(self) -> str:
        return (f"{self.sector} ({self.border}) rising, {self.week.count} in 7 days against "
                f"{self.week.expected:.1f} expected, while its neighbours {', '.join(self.neighbours)} fall, "
                f"{self.neighbours_week.count} against {self.neighbours_week.expected:.1f}")

    def to_json(self) -> dict:
        return {"sector": self.sector, "border": self.border, "last_7d": self.week.to_json(),
                "neighbours": list(self.neighbours), "neighbours_last_7d": self.neighbours_week.to_json()}


@dataclass(frozen=True)
class BorderShift:
    rising: str
    rising_week: WindowTest
    falling: str
    falling_week: WindowTest

    def sentence(self) -> str:
        return (f"{self.falling} falling, {self.falling_week.count} in 7 days against "
                f"{self.falling_week.expected:.1f} expected, while {self.rising} rises, "
                f"{self.rising_week.count} against {self.rising_week.expected:.1f}")

    def to_json(self) -> dict:
        return {"rising": self.rising, "rising_last_7d": self.rising_week.to_json(),
                "falling": self.falling, "falling_last_7d": self.falling_week.to_json()}


def sector_shifts(sectors: dict[str, Assessment], neighbourhoods: dict[str, Assessment],
                  neighbours: dict[str, tuple[str, ...]], border_of: dict[str, str]) -> list[SectorShift]:
    """Sectors rising while their neighbours (taken together) fall, strongest rise first."""
    found = [
        SectorShift(sector=name, border=border_of.get(name, ""), week=a.last_7d, neighbours=neighbours[name],
                    neighbours_week=neighbourhoods[name].last_7d)
        for name, a in sectors.items()
        if a.trend is Trend.RISING and name in neighbourhoods and neighbourhoods[name].trend is Trend.FALLING
    ]
    return sorted(found, key=lambda s: (s.week.p_value, s.sector))


def border_shifts(borders: dict[str, Assessment]) -> list[BorderShift]:
    """Every pair of a falling border and a rising one, strongest rise first."""
    rising = [(name, a) for name, a in borders.items() if a.trend is Trend.RISING]
    falling = [(name, a) for name, a in borders.items() if a.trend is Trend.FALLING]
    found = [BorderShift(rising=r, rising_week=ra.last_7d, falling=f, falling_week=fa.last_7d)
             for r, ra in rising for f, fa in falling]
    return sorted(found, key=lambda s: (s.rising_week.p_value, s.falling_week.p_lower, s.rising, s.falling))
