"""Moderators' sources against a real HTTP server on 127.0.0.1: what gets indexed, what is refused, what removal does.

Each step checks the registry, the files and the answers of the serving index, not only the return values.
"""

from __future__ import annotations

import json
import re
import socket
import threading
from pathlib import Path

import pytest
import yaml

from index.config import IndexConfig, SourcesConfig
from index.engine import Engine
from index.errors import BuildInProgress, SourceRejected
from index.sources import SourceManager, source_id_of
from index.sources.registry import sources
from tests.conftest import HashingEncoder
from tests.index.site import PAGES, Site, serve

STATIC = """---
title: Météo à Paris
published: 2021-01-01
lang: fr
---
Il pleuvra demain sur Paris et le vent soufflera fort. Les températures resteront douces pour la saison.
"""


@pytest.fixture(autouse=True)
def only_loopback_connections(monkeypatch) -> list[tuple]:
    """Every socket the tests open goes to 127.0.0.1: a refused address must never be connected to."""
    made: list[tuple] = []
    original = socket.create_connection

    def create_connection(address, *args, **kwargs):
        made.append(address)
        assert address[0] in ("127.0.0.1", "::1"), f"connection attempted to {address}"
        return original(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    return made


@pytest.fixture
def site():
    with serve() as running:
        yield running


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    data = tmp_path / "data"
    data.mkdir()
    (data / "meteo.md").write_text(STATIC, encoding="utf-8")
    config = IndexConfig(
        sources=data,
        index_dir=tmp_path / "idx",
        managed_sources=tmp_path / "managed",
        model="test-hashing",
        extract_events=False,
    )
    encoder = HashingEncoder()
    built = Engine(config, encoder_factory=lambda: encoder)
    built.build(requested_by="test")
    return built


def settings(**overrides) -> SourcesConfig:
    return SourcesConfig(
        **{
            "allow_loopback": True,
            "timeout_seconds": 1.0,
            "max_page_bytes": 200_000,
            "build_wait_seconds": 0.5,
            **overrides,
        }
    )


@pytest.fixture
def manager(engine: Engine) -> SourceManager:
    return SourceManager(engine, settings())


def cited_urls(engine: Engine, question: str) -> list[str | None]:
    return [hit.article.url for hit in engine.ask(question, 5).hits]


def managed_ids(engine: Engine) -> set[str]:
    return {a for a in engine.loaded.articles if source_id_of(a) is not None}


def source_folders(engine: Engine) -> list[str]:
    root = engine.index_config.managed_sources
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


# --- web pages -----------------------------------------------------------------------------------------


def test_a_web_page_is_indexed_and_answers_cite_it(engine, manager, site: Site):
    url = site.url("/articles/balad.html")
    assert url not in cited_urls(engine, "roquettes base de Balad")

    result = manager.add_url(url + "#commentaires", "mod (42)")

    (change,) = result.changes
    assert change.source.kind == "url" and change.source.origin == url and change.source.added_by == "mod (42)"
    assert change.source.last_result == "ok: 1 article" and change.source.last_fetch_at is not None
    (article,) = change.articles
    assert article.title == "Deux roquettes visent la base de Balad"
    assert str(article.published) == "2021-04-05" and article.lang == "fr" and article.url == url
    assert article.sentences == 3 and article.id.startswith("src1/")
    # Incremental: only the new article went through the encoder.
    assert result.report.added == [article.id] and result.report.reused == ["meteo"] and result.report.embedded == 3
    assert cited_urls(engine, "roquettes base de Balad")[0] == url
    # Stored as Markdown with front matter, in the source's own folder.
    (path,) = (engine.index_config.managed_sources / "src1").iterdir()
    meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
    assert meta["id"] == article.id and meta["url"] == url and meta["source"] == "127.0.0.1"
    assert manager.list()[0].articles == 1


def test_a_compressed_page_is_read_although_none_was_asked_for(engine, manager, site: Site):
    added = manager.add_url(site.url("/gzip"), "mod").changes[0]
    assert added.articles and cited_urls(engine, "roquettes base de Balad")[0] == site.url("/gzip")


def test_redirects_are_followed_and_tracking_parameters_dropped(engine, manager, site: Site):
    result = manager.add_url(site.url("/go/balad"), "mod")
    (article,) = result.changes[0].articles
    assert article.url == site.url("/articles/balad.html")  # two redirects, then utm_source dropped
    assert site.requests == ["/go/balad", "/go/balad-2", "/articles/balad.html?utm_source=feed"]


def test_the_same_url_twice_is_refused(engine, manager, site: Site):
    manager.add_url(site.url("/articles/balad.html"), "mod")
    serving = engine.store.current_path()
    fetched = len(site.requests)
    for again in (
        site.url("/articles/balad.html"),
        site.url("/articles/balad.html#haut"),
        site.url("/articles/balad.html?utm_source=twitter&utm_medium=social"),
        site.url("/articles/balad.html").replace("http://", "HTTP://"),
    ):
        with pytest.raises(SourceRejected, match="already indexed: source #1"):
            manager.add_url(again, "mod")
    assert len(site.requests) == fetched  # refused before fetching
    with pytest.raises(SourceRejected, match="already indexed: source #1"):
        manager.add_url(site.url("/go/balad"), "mod")  # another address that lands on the same page
    assert engine.store.current_path() == serving and len(manager.list()) == 1


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/error", "answered HTTP 500"),
        ("/missing.html", "answered HTTP 404 (not found)"),
        ("/slow", "did not answer within 1 s"),
        ("/trickle", "did not answer within 1 s"),
        ("/gzip-bomb", "too large (more than 200,000 bytes; reading stopped)"),
        ("/huge", "too large (3,600,033 bytes; the limit is 200,000)"),
        ("/huge-stream", "too large (more than 200,000 bytes; reading stopped)"),
        ("/image.png", "is image/png, not a web page"),
        ("/binary.html", "binary content"),
        ("/no-type", "has no content type"),
        ("/empty.html", "no article text could be extracted"),
        ("/loop/1", "redirects more than 5 times"),
        ("/to-file", "only http and https links can be fetched, not file:"),
        ("/feed.xml", "is application/rss+xml, not a web page"),
    ],
)
def test_bad_pages_are_refused_and_the_index_is_unchanged(engine, manager, site: Site, path, message):
    if "too large" in message:
        # The size limit must stop these, not the clock: on a loaded machine inflating the bomb's first 200 kB can
        # take longer than the 1-s timeout the slow pages need.
        manager = SourceManager(engine, settings(timeout_seconds=20.0))
    serving, articles = engine.store.current_path(), set(engine.loaded.articles)
    with pytest.raises(SourceRejected, match=re.escape(message)):
        manager.add_url(site.url(path), "mod")
    assert engine.store.current_path() == serving and set(engine.loaded.articles) == articles
    assert manager.list() == [] and source_folders(engine) == []


