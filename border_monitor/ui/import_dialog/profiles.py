"""Import mapping profiles: a named column mapping and coordinate system, kept in the user's settings.

A service's spreadsheets come in a few layouts; a profile saved for one file is offered, and applied, for the
next file whose header holds every column the profile names. Stored as JSON under ``import/profiles``.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

PROFILES_KEY = "import/profiles"


@dataclass(frozen=True)
class Profile:
    name: str
    columns: dict[str, str] = field(default_factory=dict)  # field -> header
    crs: str | None = None  # a geo.coords system name; None: found from the values

    def fits(self, headers) -> bool:
        """Every column the profile names is in ``headers``."""
        present = {str(h).strip() for h in headers}
        return bool(self.columns) and all(h in present for h in self.columns.values())


def load_profiles(settings) -> dict[str, Profile]:
    """Name -> profile, the last saved first; a damaged entry is left out (and logged)."""
    text = settings.value(PROFILES_KEY, "") if settings is not None else ""
    if not text:
        return {}
    try:
        raw = json.loads(str(text))
        profiles = {}
        for item in raw:
            profiles[str(item["name"])] = Profile(str(item["name"]), {str(k): str(v) for k, v in item["columns"].items()},
                                                  item.get("crs") or None)
        return profiles
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("the saved import profiles cannot be read (%s); they are ignored", exc)
        return {}


def save_profile(settings, profile: Profile) -> dict[str, Profile]:
    """Add or replace ``profile`` (it becomes the first); returns the profiles now saved."""
    profiles = load_profiles(settings)
    profiles.pop(profile.name, None)
    ordered = {profile.name: profile, **profiles}
    settings.setValue(PROFILES_KEY, json.dumps(
        [{"name": p.name, "columns": p.columns, "crs": p.crs} for p in ordered.values()], ensure_ascii=False))
    settings.sync()
    return ordered


def profile_for(profiles: dict[str, Profile], headers) -> Profile | None:
    """The first (last saved) profile that fits a file with ``headers``."""
    return next((p for p in profiles.values() if p.fits(headers)), None)
