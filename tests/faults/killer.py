"""Kill a real process at its N-th write and check what the next process finds.

`python -m tests.faults.killer SCENARIO WORKDIR [STRIDE]` imports everything once, then for each kill point N
forks a child that runs the operation and SIGKILLs itself at its N-th write under WORKDIR (an audit hook counts
file opens for writing, renames, removals, folder creations, rmtree and SQLite connections), then forks "the next
process" (another change or a build), then checks that the registry, the files and the serving index agree. The
`build` scenario kills `eventbot index` itself: the build that served must still open (checksums and all), and the
next build must succeed and leave no `.tmp-*` build or `.CURRENT.*` pointer behind.
Prints one JSON line per kill point. Forking from a process that has only imported keeps each try to a fraction
of a second; every child is a real process, killed for real.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from index.config import IndexConfig, SourcesConfig  # noqa: E402  (after the thread settings)
from index.engine import Engine  # noqa: E402
from index.sources import SourceManager  # noqa: E402
from index.sources.fetching import Fetched  # noqa: E402
from tests.conftest import HashingEncoder  # noqa: E402

NOTE = "Alerte à Bassora\nUne roquette a touché le port de Bassora jeudi. Aucun blessé.\n"
GOOD = "---\ntitle: Météo\nlang: fr\n---\nIl pleuvra demain sur Paris. Le vent soufflera fort.\n"
_WRITES = {"os.rename", "os.remove", "os.rmdir", "os.mkdir", "shutil.rmtree", "sqlite3.connect", "os.truncate"}


def arm(root: str, kill_at: int, seen: list[str] | None = None) -> list[int]:
    """Count this process's writes under root (their event and file name into `seen`); SIGKILL it at the
    kill_at-th (0: never)."""
    count = [0]

    def hook(event: str, args: tuple) -> None:
        if event == "open":
            if not args or not isinstance(args[0], str | os.PathLike):
                return
            mode, flags = args[1], args[2]
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
            )
            if not writing:
                return
        elif event not in _WRITES:
            return
        if not args or not str(args[0]).startswith(root):
            return
        count[0] += 1
        if seen is not None:
            seen.append(f"{event} {Path(str(args[0])).name} {time.perf_counter():.6f}")
        if count[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    sys.addaudithook(hook)
    return count


def engine(base: Path) -> Engine:
    config = IndexConfig(sources=base / "data", index_dir=base / "idx", model="test-hashing", extract_events=False)
    encoder = HashingEncoder()
    return Engine(config, encoder_factory=lambda: encoder)


def manager(base: Path) -> SourceManager:
    return SourceManager(engine(base), SourcesConfig(build_wait_seconds=5))


def add_note(base: Path) -> None:
    manager(base).add_file("note.txt", NOTE.encode(), "test")


def remove_first(base: Path) -> None:
    manager(base).remove(1, "test")


def build(base: Path) -> None:
    engine(base).build(requested_by="test")


def forked(fn: Callable[[Path], None], base: Path, kill_at: int = 0, kill_after: float = 0.0) -> dict:
    """Run fn(base) in a child process, killed at its kill_at-th write or after kill_after seconds (0: neither);
    its exit (killed or not), its writes, how long it ran and its error, if any."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        seen: list[str] = []
        count = arm(str(base), kill_at, seen)
        if kill_after:  # a point inside a write that no audit event marks (FAISS, SQLite, NumPy write in C)
            threading.Timer(kill_after, os.kill, (os.getpid(), signal.SIGKILL)).start()
        t0 = time.perf_counter()
        started = {"started": t0}
        try:
            fn(base)
            out: dict = {"writes": count[0], "seen": seen}
        except Exception as exc:
            out = {"writes": count[0], "seen": seen, "error": f"{type(exc).__name__}: {exc}"[:300]}
        out.update(started)
        os.write(write, json.dumps(out).encode())
        os._exit(0)
    os.close(write)
    _, status = os.waitpid(pid, 0)
    data = b""
    while chunk := os.read(read, 65536):
        data += chunk
    os.close(read)
    result = json.loads(data) if data else {}
    result["killed"] = os.WIFSIGNALED(status)
    return result


