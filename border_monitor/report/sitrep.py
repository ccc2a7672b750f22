"""Write a situation report as PDF (A4, through QPdfWriter and QTextDocument) or as one HTML file.

The body (``report_body``) is laid out by QTextDocument on pages of A4 less the margins and the
header and footer bands; each page is then painted by hand: the header (classification in the
middle, title and period on the left, the date on the right), the page's slice of the document,
and the footer (classification, "Page n of N", the synthetic-data stamp when the store is
synthetic). The map and the chart are painted offscreen (``map_image``, ``chart_image``) and
given to the document as image resources. The HTML file carries the same body with the images
inlined as ``data:`` URLs and the classification at its top and bottom; it loads nothing.

The file is written under a temporary name and renamed into place (``io.output_files``): a failed
report leaves no file, and never one over the store.
"""
from __future__ import annotations

import base64
import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen,
                           QTextDocument)

from ..io.output_files import OutputError, check_output, replacing
from .chart_image import chart_image
from .content import ReportContent
from .map_image import MapPainter, map_image, padded_bounds
from .report_body import STYLE, body_html
from .texts import Texts

log = logging.getLogger(__name__)

FORMATS = (".pdf", ".html", ".htm")
RESOLUTION = 300  # PDF device pixels per inch
MARGIN_MM = 12.0
BAND_MM = 11.0  # the header and footer bands inside the margins
CSS_DPI = 96.0  # the document is laid out in CSS pixels
MAP_PX = (1800, 1650)  # the map image (about 200 dpi over the page width)
CHART_PX = (1800, 560)
IMAGE_CSS_WIDTH = 690


def report_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(f"Cannot write the report {path}: a report is a .pdf or .html file, not "
                          f"{suffix or 'a file without a suffix'}.")
    return "pdf" if suffix == ".pdf" else "html"


def map_painter(c: ReportContent, lang: str = "en") -> MapPainter:
    """The report's map, projected (pyproj) on the calling thread: reference layers and incidents."""
    t = Texts(lang)
    bounds = c.filter.bbox if c.filter.bbox else None
    painter = MapPainter(c.reference, padded_bounds(bounds) if bounds else None, t("legend_types"), t.type)
    if c.points and len(c.points.get("lon", ())):
        painter.projected(c.points)
    return painter


def _images(c: ReportContent, t: Texts, painter: MapPainter | None) -> tuple[QImage, QImage]:
    painter = painter or map_painter(c, t.lang)
    the_map = map_image(c.reference, c.points, *MAP_PX, painter_cache=painter)
    chart = chart_image(c.daily, *CHART_PX, names=lambda k: f"{t.country(k)} ({k})")
    return the_map, chart


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_report(c: ReportContent, out: str | Path, *, lang: str = "en", classification: str | None = None,
                 store_path: str | Path | None = None, inputs=(), painter: MapPainter | None = None) -> Path:
    """Write the report of ``c`` to ``out`` (.pdf or .html); returns the path written. ``painter``: the map from
    ``map_painter`` (made on the GUI thread when a worker writes the report: no pyproj call is left to it)."""
    out = Path(out)
    fmt = report_format(out)
    check_output(out, store=store_path, inputs=inputs, what="report")
    t = Texts(lang)
    marking = (classification or "").strip() or t("unclassified")
    the_map, chart = _images(c, t, painter)
    with replacing(out, create=True, what="report") as temp:
        if fmt == "pdf":
            _write_pdf(c, t, marking, the_map, chart, temp)
        else:
            _write_html(c, t, marking, the_map, chart, temp)
    log.info("wrote the report %s", out)
    return out


# -- PDF ------------------------------------------------------------------------------------
def _document(c: ReportContent, t: Texts, the_map: QImage, chart: QImage, width_css: float) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 9))
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("bm:map.png"), the_map)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("bm:chart.png"), chart)
    doc.setHtml(f"<html><body>{body_html(c, t, 'bm:map.png', 'bm:chart.png', int(min(IMAGE_CSS_WIDTH, width_css)))}"
                "</body></html>")
    return doc


