"""Loading sources: Markdown with front matter, text, JSON, JSON Lines; every kind of bad file; duplicate ids."""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
from pathlib import Path

import pytest

from index.errors import SourceRejected
from index.ingest import load_article_file, load_sources, segment
from index.models import Article, SkippedSource
from tests.conftest import DATA, FIXTURES

SOURCES = FIXTURES / "sources"
LIMIT = 5_000_000


def write(root: Path, rel: str, content: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def load_one(root: Path, rel: str, content: str | bytes) -> Article:
    [article] = load_article_file(write(root, rel, content), root, LIMIT)
    return article


def rejection(root: Path, rel: str, content: str | bytes, max_bytes: int = LIMIT) -> str:
    with pytest.raises(SourceRejected) as info:
        load_article_file(write(root, rel, content), root, max_bytes)
    return str(info.value)


# --- Markdown and text -------------------------------------------------------------------------------------------


def test_seed_markdown_front_matter_fields() -> None:
    [article] = load_article_file(DATA / "2021-04-05-roquettes-base-balad.md", DATA, LIMIT)
    assert article.id == "2021-04-05-roquettes-base-balad"
    assert article.title == "Irak: deux roquettes visent une base abritant des soldats américains"
    assert article.published == dt.date(2021, 4, 5)
    assert article.lang == "fr"
    assert article.source == "AFP (via L'Expression)"
    assert article.url and article.url.startswith("https://www.lexpression.dz/")
    assert article.path == "2021-04-05-roquettes-base-balad.md"
    assert article.text.startswith("Deux roquettes se sont abattues hier")
    assert "---" not in article.text


def test_markdown_heading_becomes_the_title_and_leaves_the_text() -> None:
    [article] = load_article_file(SOURCES / "notes" / "sans-en-tete.txt", SOURCES, LIMIT)
    assert article.title == "Explosion dans un dépôt près de Mossoul"
    assert article.text.startswith("Une explosion a touché mardi")
    assert article.id == "notes/sans-en-tete"  # relative path without extension, '/' separators
    assert article.lang == "fr"
    assert article.published is None


def test_english_markdown_with_iso_datetime_string_and_detected_language() -> None:
    [article] = load_article_file(SOURCES / "notes" / "ferry.md", SOURCES, LIMIT)
    assert article.title == "Ferry runs aground off Crete"
    assert article.published == dt.date(2022, 3, 2)
    assert article.lang == "en"
    assert article.source == "Invented wire"
    assert article.url == "https://example.org/ferry"


def test_front_matter_id_datetime_and_language_code(tmp_path: Path) -> None:
    article = load_one(
        tmp_path,
        "a/b.md",
        "---\nid: 42\ntitle: Titre\npublished: 2022-03-02 08:30:00\nlang: EN\n---\nSome text here.\n",
    )
    assert article.id == "42"
    assert article.published == dt.date(2022, 3, 2)
    assert article.lang == "en"
    assert article.path == "a/b.md"


def test_plain_text_title_falls_back_to_first_line_or_file_name(tmp_path: Path) -> None:
    short = load_one(tmp_path, "court.txt", "Tirs de roquettes\nDeux roquettes sont tombées.\n")
    assert short.title == "Tirs de roquettes"
    assert short.text.startswith("Tirs de roquettes")  # only a Markdown heading is taken out of the text
    long_line = "Deux roquettes sont tombées près de la base, " * 5
    long = load_one(tmp_path, "tirs_de_roquettes.txt", long_line)
    assert long.title == "tirs de roquettes"


def test_french_written_date_is_parsed_and_nonsense_is_left_empty(tmp_path: Path, caplog) -> None:
    written = load_one(tmp_path, "a.md", "---\ndate: 5 avril 2021\n---\nTexte.\n")
    assert written.published == dt.date(2021, 4, 5)
    with caplog.at_level(logging.WARNING, logger="index.ingest"):
        nonsense = load_one(tmp_path, "b.md", "---\ndate: bientôt\n---\nTexte.\n")
    assert nonsense.published is None
    assert "bientôt" in caplog.text


def test_byte_order_mark_and_windows_line_endings(tmp_path: Path) -> None:
    content = "\ufeff---\r\ntitle: Avec BOM\r\n---\r\nUne phrase.\r\nUne autre.\r\n"
    article = load_one(tmp_path, "bom.md", content.encode())
    assert article.title == "Avec BOM"
    assert article.text == "Une phrase.\nUne autre."
    assert [s.text for s in segment(article)] == ["Une phrase.", "Une autre."]


# --- JSON and JSON Lines ------------------------------------------------------------------------------------------


def test_json_list_ids_are_prefixed_and_fall_back_to_the_url() -> None:
    articles = load_article_file(SOURCES / "records.json", SOURCES, LIMIT)
    assert [a.id for a in articles] == ["records:7", "records:https://example.org/baghdad-airport"]
    erbil, baghdad = articles
    assert erbil.published == dt.date(2021, 4, 14)
    assert erbil.lang == "fr"
    assert baghdad.published == dt.date(2021, 4, 18)
    assert baghdad.lang == "en"
    assert baghdad.path == "records.json"


def test_single_json_object(tmp_path: Path) -> None:
    article = load_one(tmp_path, "feeds/one.json", json.dumps({"id": "x1", "title": "T", "text": "Une phrase."}))
    assert article.id == "feeds/one:x1"
    assert article.text == "Une phrase."


def test_jsonl_heading_and_article_become_two_paragraphs() -> None:
    articles = load_article_file(SOURCES / "orangesum_sample.jsonl", SOURCES, LIMIT)
    assert [a.id for a in articles] == ["orangesum_sample:1587", "orangesum_sample:3514"]
    tokyo = articles[1]
    assert tokyo.title == "Balade à Tokyo avec un amoureux des gants perdus"
    assert tokyo.published == dt.date(2020, 6, 18)
    assert tokyo.url and tokyo.url.startswith("https://actu.orange.fr/")
    heading, article = tokyo.text.split("\n\n")
    assert heading.startswith("L'oeil aguerri de Koji Ishii")
    assert article.startswith("Depuis une quinzaine d'années")
    texts = [s.text for s in segment(tokyo)]
    assert "quelque 5.000 gants perdus." in texts[2]
    assert texts[3].startswith("Il se souvient parfaitement")


def test_record_without_id_or_url_gets_a_content_hash_not_a_row_number(tmp_path: Path) -> None:
    record = {"title": "Sans identifiant", "text": "Une phrase."}
    other = {"title": "Autre", "text": "Autre phrase."}
    first = load_article_file(write(tmp_path, "a.jsonl", json.dumps(record) + "\n"), tmp_path, LIMIT)
    shifted = load_article_file(
        write(tmp_path, "a.jsonl", json.dumps(other) + "\n" + json.dumps(record) + "\n"), tmp_path, LIMIT
    )
    assert first[0].id == shifted[1].id
    assert first[0].id.startswith("a:") and len(first[0].id) == len("a:") + 12


def test_bad_jsonl_lines_are_skipped_and_the_others_load(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "title": "Un", "text": "Première dépêche."}),
        '{"id": 2, "title": "cassé"',
        json.dumps({"id": 3, "title": "Sans texte"}),
        "",
        json.dumps({"id": 4, "heading": "Chapeau seul."}),
        json.dumps(["pas", "un", "objet"]),
    ]
    write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    articles, skipped = load_sources(tmp_path)
    assert [a.id for a in articles] == ["feed:1", "feed:4"]
    assert articles[1].title == "Chapeau seul."  # no title: the start of the text
    assert [s.path for s in skipped] == ["feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:6"]
    assert skipped[0].reason.startswith("invalid JSON")
    assert "no text" in skipped[1].reason
    assert "not a JSON object" in skipped[2].reason
    assert [a.id for a in load_article_file(tmp_path / "feed.jsonl", tmp_path, LIMIT)] == ["feed:1", "feed:4"]


