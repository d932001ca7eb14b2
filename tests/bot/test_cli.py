"""The command line's error contract: one clear line, non-zero exit, no traceback, nothing changed."""

from __future__ import annotations

import json

import pytest

from bot.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_unknown_option_is_one_line(capsys, tmp_path):
    code, out, err = run(capsys, "ask", "q", "--bogus", "--index-dir", str(tmp_path))
    assert code == 2 and "--bogus" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unknown_command(capsys):
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_no_index_yet_tells_what_to_run(capsys, tmp_path):
    code, _, err = run(capsys, "ask", "Combien de roquettes ?", "--index-dir", str(tmp_path / "none"))
    assert code == 3 and "eventbot index" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("question", ["", "   ", "@everyone", "** __ ~~"])
def test_empty_questions_are_refused(capsys, tmp_path, question):
    code, _, err = run(capsys, "ask", question, "--index-dir", str(tmp_path / "none"))
    assert code in (1, 3) and err.strip()


def test_bad_configuration_file_is_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "status", "--config", str(tmp_path / "missing.toml"))
    assert code == 2 and "configuration" in err


def test_index_json_reports_skipped_sources(capsys, tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    (src / "ok.md").write_text("---\ntitle: T\nlang: fr\n---\nUne phrase sur les roquettes. Une autre phrase ici.\n")
    (src / "bad.bin").write_bytes(b"\x00\xff" * 10)
    code, out, _ = run(capsys, "index", "--sources", str(src), "--index-dir", str(tmp_path / "idx"), "--json")
    report = json.loads(out)
    assert code == 0 and report["added"] == ["ok"]
    assert [s["path"] for s in report["skipped"]] == ["bad.bin"]
