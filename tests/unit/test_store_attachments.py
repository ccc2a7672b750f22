"""Attachments in the store: the Related Tables Extension tables, limits, content type by magic bytes, audit."""
from __future__ import annotations

import sqlite3
import subprocess

import pyogrio
import pytest
from attachment_files import pdf_bytes, png_bytes
from test_store_migrations import make_v1
from store_support import SYSTEM_PYTHON, all_incidents, random_batch, validate_gpkg

from border_monitor.domain.errors import NotFoundError, StoreError, ValidationError
from border_monitor.store import open_store
from border_monitor.store.gpkg import audit
from border_monitor.store.gpkg.attachment_tables import MAPPING_TABLE, MEDIA_TABLE, AttachmentLimits, sniff_content_type


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "s.gpkg", create=True) as s:
        s.add_batch(random_batch(3), "tester")
        yield s


def _ids(store):
    return [str(i.id) for i in all_incidents(store)]


def _audit_count(store) -> int:
    return store._conn().execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_add_list_read_remove_roundtrip_with_audit(store):
    first, second = _ids(store)[:2]
    photo, report = png_bytes(), pdf_bytes()
    change = store.add_attachment(first, "/home/x/fence.png", photo, "ona")
    assert change.attachments == frozenset({first}) and change.any and not change.touches_incidents
    store.add_attachment(first, "report.pdf", report, "ona")
    listed = store.attachments(first)
    assert [(a.name, a.content_type, a.size) for a in listed] == [
        ("fence.png", "image/png", len(photo)), ("report.pdf", "application/pdf", len(report))]
    assert listed[0].is_image and not listed[1].is_image and listed[0].added_by == "ona"
    assert store.attachment_data(listed[0].id) == photo and store.attachment_data(listed[1].id) == report
    assert store.attachments(second) == []
    store.remove_attachment(listed[0].id, "jonas")
    assert [a.name for a in store.attachments(first)] == ["report.pdf"]
    with pytest.raises(NotFoundError, match=str(listed[0].id)):
        store.attachment_data(listed[0].id)
    entries = [e for e in store.history(first) if e.action == "attach"]
    assert [(e.user, bool(e.after), bool(e.before)) for e in entries] == [
        ("ona", True, False), ("ona", True, False), ("jonas", False, True)]
    assert entries[2].before["removed"]["name"] == "fence.png" and len(entries[2].before["removed"]["sha256"]) == 64
    assert audit.verify(store._conn()).intact


def test_content_type_comes_from_the_bytes_not_the_name(store):
    first = _ids(store)[0]
    store.add_attachment(first, "looks_like.pdf", png_bytes(), "ona")
    assert store.attachments(first)[0].content_type == "image/png"
    before = _audit_count(store)
    with pytest.raises(ValidationError, match=r"photo\.jpg.*not a format"):
        store.add_attachment(first, "photo.jpg", b"\x01\x02\x03\x00\x7f" * 50, "ona")
    assert _audit_count(store) == before and len(store.attachments(first)) == 1
    assert sniff_content_type(b"\xff\xd8\xff\xe0" + bytes(60)) == "image/jpeg"
    assert sniff_content_type("Ąžuolas patrol note\n".encode()) == "text/plain"
    assert sniff_content_type(b"PK\x03\x04" + bytes(26) + b"word/document.xml") .endswith("wordprocessingml.document")


def test_size_limits_name_the_file_and_leave_the_store_as_it_was(store):
    first = _ids(store)[0]
    small = AttachmentLimits(max_file_bytes=2000, max_incident_bytes=3000)
    before = _audit_count(store)
    with pytest.raises(ValidationError, match=r"big\.png.*larger than the 2,000 bytes allowed for one attachment"):
        store.add_attachment(first, "big.png", png_bytes(400, 400, (1, 2, 3)) + bytes(5000), "ona", limits=small)
    store.add_attachment(first, "a.pdf", pdf_bytes("a" * 900), "ona", limits=small)
    store.add_attachment(first, "b.pdf", pdf_bytes("b" * 900), "ona", limits=small)
    with pytest.raises(ValidationError, match=r"c\.pdf.*over the 3,000 bytes allowed per incident"):
        store.add_attachment(first, "c.pdf", pdf_bytes("c" * 900), "ona", limits=small)
    assert [a.name for a in store.attachments(first)] == ["a.pdf", "b.pdf"]
    assert _audit_count(store) == before + 2
    with pytest.raises(ValidationError, match=r"empty\.png.*empty"):
        store.add_attachment(first, "empty.png", b"", "ona")


