"""Fetching web pages and feeds for moderators without opening a door into the server's network.

Every TCP connection goes through `_GuardedBackend`: the host is resolved, every address it resolves to
must be a public unicast address (`address_refusal`), and the socket is opened to one of the addresses
that were checked, never to a second DNS answer, so rebinding between the check and the connection cannot
reach an internal address. Redirects are followed by hand (each new host is checked the same way, before
any connection), and the scheme, size, total time and content type are limited. No proxy is used, so no
environment variable can route a fetch around these checks. Every refusal is a SourceRejected that says why.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import httpcore
import httpx

from ..config import SourcesConfig
from ..errors import SourceRejected, first_line

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)
_ACCEPT = {
    PAGE_TYPES: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
    FEED_TYPES: (
        "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8"
    ),
}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_SNIFF = 8192
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # well-known NAT64 prefix: the last 32 bits are an IPv4 address
_STATUS_HINTS = {
    401: "the site asks for a login",
    403: "the site refused access",
    404: "not found",
    410: "gone",
    429: "the site is rate-limiting us; try later",
}


# ------------------------------------------------------------------------------------------ addresses


def address_refusal(address: IPAddress, *, allow_loopback: bool = False) -> str | None:
    """Why connecting to `address` is refused, as "a private address"; None for a public unicast address."""
    if isinstance(address, ipaddress.IPv6Address):
        # Python 3.11 judges ::ffff:10.0.0.1 as IPv6; what it reaches is the IPv4 address inside. The same goes
        # for the transition prefixes (6to4, NAT64, Teredo), which are then also checked as IPv6 below.
        if address.ipv4_mapped is not None:
            reason = address_refusal(address.ipv4_mapped, allow_loopback=allow_loopback)
            return f"{reason} ({address.ipv4_mapped}, inside an IPv6 address)" if reason else None
        embedded = address.sixtofour or (address.teredo[1] if address.teredo else None)
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None and (reason := address_refusal(embedded, allow_loopback=allow_loopback)):
            return f"{reason} ({embedded}, inside an IPv6 address)"
    if address.is_loopback:
        return None if allow_loopback else "a loopback address"
    if address.is_unspecified:
        return "the unspecified address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_private:
        return "a private address"
    if address.is_reserved:
        return "a reserved address"
    if not address.is_global:
        return "not a public address"
    return None


def resolve_checked(host: str, port: int, *, allow_loopback: bool = False) -> list[str]:
    """The addresses of `host`, all checked; refused when any of them is not public (a mixed answer is a red flag)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise SourceRejected(f"cannot resolve {host} ({getattr(exc, 'strerror', None) or exc})") from None
    addresses: list[str] = []
    for family, _, _, _, sockaddr in infos:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        reason = address_refusal(address, allow_loopback=allow_loopback)
        if reason is not None:
            shown = f"{host} is {reason}" if _literal(host) == address else f"{host} resolves to {address}, {reason}"
            raise SourceRejected(f"refused: {shown}; only public addresses can be fetched")
        if str(address) not in addresses:
            addresses.append(str(address))
    if not addresses:
        raise SourceRejected(f"cannot resolve {host} (no IPv4 or IPv6 address)")
    return addresses


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


# ------------------------------------------------------------------------------------------------ URLs


def check_url(url: str) -> str:
    """The URL if it is one that may be fetched (http or https, a host, no credentials); else SourceRejected."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise SourceRejected(f"not a valid link: {text[:200]} ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise SourceRejected(
            f"only http and https links can be fetched, not {scheme + ':' if scheme else 'this'} ({text[:200]})"
        )
    if not parts.hostname:
        raise SourceRejected(f"the link has no host: {text[:200]}")
    if parts.username is not None or parts.password is not None:
        raise SourceRejected("links with a user name or password are not accepted")
    if port == 0:
        raise SourceRejected(f"the link has an invalid port: {text[:200]}")
    if any(c.isspace() or ord(c) < 32 for c in text):
        raise SourceRejected("the link contains spaces or control characters")
    try:
        _ = httpx.URL(text).host  # the host as the client will read it: `0177.0.0.1`, bad IDNA labels
    except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
        raise SourceRejected(f"not a valid link: {text[:200]} ({first_line(exc)})") from None
    return text


def normalize_url(url: str) -> str:
    """One spelling per page: scheme and host lowercase, default port, fragment and utm_* parameters dropped."""
    parts = urlsplit(check_url(url))
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or port == {"http": 80, "https": 443}[scheme] else f"{host}:{port}"
    # The query is filtered without decoding it, so the rest of it is byte for byte what the site gave.
    query = "&".join(p for p in parts.query.split("&") if p and not p.split("=", 1)[0].lower().startswith("utm_"))
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


# ------------------------------------------------------------------------------------------- transport


def _within(deadline: float | None, timeout: float | None, error: type[Exception]) -> float | None:
    """The time an I/O step may take: its own timeout, cut to what is left before the deadline."""
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the time limit was reached")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by one deadline: a server that trickles its headers or body
    a byte at a time cannot hold a fetch past its time limit (per-read timeouts alone would let it)."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float | None):
        self._stream, self._deadline = stream, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _within(self._deadline, timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _within(self._deadline, timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None):
        timeout = _within(self._deadline, timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout), self._deadline)

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to addresses that `resolve_checked` accepted (the socket gets the address, not the name)."""

    def __init__(self, allow_loopback: bool, deadline: float | None = None):
        super().__init__()
        self.allow_loopback = allow_loopback
        self.deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable | None = None,
    ) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in resolve_checked(host, port, allow_loopback=self.allow_loopback):
            try:
                timeout = _within(self.deadline, timeout, httpcore.ConnectTimeout)
                stream = super().connect_tcp(address, port, timeout, local_address, socket_options)
                return _DeadlineStream(stream, self.deadline)
            except httpcore.ConnectError as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable | None = None
    ) -> httpcore.NetworkStream:
        raise SourceRejected("unix sockets are never used to fetch sources")