def _write_pdf(c: ReportContent, t: Texts, marking: str, the_map: QImage, chart: QImage, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{t('title')} {c.date_from.isoformat()} - {c.date_to.isoformat()} ({marking})")
    writer.setCreator("Border Monitor")
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    ratio = RESOLUTION / CSS_DPI
    band = BAND_MM / 25.4 * RESOLUTION
    body = QRectF(0, band, paint.width(), paint.height() - 2 * band)
    doc = _document(c, t, the_map, chart, body.width() / ratio)
    page_css = QSizeF(body.width() / ratio, body.height() / ratio)
    doc.setPageSize(page_css)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OutputError(f"Cannot write the report {path}: the PDF writer did not start.")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            _page_bands(painter, c, t, marking, paint.width(), paint.height(), band, page + 1, pages)
            painter.save()
            painter.translate(body.left(), body.top())
            painter.scale(ratio, ratio)
            painter.translate(0, -page * page_css.height())
            doc.drawContents(painter, QRectF(0, page * page_css.height(), page_css.width(), page_css.height()))
            painter.restore()
    finally:
        painter.end()


def _page_bands(painter: QPainter, c: ReportContent, t: Texts, marking: str, width: float, height: float,
                band: float, page: int, pages: int) -> None:
    """Header: title and period, the marking, the date; footer: the marking, the page number, and on a line of
    its own under them the synthetic-data stamp (long in some languages: it never runs into the marking)."""
    painter.save()
    small = QFont("DejaVu Sans")
    small.setPixelSize(int(band * 0.24))
    bold = QFont("DejaVu Sans")
    bold.setPixelSize(int(band * 0.30))
    bold.setBold(True)
    row = band * 0.42
    top = QRectF(0, 0, width, row)
    bottom = QRectF(0, height - band + band * 0.12, width, row)
    stamp = QRectF(0, bottom.bottom(), width, band - row - band * 0.12)
    painter.setPen(QColor("#b00020"))
    painter.setFont(bold)
    for rect in (top, bottom):
        painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, marking)
    painter.setPen(QColor("#333333"))
    painter.setFont(small)
    period = f"{t('title')} {c.date_from.isoformat()} {t('to')} {c.date_to.isoformat()}"
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, period)
    painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     c.generated_at.strftime("%Y-%m-%d %H:%M UTC"))
    painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     t("page", n=page, total=pages))
    if c.notice:
        painter.setPen(QColor("#b00020"))
        painter.drawText(stamp, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, t("synthetic"))
    painter.setPen(QPen(QColor("#999999"), 2))
    painter.drawLine(0, int(row + band * 0.06), int(width), int(row + band * 0.06))
    painter.drawLine(0, int(height - band + band * 0.06), int(width), int(height - band + band * 0.06))
    painter.restore()


# -- HTML -----------------------------------------------------------------------------------
def _write_html(c: ReportContent, t: Texts, marking: str, the_map: QImage, chart: QImage, path: Path) -> None:
    def url(image: QImage) -> str:
        return "data:image/png;base64," + base64.b64encode(_png(image)).decode("ascii")

    stamp = f'<div class="stamp">{escape(t("synthetic"))}</div>' if c.notice else ""
    title = f"{t('title')} {c.date_from.isoformat()} {t('to')} {c.date_to.isoformat()}"
    html = f"""<!DOCTYPE html>
<html lang="{t.lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>{escape(title)} ({escape(marking)})</title>
<style>{STYLE}
body {{ max-width: 190mm; margin: 0 auto; padding: 0 8mm; font-size: 10pt; }}
.marking {{ text-align: center; color: #b00020; font-weight: bold; font-size: 11pt; padding: 4pt;
           border-bottom: 1px solid #999; }}
.marking.bottom {{ border-top: 1px solid #999; border-bottom: none; }}
.stamp {{ text-align: center; color: #b00020; font-size: 9pt; }}
img {{ max-width: 100%; height: auto; }}
@media print {{ .marking.top {{ position: fixed; top: 0; left: 0; right: 0; background: #fff; }}
               .marking.bottom {{ position: fixed; bottom: 0; left: 0; right: 0; background: #fff; }} }}
</style></head><body>
<div class="marking top">{escape(marking)}</div>{stamp}
{body_html(c, t, url(the_map), url(chart), IMAGE_CSS_WIDTH)}
{stamp}<div class="marking bottom">{escape(marking)}</div>
</body></html>
"""
    path.write_text(html, encoding="utf-8")
