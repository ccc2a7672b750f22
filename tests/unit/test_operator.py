"""Who is working: name and unit as the audit log records them."""
from __future__ import annotations

import pytest

from border_monitor.domain.errors import ValidationError
from border_monitor.domain.operator import Operator, login_name


def test_audit_name_and_label():
    op = Operator("  j.kowalska ", "SG   Podlaski")
    assert op.audit_name == "j.kowalska (SG Podlaski)"
    assert op.label == "j.kowalska, SG Podlaski"
    assert Operator("a.petraitis").audit_name == "a.petraitis"
    assert Operator.default().name == login_name()


@pytest.mark.parametrize("name, unit, field", [("", "SG", "user name"), ("   ", "", "user name"),
                                               ("x" * 65, "", "user name"), ("ok", "u\x00", "unit"),
                                               ("ok", "u" * 81, "unit")])
def test_refused(name, unit, field):
    with pytest.raises(ValidationError) as info:
        Operator(name, unit)
    assert info.value.field == field
