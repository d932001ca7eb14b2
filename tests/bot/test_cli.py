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


def one_line(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_sources_with_nothing_to_index_change_nothing(capsys, tmp_path):
    empty, idx = tmp_path / "empty", tmp_path / "idx"
    empty.mkdir()
    (empty / "blank.md").write_text("---\ntitle: Rien\n---\n\n")
    code, _, err = run(capsys, "index", "--sources", str(empty), "--index-dir", str(idx))
    assert code == 1 and one_line(err) and "Nothing to index" in err and "blank.md" in err
    assert run(capsys, "status", "--index-dir", str(idx))[0] == 3  # no empty index was put in place


def test_bad_toml_is_a_configuration_error(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[search\nk = 3\n")
    code, _, err = run(capsys, "status", "--config", str(bad))
    assert code == 2 and one_line(err) and "bad configuration" in err


def test_an_index_dir_that_is_a_file_is_one_line(capsys, tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    for argv in (["ask", "roquettes"], ["index", "--sources", str(tmp_path)]):
        code, _, err = run(capsys, *argv, "--index-dir", str(not_a_folder / "idx"))
        assert code == 1 and one_line(err), err


def test_a_model_that_is_not_on_this_machine_is_one_line(capsys, tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text("---\ntitle: T\nlang: fr\n---\nUne phrase sur les roquettes.\n")
    monkeypatch.setenv("EVENTBOT_INDEX__MODEL", str(tmp_path / "no-such-model"))
    code, _, err = run(capsys, "index", "--sources", str(tmp_path), "--index-dir", str(tmp_path / "idx"))
    assert code == 1 and one_line(err) and "Cannot load the embedding model" in err and "nothing is downloaded" in err


@pytest.mark.parametrize("k", ["1", "-5", "500"])
def test_eval_depth_must_allow_recall_at_3(capsys, tmp_path, k):
    qa = tmp_path / "qa.jsonl"
    qa.write_text('{"q": "roquettes ?", "gold": ["roquettes"], "lang": "fr"}\n')
    code, _, err = run(capsys, "eval", str(qa), "--k", k, "--index-dir", str(tmp_path / "idx"))
    assert code == 2 and one_line(err) and "--k" in err


def test_usage_hint_names_the_subcommand(capsys):
    _, _, err = run(capsys, "ask")
    assert "see `eventbot ask --help`" in err


def test_insights_on_the_command_line(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTBOT_INSIGHTS__HASH_KEY", "test-key")
    from bot.app import build_insights
    from bot.settings import load_settings

    settings = load_settings()
    settings.index.index_dir = tmp_path
    store = build_insights(settings)
    store.record("combien de roquettes ?", "fr", guild_id=1, user_id=5, sentence_ids=["a#1"], best_score=0.9)
    store.record("qui a tiré ?", "fr", guild_id=2, user_id=6, sentence_ids=[], best_score=None)
    code, out, _ = run(capsys, "insights", "--json", "--index-dir", str(tmp_path))
    data = json.loads(out)
    assert code == 0 and data["questions"] == 2 and data["answered"] == 1 and data["unanswered"][0]["count"] == 1
    code, out, _ = run(capsys, "insights", "--guild", "1", "--lang", "fr", "--index-dir", str(tmp_path))
    assert code == 0 and "Taux de réponse" in out and "qui a tiré" not in out
    assert not (tmp_path / "insights.key").exists()  # the key came from the settings


def test_a_qdrant_key_in_the_file_is_refused_without_showing_it(capsys, tmp_path):
    cfg = tmp_path / "eventbot.toml"
    cfg.write_text('[index]\nbackend = "qdrant"\n[qdrant]\nurl = "http://q:6333"\napi_key = "key-in-a-file"\n')
    code, out, err = run(capsys, "status", "--config", str(cfg))
    assert code == 2 and one_line(err) and "EVENTBOT_QDRANT__API_KEY" in err
    assert "key-in-a-file" not in out + err