def test_a_dead_link_is_refused(engine, manager):
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(SourceRejected, match=f"could not fetch http://127.0.0.1:{port}/gone"):
        manager.add_url(f"http://127.0.0.1:{port}/gone", "mod")
    assert manager.list() == []


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/to-private", "refused: 10.0.0.1 is a private address"),
        ("/to-metadata", "refused: 169.254.169.254 is a link-local address"),
        ("/to-mapped", r"refused: ::ffff:192.168.1.1 is a private address \(192.168.1.1, inside an IPv6 address\)"),
    ],
)
def test_redirects_to_private_addresses_are_refused_before_connecting(
    engine, manager, site: Site, only_loopback_connections, path, message
):
    with pytest.raises(SourceRejected, match=message):
        manager.add_url(site.url(path), "mod")
    assert site.requests == [path]
    assert {address[0] for address in only_loopback_connections} == {"127.0.0.1"}
    assert manager.list() == []


def test_loopback_is_refused_unless_the_flag_allows_it(engine, site: Site, only_loopback_connections):
    strict = SourceManager(engine, settings(allow_loopback=False))
    for url in (
        site.url("/articles/balad.html"),
        f"http://localhost:{site.port}/articles/balad.html",
        f"http://[::1]:{site.port}/articles/balad.html",
        f"http://2130706433:{site.port}/articles/balad.html",
    ):
        with pytest.raises(SourceRejected, match="loopback address"):
            strict.add_url(url, "mod")
    with pytest.raises(SourceRejected, match="only http and https"):
        strict.add_feed("file:///etc/hostname", "mod")
    assert site.requests == [] and only_loopback_connections == [] and strict.list() == []


