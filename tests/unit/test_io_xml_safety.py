"""KML and GPX are scanned before GDAL sees them: no DTD, no entities, well-formed."""
from __future__ import annotations

import pytest

from border_monitor.io import UnreadableFileError, UnsafeFileError, read_incidents
from border_monitor.io.xml_safety import check_xml_file

PLACEMARK = ('<Placemark><name>other</name><TimeStamp><when>2021-08-01T10:00:00Z</when></TimeStamp>'
             '<ExtendedData><Data name="country"><value>LT</value></Data></ExtendedData>'
             '<Point><coordinates>25.5,54.5</coordinates></Point></Placemark>')
KML = '<?xml version="1.0" encoding="UTF-8"?>\n{dtd}<kml xmlns="http://www.opengis.net/kml/2.2"><Document>{body}</Document></kml>\n'


@pytest.mark.parametrize("dtd", [
    '<!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>',
    '<!doctype kml SYSTEM "http://example.org/kml.dtd">',
    '<!DOCTYPE kml>',
    '<!ENTITY stray "x">',
])
def test_any_declaration_is_refused(tmp_path, dtd):
    path = tmp_path / "x.kml"
    path.write_text(KML.format(dtd=dtd, body=PLACEMARK), encoding="utf-8")
    with pytest.raises(UnsafeFileError, match=r"x\.kml: is refused: it declares a <!(DOCTYPE|ENTITY)> at byte 39"):
        read_incidents(path)


def test_declaration_split_across_read_blocks_is_found(tmp_path):
    from border_monitor.io import xml_safety

    path = tmp_path / "x.gpx"
    padding = "<!-- " + "p" * (xml_safety._BLOCK - 60) + " -->"
    path.write_text('<?xml version="1.0"?>' + padding + "<!DOCTYPE gpx []><gpx/>", encoding="utf-8")
    with pytest.raises(UnsafeFileError, match="DOCTYPE"):
        check_xml_file(path)


def test_utf16_xml_is_scanned_too(tmp_path):
    path = tmp_path / "wide.kml"
    path.write_bytes(KML.format(dtd='<!DOCTYPE kml [<!ENTITY a "b">]>', body=PLACEMARK)
                     .replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    with pytest.raises(UnsafeFileError, match="DOCTYPE"):
        check_xml_file(path)


def test_a_plain_kml_passes_and_reads(tmp_path):
    path = tmp_path / "ok.kml"
    path.write_text(KML.format(dtd="", body=PLACEMARK), encoding="utf-8")
    check_xml_file(path)
    (inc,) = read_incidents(path).batch.to_incidents()
    assert (inc.lon, inc.lat) == (25.5, 54.5)


def test_truncated_xml_names_line_and_column(tmp_path):
    path = tmp_path / "cut.kml"
    text = KML.format(dtd="", body=PLACEMARK * 3)
    path.write_text(text[: text.index("</Document>") - 30], encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"cut\.kml: is truncated or unfinished: the XML breaks off at line 2"):
        read_incidents(path)


def test_broken_xml_names_line_and_column(tmp_path):
    path = tmp_path / "broken.gpx"
    path.write_text('<?xml version="1.0"?>\n<gpx>\n<wpt lat="54" lon="25"></wpx>\n</gpx>\n', encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"broken\.gpx: is not well-formed XML: line 3, column \d+: mismatched tag"):
        read_incidents(path)