def state(base: Path) -> dict:
    """What the registry, the files and the serving build say, read directly (no eventbot code)."""
    idx = base / "idx"
    registry = sqlite3.connect(idx / "sources.sqlite")
    sources = sorted(r[0] for r in registry.execute("SELECT id FROM sources"))
    journal = registry.execute("SELECT COUNT(*) FROM source_changes").fetchone()[0]
    registry.close()
    current = (idx / "CURRENT").read_text().strip()
    meta = sqlite3.connect(f"file:{idx / 'builds' / current / 'meta.sqlite'}?mode=ro", uri=True)
    served = [r[0] for r in meta.execute("SELECT id FROM articles WHERE id LIKE 'src%'")]
    notes = meta.execute("SELECT COUNT(*) FROM sentences WHERE text LIKE 'Une roquette a touché le port%'").fetchone()
    meta.close()
    managed = idx / "sources"
    folders = sorted(p.name for p in managed.iterdir()) if managed.is_dir() else []
    return {"sources": sources, "journal": journal, "served": served, "note_sentences": notes[0], "folders": folders}


def problems(s: dict) -> list[str]:
    out = []
    served_sources = sorted({int(a.split("/")[0][3:]) for a in s["served"]})
    if served_sources != s["sources"]:
        out.append(f"registry {s['sources']} but the index serves sources {served_sources}")
    if s["folders"] != [f"src{i}" for i in s["sources"]]:
        out.append(f"registry {s['sources']} but folders {s['folders']}")
    if s["journal"]:
        out.append(f"{s['journal']} changes left in the journal")
    if s["note_sentences"] > 1:
        out.append(f"the note is indexed {s['note_sentences']} times")
    return out


def build_then_add_a_file(base: Path) -> None:
    build(base)
    build(base)  # two builds kept (the serving one and the one before): the killed build prunes the older
    (base / "data" / "orage.md").write_text(STORM, encoding="utf-8")  # so that the killed build has work to do


def open_serving(base: Path) -> None:
    """Open the serving build as the bot would (checksums checked) and answer from it; raises if it cannot."""
    found = engine(base).ask("pluie Paris")
    if not found.hits:
        raise AssertionError("the serving build answers nothing")


def build_state(base: Path) -> dict:
    """The serving build's articles and what a build leaves lying about, read directly."""
    idx = base / "idx"
    current = (idx / "CURRENT").read_text().strip()
    meta = sqlite3.connect(f"file:{idx / 'builds' / current / 'meta.sqlite'}?mode=ro", uri=True)
    served = sorted(r[0] for r in meta.execute("SELECT id FROM articles"))
    meta.close()
    return {
        "served": served,
        "builds": sorted(p.name for p in (idx / "builds").iterdir()),
        "pointers": sorted(p.name for p in idx.glob(".CURRENT.*")),
    }


def check_build(base: Path, after: Callable[[Path], None]) -> tuple[dict, list[str]]:
    """After a killed build: the build that served still serves (or the new one, if the kill came after its
    switch); then the next build succeeds, serves both articles, and leaves nothing half-written."""
    out = []
    serving = forked(open_serving, base)
    if "error" in serving:
        out.append(f"after the kill, the serving build cannot answer: {serving['error']}")
    following = forked(after, base)
    if "error" in following or following["killed"]:
        out.append(f"the next build failed: {following.get('error', 'killed')}")
    again = forked(open_serving, base)
    if "error" in again:
        out.append(f"after the next build, the index cannot answer: {again['error']}")
    s = build_state(base)
    if len(s["served"]) != 2:
        out.append(f"the next build serves {s['served']}")
    stale = [b for b in s["builds"] if b.startswith(".")] + s["pointers"]
    if stale:
        out.append(f"left behind after the next build: {stale}")
    if len(s["builds"]) > 2:
        out.append(f"{len(s['builds'])} builds kept")
    return s, out


