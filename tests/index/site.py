"""A small news site on 127.0.0.1 for the source tests: articles, a feed that grows, and every way a fetch can go
wrong."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Page:
    title: str
    published: str  # ISO date
    paragraphs: tuple[str, ...]
    lang: str = "fr"

    def html(self) -> bytes:
        body = "\n".join(f"<p>{escape(p)}</p>" for p in self.paragraphs)
        return f"""<!doctype html>
<html lang="{self.lang}"><head><meta charset="utf-8"><title>{escape(self.title)} | Le Quotidien</title>
<meta property="og:title" content="{escape(self.title)}">
<meta property="article:published_time" content="{self.published}T08:00:00Z"></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a></nav>
<article><h1>{escape(self.title)}</h1>
{body}
</article><footer>Tous droits réservés.</footer></body></html>""".encode()


PAGES = {
    "balad": Page(
        "Deux roquettes visent la base de Balad",
        "2021-04-05",
        (
            "Deux roquettes se sont abattues dimanche soir près de la base aérienne de Balad, au nord de Bagdad, "
            "a indiqué une source de sécurité irakienne.",
            "Les tirs n'ont fait ni victimes ni dégâts, selon la même source.",
            "La base de Balad accueille des instructeurs américains qui entretiennent les avions F-16 de l'armée "
            "irakienne.",
        ),
    ),
    "kirkouk": Page(
        "Trois obus sur la raffinerie de Kirkouk",
        "2022-03-01",
        (
            "Trois obus de mortier ont frappé lundi la raffinerie de Kirkouk, dans le nord de l'Irak.",
            "Un gardien a été blessé, selon la police locale, qui a bouclé le quartier.",
            "Le gouverneur a condamné une attaque lâche et promis de retrouver les auteurs.",
        ),
    ),
    "erbil": Page(
        "Un drone frappe l'aéroport d'Erbil",
        "2023-01-02",
        (
            "Un drone chargé d'explosifs a frappé mardi soir l'aéroport d'Erbil, capitale du Kurdistan irakien.",
            "Les dégâts sont matériels et aucun vol n'a été annulé, selon la direction de l'aéroport.",
            "L'attaque n'a pas été revendiquée mais les soupçons se portent sur des milices.",
        ),
    ),
    "mossoul": Page(
        "Un engin explosif près de Mossoul",
        "2023-02-10",
        (
            "Un engin explosif improvisé a visé jeudi une patrouille de l'armée irakienne au sud de Mossoul.",
            "Deux soldats ont été tués et trois autres blessés, selon un communiqué militaire.",
            "Le groupe Etat islamique a revendiqué l'attaque dans la soirée.",
        ),
    ),
    "tanker": Page(
        "Oil tanker attacked in the Gulf of Oman",
        "2021-08-01",
        (
            "An oil tanker was attacked by a drone off the coast of Oman on Thursday night, the operator said.",
            "Two crew members were killed in the attack, a British national and a Romanian national.",
            "No group claimed responsibility for the strike, which shipping officials called deliberate.",
        ),
        lang="en",
    ),
}
# Feed entries whose link is dead (404): the first carries its whole text in the feed, the second only a teaser.
FEED_ONLY = {
    "dispatch": (
        "Attaque contre un convoi à Ramadi",
        "2023-03-05",
        "Un convoi logistique a été visé samedi par une bombe artisanale près de Ramadi, dans la province "
        "d'Anbar. Aucune victime n'est à déplorer, selon un responsable local de la sécurité.",
    ),
    "ghost": ("Brève", "2023-03-06", "Lire la suite."),
}
EMPTY_PAGE = b"<html><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav></body></html>"
NOT_A_FEED = b"<?xml version='1.0'?><note><to>Tove</to><from>Jani</from><body>Rappel</body></note>"


@dataclass
class Site:
    """The server's state: tests add feed entries and read which paths were asked for."""

    port: int = 0
    feed: list[str] = field(default_factory=list)  # page names, newest first
    requests: list[str] = field(default_factory=list)
    slow_seconds: float = 3.0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def rss(self) -> bytes:
        items = []
        for name in self.feed:
            # `go/balad`: an entry whose link redirects (/go/balad -> /articles/balad.html)
            link = f"{self.base}/{name}" if name.startswith("go/") else f"{self.base}/articles/{name}.html"
            page = name.removeprefix("go/")
            if page in PAGES:
                title, published, text = PAGES[page].title, PAGES[page].published, PAGES[page].paragraphs[0][:60]
            else:
                title, published, text = FEED_ONLY[page]
            date = format_datetime(datetime.fromisoformat(published).replace(tzinfo=UTC))
            items.append(
                f"<item><title>{escape(title)}</title><link>{link}</link>"
                f"<guid>{link}</guid><pubDate>{date}</pubDate>"
                f"<description>{escape(f'<p>{text}</p>')}</description></item>"
            )
        return (
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Le Quotidien - Monde</title>"
            f"<link>{self.base}/</link><description>Les dernières dépêches</description>{''.join(items)}"
            "</channel></rss>"
        ).encode()


