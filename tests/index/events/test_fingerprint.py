"""The fingerprint that triggers event re-extraction covers every module of the events package."""

from __future__ import annotations

import shutil
from pathlib import Path

from index.engine import _EVENTS_PACKAGE, _events_version


def test_fingerprint_changes_with_any_module_of_the_package(tmp_path: Path) -> None:
    copy = tmp_path / "events"
    shutil.copytree(_EVENTS_PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert _events_version(copy) == _events_version()
    modules = sorted(p.name for p in copy.glob("*.py"))
    assert {"lexicon.py", "reading.py", "dates.py", "facts.py", "assembly.py", "merging.py"} <= set(modules)
    seen = {_events_version(copy)}
    for name in modules:
        path = copy / name
        original = path.read_bytes()
        path.write_bytes(original + b"\n# changed\n")
        seen.add(_events_version(copy))
        path.write_bytes(original)
    assert len(seen) == len(modules) + 1
    (copy / "new_rule.py").write_text("RULE = 1\n")
    assert _events_version(copy) not in seen
