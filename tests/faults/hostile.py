"""Source files an attacker (or a broken exporter) would hand us, by name: each must be skipped, never stop a build."""

from __future__ import annotations

from pathlib import Path

GOOD = "---\ntitle: Météo\nlang: fr\n---\nIl pleuvra demain sur Paris. Le vent soufflera fort.\n"


def alias_bomb(levels: int = 9, width: int = 9) -> str:
    """About 1 KB of YAML whose last alias expands to width**levels items (387 million for 9 and 9)."""
    lines = ["l0: &l0 [" + ",".join(["lol"] * width) + "]"]
    lines += [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * width) + "]" for i in range(1, levels + 1)]
    return "---\n" + "\n".join(lines) + f"\npublished: *l{levels}\n---\nUn texte court. Une autre phrase.\n"


HOSTILE: dict[str, bytes] = {
    "nested.json": b"[" * 2000 + b"]" * 2000,  # RecursionError in json
    "nested-object.json": b'{"a":' * 3000 + b"1" + b"}" * 3000,
    "nested-line.jsonl": b'{"text":' * 3000 + b'"x"' + b"}" * 3000 + b"\n",
    "alias-bomb.md": alias_bomb().encode(),
    "deep-front-matter.md": b"---\ntitle: " + b"[" * 5000 + b"]" * 5000 + b"\n---\nDu texte. Encore.\n",
    "huge-front-matter.md": b"---\ntitle: " + b"x" * 200_000 + b"\n---\nDu texte. Encore.\n",
    "python-tag.md": b"---\ntitle: !!python/object/apply:os.system ['true']\n---\nDu texte. Encore.\n",
    "binary.md": bytes(range(256)) * 64,
    "utf16.md": "Il pleut. Le vent souffle.".encode("utf-16"),
    "latin1.md": "Il pleuvra à Paris. Le vent soufflera.".encode("latin-1"),
    "empty.md": b"",
    "blank.txt": b" \n\t\n",
    "only-front-matter.md": b"---\ntitle: x\n---\n",
    "unclosed-front-matter.md": b"---\ntitle: x\nDu texte.\n",
    "list-front-matter.md": b"---\n- a\n- b\n---\nDu texte. Encore.\n",
    "not-json.json": b"{not json",
    "scalar.json": b"42",
    "empty-list.json": b"[]",
    "no-text.json": b'{"title": "t"}',
    "records-not-objects.jsonl": b'1\n"x"\n[]\n',
    "huge-date.md": b"---\npublished: '" + b"9" * 50_000 + b"'\ntitle: t\n---\nDu texte ici. Encore du texte.\n",
    "image.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
}

# Files that are not refused but must not be read for long: their article is indexed.
ACCEPTED = {
    "huge-date.md",  # the date is unreadable and left empty; the log line shows 60 characters of it
}


def write(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder
