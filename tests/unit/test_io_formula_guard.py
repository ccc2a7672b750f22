"""CSV injection: formula cells prefixed on export, numbers untouched, the prefix removed on import."""
from __future__ import annotations

import csv

import numpy as np

from border_monitor.io import read_incidents, write_incidents
from border_monitor.io.formula_guard import guard_cells, unguard_cell, unguard_columns

CELLS = ["=1+1", "+48", "-x", "@A1", "\tt", "\rr", "'=q", "''+q", "'plain", "plain", "", "a=b", "'"]


def test_guard_prefixes_formula_starts_and_nothing_else():
    assert guard_cells(CELLS) == ["'=1+1", "'+48", "'-x", "'@A1", "'\tt", "'\rr", "''=q", "'''+q", "'plain", "plain",
                                  "", "a=b", "'"]


def test_unguard_gives_back_every_original():
    assert [unguard_cell(c) for c in guard_cells(CELLS)] == CELLS
    for values in (np.array(guard_cells(CELLS), dtype=object), np.array(guard_cells(CELLS))):
        back = unguard_columns({"description": values, "sector": values})
        assert back["description"].tolist() == CELLS and back["sector"].tolist() == CELLS


def test_unguard_leaves_non_text_columns_alone():
    lon = np.array(["'-5.5", "24.1"])
    assert unguard_columns({"lon": lon})["lon"] is lon


def test_negative_numbers_are_written_as_numbers(tmp_path):
    columns = {"id": np.array(["a8d7b2c1-0000-4000-8000-000000000001"], dtype=object),
               "occurred_at": np.array(["2021-08-01T10:00:00"], dtype="datetime64[ms]"),
               "country": np.array(["LT"], dtype=object), "type": np.array(["other"], dtype=object),
               "status": np.array(["reported"], dtype=object),
               "lon": np.array([-73.25]), "lat": np.array([-12.5]), "persons": np.array([0]),
               "distance_to_border_m": np.array([-120.5]), "description": np.array(["-120 m"], dtype=object)}
    path = tmp_path / "neg.csv"
    write_incidents(columns, path)
    with open(path, encoding="utf-8", newline="") as stream:
        (row,) = csv.DictReader(stream)
    assert (row["lon"], row["lat"], row["distance_to_border_m"]) == ("-73.25", "-12.5", "-120.5")
    assert row["description"] == "'-120 m"


def test_a_hand_made_csv_keeps_quotes_that_guard_nothing(tmp_path):
    path = tmp_path / "hand.csv"
    path.write_text("occurred_at,country,type,lon,lat,description,source\n"
                    "2021-08-01T10:00:00Z,LT,other,25.1,54.2,'=SUM(A1),'VSAT\n", encoding="utf-8")
    (inc,) = read_incidents(path).batch.to_incidents()
    assert (inc.description, inc.source) == ("=SUM(A1)", "'VSAT")
