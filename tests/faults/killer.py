"""Kill a real process at its N-th write and check what the next process finds.

`python -m tests.faults.killer SCENARIO WORKDIR [STRIDE]` imports everything once, then for each kill point N
forks a child that runs the operation and SIGKILLs itself at its N-th write under WORKDIR (an audit hook counts
file opens for writing, renames, removals, folder creations, rmtree and SQLite connections), then forks "the next
process" (another change or a build), then checks that the registry, the files and the serving index agree.
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
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from index.config import IndexConfig, SourcesConfig  # noqa: E402  (after the thread settings)
from index.engine import Engine  # noqa: E402
from index.sources import SourceManager  # noqa: E402
from tests.conftest import HashingEncoder  # noqa: E402

NOTE = "Alerte à Bassora\nUne roquette a touché le port de Bassora jeudi. Aucun blessé.\n"
GOOD = "---\ntitle: Météo\nlang: fr\n---\nIl pleuvra demain sur Paris. Le vent soufflera fort.\n"
_WRITES = {"os.rename", "os.remove", "os.rmdir", "os.mkdir", "shutil.rmtree", "sqlite3.connect", "os.truncate"}


def arm(root: str, kill_at: int) -> list[int]:
    """Count this process's writes under root; SIGKILL it at the kill_at-th (0: never)."""
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


def forked(fn: Callable[[Path], None], base: Path, kill_at: int = 0) -> dict:
    """Run fn(base) in a child process; its exit (killed or not) and its error, if any."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        count = arm(str(base), kill_at)
        try:
            fn(base)
            out = {"writes": count[0]}
        except Exception as exc:
            out = {"writes": count[0], "error": f"{type(exc).__name__}: {exc}"[:300]}
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
    journal = registry.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
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


SCENARIOS: dict[str, tuple[Callable[[Path], None], Callable[[Path], None], Callable[[Path], None] | None]] = {
    # name: (setup, operation killed, the next process)
    "add": (build, add_note, add_note),
    "remove": (lambda base: (build(base), add_note(base)), remove_first, build),
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
    total = forked(operation, base)["writes"]
    for kill_at in range(1, total + 1, stride):
        shutil.rmtree(base)
        shutil.copytree(template, base)
        killed = forked(operation, base, kill_at)
        following = forked(after, base) if after else {}
        s = state(base)
        # After an add was killed, the same note was added again: it must be there exactly once.
        wanted = s["note_sentences"] == 1 if scenario == "add" else True
        found = problems(s) + ([] if wanted else ["the note is not indexed after adding it again"])
        print(
            json.dumps(
                {
                    "scenario": scenario,
                    "kill_at": kill_at,
                    "of": total,
                    "killed": killed["killed"],
                    "next": following.get("error", "ok"),
                    "state": s,
                    "problems": found,
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 1)