def check_sources(base: Path, scenario: str, after: Callable[[Path], None]) -> tuple[dict, list[str]]:
    following = forked(after, base)
    s = state(base)
    # After an add was killed, the same note was added again: it must be there exactly once.
    wanted = s["note_sentences"] == 1 if scenario == "add" else True
    found = problems(s) + ([] if wanted else ["the note is not indexed after adding it again"])
    if following.get("killed"):
        found.append("the next process died")
    return s, found  # its error is no problem: adding again what a kill left complete is refused as a duplicate


FEED_URL = "https://example.org/feed.xml"
_ENTRY = (
    "<item><title>{title}</title><guid>{key}</guid><description>{text} Les secours sont arrivés rapidement sur "
    "place et un périmètre de sécurité a été établi autour du quartier pendant toute la matinée.</description></item>"
)
ENTRIES = {
    "mossoul": ("Explosion à Mossoul", "Une explosion a touché un marché de Mossoul mardi matin."),
    "kirkouk": ("Tirs à Kirkouk", "Des tirs ont visé un poste de police de Kirkouk mercredi soir."),
    "erbil": ("Drone sur Erbil", "Un drone a été abattu au-dessus de l'aéroport d'Erbil jeudi."),
}


class FeedFetcher:
    """The feed is `base/feed.xml`: no network, and setup changes it between the add and the refresh."""

    def __init__(self, base: Path):
        self.base = base

    def get(self, url: str, accept: frozenset[str], what: str = "page") -> Fetched:
        return Fetched(url=url, content_type="application/rss+xml", charset="utf-8", body=self.feed.read_bytes())

    @property
    def feed(self) -> Path:
        return self.base / "feed.xml"


def write_feed(base: Path, keys: list[str]) -> None:
    items = "".join(_ENTRY.format(key=k, title=ENTRIES[k][0], text=ENTRIES[k][1]) for k in keys)
    FeedFetcher(base).feed.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Le Fil</title>{items}'
        "</channel></rss>",
        encoding="utf-8",
    )


def feed_manager(base: Path) -> SourceManager:
    return SourceManager(engine(base), SourcesConfig(build_wait_seconds=5), fetcher=FeedFetcher(base))  # type: ignore[arg-type]


def follow_a_feed(base: Path) -> None:
    build(base)
    write_feed(base, ["mossoul"])
    feed_manager(base).add_feed(FEED_URL, "test")
    write_feed(base, ["kirkouk", "erbil", "mossoul"])  # two new entries for the refresh


def refresh(base: Path) -> None:
    feed_manager(base).refresh("test")


def feed_state(base: Path) -> dict:
    """The feed's recorded entries, the articles the index serves of it, its files, the journal, read directly."""
    idx = base / "idx"
    registry = sqlite3.connect(idx / "sources.sqlite")
    recorded = sorted(
        r[0] for r in registry.execute("SELECT article_id FROM source_documents WHERE article_id IS NOT NULL")
    )
    journal = sum(
        registry.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("source_changes", "source_refreshes")
    )
    registry.close()
    current = (idx / "CURRENT").read_text().strip()
    meta = sqlite3.connect(f"file:{idx / 'builds' / current / 'meta.sqlite'}?mode=ro", uri=True)
    served = sorted(r[0] for r in meta.execute("SELECT id FROM articles WHERE id LIKE 'src%'"))
    meta.close()
    managed = idx / "sources"
    files = sorted(f"{p.parent.name}/{p.stem}" for p in managed.glob("src*/*.md"))
    folders = sorted(p.name for p in managed.iterdir())
    return {"recorded": recorded, "served": served, "files": files, "journal": journal, "folders": folders}


