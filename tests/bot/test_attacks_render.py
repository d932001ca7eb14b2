"""Rendering /attacks: one line per event with footnotes, the sources, escaping, Discord's limits, pages, evidence."""

from __future__ import annotations

import datetime as dt
import re

from bot import render
from index.models import AttackEvent, Casualty, EventSource


def source(
    article_id: str,
    title: str | None = None,
    published: dt.date | None = dt.date(2021, 4, 5),
    quote: str = "Deux roquettes se sont abattues hier.",
) -> EventSource:
    return EventSource(
        article_id=article_id,
        title=title or f"Article {article_id}",
        url=f"https://example.org/{article_id}",
        published=published,
        quote=quote,
    )


def event(n: int = 1, **fields) -> AttackEvent:
    base = dict(
        id=f"e{n}",
        date=f"2021-04-{n:02d}",
        date_precision="day",
        sub_event_type="Shelling/artillery/missile attack",
        weapon="roquette",
        count=2,
        location=f"Ville{n}",
        country="Irak",
        killed=0,
        injured=0,
        claimed=False,
        evidence={"event": [f"a{n}#0"], "weapon": [f"a{n}#0"], "killed": [f"a{n}#1"], "claimed": [f"a{n}#2"]},
        sources=[source(f"a{n}")],
    )
    return AttackEvent(**{**base, **fields})


def description_lines(embed) -> list[str]:
    return embed.description.split("\n")


def test_one_line_per_event_with_footnotes_then_sources():
    events = [
        event(2, actor="l'Etat islamique", claimed=None, killed=3, injured=5),
        event(1, sources=[source("a1"), source("b1", title="Second report", published=dt.date(2021, 4, 2))]),
    ]
    embed = render.attacks_embed(events, filters="where: Irak")
    lines = description_lines(embed)
    assert lines[0] == (
        "**1. April 2, 2021** · Ville2, Irak · 2 × rocket · by l'Etat islamique · "
        "3 killed, 5 injured · claim unknown [1]"
    )
    assert lines[1] == "**2. April 1, 2021** · Ville1, Irak · 2 × rocket · 0 killed, 0 injured · not claimed [2][3]"
    assert lines[2:] == [
        "",
        "**Sources**",
        "1. [Article a2](<https://example.org/a2>) · April 5, 2021",
        "2. [Article a1](<https://example.org/a1>) · April 5, 2021",
        "3. [Second report](<https://example.org/b1>) · April 2, 2021",
    ]
    assert embed.title == "Attack events · where: Irak"
    assert embed.footer.text == "Page 1/1 · 2 events, newest first"
    assert not render.embed_problems(embed)


def test_an_article_cited_by_two_events_keeps_one_number():
    shared = source("same")
    embed = render.attacks_embed([event(2, sources=[shared]), event(1, sources=[shared, source("other")])])
    assert description_lines(embed)[:2][0].endswith("[1]") and description_lines(embed)[1].endswith("[1][2]")
    assert len(re.findall(r"^\d+\. \[", embed.description, flags=re.M)) == 2


def test_disagreeing_casualties_are_both_shown_with_their_sources():
    disputed = event(
        1,
        killed=22,
        killed_reports=[Casualty(count=22, according_to="OSDH"), Casualty(count=1, according_to="Pentagone")],
        injured=None,
    )
    line = description_lines(render.attacks_embed([disputed]))[0]
    assert "22 (OSDH) or 1 (Pentagone) killed" in line
    agreeing = event(1, killed=2, killed_reports=[Casualty(count=2, according_to="police"), Casualty(count=2)])
    assert "· 2 killed" in description_lines(render.attacks_embed([agreeing]))[0]


def test_malicious_text_is_escaped_everywhere():
    nasty = "@everyone **x** <@123> [click](https://evil.example) @here"
    bad = event(
        1,
        location=nasty,
        country=None,
        actor="<@&42> __gang__",
        claimed=None,
        weapon="`rm -rf`",
        sources=[source("a1", title=nasty)],
    )
    embed = render.attacks_embed([bad], filters=f"where: {nasty}")
    evidence = render.evidence_embed([bad], {"a1#0": nasty})
    for text in (embed.title, embed.description, evidence.title, evidence.description):
        assert "@everyone" not in text and "@here" not in text
        assert "<@123>" not in text and "<@&42>" not in text
        assert "**x**" not in text and not re.search(r"(?<!\\)\[click\]\(", text)  # no masked link
    assert "@\u200beveryone \\*\\*x\\*\\*" in embed.description
    assert "\\_\\_gang\\_\\_" in embed.description and "\\`rm -rf\\`" in embed.description
    assert "@\u200beveryone" in embed.title
    assert "> « @\u200beveryone \\*\\*x\\*\\*" in evidence.description