def test_json_list_with_a_bad_record_keeps_the_good_ones(tmp_path: Path) -> None:
    write(tmp_path, "list.json", json.dumps([{"id": "a", "text": "Bonne."}, {"id": "b", "text": "  "}]))
    articles, skipped = load_sources(tmp_path)
    assert [a.id for a in articles] == ["list:a"]
    assert skipped == [SkippedSource(path="list.json[1]", reason=skipped[0].reason)]
    assert "no text" in skipped[0].reason


# --- bad files ----------------------------------------------------------------------------------------------------

BAD_FILES = [
    pytest.param("vide.md", b"", "empty file", id="empty"),
    pytest.param("blanc.txt", b"  \n\t\n", "empty file", id="whitespace"),
    pytest.param("entete.md", b"---\ntitle: Rien\n---\n\n", "empty file", id="front-matter-only"),
    pytest.param("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", id="binary"),
    pytest.param(
        "latin1.txt", "Une dépêche.".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 5)", id="latin1"
    ),
    pytest.param("utf16.txt", "Une dépêche.".encode("utf-16"), "not valid UTF-8", id="utf-16"),
    pytest.param("yaml.md", b"---\ntitle: [oops\n---\nTexte.\n", "invalid front matter YAML", id="bad-yaml"),
    pytest.param("ouvert.md", b"---\ntitle: Ouvert\nTexte sans fin.\n", "front matter is not closed", id="unclosed"),
    pytest.param("liste.md", b"---\n- a\n- b\n---\nTexte.\n", "front matter is not a mapping", id="yaml-list"),
    pytest.param("doc.pdf", b"%PDF-1.4", "unsupported file type .pdf", id="pdf"),
    pytest.param("page.html", b"<html><title>T</title></html>", "unsupported file type .html", id="html"),
    pytest.param("LISEZMOI", b"Bonjour.", "unsupported file type (no extension)", id="no-extension"),
    pytest.param("casse.json", b'{"id": 1, "text": ', "invalid JSON", id="bad-json"),
    pytest.param("vide.json", b"[]", "no records", id="empty-json-list"),
    pytest.param("nombre.json", b"42", "JSON must be an object or a list of objects", id="json-scalar"),
    pytest.param("sans-texte.json", b'{"id": 1, "title": "T"}', "record has no text", id="record-without-text"),
]