class _Body(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]):
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _transport_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


@contextlib.contextmanager
def _transport_errors() -> Iterator[None]:
    """httpcore's errors as httpx's, as httpx's own transport does."""
    try:
        yield
    except httpcore.TimeoutException as exc:
        raise httpx.TimeoutException(str(exc) or "timed out") from exc
    except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol) as exc:
        raise httpx.TransportError(str(exc) or type(exc).__name__) from exc


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool whose every connection is checked by `_GuardedBackend`."""

    def __init__(self, *, allow_loopback: bool = False, deadline: float | None = None):
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=4,
            network_backend=_GuardedBackend(allow_loopback, deadline),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _transport_errors():
            response = self._pool.handle_request(core_request)
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


# ---------------------------------------------------------------------------------------------- fetch


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # the media type, lowercase, without parameters
    charset: str | None
    body: bytes


class Fetcher:
    """GET with the limits of SourcesConfig. Blocking: the bot runs it in a thread."""

    def __init__(self, config: SourcesConfig):
        self.config = config

    def get(self, url: str, accept: frozenset[str], what: str = "page") -> Fetched:
        config = self.config
        current = check_url(url)
        deadline = time.monotonic() + config.timeout_seconds
        headers = {
            "User-Agent": config.user_agent,
            "Accept": _ACCEPT.get(accept, "*/*"),
            "Accept-Encoding": "identity",
        }  # no compression: the size limit is on what is really read
        transport = GuardedTransport(allow_loopback=config.allow_loopback, deadline=deadline)
        with httpx.Client(transport=transport, headers=headers, follow_redirects=False, trust_env=False) as client:
            for _ in range(config.max_redirects + 1):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise self._timeout(url)
                try:
                    with client.stream("GET", current, timeout=httpx.Timeout(remaining)) as response:
                        if response.status_code in _REDIRECTS:
                            location = response.headers.get("location")
                            if not location:
                                raise SourceRejected(f"{current} redirects without saying where")
                            current = check_url(str(response.url.join(location)))
                            continue
                        return self._read(response, current, accept, what, deadline)
                except httpx.TimeoutException:
                    raise self._timeout(url) from None
                except httpx.TransportError as exc:
                    host = urlsplit(current).hostname
                    raise SourceRejected(f"could not fetch {current} from {host} ({first_line(exc)})") from None
        raise SourceRejected(f"{url} redirects more than {config.max_redirects} times")

    def _read(self, response: httpx.Response, url: str, accept: frozenset[str], what: str, deadline: float) -> Fetched:
        status = response.status_code
        if status >= 400:
            hint = _STATUS_HINTS.get(status, "the site had an error; try later" if status >= 500 else "")
            raise SourceRejected(f"{url} answered HTTP {status}" + (f" ({hint})" if hint else ""))
        if status != 200:
            raise SourceRejected(f"{url} answered HTTP {status}, not a {what}")
        media, charset = _content_type(response.headers.get("content-type", ""))
        if media not in accept:
            shown = f"is {media}" if media else "has no content type"
            raise SourceRejected(f"{url} {shown}, not a {what} (accepted: {', '.join(sorted(accept))})")
        limit = self.config.max_page_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise SourceRejected(f"{url} is too large ({int(declared):,} bytes; the limit is {limit:,})")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise SourceRejected(f"{url} sent {encoding}-compressed content, which is not read")
        # Read the raw bytes and inflate them ourselves, never more than the limit: a small compressed body can
        # hold gigabytes.
        inflate = zlib.decompressobj(47) if encoding not in ("", "identity") else None  # 47: gzip or zlib header
        chunks: list[bytes] = []
        size = 0
        try:
            for raw in response.iter_raw():
                chunk = inflate.decompress(raw, limit + 1 - size) if inflate else raw
                size += len(chunk)
                if size > limit or (inflate is not None and inflate.unconsumed_tail):
                    raise SourceRejected(f"{url} is too large (more than {limit:,} bytes; reading stopped)")
                if time.monotonic() > deadline:
                    raise self._timeout(url)
                chunks.append(chunk)
        except zlib.error:
            raise SourceRejected(f"{url} sent {encoding} content that does not inflate") from None
        body = b"".join(chunks)
        if not body.strip():
            raise SourceRejected(f"{url} is empty")
        if b"\0" in body[:_SNIFF]:
            raise SourceRejected(f"{url} is binary content, not a {what}")
        return Fetched(url=url, content_type=media, charset=charset, body=body)

    def _timeout(self, url: str) -> SourceRejected:
        return SourceRejected(f"{url} did not answer within {self.config.timeout_seconds:g} s")


def _content_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return media.strip().lower(), charset