class _SiteHandler(BaseHTTPRequestHandler):
    """The site's pages, and one path for every way a fetch can go wrong."""

    protocol_version = "HTTP/1.1"
    site: Site

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client stopped reading: that is the point of some tests

    def _send_gzip(self, body: bytes) -> None:
        """Compressed although the client asked for none, as some servers do."""
        packed = gzip.compress(body)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(packed)))
        self.end_headers()
        self.wfile.write(packed)

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, b"", None, {"Location": location})

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        self.site.requests.append(self.path)
        name = path.removeprefix("/articles/").removesuffix(".html")
        if path.startswith("/articles/") and name in PAGES:
            self._send(200, PAGES[name].html())
        elif path.startswith("/loop/"):
            self._redirect(f"/loop/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path in self._ROUTES:
            self._ROUTES[path](self)
        else:
            self._send(404, b"not found", "text/plain")

    def _slow(self) -> None:
        time.sleep(self.site.slow_seconds)
        self._send(200, PAGES["balad"].html())

    def _trickle(self) -> None:
        # Headers a line at a time, each within the per-read timeout: only an overall deadline stops it.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        try:
            for i in range(40):
                self.wfile.write(f"X-Padding-{i}: {i}\r\n".encode())
                self.wfile.flush()
                time.sleep(0.1)
            self.end_headers()
            self.wfile.write(PAGES["balad"].html())
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def _huge_stream(self) -> None:
        # No Content-Length: the client only finds out by reading.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for _ in range(400):
                self.wfile.write(b"<p>" + b"obus " * 2000 + b"</p>")
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    _ROUTES: ClassVar[dict[str, Callable[[_SiteHandler], None]]] = {
        "/feed.xml": lambda h: h._send(200, h.site.rss(), "application/rss+xml; charset=utf-8"),
        "/go/balad": lambda h: h._redirect("/go/balad-2", 301),
        "/go/balad-2": lambda h: h._redirect("/articles/balad.html?utm_source=feed", 307),
        "/to-private": lambda h: h._redirect("http://10.0.0.1/admin"),
        "/to-metadata": lambda h: h._redirect("http://169.254.169.254/latest/meta-data/"),
        "/to-mapped": lambda h: h._redirect("http://[::ffff:192.168.1.1]/"),
        "/to-file": lambda h: h._redirect("file:///etc/passwd"),
        "/slow": lambda h: h._slow(),
        "/trickle": lambda h: h._trickle(),
        "/gzip": lambda h: h._send_gzip(PAGES["balad"].html()),
        "/gzip-bomb": lambda h: h._send_gzip(b"<html><body><p>" + b"roquette " * 2_000_000 + b"</p></body></html>"),
        "/huge": lambda h: h._send(200, b"<html><body><p>" + b"roquette " * 400_000 + b"</p></body></html>"),
        "/huge-stream": lambda h: h._huge_stream(),
        "/image.png": lambda h: h._send(200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "image/png"),
        "/binary.html": lambda h: h._send(200, b"<html>\x00\x01\x02" + bytes(range(256)) * 40, "text/html"),
        "/no-type": lambda h: h._send(200, PAGES["balad"].html(), None),
        "/error": lambda h: h._send(500, b"Internal Server Error", "text/plain"),
        "/empty.html": lambda h: h._send(200, EMPTY_PAGE),
        "/not-a-feed.xml": lambda h: h._send(200, NOT_A_FEED, "application/xml"),
    }


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    return type("Handler", (_SiteHandler,), {"site": site})


@contextmanager
def serve() -> Iterator[Site]:
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="test-site", daemon=True
    )
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
