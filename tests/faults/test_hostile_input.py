"""Hostile input on the command line and in the configuration: one clear line, no traceback, no secret echoed."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from index.errors import SourceRejected
from index.sources.fetching import normalize_url

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789"

BAD_LINKS = [
    "http://0177.0.0.1/",  # octal IPv4: some resolvers read it as 127.0.0.1
    "http://0x7f.1/",
    "http://xn--a.com/",  # invalid IDNA (punycode of U+0080)
    "http://ex☃mple.com/",
    "http://[::1",
    "http://a..b/",
    "http://" + "a" * 300 + ".com/",
    "https://exa mple.com/",
    "javascript:alert(1)",
    "http://user:pass@example.com/",
    "http://example.com:0/",
    "http://example.com:99999/",
]


@pytest.mark.parametrize("link", BAD_LINKS)
def test_malformed_links_are_refused_with_a_reason(link):
    try:
        normalize_url(link)
    except SourceRejected as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 500
        return
    # Accepted by the parser: the address check refuses it before any connection (tested in test_fetching).
    assert link in ("http://a..b/", "http://" + "a" * 300 + ".com/", "http://0x7f.1/")


def eventbot(tmp_path: Path, *argv: str | bytes) -> subprocess.CompletedProcess[bytes]:
    """The real command line in a new process (arguments may be raw bytes, as a shell passes them)."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": str(ROOT),
        "LC_ALL": "C.UTF-8",
        "EVENTBOT_INDEX__INDEX_DIR": str(tmp_path / "idx"),
    }
    return subprocess.run([sys.executable, "-m", "bot", *argv], cwd=tmp_path, env=env, capture_output=True, timeout=60)


def one_line(result: subprocess.CompletedProcess[bytes]) -> str:
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert err.count("\n") == 1, err
    return err


def test_command_line_hostile_input_gets_one_line(tmp_path):
    for link in ("http://0177.0.0.1/", "http://xn--a.com/"):
        result = eventbot(tmp_path, "source", "add", "--url", link)
        assert result.returncode == 1 and "not a valid link" in one_line(result)
    result = eventbot(tmp_path, "ask", b"\xff\xfe combien de roquettes ?")
    assert result.returncode == 2 and "not valid UTF-8" in one_line(result)


@pytest.mark.parametrize("value", [f'["{TOKEN}"]', "1" + "2" * 70, f'{{ secret = "{TOKEN}" }}'])
def test_a_token_in_the_wrong_shape_is_never_echoed(tmp_path, value):
    config = tmp_path / "bad.toml"
    config.write_text(f"[discord]\ntoken = {value}\n", encoding="utf-8")
    result = eventbot(tmp_path, "status", "--config", str(config))
    err = one_line(result)
    assert result.returncode == 2 and "discord.token" in err
    for secret in (TOKEN, value):
        assert secret[:12] not in err and secret[-12:] not in err, err


@pytest.mark.parametrize("errors", ["strict", "surrogateescape"])  # a UTF-8 terminal's stdin; a C locale's
def test_console_lines_that_are_not_utf8_get_one_line_and_the_console_goes_on(errors):
    from bot.console import NOT_TEXT, Console

    stdin = io.TextIOWrapper(io.BytesIO(b"\xff\xfe combien \x81 de roquettes ?\n/quit\n"), "utf-8", errors=errors)
    stdout = io.StringIO()
    console = Console(engine=None)  # the engine is never reached
    assert console.run(stdin, stdout) == 0
    assert stdout.getvalue() == NOT_TEXT + "\n"
    assert console.handle("\udcff\udcfe /ask", json_output=True) == json.dumps({"error": NOT_TEXT})