def test_the_store_can_change_its_limits(store):
    assert AttachmentLimits() == store.attachment_limits()
    assert store.attachment_limits().max_file_bytes == 25 * 1024 * 1024
    store.set_metadata("attachment_max_file_mb", "0.001")
    with pytest.raises(ValidationError, match="allowed for one attachment"):
        store.add_attachment(_ids(store)[0], "x.png", png_bytes(100, 100, (9, 9, 9)) + bytes(2000), "ona")


def test_deleted_or_unknown_incident_refused(store):
    first = _ids(store)[0]
    store.delete([first], "ona")
    with pytest.raises(StoreError, match="restore it before attaching x.png"):
        store.add_attachment(first, "x.png", png_bytes(), "ona")
    with pytest.raises(NotFoundError):
        store.add_attachment("4f0c6a4e-0000-4000-8000-000000000000", "x.png", png_bytes(), "ona")
    with pytest.raises(NotFoundError):
        store.remove_attachment(999, "ona")


def test_related_tables_extension_is_registered_so_gdal_sees_the_relation(store):
    first = _ids(store)[0]
    store.add_attachment(first, "fence.png", png_bytes(), "ona")
    conn = store._conn()
    extensions = set(conn.execute("SELECT table_name, extension_name FROM gpkg_extensions "
                                  "WHERE extension_name = 'gpkg_related_tables'"))
    assert extensions == {("gpkgext_relations", "gpkg_related_tables"), (MAPPING_TABLE, "gpkg_related_tables")}
    assert conn.execute("SELECT base_table_name, base_primary_column, related_table_name, related_primary_column, "
                        "relation_name, mapping_table_name FROM gpkgext_relations").fetchall() == [
        ("incidents", "fid", MEDIA_TABLE, "id", "media", MAPPING_TABLE)]
    fid = conn.execute("SELECT fid FROM incidents WHERE uuid = ?", (first,)).fetchone()[0]
    assert conn.execute(f"SELECT base_id FROM {MAPPING_TABLE}").fetchall() == [(fid,)]
    path = store.path
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert {MEDIA_TABLE, MAPPING_TABLE} <= layers
    assert pyogrio.read_info(path, layer=MEDIA_TABLE)["fields"].tolist() == [
        "data", "content_type", "name", "size", "sha256", "added_at", "added_by"]
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "from osgeo import gdal; assert hasattr(gdal.Dataset, "
                            "'GetRelationshipNames')"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("python3-gdal >= 3.6 (relationships) is not installed")
    script = ("import sys; from osgeo import gdal; ds = gdal.OpenEx(sys.argv[1]); "
              "r = ds.GetRelationship(ds.GetRelationshipNames()[0]); print(r.GetLeftTableName(), "
              "r.GetRightTableName(), r.GetMappingTableName(), r.GetRelatedTableType(), r.GetLeftTableFields()[0])")
    out = subprocess.run([SYSTEM_PYTHON, "-c", script, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["incidents", MEDIA_TABLE, MAPPING_TABLE, "media", "fid"]
    assert validate_gpkg(path).returncode == 0


def test_older_store_migrates_with_its_audit_chain_intact(tmp_path):
    path = tmp_path / "old.gpkg"
    make_v1(path)
    with open_store(path) as store:
        first = _ids(store)[0]
        store.add_attachment(first, "fence.png", png_bytes(), "ona")
        assert audit.verify(store._conn()).intact
    conn = sqlite3.connect(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_log'").fetchone()[0]
    assert "'attach'" in sql and "'enrich'" in sql
    assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                       "tbl_name = 'audit_log'")} == {
        "audit_log_no_update", "audit_log_no_delete", "audit_log_no_replace"}
    conn.close()
