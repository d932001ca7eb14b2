"""The command line: a stable contract that scripts rely on.

Every subcommand that reads the index takes --sources DIR, --index-dir DIR and --json, and a JSON
shape, once published, only grows.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from pydantic import ValidationError

from index.db import safe_url
from index.engine import Engine
from index.errors import EventbotError, IndexNotBuilt
from index.evaluation import evaluate, load_qa
from index.guilds import GuildScope, Scope, guild_dir
from index.models import ChangeResult, ProgressEvent, SourceChange, SourceOverview

from . import text
from .app import build_engine, build_guilds, build_insights, build_sources, build_worker, configure_logging
from .i18n import Messages, env_lang, messages
from .settings import Settings, load_settings

if TYPE_CHECKING:
    from index.jobs import Job
    from index.sources import SourceManager

log = logging.getLogger("eventbot")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """One clear line on a usage mistake instead of argparse's usage dump."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.split(" ", 1)[1] + " " if " " in self.prog else ""
        raise UsageError(f"{message} (see `eventbot {command}--help`)")


def _common() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument("--sources", type=Path, metavar="DIR", help="folder of source articles")
    common.add_argument("--index-dir", type=Path, metavar="DIR", help="where the index lives")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    common.add_argument("--config", type=Path, metavar="FILE", help="TOML settings file (default config/eventbot.toml)")
    common.add_argument(
        "--lang", choices=("fr", "en"), help="language of the output (default: EVENTBOT_LANG, else LANG, else en)"
    )
    return common


