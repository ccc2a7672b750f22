"""The nationalities whose share of the persons changed most: the last 7 days against the baseline."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..domain.nationality import nationality_name


@dataclass(frozen=True)
class NationalityShare:
    code: str
    persons_7d: int
    persons_baseline: int
    share_7d: float  # of all persons of the last 7 days, 0..1
    share_baseline: float

    @property
    def change(self) -> float:
        """Change of the share, in percentage points."""
        return 100.0 * (self.share_7d - self.share_baseline)

    @property
    def name(self) -> str:
        return nationality_name(self.code)

    def to_json(self) -> dict:
        return {"code": self.code, "name": self.name, "persons_7d": self.persons_7d,
                "persons_baseline": self.persons_baseline, "share_7d": round(self.share_7d, 4),
                "share_baseline": round(self.share_baseline, 4), "change_points": round(self.change, 2)}


def share_changes(codes: list[str], baseline: np.ndarray, recent: np.ndarray, top: int = 5) -> list[NationalityShare]:
    """The ``top`` nationalities by the size of their change in share (largest first; ties: more persons
    first, then the code), leaving out those whose share did not change. Empty when either period has no
    persons: a share of nothing is not a share."""
    baseline = np.asarray(baseline, dtype=np.int64)
    recent = np.asarray(recent, dtype=np.int64)
    total_base, total_recent = int(baseline.sum()), int(recent.sum())
    if total_base == 0 or total_recent == 0:
        return []
    shares = [NationalityShare(code=code, persons_7d=int(r), persons_baseline=int(b), share_7d=r / total_recent,
                               share_baseline=b / total_base)
              for code, b, r in zip(codes, baseline.tolist(), recent.tolist()) if b * total_recent != r * total_base]
    shares.sort(key=lambda s: (-round(abs(s.change), 9), -(s.persons_7d + s.persons_baseline), s.code))
    return shares[:top]
