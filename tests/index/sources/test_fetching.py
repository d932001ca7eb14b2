"""The safety layer on its own: which addresses may be reached, which links may be fetched, and how URLs are
normalized."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from index.config import SourcesConfig
from index.errors import SourceRejected
from index.sources.fetching import PAGE_TYPES, Fetcher, address_refusal, check_url, normalize_url, resolve_checked


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped IPv6
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("::ffff:192.168.1.1", "private"),
        ("::ffff:10.0.0.1", "private"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("::ffff:169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "private"),  # reserved (Python counts it as private too)
        ("255.255.255.255", "private"),
        ("100.64.0.1", "not a public"),  # carrier-grade NAT
        ("192.0.2.10", "private"),  # documentation
        ("2001:db8::1", "private"),
        ("::a00:1", "reserved"),  # deprecated IPv4-compatible form of 10.0.0.1
        ("2002:a00:1::1", "private"),  # 6to4 around 10.0.0.1
        ("64:ff9b::a00:1", "private"),  # NAT64 around 10.0.0.1
    ],
)
def test_non_public_addresses_are_refused(address: str, reason: str) -> None:
    found = address_refusal(ipaddress.ip_address(address))
    assert found is not None and reason in found


@pytest.mark.parametrize(
    "address", ["8.8.8.8", "1.1.1.1", "93.184.215.14", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1"]
)
def test_public_addresses_are_allowed(address: str) -> None:
    assert address_refusal(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize("address", ["127.0.0.1", "::1", "::ffff:127.0.0.1"])
def test_the_flag_allows_loopback_only(address: str) -> None:
    assert address_refusal(ipaddress.ip_address(address), allow_loopback=True) is None


@pytest.mark.parametrize(
    "address", ["10.0.0.1", "169.254.169.254", "192.168.0.1", "0.0.0.0", "fe80::1", "::ffff:10.1.2.3", "224.0.0.1"]
)
def test_the_flag_still_refuses_everything_else(address: str) -> None:
    assert address_refusal(ipaddress.ip_address(address), allow_loopback=True) is not None


def test_resolution_checks_every_address(monkeypatch) -> None:
    answers = [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80)),
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 80)),
    ]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: answers)
    with pytest.raises(SourceRejected, match=r"news\.example resolves to 10\.0\.0\.7, a private address"):
        resolve_checked("news.example", 80)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: answers[:1])
    assert resolve_checked("news.example", 80) == ["93.184.215.14"]


def test_names_that_resolve_to_loopback_are_refused() -> None:
    with pytest.raises(SourceRejected, match="localhost resolves to .*loopback"):
        resolve_checked("localhost", 80)
    with pytest.raises(SourceRejected, match="127.0.0.1 is a loopback address"):
        resolve_checked("127.0.0.1", 80)


def test_unresolvable_hosts_are_refused(monkeypatch) -> None:
    def fail(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(SourceRejected, match="cannot resolve nowhere.example"):
        resolve_checked("nowhere.example", 443)


def test_the_transport_checks_addresses_when_it_connects(monkeypatch) -> None:
    """The address check sits in the connection itself: nothing reaches a socket for a private address."""
    connects: list[object] = []

    def connect(*a: object, **k: object) -> None:
        connects.append(a)
        pytest.fail("connected")

    monkeypatch.setattr(socket, "create_connection", connect)
    fetcher = Fetcher(SourcesConfig(allow_loopback=True, timeout_seconds=1))
    for url in (
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:10.0.0.1]/",
        "https://[fe80::1]/",
        "http://0.0.0.0:8080/",
        "http://224.0.0.1/",
    ):
        with pytest.raises(SourceRejected, match="refused: "):
            fetcher.get(url, PAGE_TYPES)
    assert connects == []


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("ftp://example.org/a", "only http and https"),
        ("gopher://example.org/", "only http and https"),
        ("javascript:alert(1)", "only http and https"),
        ("example.org/article", "only http and https"),
        ("http:///path", "no host"),
        ("http://user:secret@example.org/", "user name or password"),
        ("http://example.org:99999/", "not a valid link"),
        ("http://exa mple.org/", "spaces"),
    ],
)
def test_links_that_are_never_fetched(url: str, problem: str) -> None:
    with pytest.raises(SourceRejected, match=problem):
        check_url(url)


@pytest.mark.parametrize(
    ("url", "normalized"),
    [
        ("HTTP://Example.ORG/News/A.html#top", "http://example.org/News/A.html"),
        ("https://example.org:443/a?utm_source=x&id=3&UTM_Medium=y", "https://example.org/a?id=3"),
        ("http://example.org:80", "http://example.org/"),
        ("http://example.org:8080/a?b=%20c&utm_campaign=z", "http://example.org:8080/a?b=%20c"),
        ("https://[2606:4700::1111]:8443/x", "https://[2606:4700::1111]:8443/x"),
        ("  https://example.org/a?q  ", "https://example.org/a?q"),
    ],
)
def test_urls_are_normalized(url: str, normalized: str) -> None:
    assert normalize_url(url) == normalized