def test_direct_private_addresses_are_refused_even_with_the_flag(manager, only_loopback_connections):
    for url, reason in (
        ("http://10.0.0.1/", "private"),
        ("http://192.168.1.20:8080/x", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://[fe80::1]/", "link-local"),
        ("http://239.1.2.3/", "multicast"),
    ):
        with pytest.raises(SourceRejected, match=f"refused: .* {reason}"):
            manager.add_url(url, "mod")
    assert only_loopback_connections == []


# --- feeds ---------------------------------------------------------------------------------------------


def test_a_feed_is_followed_and_new_entries_are_indexed_on_refresh(engine, manager, site: Site):
    site.feed = ["kirkouk", "erbil"]
    added = manager.add_feed(site.url("/feed.xml"), "mod")
    (change,) = added.changes
    assert change.source.kind == "feed" and change.source.title == "Le Quotidien - Monde"
    assert [a.title for a in change.articles] == [PAGES["kirkouk"].title, PAGES["erbil"].title]
    assert change.source.articles == 2 and change.source.last_result == "ok: 2 new articles"
    assert cited_urls(engine, "drone aéroport Erbil")[0] == site.url("/articles/erbil.html")
    assert site.url("/articles/mossoul.html") not in cited_urls(engine, "engin explosif patrouille Mossoul")

    site.requests.clear()
    unchanged = manager.refresh("mod")
    assert unchanged.report is None and unchanged.changes[0].articles == []  # nothing new: no build
    assert site.requests == ["/feed.xml"]

    site.feed = ["mossoul", "kirkouk", "erbil"]
    site.requests.clear()
    refreshed = manager.refresh("schedule")
    (change,) = refreshed.changes
    assert [a.title for a in change.articles] == [PAGES["mossoul"].title]
    assert site.requests == ["/feed.xml", "/articles/mossoul.html"]  # only the new entry is fetched
    assert refreshed.report.added == [change.articles[0].id] and refreshed.report.embedded == 3
    assert change.source.articles == 3 and change.source.last_result == "ok: 1 new article"
    assert cited_urls(engine, "engin explosif patrouille Mossoul")[0] == site.url("/articles/mossoul.html")


def test_feed_entries_use_their_own_text_when_the_link_fails_and_failures_are_retried(engine, site: Site):
    manager = SourceManager(engine, settings(max_entry_attempts=2))
    site.feed = ["dispatch", "ghost", "kirkouk"]
    (change,) = manager.add_feed(site.url("/feed.xml"), "mod").changes
    assert sorted(a.title for a in change.articles) == sorted(
        ["Attaque contre un convoi à Ramadi", PAGES["kirkouk"].title]
    )
    assert [f.path for f in change.failed] == [site.url("/articles/ghost.html")]
    assert "HTTP 404" in change.failed[0].reason and "1 entry failed" in change.source.last_result
    assert cited_urls(engine, "convoi bombe Ramadi")[0] == site.url("/articles/dispatch.html")

    site.requests.clear()
    manager.refresh("schedule")  # second attempt at the failing entry
    manager.refresh("schedule")  # given up after max_entry_attempts
    assert site.requests.count("/articles/ghost.html") == 1


def test_a_url_already_indexed_by_a_feed_is_refused_and_not_indexed_twice(engine, manager, site: Site):
    site.feed = ["erbil"]
    manager.add_feed(site.url("/feed.xml"), "mod")
    with pytest.raises(SourceRejected, match="already indexed: source #1 \\(the feed "):
        manager.add_url(site.url("/articles/erbil.html"), "mod")


def test_a_feed_entry_that_redirects_to_an_indexed_page_is_not_indexed_twice(engine, manager, site: Site):
    manager.add_url(site.url("/articles/balad.html"), "mod")
    site.feed = ["go/balad", "erbil"]
    feed = manager.add_feed(site.url("/feed.xml"), "mod").changes[0]
    assert [a.url for a in feed.articles] == [site.url("/articles/erbil.html")]
    assert sum(1 for a in engine.loaded.articles.values() if "balad" in (a.url or "")) == 1


def test_the_same_upload_twice_at_once_is_indexed_once(engine):
    # The second upload waits for the first's change however slow a shared machine makes it (the fixture's half a
    # second made it refuse as busy under load, not as a duplicate): what is asserted is the duplicate's refusal.
    manager = SourceManager(engine, settings(build_wait_seconds=120))
    data = STATIC.replace("Paris", "Nantes").encode()
    results: list[object] = []

    def upload(name: str) -> None:
        try:
            results.append(manager.add_file(name, data, "mod"))
        except SourceRejected as exc:
            results.append(exc)

    threads = [threading.Thread(target=upload, args=(f"{n}.md",)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(150)
    assert not any(t.is_alive() for t in threads)
    refused = [r for r in results if isinstance(r, SourceRejected)]
    assert len(results) == 2 and len(refused) == 1 and "already added as source #1" in str(refused[0])
    assert [s.id for s in manager.list()] == [1] and len(managed_ids(engine)) == 1


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/not-a-feed.xml", "is not an RSS or Atom feed"),
        ("/articles/balad.html", "is text/html, not a feed"),
        ("/error", "answered HTTP 500"),
        ("/to-private", "refused: 10.0.0.1 is a private address"),
    ],
)
def test_what_is_not_a_feed_is_refused(engine, manager, site: Site, path, message):
    serving = engine.store.current_path()
    with pytest.raises(SourceRejected, match=message):
        manager.add_feed(site.url(path), "mod")
    assert manager.list() == [] and engine.store.current_path() == serving


def test_a_feed_that_fails_on_refresh_is_reported_and_the_others_go_on(engine, manager, site: Site):
    site.feed = ["kirkouk"]
    manager.add_feed(site.url("/feed.xml"), "mod")
    manager.add_feed(site.url("/feed.xml?edition=2"), "mod")  # another address, same entries: not indexed twice
    assert len(managed_ids(engine)) == 1
    site.feed = ["erbil", "kirkouk"]
    broken = manager.registry.list()[0]
    with manager.registry._begin() as db:
        db.execute(sources.update().where(sources.c.id == broken.id).values(origin=site.url("/error")))
    result = manager.refresh("mod")
    first, second = result.changes
    assert first.error and "HTTP 500" in first.error and first.source.last_result.startswith("error: ")
    assert [a.title for a in second.articles] == [PAGES["erbil"].title]


# --- removal -------------------------------------------------------------------------------------------


def test_removed_sources_are_never_cited_again(engine, manager, site: Site):
    page = manager.add_url(site.url("/articles/balad.html"), "mod").changes[0]
    site.feed = ["kirkouk", "erbil"]
    feed = manager.add_feed(site.url("/feed.xml"), "mod").changes[0]
    assert cited_urls(engine, "roquettes base de Balad")[0] == site.url("/articles/balad.html")

    result = manager.remove(page.source.id, "mod")

    assert [a.id for a in result.changes[0].articles] == [page.articles[0].id]
    assert result.report.removed == [page.articles[0].id] and result.report.embedded == 0
    assert site.url("/articles/balad.html") not in cited_urls(engine, "roquettes base de Balad")
    assert site.url("/articles/balad.html") not in cited_urls(engine, "Deux roquettes se sont abattues dimanche soir")
    assert not any(a.startswith("src1/") for a in engine.loaded.articles)
    assert source_folders(engine) == ["src2"] and [s.id for s in manager.list()] == [feed.source.id]
    # A fresh engine on the same directory (a restart) does not bring it back either.
    reopened = Engine(engine.index_config, encoder_factory=lambda: HashingEncoder())
    assert site.url("/articles/balad.html") not in cited_urls(reopened, "roquettes base de Balad")

    manager.remove(feed.source.id, "mod")
    assert managed_ids(engine) == set() and manager.list() == []
    site.requests.clear()
    assert manager.refresh("mod").changes == [] and site.requests == []  # a removed feed is no longer polled
    # The page can be added again, as a new source.
    again = manager.add_url(site.url("/articles/balad.html"), "mod").changes[0]
    assert again.source.id == 3 and cited_urls(engine, "roquettes base de Balad")[0] == site.url("/articles/balad.html")


def test_a_removed_source_takes_its_attack_events_with_it(tmp_path, site: Site):
    config = IndexConfig(
        sources=tmp_path / "data",
        index_dir=tmp_path / "idx",
        managed_sources=tmp_path / "managed",
        model="test-hashing",
        extract_events=True,
    )
    config.sources.mkdir()
    (config.sources / "meteo.md").write_text(STATIC, encoding="utf-8")
    encoder = HashingEncoder()
    engine = Engine(config, encoder_factory=lambda: encoder)
    engine.build(requested_by="test")
    manager = SourceManager(engine, settings())
    mossoul = manager.add_url(site.url("/articles/mossoul.html"), "mod").changes[0]
    manager.add_url(site.url("/articles/erbil.html"), "mod")
    assert mossoul.articles[0].events == 1
    cited = lambda: {s.url for e in engine.attacks() for s in e.sources}  # noqa: E731
    assert cited() == {site.url("/articles/mossoul.html"), site.url("/articles/erbil.html")}
    assert [e.killed for e in engine.attacks(where="Mossoul")] == [2]

    manager.remove(mossoul.source.id, "mod")
    assert cited() == {site.url("/articles/erbil.html")}
    assert engine.attacks(where="Mossoul") == []


def test_removing_an_unknown_source_is_refused(manager):
    with pytest.raises(SourceRejected, match="no source #99"):
        manager.remove(99, "mod")


def test_a_failed_build_undoes_a_removal(engine, manager, site: Site, monkeypatch):
    page = manager.add_url(site.url("/articles/balad.html"), "mod").changes[0]
    serving = engine.store.current_path()
    seen: list[bool] = []

    def broken(*args, **kwargs):  # fails after the source's folder was moved out, as a full disk would
        seen.append("src1" in source_folders(engine))
        raise OSError("disk full")

    monkeypatch.setattr(engine.store, "_write_build", broken)
    with pytest.raises(OSError):
        manager.remove(page.source.id, "mod")
    assert seen == [False]  # the build ran without the source ...
    assert [s.id for s in manager.list()] == [page.source.id] and source_folders(engine) == ["src1"]  # ... put back
    assert engine.store.current_path() == serving
    assert cited_urls(engine, "roquettes base de Balad")[0] == site.url("/articles/balad.html")


def test_a_failed_build_undoes_an_addition(engine, manager, site: Site, monkeypatch):
    serving = engine.store.current_path()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(engine.store, "_write_build", broken)
    with pytest.raises(OSError):
        manager.add_url(site.url("/articles/balad.html"), "mod")
    assert manager.list() == [] and source_folders(engine) == [] and engine.store.current_path() == serving


def test_a_change_during_a_long_rebuild_waits_then_gives_up_without_leaving_anything(
    engine, manager, site: Site, monkeypatch
):
    # A /reindex holds the build; it reads the sources while the change waits for it, and ends after the change gave
    # up. Had the change put its files in place before it held the build, the rebuild would index an article that
    # no source owns any more.
    first = manager.add_file("note.md", STATIC.replace("Paris", "Lille").encode(), "mod")  # the managed folder exists
    kept = {a.id for a in first.changes[0].articles}
    may_read, may_embed, embedding = threading.Event(), threading.Event(), threading.Event()
    encoder = engine.encoder
    plain_encode, plain_stale = encoder.encode, engine.store._remove_stale_temporaries

    def slow_encode(texts, *args, **kwargs):
        embedding.set()
        may_embed.wait(10)
        return plain_encode(texts, *args, **kwargs)

    def before_reading():
        may_read.wait(10)
        plain_stale()

    (engine.index_config.sources / "extra.md").write_text(STATIC.replace("Paris", "Lyon"), encoding="utf-8")
    monkeypatch.setattr(encoder, "encode", slow_encode)
    monkeypatch.setattr(engine.store, "_remove_stale_temporaries", before_reading)
    rebuild = threading.Thread(target=engine.build, kwargs={"requested_by": "reindex"})
    rebuild.start()
    threading.Timer(0.2, may_read.set).start()  # the rebuild reads while the change is waiting (0.5 s)
    try:
        with pytest.raises(BuildInProgress, match="nothing was changed"):
            manager.add_url(site.url("/articles/balad.html"), "mod")
        assert embedding.is_set()  # the rebuild did read the sources meanwhile
        assert [s.kind for s in manager.list()] == ["file"] and source_folders(engine) == ["src1"]
    finally:
        may_read.set()
        may_embed.set()
        rebuild.join(10)
    monkeypatch.setattr(encoder, "encode", plain_encode)
    assert managed_ids(engine) == kept  # nothing in the index that nobody can remove
    added = manager.add_url(site.url("/articles/balad.html"), "mod")  # once it is done, the same change goes through
    assert managed_ids(engine) == kept | {a.id for a in added.changes[0].articles}


# --- files ---------------------------------------------------------------------------------------------


def test_uploaded_files_of_every_kind_are_indexed(engine, manager):
    markdown = (
        "---\ntitle: Obus sur Tikrit\npublished: 2020-06-01\nid: tikrit\nurl: https://example.org/tikrit\n---\n"
        "Deux obus sont tombés samedi sur un marché de Tikrit. Trois civils ont été blessés, selon la police.\n"
    )
    text = (
        "Explosion à Falloujah\nUne voiture piégée a explosé mardi à l'entrée de Falloujah. "
        "Le bilan est de deux morts.\n"
    )
    html = PAGES["tanker"].html()
    records = [
        {
            "id": "a1",
            "title": "Attentat à Kirkouk",
            "date": "2021-05-02",
            "text": "Un attentat suicide a fait quatre morts dimanche à Kirkouk. La police a bouclé le quartier.",
        },
        {"id": "a2", "title": "Tirs à Bassora", "text": "Des tirs de roquettes ont visé l'aéroport de Bassora."},
    ]
    jsonl = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()

    md = manager.add_file("tikrit.md", markdown.encode(), "mod").changes[0]
    txt = manager.add_file("C:\\Users\\mod\\falloujah.txt", text.encode(), "mod").changes[0]
    page = manager.add_file("tanker.html", html, "mod").changes[0]
    js = manager.add_file("depeches.jsonl", jsonl, "mod").changes[0]
    single = manager.add_file("one.json", json.dumps(records[1] | {"id": "b1"}).encode(), "mod").changes[0]

    assert [a.id for a in md.articles] == ["src1/tikrit"]  # the file's own id is replaced: no clash possible
    assert md.articles[0].title == "Obus sur Tikrit" and md.articles[0].url == "https://example.org/tikrit"
    assert txt.source.origin == "falloujah.txt" and txt.articles[0].title == "Explosion à Falloujah"
    assert page.articles[0].title == PAGES["tanker"].title and page.articles[0].lang == "en"
    assert [a.id for a in js.articles] == ["src4/depeches:a1", "src4/depeches:a2"] and js.source.articles == 2
    assert [a.id for a in single.articles] == ["src5/one:b1"]
    assert all(s.kind == "file" and s.last_fetch_at is None for s in manager.list())
    assert cited_urls(engine, "obus marché Tikrit")[0] == "https://example.org/tikrit"
    assert engine.ask("tanker drone Oman crew").hits[0].article.id == page.articles[0].id


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.png", b"\x89PNG....", "unsupported file type .png"),
        ("rapport.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
        ("noextension", b"text", "unsupported file type \\(no extension\\)"),
        ("binary.txt", b"abc\x00\x01\x02" * 10, "binary file"),
        ("empty.md", b"   \n", "empty"),
        ("big.txt", b"mot " * 300_000, "too large \\(1,200,000 bytes; the limit is 1,000,000\\)"),
        ("latin1.txt", "Deux roquettes sont tombées près de la base.".encode("latin-1"), "not valid UTF-8"),
        ("bad.json", b"{not json", "invalid JSON"),
        ("list.json", b"[1, 2]", "record is not a JSON object"),
        ("fm.md", b"---\ntitle: [unclosed\n---\nDu texte ici.", "invalid front matter YAML"),
        (
            "nav.html",
            b"<html><body><nav>Accueil</nav></body></html>",
            "no article text could be extracted from the file",
        ),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_added(engine, name, data, message):
    manager = SourceManager(engine, settings(max_upload_bytes=1_000_000))
    serving = engine.store.current_path()
    with pytest.raises(SourceRejected, match=message):
        manager.add_file(name, data, "mod")
    assert manager.list() == [] and source_folders(engine) == [] and engine.store.current_path() == serving


def test_the_same_file_twice_is_refused(manager):
    data = b"Une roquette est tombee pres de l'ambassade. Aucun blesse n'est signale par les autorites locales."
    manager.add_file("a.txt", data, "mod")
    with pytest.raises(SourceRejected, match="already added as source #1 \\(a.txt\\)"):
        manager.add_file("copie.txt", data, "mod")


# --- the registry --------------------------------------------------------------------------------------


def test_the_registry_survives_a_restart_and_describes_each_source(engine, manager, site: Site, tmp_path):
    manager.add_url(site.url("/articles/balad.html"), "mod (1)")
    site.feed = ["kirkouk", "erbil"]
    manager.add_feed(site.url("/feed.xml"), "admin (2)")
    assert (tmp_path / "idx" / "sources.sqlite").is_file()

    restarted = SourceManager(Engine(engine.index_config, encoder_factory=lambda: HashingEncoder()), settings())
    overview = restarted.overview()
    assert [(o.source.id, o.source.kind, o.source.added_by) for o in overview] == [
        (1, "url", "mod (1)"),
        (2, "feed", "admin (2)"),
    ]
    assert [(o.indexed_articles, o.sentences) for o in overview] == [(1, 3), (2, 6)]
    assert overview[1].source.origin == site.url("/feed.xml") and overview[1].source.last_fetch_at is not None
    assert source_id_of("src2/un-drone-abc") == 2 and source_id_of("meteo") is None
