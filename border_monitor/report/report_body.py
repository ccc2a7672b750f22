"""The body of a situation report as HTML (the subset QTextDocument lays out), from its content and words.

The same body goes into the PDF (through QTextDocument) and the HTML file (with a style sheet and
the images inlined). Every text from the data is escaped. The figures are written with
``Texts.number``; tables list every key, sorted by count (then name), so a reader of the text (the
tests use ``pdftotext``) finds each figure of ``stats`` beside its key.
"""
from __future__ import annotations

from html import escape

from ..analysis.levels import Level
from .content import NO_SECTOR, ReportContent, change_percent
from .texts import Texts

MAX_SECTOR_ROWS = 60


def _cell(value, align: str = "left", bold: bool = False) -> str:
    text = escape(str(value))
    if bold:
        text = f"<b>{text}</b>"
    return f'<td align="{align}">{text}</td>'


def _table(header: list[str], rows: list[list[str]], right_from: int, widths: list[int] | None = None) -> str:
    head = "".join(f'<th align="{"right" if k >= right_from else "left"}"'
                   + (f' width="{widths[k]}%"' if widths else "") + f">{escape(h)}</th>" for k, h in enumerate(header))
    body = "".join("<tr>" + "".join(_cell(c, "right" if k >= right_from else "left") for k, c in enumerate(r)) + "</tr>"
                   for r in rows)
    return ('<table class="data" width="100%" cellspacing="0" cellpadding="3" border="0">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _compare_keys(now: dict[str, int], before: dict[str, int]) -> list[str]:
    """The keys with a count in either period, the largest first (``stats`` also lists keys at zero)."""
    keys = [k for k in set(now) | set(before) if now.get(k, 0) or before.get(k, 0)]
    return sorted(keys, key=lambda k: (-now.get(k, 0), -before.get(k, 0), k))


def _compare_rows(t: Texts, now: dict[str, int], before: dict[str, int], label) -> list[list[str]]:
    keys = _compare_keys(now, before)
    return [[label(k), t.number(now.get(k, 0)), t.number(before.get(k, 0)),
             t.percent(change_percent(now.get(k, 0), before.get(k, 0)))] for k in keys]


def filter_text(c: ReportContent, t: Texts) -> str:
    f = c.filter
    parts = []
    if f.countries:
        parts.append(t("filter_countries", v=", ".join(sorted(x.value for x in f.countries))))
    if f.types:
        parts.append(t("filter_types", v=", ".join(t.type(x.value) for x in sorted(f.types, key=lambda x: x.value))))
    if f.statuses:
        parts.append(t("filter_statuses", v=", ".join(sorted(x.value for x in f.statuses))))
    if f.text:
        parts.append(t("filter_text", v=f.text))
    if f.bbox:
        parts.append(t("filter_bbox", v=", ".join(f"{v:g}" for v in f.bbox)))
    return "; ".join(parts) or t("no_filter")


def _period(t: Texts, a, b) -> str:
    return f"{a.isoformat()} {t('to')} {b.isoformat()}"


def _header(c: ReportContent, t: Texts) -> str:
    rows = [(t("period"), f"{_period(t, c.date_from, c.date_to)} ({t('days', n=c.days)})"),
            (t("previous_period"), _period(t, c.previous_from, c.previous_to)),
            (t("filter"), filter_text(c, t)),
            (t("store"), c.store_name),
            (t("generated"), c.generated_at.strftime("%Y-%m-%d %H:%M UTC"))]
    info = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
    out = [f"<h1>{escape(t('title'))}</h1>", f'<p class="sub">{escape(t("subtitle"))}</p>',
           f'<table class="info" cellspacing="0" cellpadding="2">{info}</table>']
    if c.notice:
        out.append(f'<p class="synthetic"><b>{escape(t("synthetic"))}</b></p>')
    return "".join(out)


def _summary(c: ReportContent, t: Texts) -> str:
    rows = [[t("incidents"), t.number(c.stats.total), t.number(c.previous.total),
             t.percent(change_percent(c.stats.total, c.previous.total))],
            [t("persons"), t.number(c.stats.persons), t.number(c.previous.persons),
             t.percent(change_percent(c.stats.persons, c.previous.persons))]]
    return f"<h2>{escape(t('summary'))}</h2>" + _table(["", t("this_period"), t("before"), t("change")], rows, 1,
                                                        [46, 18, 18, 18])


def _figures(t: Texts, map_url: str, chart_url: str, width: int) -> str:
    return (f"<h2>{escape(t('map'))}</h2>"
            f'<p align="center"><img src="{map_url}" width="{width}"></p>'
            f'<p class="note">{escape(t("map_note"))}</p>'
            f"<h2>{escape(t('timeline'))}</h2>"
            f'<p align="center"><img src="{chart_url}" width="{width}"></p>')


def _tables(c: ReportContent, t: Texts) -> str:
    cols = [t("this_period"), t("before"), t("change")]
    w = [46, 18, 18, 18]
    out = [f"<h2>{escape(t('by_country'))}</h2>",
           _table([t("country"), *cols], _compare_rows(t, c.stats.by_country, c.previous.by_country,
                                                         lambda k: f"{t.country(k)} ({k})"), 1, w),
           f"<h2>{escape(t('by_type'))}</h2>",
           _table([t("type"), *cols], _compare_rows(t, c.stats.by_type, c.previous.by_type, t.type), 1, w)]
    rows = _compare_rows(t, c.sectors, c.previous_sectors,
                         lambda k: t("no_sector") if k == NO_SECTOR else k)
    keys = _compare_keys(c.sectors, c.previous_sectors)
    rows = [[r[0], c.sector_border.get(k, ""), *r[1:]] for k, r in zip(keys, rows)]
    more = len(rows) - MAX_SECTOR_ROWS
    out += [f"<h2>{escape(t('by_sector'))}</h2>",
            _table([t("sector"), t("border"), *cols], rows[:MAX_SECTOR_ROWS], 2, [34, 12, 18, 18, 18])]
    if more > 0:
        out.append(f'<p class="note">{escape(t("more_rows", n=t.number(more)))}</p>')
    out += [f"<h2>{escape(t('by_nationality'))}</h2>",
            _table([t("nationality"), *cols], _compare_rows(t, c.stats.by_nationality, c.previous.by_nationality,
                                                             lambda k: f"{k} {t.nationality(k)}"), 1, w)]
    return "".join(out)


def _warning(c: ReportContent, t: Texts) -> str:
    w = c.warning
    borders = [u for u in w.borders if u.border[:2] in c.countries]
    sectors = [u for u in w.sectors if u.border[:2] in c.countries]
    shown = sorted((u for u in sectors if u.level is not Level.NORMAL),
                   key=lambda u: (-u.level.rank, u.border, u.name))
    hidden = len(sectors) - len(shown)

    def row(u) -> list[str]:
        a = u.driving
        return [t.level(u.level.value), u.name, u.border, t.number(a.last_24h.count),
                t.number(a.last_24h.expected, 1), t.number(a.last_7d.count), t.number(a.last_7d.expected, 1),
                t.trend(a.trend.value)]

    header = [t("level"), t("unit"), t("border"), t("last_24h"), t("expected"), t("last_7d"), t("expected"), t("trend")]
    out = [f"<h2>{escape(t('warning'))}</h2>",
           f'<p class="note">{escape(t("warning_note", day=c.date_to.isoformat(), hidden=hidden))}</p>',
           _table(header, [row(u) for u in [*borders, *shown]], 3, [12, 26, 9, 9, 11, 9, 11, 13])]
    shifts = []
    for s in w.border_shifts:
        shifts.append(t("shift_border", rising=s.rising, falling=s.falling, n=t.number(s.rising_week.count),
                        e=t.number(s.rising_week.expected, 1), m=t.number(s.falling_week.count),
                        f=t.number(s.falling_week.expected, 1)))
    for s in w.sector_shifts:
        if s.border[:2] in c.countries:
            shifts.append(t("shift_sector", sector=s.sector, border=s.border, n=t.number(s.week.count),
                            e=t.number(s.week.expected, 1), neighbours=", ".join(s.neighbours),
                            m=t.number(s.neighbours_week.count), f=t.number(s.neighbours_week.expected, 1)))
    out.append(f"<h3>{escape(t('shifts'))}</h3>")
    out.append("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in shifts) + "</ul>" if shifts
               else f"<p>{escape(t('none'))}</p>")
    shares = w.nationalities.get("all") or []
    out.append(f"<h3>{escape(t('shares'))}</h3>")
    if shares:
        rows = [[f"{n.code} {t.nationality(n.code)}", f"{n.change:+.1f} {t('points')}", t.number(n.persons_7d),
                 f"{n.share_7d:.0%}", t.number(n.persons_baseline), f"{n.share_baseline:.0%}"] for n in shares]
        out.append(_table([t("nationality"), t("change"), t("last_7d"), t("share_7d"), t("before"), t("share_base")],
                          rows, 1, [30, 14, 14, 14, 14, 14]))
    else:
        out.append(f"<p>{escape(t('none'))}</p>")
    return "".join(out)


def _notable(c: ReportContent, t: Texts) -> str:
    out = [f"<h2>{escape(t('notable'))} ({t.number(c.notable_total)})</h2>",
           f'<p class="note">{escape(t("notable_note"))}</p>']
    if not c.notable:
        return "".join(out) + f"<p>{escape(t('none'))}</p>"
    rows = []
    for n in c.notable:
        place = n.sector or t("no_sector")
        if n.distance_km is not None:
            place += "; " + t("km_from_border", km=t.number(n.distance_km, 1), side=t.side(n.side))
        rows.append([n.local_time, f"{t.type(n.type)} ({n.country})", place,
                     f"{n.grid} {n.grid_text}", t.number(n.persons), n.title])
    out.append(_table([t("time"), t("type"), t("place"), t("coordinates"), t("persons"), t("what")], rows, 99,
                      [13, 13, 18, 16, 11, 29]))
    if c.notable_total > len(c.notable):
        out.append(f'<p class="note">{escape(t("more_rows", n=t.number(c.notable_total - len(c.notable))))}</p>')
    return "".join(out)


def body_html(c: ReportContent, t: Texts, map_url: str, chart_url: str, image_width: int) -> str:
    return "".join([_header(c, t), _summary(c, t), _figures(t, map_url, chart_url, image_width), _tables(c, t),
                    _warning(c, t), _notable(c, t)])


STYLE = """
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 18pt; margin: 0 0 2pt 0; }
h2 { font-size: 12pt; margin: 12pt 0 4pt 0; color: #123a6b; }
h3 { font-size: 10pt; margin: 8pt 0 3pt 0; }
p.sub { font-size: 11pt; color: #444; margin-top: 0; }
p.note { font-size: 8pt; color: #555; }
p.synthetic { color: #b00020; font-size: 11pt; border: 1px solid #b00020; padding: 4pt; }
table.data th { background-color: #e8edf3; border-bottom: 1px solid #8894a3; }
table.data td { border-bottom: 1px solid #dde2e8; }
"""