def test_a_page_stays_within_discord_limits_with_whole_source_lines():
    huge = [
        event(
            n,
            location="Lieu " + "très long " * 300,
            actor="X" * 2000,
            sources=[source(f"a{n}-{k}", title="T" * 300) for k in range(12)],
        )
        for n in range(1, 6)
    ]
    embed = render.attacks_embed(huge, filters="weapon: " + "w" * 500, note="n" * 3000)
    assert not render.embed_problems(embed), render.embed_problems(embed)
    assert len(embed) <= render.EMBED_TOTAL_LIMIT
    for line in description_lines(embed):
        if re.match(r"\d+\. ", line):
            assert line.endswith("· April 5, 2021")  # never a cut source line
    assert re.search(r"… and \d+ more sources$", embed.description)
    evidence = render.evidence_embed(huge, {f"a{n}#0": "phrase " * 500 for n in range(1, 6)})
    assert not render.embed_problems(evidence)


def test_long_summaries_are_shortened_before_sources_are_dropped():
    events = [event(n, location="Lieu " + "long " * 150) for n in range(1, 6)]
    embed = render.attacks_embed(events)
    assert not render.embed_problems(embed)
    assert "**Sources**" in embed.description and embed.description.count("…") == 5
    assert len(re.findall(r"^\d+\. \[", embed.description, flags=re.M)) == 5


def test_pages_split_the_events_in_order():
    events = [event(n) for n in range(1, 13)]
    pages = render.attack_pages(events)
    assert [len(p) for p in pages] == [5, 5, 2]
    assert [e for p in pages for e in p] == events
    assert render.attack_pages([]) == [[]]
    assert [len(p) for p in render.attack_pages(events, per_page=4)] == [4, 4, 4]
    second = render.attacks_embed(pages[1], page=1, pages=3, total=12, first=6)
    assert description_lines(second)[0].startswith("**6. ") and description_lines(second)[4].startswith("**10. ")
    assert second.footer.text == "Page 2/3 · 12 events, newest first"
    assert "1. [Article a6]" in second.description  # footnotes restart on each page


def test_nothing_matches_is_said_plainly():
    embed = render.attacks_embed([], filters=render.filters_text(where="Tombouctou", since="2021"))
    assert embed.description == "No attack events match where: Tombouctou · since: 2021."
    assert render.attacks_embed([]).description == "No attack events in the indexed articles."
    assert render.filters_text() == "" and render.filters_text(weapon="  drone ") == "weapon: drone"


def test_aggregates_say_how_many_attacks():
    aggregate = event(
        1, kind="aggregate", date="2021-01/2021-04", attacks=14, count=6, weapon="roquette", killed=None, injured=None
    )
    line = description_lines(render.attacks_embed([aggregate]))[0]
    assert line.startswith("**1. January 2021 – April 2021** · Ville1, Irak · 14 attacks (6 with rockets)")


def test_evidence_quotes_each_sentence_once_with_the_facts_it_states():
    first = event(2)
    second = event(1, sources=[source("a1", quote="Stored quote of a1.")])
    sentences = {
        "a2#0": "Deux roquettes ont frappé Ville2.",
        "a2#1": "Personne n'a été blessé.",
        "a2#2": "Pas de revendication.",
    }
    embed = render.evidence_embed([first, second], sentences, page=1, pages=2, first=6)
    lines = description_lines(embed)
    assert lines[0].startswith("**6. April 2, 2021** · Ville2, Irak")
    assert lines[1] == "> « Deux roquettes ont frappé Ville2. » [1] · attack, weapon"
    assert lines[2] == "> « Personne n'a été blessé. » [1] · killed"
    assert lines[3] == "> « Pas de revendication. » [1] · claimed"
    assert lines[5].startswith("**7. April 1, 2021**")
    assert lines[6] == "> « Stored quote of a1. » [2]"  # its sentences left the index: the stored quote
    assert lines[-2:] == [
        "1. [Article a2](<https://example.org/a2>) · April 5, 2021",
        "2. [Article a1](<https://example.org/a1>) · April 5, 2021",
    ]
    assert embed.title == "Evidence · events 6–7" and embed.footer.text.startswith("Page 2/2")


def test_evidence_lines_group_fields_by_sentence():
    e = event(1, evidence={"event": ["a#0"], "date": ["a#0"], "killed": ["a#1", "a#0"], "suspected_actor": ["a#3"]})
    assert render.evidence_lines(e) == [
        ("a#0", ["attack", "date", "killed"]),
        ("a#1", ["killed"]),
        ("a#3", ["suspected actor"]),
    ]