def _guild_id(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 2**64:
        raise argparse.ArgumentTypeError(f"not a Discord guild id: {value[:30]!r}")
    return int(value)


def _guild() -> _Parser:
    guild = _Parser(add_help=False)
    guild.add_argument(
        "--guild",
        type=_guild_id,
        metavar="ID",
        help="this guild's part: its own sources over the shared base (default: the base alone)",
    )
    return guild


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    scoped = [common, _guild()]
    parser = _Parser(prog="eventbot", description="Answers questions about news events with cited sentences.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    sub.add_parser("index", parents=scoped, help="build or update the index from the sources (--guild: its own part)")

    p = sub.add_parser("ask", parents=scoped, help="answer a question")
    p.add_argument("question")
    p.add_argument("--k", type=int, default=None, help="number of sentences (default from settings)")

    p = sub.add_parser("eval", parents=[common], help="Recall@1/@3 and MRR on a QA file (JSONL: q, gold, lang)")
    p.add_argument("qa_file", type=Path)
    p.add_argument("--k", type=int, default=10, help="depth used for MRR")

    p = sub.add_parser("attacks", parents=scoped, help="attack events found in the sources, newest first")
    p.add_argument("--where", help="place or country (part of its name)")
    p.add_argument("--since", help="from this date: 2021, 2021-04 or 2021-04-05")
    p.add_argument("--until", help="up to this date, same forms")
    p.add_argument("--weapon", help="weapon (part of its name: roquette, drone, ...)")
    p.add_argument("--csv", action="store_true", help="CSV with ACLED-like columns instead of text")

    p = sub.add_parser(
        "insights", parents=scoped, help="what members asked and did not find (all guilds and DMs; --guild: one)"
    )
    p.add_argument("--days", type=int, default=30, help="how many days back (default 30)")

    sub.add_parser("status", parents=scoped, help="what the index holds")
    sub.add_parser("console", parents=[common], help="the bot's commands in a local prompt")

    p = sub.add_parser("run", parents=[common], help="start the Discord bot (the console when no token is set)")
    p.add_argument("--build-if-missing", action="store_true", help="build the index first if there is none")

    p = sub.add_parser(
        "sync",
        parents=[common],
        help="register the slash commands with Discord (the dev guild when configured, else globally)",
    )
    p.add_argument(
        "--clear-global",
        action="store_true",
        help="with a dev guild: also remove the commands registered globally before (no double entries)",
    )

    p = sub.add_parser(
        "worker",
        parents=[common],
        help="run the build jobs that bot processes queue (builds.mode = worker), and the feed refreshes",
    )
    p.add_argument("--once", action="store_true", help="run the jobs waiting now, then exit (no feed refresh)")
    p.add_argument("--build-if-missing", action="store_true", help="build the shared base first if there is none")

    p = sub.add_parser("database", help="the registries' database (database.url)")
    verbs = p.add_subparsers(dest="verb", required=True, parser_class=_Parser)
    verbs.add_parser(
        "import",
        parents=[common],
        help="copy the registry files of the index directory (sources, feedback, insights) into database.url",
    )

    p = sub.add_parser("source", help="the sources moderators manage: web pages, feeds and files")
    verbs = p.add_subparsers(dest="verb", required=True, parser_class=_Parser)
    v = verbs.add_parser("add", parents=scoped, help="add a web page, a feed or a file and index it")
    what = v.add_mutually_exclusive_group(required=True)
    what.add_argument("--url", help="a web page (an article)")
    what.add_argument("--feed", help="an RSS or Atom feed: its entries now, and new ones at each refresh")
    what.add_argument("--file", type=Path, metavar="PATH", help="a .txt, .md, .html, .json or .jsonl file")
    v.add_argument("--by", metavar="NAME", help="who adds it, for the record (default: cli:$USER)")
    v = verbs.add_parser("remove", parents=scoped, help="remove a source: its articles leave the index")
    v.add_argument("id", type=int, help="the source's number (see `eventbot source list`)")
    v.add_argument("--by", metavar="NAME", help="who removes it, for the log (default: cli:$USER)")
    verbs.add_parser("list", parents=scoped, help="the sources, with their kind, origin, counts and last fetch")
    v = verbs.add_parser("refresh", parents=scoped, help="poll every feed now and index the new entries")
    v.add_argument("--by", metavar="NAME", help="who asks, for the log (default: cli:$USER)")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings(args.config)
    if args.sources is not None:
        settings.index.sources = args.sources
    if args.index_dir is not None:
        settings.index.index_dir = args.index_dir
        settings.index.managed_sources = None  # the moderators' files go with their registry: --index-dir moves all
    return settings


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _progress_bar(enabled: bool) -> tuple[Callable[[ProgressEvent], None] | None, Callable[[], None]]:
    if not enabled:
        return None, lambda: None
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}

    def update(event: ProgressEvent) -> None:
        if event.stage not in ("segment", "embed"):
            return
        bar = bars.get(event.stage)
        if bar is None:
            label = "reading articles" if event.stage == "segment" else "embedding sentences"
            bar = bars[event.stage] = tqdm(total=event.total, desc=label, unit=" it", file=sys.stderr, leave=False)
        bar.n = event.done
        bar.refresh()

    def close() -> None:
        for bar in bars.values():
            bar.close()

    return update, close


def cmd_index(engine: Scope, args: argparse.Namespace) -> int:
    update, close = _progress_bar(sys.stderr.isatty() and not args.json)
    try:
        report = engine.build(progress=update, requested_by="cli")
    finally:
        close()
    if args.json:
        _print_json(report.model_dump(mode="json"))
    else:
        print(text.report_text(report, _messages(args)))
    return 0


def _messages(args: argparse.Namespace) -> Messages:
    return messages(getattr(args, "lang", None) or env_lang())


def cmd_ask(engine: Scope, args: argparse.Namespace) -> int:
    if args.k is not None and not 1 <= args.k <= 50:
        raise UsageError("--k must be between 1 and 50")
    answer = engine.ask(args.question, args.k)
    if args.json:
        _print_json(text.answer_json(answer))
    else:
        print(text.answer_text(answer, _messages(args)))
    return 0


def cmd_eval(engine: Engine, args: argparse.Namespace) -> int:
    if not 3 <= args.k <= 50:
        raise UsageError("--k must be between 3 and 50 (Recall@3 needs at least 3 answers)")
    items = load_qa(args.qa_file)
    result = evaluate(engine.ask, items, k=args.k)
    if args.json:
        _print_json(result)
    else:
        print(f"{'lang':<6}{'n':>4}{'R@1':>8}{'R@3':>8}{'MRR':>8}")
        for lang, row in result["per_lang"].items():
            print(f"{lang:<6}{row['n']:>4}{row['recall@1']:>8.3f}{row['recall@3']:>8.3f}{row['mrr']:>8.3f}")
        for miss in result["misses"]:
            print(f"miss ({miss['lang']}): {miss['q']}  -> {miss['top'] or '(no answer)'}")
    return 0


def cmd_attacks(engine: Scope, args: argparse.Namespace) -> int:
    events = engine.attacks(where=args.where, since=args.since, until=args.until, weapon=args.weapon)
    if args.json:
        _print_json({"events": [text.event_json(e) for e in events]})
    elif args.csv:
        sys.stdout.write(text.events_csv(events))
    else:
        print(text.events_text(events, _messages(args)))
    return 0


def cmd_database(engine: Engine, args: argparse.Namespace, settings: Settings) -> int:
    """`database import`: the SQLite registry files of --index-dir copied into database.url, all or nothing."""
    from index.registries import import_files

    if settings.database.url is None:
        raise UsageError("set database.url (EVENTBOT_DATABASE__URL) to the database to import into")
    target = settings.database.url.get_secret_value()
    copied = import_files(settings.index.index_dir, target)
    if args.json:
        _print_json({"database": safe_url(target), "rows": copied})
    else:
        counts = ", ".join(f"{n} {table}" for table, n in copied.items()) or "nothing (no registry file)"
        print(f"Copied into {safe_url(target)}: {counts}.")
    return 0


def cmd_insights(engine: Engine, args: argparse.Namespace, settings: Settings) -> int:
    from index.insights import ALL_GUILDS

    if not 1 <= args.days <= 3650:
        raise UsageError("--days must be between 1 and 3650")
    store = build_insights(settings)
    found = store.summary(args.days, guild_id=args.guild if args.guild is not None else ALL_GUILDS)
    if args.json:
        _print_json(found.as_json())
    else:
        print(text.insights_text(found, _messages(args)))
    return 0


def cmd_status(engine: Scope, args: argparse.Namespace) -> int:
    if isinstance(engine, GuildScope):
        own = engine.overlay.serving()
        verified = own.verified if own is not None else ""
        data = text.status_json(
            guild_dir(engine.base.index_config.index_dir, engine.guild_id), engine.manifest(), verified
        )
        data["guild"] = engine.guild_id
        data["guild_articles"] = own.manifest.articles if own is not None else 0
    else:
        # Opened, not only its manifest read, and every file checked against its checksum: a damaged index fails here
        # (the Docker health check).
        loaded = engine.loaded
        data = text.status_json(loaded.path, loaded.manifest, loaded.verified)
    if args.json:
        _print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {len(value) if key == 'files' else value}")
    return 0


def cmd_console(engine: Engine, args: argparse.Namespace) -> int:
    from .console import Console

    return Console(engine, _messages(args)).run(sys.stdin, sys.stdout, json_output=args.json)


def _missing_or_damaged(engine: Engine) -> bool:
    try:
        return engine.store.current_path() is None
    except EventbotError:  # a CURRENT that names no build: building repairs it
        return True


def cmd_run(engine: Engine, args: argparse.Namespace, settings: Settings) -> int:
    if args.build_if_missing and _missing_or_damaged(engine):
        print(
            f"No index yet in {settings.index.index_dir}: building it from {settings.index.sources} ...",
            file=sys.stderr,
        )
        cmd_index(engine, argparse.Namespace(json=False))
    if settings.token is None:
        print("No Discord token configured (DISCORD_TOKEN): starting the local console instead.", file=sys.stderr)
        return cmd_console(engine, args)
    from .client import run_bot

    return run_bot(settings, engine)


def cmd_sync(engine: Engine, args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    import discord

    from .client import invite_url, sync_once

    if args.clear_global and not settings.discord.dev_guild_id:
        raise UsageError("--clear-global needs a development guild (discord.dev_guild_id): the commands would vanish")
    try:
        guild_id, synced = asyncio.run(sync_once(settings, engine, clear_global=args.clear_global))
    except discord.LoginFailure:
        raise EventbotError("Discord rejected the token: check DISCORD_TOKEN.") from None
    except discord.HTTPException as exc:
        raise EventbotError(f"Discord refused the command sync: {exc.status} {exc.text or exc}") from None
    names = sorted(command.name for command in synced)
    if args.json:
        _print_json({"scope": "guild" if guild_id else "global", "guild_id": guild_id, "commands": names})
    else:
        where = f"to guild {guild_id} (instant)" if guild_id else "globally (may take up to an hour to appear)"
        print(f"Synced {len(names)} commands {where}: {', '.join('/' + n for n in names)}")
        if args.clear_global:
            print("Removed the global commands (Discord may take up to an hour to hide them).")
        if synced:
            print(f"Invite link: {invite_url(synced[0].application_id)}")
    return 0


def cmd_worker(engine: Engine, args: argparse.Namespace, settings: Settings) -> int:
    """Take build jobs from the database until SIGTERM/SIGINT (a running job is finished first: a kill leaves it to
    the next worker once its lease expires). --json: one line per finished job."""
    import signal
    import threading

    if settings.builds.mode != "worker":
        log.warning(
            "builds.mode is %r: the bots build themselves; set EVENTBOT_BUILDS__MODE=worker for them too",
            settings.builds.mode,
        )
    worker = build_worker(settings, engine)
    engine.warm_up(long_running=True)
    if args.build_if_missing and _missing_or_damaged(engine):
        print(
            f"No index yet in {settings.index.index_dir}: building it from {settings.index.sources} ...",
            file=sys.stderr,
        )
        cmd_index(engine, argparse.Namespace(json=False))

    def report(job: Job) -> None:
        if args.json:
            print(json.dumps(_job_json(job), ensure_ascii=False), flush=True)

    if args.once:
        while (job := worker.run_once()) is not None:
            report(job)
        return 0
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    worker.on_finished = report
    worker.run(stop)
    return 0


def _job_json(job: Job) -> dict:
    return {
        "id": job.id,
        "kind": job.kind,
        "guild_id": job.guild_id,
        "state": job.state,
        "attempts": job.attempts,
        "requested_by": job.requested_by,
        "error": job.error,
    }


def cmd_source(engine: Scope, args: argparse.Namespace, settings: Settings) -> int:
    manager: SourceManager = (
        build_guilds(settings, engine.base).manager(engine.guild_id)
        if isinstance(engine, GuildScope)
        else build_sources(settings, engine)
    )
    who = getattr(args, "by", None) or f"cli:{os.environ.get('USER') or 'unknown'}"
    if args.verb == "list":
        overview = manager.overview()
        if args.json:
            _print_json({"sources": [_overview_json(o) for o in overview]})
        else:
            print("\n".join(_overview_line(o) for o in overview) or "No sources added yet (`eventbot source add`).")
        return 0
    if args.verb == "add":
        if args.url:
            result = manager.add_url(args.url, who)
        elif args.feed:
            result = manager.add_feed(args.feed, who)
        else:
            result = manager.add_file(args.file.name, _read_upload(args.file, settings.sources.max_upload_bytes), who)
    elif args.verb == "remove":
        result = manager.remove(args.id, who)
    else:
        result = manager.refresh(who)
    if args.json:
        _print_json(_change_json(result, args.verb))
    else:
        print(text.change_text(result, args.verb, _messages(args)))
    return 0


def _read_upload(path: Path, limit: int) -> bytes:
    """At most limit+1 bytes, so that a huge file is refused as too large without being read whole."""
    from index.errors import SourceRejected

    try:
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise SourceRejected(f"cannot read {path}: {exc.strerror or exc}") from None


def _source_json(change: SourceChange, *, removed: bool = False) -> dict:
    data: dict[str, object] = {
        "source": change.source.model_dump(mode="json"),
        ("removed" if removed else "articles"): [a.model_dump(mode="json") for a in change.articles],
    }
    if not removed:
        data |= {"failed": [f.model_dump(mode="json") for f in change.failed], "error": change.error}
    return data


def _change_json(result: ChangeResult, verb: str) -> dict:
    """add/remove: the source and its articles; refresh: one entry per feed. Then the build report (null: no build)."""
    report = result.report.model_dump(mode="json") if result.report else None
    if verb == "refresh":
        return {"sources": [_source_json(c) for c in result.changes], "report": report}
    (change,) = result.changes
    return {**_source_json(change, removed=verb == "remove"), "report": report}


def _overview_json(o: SourceOverview) -> dict:
    return {
        **o.source.model_dump(mode="json"),
        "indexed_articles": o.indexed_articles,
        "sentences": o.sentences,
        "events": o.events,
    }


def _overview_line(o: SourceOverview) -> str:
    s = o.source
    fetched = (
        f"last fetch {s.last_fetch_at:%Y-%m-%d %H:%M} UTC: {s.last_result}" if s.last_fetch_at else s.last_result or ""
    )
    return (
        f"#{s.id} {s.kind:<4} {s.origin}"
        + (f" ({s.title})" if s.title and s.kind != "url" else "")
        + f"\n    {_count(o.indexed_articles, 'article')}, {_count(o.sentences, 'sentence')}, "
        f"{_count(o.events, 'event')} · {fetched}" + f" · added by {s.added_by} on {s.added_at:%Y-%m-%d}"
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Text arguments (a question, a link, a name) must be text: bytes that are not UTF-8 reach Python as lone
    surrogates (PEP 383), which no tokenizer or terminal can take. Paths may hold any bytes and are left alone."""
    for name, value in vars(args).items():
        if isinstance(value, str) and any("\ud800" <= c <= "\udfff" for c in value):
            shown = name.replace("_", "-")
            raise UsageError(f"the {shown} is not valid UTF-8 text (check the terminal's encoding)")


def _config_problem(exc: Exception) -> str:
    """Where each setting is wrong and why, never the value itself: it may be a secret (a token in the wrong shape)."""
    if not isinstance(exc, ValidationError):
        return " ".join(str(exc).strip().splitlines()[:3])
    errors = exc.errors(include_input=False, include_url=False)
    shown = [f"{'.'.join(str(p) for p in e['loc']) or 'settings'}: {e['msg']}" for e in errors[:3]]
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return "; ".join(shown) + more


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        _check_text_arguments(args)
        settings = _settings(args)
    except UsageError as exc:
        print(f"eventbot: {exc}", file=sys.stderr)
        return 2
    except (ValueError, FileNotFoundError, tomllib.TOMLDecodeError) as exc:  # ValidationError is a ValueError
        print(f"eventbot: bad configuration: {_config_problem(exc)}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level if args.command in ("run", "worker") else "WARNING")
    engine = build_engine(settings)
    if args.command in ("ask", "eval", "console", "run"):
        engine.warm_up(long_running=args.command in ("console", "run"))  # the model loads while the index does
    try:
        return _run_command(engine, args, settings)
    except UsageError as exc:
        print(f"eventbot: {exc}", file=sys.stderr)
        return 2
    except IndexNotBuilt as exc:
        print(f"eventbot: {exc}", file=sys.stderr)
        return 3
    except EventbotError as exc:
        print(f"eventbot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("eventbot: interrupted; the previous index is still the one serving.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `eventbot ask ... | head -1`: the reader left, nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:  # a path that is not a folder, a disk that refuses: one line, not a traceback
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"eventbot: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1


def _run_command(engine: Engine, args: argparse.Namespace, settings: Settings) -> int:
    """The subcommand's handler. --guild: that guild's part over the base (insights: that guild's questions); without
    it, the base alone. Those that talk to Discord or change sources also get the settings."""
    scope: Scope = engine
    if getattr(args, "guild", None) is not None and args.command != "insights":
        scope = build_guilds(settings, engine).scope(args.guild)
    scoped: dict[str, Callable[[Scope, argparse.Namespace], int]] = {
        "index": cmd_index,
        "ask": cmd_ask,
        "attacks": cmd_attacks,
        "status": cmd_status,
    }
    commands = {"eval": cmd_eval, "console": cmd_console}
    with_settings = {
        "run": cmd_run,
        "sync": cmd_sync,
        "insights": cmd_insights,
        "worker": cmd_worker,
        "database": cmd_database,
    }
    if args.command == "source":
        return cmd_source(scope, args, settings)
    if args.command in scoped:
        return scoped[args.command](scope, args)
    if args.command in with_settings:
        return with_settings[args.command](engine, args, settings)
    return commands[args.command](engine, args)