def feed_problems(s: dict) -> list[str]:
    out = []
    if s["recorded"] != s["served"]:
        out.append(f"the registry records {s['recorded']} but the index serves {s['served']}")
    if s["files"] != s["served"]:
        out.append(f"files {s['files']} but the index serves {s['served']}")
    if s["journal"]:
        out.append(f"{s['journal']} changes left in the journal")
    if s["folders"] != ["src1"]:
        out.append(f"folders {s['folders']}")
    return out


def check_refresh(base: Path, after: Callable[[Path], None]) -> tuple[dict, list[str]]:
    """After a killed refresh and the next build: registry, files and index agree; after one more refresh, each
    of the three entries is indexed, once."""
    following = forked(after, base)
    s = feed_state(base)
    out = feed_problems(s) + ([f"the next build failed: {following['error']}"] if "error" in following else [])
    again = forked(refresh, base)
    s2 = feed_state(base)
    out += [f"after refreshing again: {p}" for p in feed_problems(s2)]
    if "error" in again:
        out.append(f"refreshing again failed: {again['error']}")
    if len(s2["served"]) != 3:
        out.append(f"after refreshing again, the index serves {s2['served']}")
    return s, out


STORM = "---\ntitle: Orage\nlang: fr\n---\nUn orage est attendu ce soir sur Lyon. Des rafales sont possibles.\n"


def build_and_add_a_note(base: Path) -> None:
    build(base)
    add_note(base)


SCENARIOS: dict[str, tuple[Callable[[Path], None], Callable[[Path], None], Callable[[Path], None]]] = {
    # name: (setup, operation killed, the next process)
    "add": (build, add_note, add_note),
    "remove": (build_and_add_a_note, remove_first, build),
    "build": (build_then_add_a_file, build, build),
    "refresh": (follow_a_feed, refresh, build),
}


def main(scenario: str, workdir: Path, stride: int = 1) -> None:
    setup, operation, after = SCENARIOS[scenario]
    template = workdir / "template"
    shutil.rmtree(workdir, ignore_errors=True)
    (template / "data").mkdir(parents=True)
    (template / "data" / "meteo.md").write_text(GOOD, encoding="utf-8")
    done = forked(setup, template)
    assert "error" not in done and not done["killed"], done
    base = workdir / "run"
    shutil.copytree(template, base)
    clean = forked(operation, base)
    if scenario == "build":
        # the timed kills are spread over a warm run, as the killed runs are: the first run of a fresh checkout also
        # pays for what it is first to load (bytecode written, files read from disk), and timings taken from it can
        # put every moment after the killed builds' end
        shutil.rmtree(base)
        shutil.copytree(template, base)
        clean = forked(operation, base)
    total = clean["writes"]
    seen = [w.rsplit(" ", 1)[0] for w in clean["seen"]]
    points: list[tuple[int, float]] = [(n, 0.0) for n in range(1, total + 1, stride)]
    if scenario == "build":  # and at moments spread between its first and last write, inside writes done in C
        at = [float(w.rsplit(" ", 1)[1]) for w in clean["seen"]]
        start = at[0] - clean["started"]
        moments = 16 // stride
        points += [(0, start + (at[-1] - at[0]) * (i + 0.5) / moments) for i in range(moments)]
    for kill_at, kill_after in points:
        shutil.rmtree(base)
        shutil.copytree(template, base)
        killed = forked(operation, base, kill_at, kill_after)
        if scenario == "build":
            s, found = check_build(base, after)
        elif scenario == "refresh":
            s, found = check_refresh(base, after)
        else:
            s, found = check_sources(base, scenario, after)
        print(
            json.dumps(
                {
                    "scenario": scenario,
                    "kill_at": kill_at or f"{kill_after:.3f} s",
                    "write": seen[kill_at - 1] if kill_at else "",
                    "of": total,
                    "killed": killed["killed"],
                    "state": s,
                    "problems": found,
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 1)
