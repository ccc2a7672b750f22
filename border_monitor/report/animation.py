"""The timeline played over a period as an animated GIF: one frame per step, the map above, the chart below.

Each frame shows the incidents of its step (local days of the reporting services, as the filter
and ``stats`` count them) in their type colours, the earlier ones of the period as small grey
dots, and the incidents-per-day chart with the days to come faded and a line at the frame's end.
Painted offscreen with QPainter (``map_image``, ``chart_image``), quantised and written by Pillow.
"""
from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from ..domain.data_notice import notice_for
from ..domain.errors import ValidationError
from ..domain.filters import IncidentFilter
from ..domain.local_time import day_number
from ..io.output_files import OutputError, check_output, replacing
from ..ui.text.labels import type_label
from .chart_image import paint_chart
from .content import check_period, zones_in_force
from .map_image import MapPainter, padded_bounds

log = logging.getLogger(__name__)

MAX_FRAMES = 1000
_STEP = re.compile(r"^\s*(\d+)\s*([dw])\s*$", re.IGNORECASE)


def parse_step(text: str) -> int:
    """Days per frame from ``1d``, ``3d``, ``1w``; a ``ValidationError`` naming --step otherwise."""
    match = _STEP.match(text or "")
    if not match or int(match.group(1)) < 1:
        raise ValidationError("--step", text, "is not a step in days or weeks (1d, 3d, 1w)")
    return int(match.group(1)) * (7 if match.group(2).lower() == "w" else 1)


@dataclass(frozen=True)
class Frame:
    first: date
    last: date


def frames_of(date_from: date, date_to: date, step_days: int) -> list[Frame]:
    count = math.ceil(((date_to - date_from).days + 1) / step_days)
    if count > MAX_FRAMES:
        raise ValidationError("--step", f"{step_days}d", f"makes {count} frames; at most {MAX_FRAMES}, take a longer step")
    out = []
    for k in range(count):
        first = date_from + timedelta(days=k * step_days)
        out.append(Frame(first, min(date_to, first + timedelta(days=step_days - 1))))
    return out


def _to_pil(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())
    return Image.frombytes("RGB", (rgb.width(), rgb.height()), data, "raw", "RGB", rgb.bytesPerLine())


def write_animation(store, flt: IncidentFilter, out: str | Path, step_days: int = 1, *, width: int = 960,
                    frame_ms: int = 500, store_path: str | Path | None = None) -> int:
    """Write the GIF of ``flt``'s period (its ``date_from``..``date_to``) to ``out``; returns the frame count."""
    out = Path(out)
    if out.suffix.lower() != ".gif":
        raise OutputError(f"Cannot write the animation {out}: an animation is a .gif file.")
    check_output(out, store=store_path, what="animation")
    date_from, date_to = check_period(flt.date_from, flt.date_to)
    frames = frames_of(date_from, date_to, step_days)
    points = store.points(flt)
    daily = store.daily_counts(flt, by="country")
    reference = {name: store.reference_layer(name) for name in ("countries", "zones", "sectors", "borders",
                                                                 "crossing_points")}
    reference["zones"] = zones_in_force(reference.get("zones") or {}, date_from, date_to)
    notice = notice_for(store)
    mp = MapPainter(reference, padded_bounds(flt.bbox) if flt.bbox else None, "Incident types", type_label)
    map_h, chart_h, head_h = int(width * 0.9), int(width * 0.28), 34
    height = head_h + map_h + chart_h
    day = np.asarray(points.get("day", np.zeros(0, np.int64)))
    images = []
    for k, frame in enumerate(frames):
        first, last = day_number(frame.first), day_number(frame.last)
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            font = QFont("DejaVu Sans")
            font.setPixelSize(17)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#222222"))
            when = frame.first.isoformat() if frame.first == frame.last else f"{frame.first} to {frame.last}"
            shown = int(((day >= first) & (day <= last)).sum())
            painter.drawText(QRectF(10, 0, width - 20, head_h), Qt.AlignmentFlag.AlignVCenter,
                             f"{when}: {shown:,} incidents")
            if notice:
                painter.setPen(QColor("#b00020"))
                small = QFont("DejaVu Sans")
                small.setPixelSize(12)
                painter.setFont(small)
                painter.drawText(QRectF(10, 0, width - 20, head_h), Qt.AlignmentFlag.AlignVCenter
                                 | Qt.AlignmentFlag.AlignRight, notice)
            mp.paint(painter, QRectF(0, head_h, width, map_h), points, (day >= first) & (day <= last),
                     past=day < first, legend_of=np.ones(len(day), dtype=bool))
            upto = (frame.last - date_from).days
            paint_chart(painter, QRectF(0, head_h + map_h, width, chart_h), daily, upto=upto)
        finally:
            painter.end()
        images.append(_to_pil(image).quantize(colors=128, method=Image.Quantize.FASTOCTREE))
        log.info("frame %d of %d", k + 1, len(frames))
    with replacing(out, create=True, what="animation") as temp:
        images[0].save(temp, format="GIF", save_all=True, append_images=images[1:], duration=frame_ms, loop=0,
                       optimize=False, disposal=1)
    return len(images)
