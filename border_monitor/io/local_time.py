"""Local wall-clock times to UTC, vectorised and DST-correct.

The EU zones of the three countries change their offset only on whole hours of local time,
so the offset of a local time is the offset of its local hour. A million times span a few
thousand distinct hours: we ask ``zoneinfo`` once per distinct hour and broadcast.

Ambiguous times (the repeated hour in autumn) take the first, summer-time reading, as
Python's ``fold=0`` does; times in the skipped spring hour are read with the offset in force
before the change (so 03:30 on the spring-forward day in Vilnius is 01:30Z), again as Python does.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import numpy as np

_MS_PER_HOUR = 3_600_000
_EPOCH = datetime(1970, 1, 1)


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local_ms_to_utc_ms(local_ms: np.ndarray, zone: str) -> np.ndarray:
    """``local_ms``: naive wall-clock times as milliseconds since 1970-01-01T00:00 local."""
    local_ms = np.asarray(local_ms, dtype=np.int64)
    if local_ms.size == 0:
        return local_ms.copy()
    tz = _zone(zone)
    hours, inverse = np.unique(local_ms // _MS_PER_HOUR, return_inverse=True)
    offsets = np.empty(len(hours), dtype=np.int64)
    for k, hour in enumerate(hours.tolist()):
        try:
            wall = _EPOCH + timedelta(hours=hour)
        except OverflowError:
            offsets[k] = 0
            continue
        offsets[k] = int(wall.replace(tzinfo=tz).utcoffset().total_seconds() * 1000)
    return local_ms - offsets[inverse.reshape(-1)]