@pytest.mark.parametrize(("rel", "content", "reason"), BAD_FILES)
def test_bad_files_are_rejected_with_a_clear_reason(tmp_path: Path, rel: str, content: bytes, reason: str) -> None:
    message = rejection(tmp_path, rel, content)
    assert message.startswith(reason)
    assert "\n" not in message


def test_too_large_file_is_rejected_before_reading(tmp_path: Path) -> None:
    assert rejection(tmp_path, "gros.md", "x" * 101, max_bytes=100) == "too large (101 bytes > limit 100)"


def test_bad_yaml_reason_gives_the_line(tmp_path: Path) -> None:
    message = rejection(tmp_path, "yaml.md", "---\ntitle: ok\nlang: fr\nurl: [oops\n---\nTexte.\n")
    assert "line" in message


# --- folders ------------------------------------------------------------------------------------------------------


def test_fixture_folder_loads_every_article_in_path_order() -> None:
    articles, skipped = load_sources(SOURCES)
    assert skipped == []
    assert [a.id for a in articles] == [
        "notes/ferry",
        "notes/sans-en-tete",
        "orangesum_sample:1587",
        "orangesum_sample:3514",
        "records:7",
        "records:https://example.org/baghdad-airport",
    ]
    assert all(segment(a) for a in articles)


def test_mixed_folder_returns_good_articles_and_one_skip_per_bad_file(tmp_path: Path) -> None:
    root = tmp_path / "sources"
    shutil.copytree(SOURCES, root)
    shutil.copy(DATA / "2021-04-05-roquettes-base-balad.md", root / "seed.md")
    write(root, "bad/empty.md", "")
    write(root, "bad/binary.txt", b"abc\x00def")
    write(root, "bad/latin1.md", "Dépêche".encode("latin-1"))
    write(root, "bad/notes.docx", b"PK\x03\x04")
    write(root, ".git/config", "[core]\n")  # hidden folders and files are not sources
    write(root, ".brouillon.md", "Pas encore publié.")

    articles, skipped = load_sources(root)

    assert len(articles) == 7
    assert "seed" in {a.id for a in articles}
    assert {s.path: s.reason for s in skipped} == {
        "bad/binary.txt": "binary file",
        "bad/empty.md": "empty file",
        "bad/latin1.md": "not valid UTF-8 (byte 0xe9 at offset 1)",
        "bad/notes.docx": "unsupported file type .docx",
    }
    assert [s.path for s in skipped] == sorted(s.path for s in skipped)
    assert load_sources(root) == (articles, skipped)  # deterministic


def test_duplicate_ids_keep_the_first_file(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nid: roquettes-balad\ntitle: Premier\n---\nTexte un.\n")
    write(tmp_path, "b/c.md", "---\nid: roquettes-balad\ntitle: Second\n---\nTexte deux.\n")
    write(tmp_path, "feed.jsonl", '{"id": 1, "text": "Un."}\n{"id": 1, "text": "Encore un."}\n')
    articles, skipped = load_sources(tmp_path)
    assert [(a.id, a.title) for a in articles] == [("roquettes-balad", "Premier"), ("feed:1", "Un.")]
    assert skipped == [
        SkippedSource(path="b/c.md", reason="duplicate id roquettes-balad (also in a.md)"),
        SkippedSource(path="feed.jsonl:2", reason="duplicate id feed:1 (also in feed.jsonl:1)"),
    ]


def test_missing_sources_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceRejected, match="sources folder not found"):
        load_sources(tmp_path / "absent")
