"""The bot's commands at a local prompt: the same core, rendered as plain text."""

from __future__ import annotations

import json
import shlex
from typing import TextIO

from index.engine import Engine
from index.errors import EventbotError

from . import text
from .i18n import EN, Messages

HELP = """Commands:
  /ask <question>     answer with cited sentences (a line without a command is a question too)
  /attacks [where:X] [since:2021-01] [until:2021-04-30] [weapon:roquette]
                      attack events found in the sources, newest first
  /status             what the index holds
  /help               this text
  /quit               leave"""


def _options(given: str, allowed: tuple[str, ...]) -> dict[str, str]:
    """`where:Balad since:2021-01` (quotes allowed: `where:"base de Balad"`) as keyword arguments."""
    options: dict[str, str] = {}
    try:
        tokens = shlex.split(given)
    except ValueError as exc:  # `where:"base de Balad` without its closing quote
        raise EventbotError(
            f'Cannot read the options: {exc} (quote a value with spaces: where:"base de Balad").'
        ) from None
    for token in tokens:
        name, sep, value = token.partition(":")
        if not sep or name not in allowed:
            raise EventbotError(f"Unknown option {token!r}; use {', '.join(a + ':...' for a in allowed)}.")
        options[name] = value
    return options


NOT_TEXT = "This line is not valid UTF-8 text (check the terminal's encoding); type it again."


def _read_line(stdin: TextIO) -> str:
    """One line of the prompt. Bytes that are not UTF-8 come back as lone surrogates (PEP 383) whatever the locale,
    where a strict UTF-8 stdin would raise and end the console."""
    raw = getattr(stdin, "buffer", None)
    if raw is not None:
        return raw.readline().decode("utf-8", errors="surrogateescape")
    return stdin.readline()


class Console:
    def __init__(self, engine: Engine, t: Messages = EN):
        self.engine = engine
        self.t = t

    def handle(self, line: str, json_output: bool = False) -> str | None:
        """The reply to one line; None means quit."""
        line = line.strip()
        if not line:
            return ""
        if any("\ud800" <= c <= "\udfff" for c in line):  # no tokenizer, terminal or JSON encoder takes these
            return json.dumps({"error": NOT_TEXT}) if json_output else NOT_TEXT
        if not line.startswith("/"):
            line = "/ask " + line
        command, _, rest = line.partition(" ")
        try:
            if command in ("/quit", "/exit"):
                return None
            if command == "/help":
                return json.dumps({"help": HELP}, ensure_ascii=False) if json_output else HELP
            if command == "/ask":
                answer = self.engine.ask(rest)
                return (
                    json.dumps(text.answer_json(answer), ensure_ascii=False)
                    if json_output
                    else text.answer_text(answer, self.t)
                )
            if command == "/attacks":
                events = self.engine.attacks(**_options(rest, ("where", "since", "until", "weapon")))
                if json_output:
                    return json.dumps({"events": [text.event_json(e) for e in events]}, ensure_ascii=False)
                return text.events_text(events, self.t)
            if command == "/status":
                loaded = self.engine.loaded
                manifest = loaded.manifest
                if json_output:  # the same object as `eventbot status --json`
                    return json.dumps(text.status_json(loaded.path, manifest, loaded.verified), ensure_ascii=False)
                return (
                    f"{manifest.articles} articles, {manifest.sentences} sentences, {manifest.events} events, "
                    f"model {manifest.model}, built {manifest.built_at:%Y-%m-%d %H:%M} UTC"
                )
            raise EventbotError(f"Unknown command {command}: /ask, /attacks, /status, /help or /quit.")
        except EventbotError as exc:
            return json.dumps({"error": str(exc)}, ensure_ascii=False) if json_output else str(exc)

    def run(self, stdin: TextIO, stdout: TextIO, json_output: bool = False) -> int:
        interactive = stdin.isatty()
        if interactive:
            print("eventbot console: ask a question, or /help.", file=stdout)
        while True:
            if interactive:
                print("> ", end="", file=stdout, flush=True)
            line = _read_line(stdin)
            if not line:
                return 0
            reply = self.handle(line, json_output)
            if reply is None:
                return 0
            if reply:
                print(reply, file=stdout, flush=True)
