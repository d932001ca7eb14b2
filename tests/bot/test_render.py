"""Discord rendering: footnotes, sources, escaping of article text, and Discord's limits (cut cleanly)."""

from __future__ import annotations

import datetime as dt
import re

import discord

from bot import render
from bot.i18n import EN
from index.engine import BuildStatus
from index.feedback import FeedbackCounts
from index.models import Answer, ArticleRef, BuildReport, Hit, Manifest, Passage, ProgressEvent, Sentence, SkippedSource


def ref(n: int, **kw) -> ArticleRef:
    return ArticleRef(
        id=f"a{n}",
        title=kw.pop("title", f"Article {n}"),
        url=kw.pop("url", f"https://example.org/{n}"),
        published=kw.pop("published", dt.date(2021, 4, n % 28 + 1)),
        **kw,
    )


def hit(text: str, article: ArticleRef, position: int = 0, also_in: list[ArticleRef] | None = None) -> Hit:
    return Hit(
        text=text,
        score=1.0,
        sentence_id=f"{article.id}#{position}",
        position=position,
        start=0,
        end=len(text),
        article=article,
        also_in=also_in or [],
    )


def answer(*hits: Hit, question: str = "combien de roquettes ?") -> Answer:
    return Answer(question=question, hits=list(hits), lang="fr")


def quotes(description: str) -> list[tuple[str, str]]:
    return re.findall(r"« (.*?) » ((?:\[\d+\])+)", description)


def test_answer_has_footnotes_best_first_and_sources_with_angle_bracket_links():
    a, b = ref(1), ref(2)
    embed = render.answer_embed(
        answer(
            hit("Deux roquettes se sont abattues hier.", a),
            hit("Trois roquettes ont visé la base.", b, 3, also_in=[a]),
        )
    )
    desc = embed.description
    assert desc.startswith("> « Deux roquettes se sont abattues hier. » [1]")
    assert "• « Trois roquettes ont visé la base. » [2][1]" in desc
    sources = desc.split("**Sources**\n", 1)[1].splitlines()
    assert sources == [
        "1. [Article 1](<https://example.org/1>) · April 2, 2021",
        "2. [Article 2](<https://example.org/2>) · April 3, 2021",
    ]
    assert embed.title == "combien de roquettes ?"
    assert embed.footer.text == "2 sentences from 2 articles"
    assert render.embed_problems(embed) == []


def test_no_answer_says_so_and_suggests_rephrasing():
    embed = render.answer_embed(answer())
    assert embed.description == EN("answer.no_answer") and "rephras" in embed.description.lower()


def test_source_without_url_or_date_is_plain_title():
    assert render.source_entry(3, ArticleRef(id="x", title="Sans lien")) == "3. Sans lien"
    assert render.source_entry(1, ref(1, url="javascript:alert(1)")) == "1. Article 1 · April 2, 2021"
    assert render.source_entry(1, ref(1, url="https://e.org/a b")).startswith("1. Article 1 ·")


def test_article_text_cannot_ping_or_format():
    nasty = "@everyone regardez **ceci** <@123> et <@&456> __souligné__ `code` [clic](https://evil.example) @here"
    embed = render.answer_embed(answer(hit(nasty, ref(1, title="**Titre** @everyone [x]"))))
    desc = embed.description
    assert "@everyone" not in desc and "@here" not in desc
    assert "<@123>" not in desc and "<@&456>" not in desc
    assert "\\*\\*ceci\\*\\*" in desc and "\\_\\_souligné\\_\\_" in desc and "\\`code\\`" in desc
    assert "](https://evil.example)" not in desc.replace("\\[clic](https://evil.example)", "")
    # The title inside the link text cannot close the link early.
    assert "[\\*\\*Titre\\*\\* @\u200beveryone \\[x\\]](<https://example.org/1>)" in desc


def test_escape_is_idempotent_on_plain_text_and_keeps_urls():
    assert render.escape("Deux roquettes hier à Balad.") == "Deux roquettes hier à Balad."
    assert render.escape("voir https://example.org/a_b_c") == "voir https://example.org/a_b_c"


def test_long_answer_drops_whole_sentences_never_mid_citation():
    refs = [ref(i, title="T" * 200) for i in range(1, 11)]
    hits = [hit(f"Phrase {i} " + "mot " * 170, r, i) for i, r in enumerate(refs, start=1)]
    embed = render.answer_embed(answer(*hits))
    desc = embed.description
    assert len(desc) <= render.DESCRIPTION_LIMIT and render.embed_problems(embed) == []
    shown = quotes(desc)
    assert 1 <= len(shown) < 10
    for text, marks in shown:  # every kept quote is complete, with its footnote
        assert text.endswith("…") or text.endswith("mot")
        assert marks
    used = {int(m) for _, marks in shown for m in re.findall(r"\d+", marks)}
    listed = re.findall(r"^(\d+)\. \[", desc, flags=re.M)
    assert {int(n) for n in listed} == used  # sources listed are exactly the ones cited
    assert f"{10 - len(shown)} more left out" in embed.footer.text


def test_very_long_sentence_is_shortened_at_a_word():
    embed = render.answer_embed(answer(hit("mot " * 2000, ref(1))))
    ((text, marks),) = quotes(embed.description)
    assert len(text) <= render.QUOTE_LIMIT and text.endswith("mot…") and marks == "[1]"


def test_one_sentence_in_very_many_articles_keeps_whole_source_lines():
    many = [ref(i, title="Titre " * 20, url="https://example.org/" + "x" * 400) for i in range(2, 40)]
    embed = render.answer_embed(answer(hit("La même dépêche partout.", ref(1), also_in=many)))
    assert render.embed_problems(embed) == []
    lines = embed.description.splitlines()
    assert lines[-1].startswith("… and ") and lines[-1].endswith("more sources")
    assert all(line.endswith(")") or ", 2021" in line for line in lines if re.match(r"\d+\. \[", line))


def test_shorten_and_fit_content():
    assert render.shorten("abc", 10) == "abc"
    assert render.shorten("un deux trois quatre", 12) == "un deux…"
    assert render.shorten("x" * 50, 10) == "x" * 9 + "…"
    assert render.shorten("fin\\\\\\ suite", 5).endswith("…") and "\\…" not in render.shorten("fin\\\\\\ suite", 5)
    text = "\n".join(f"ligne {i} " + "a" * 50 for i in range(100))
    fitted = render.fit_content(text)
    assert len(fitted) <= render.CONTENT_LIMIT and fitted.endswith("…")
    assert all(line.startswith("ligne") for line in fitted[:-1].splitlines())
    assert render.fit_content("b" * 3000) == "b" * 1999 + "…"


def test_context_embed_bolds_the_cited_sentence():
    a = ref(1)
    sentences = [
        Sentence(article_id="a1", position=p, start=0, end=1, text=f"Phrase {p} @everyone.") for p in (4, 5, 6)
    ]
    embed = render.context_embed(
        "combien ?", [Passage(a, sentences, 5), Passage(ArticleRef(id="gone", title="gone"), [], 2)], 1
    )
    assert "Phrase 4 @\u200beveryone. **Phrase 5 @\u200beveryone.** Phrase 6" in embed.description
    assert "no longer in the index" in embed.description
    assert render.embed_problems(embed) == []


def test_sources_embed_paginates():
    entries = [(ref(i), i) for i in range(1, 24)]
    first = render.sources_embed(entries, 0, per_page=10)
    last = render.sources_embed(entries, 2, per_page=10)
    assert first.description.splitlines()[0].startswith("1. [Article 1]") and first.description.count("\n") == 9
    assert last.description.splitlines()[0].startswith("21. ") and "23 sentences" in last.description
    assert last.footer.text == "Page 3/3 · 23 articles"
    assert render.sources_embed([], 0).description == "No articles are indexed yet."


def test_sources_page_too_long_for_discord_says_what_it_left_out():
    long_refs = [
        (ArticleRef(id=f"a{i}", title=f"Titre {i} " + "très long " * 40, url=f"https://example.org/{'x' * 400}/{i}"), 3)
        for i in range(10)
    ]
    embed = render.sources_embed(long_refs, 0, per_page=10)
    assert not render.embed_problems(embed)
    kept = [line for line in embed.description.splitlines() if re.match(r"\d+\. ", line)]
    assert 0 < len(kept) < 10
    assert embed.description.endswith(f"*{10 - len(kept)} more on this page left out to fit Discord's limits*")


def test_progress_and_report():
    events = {
        "segment": ProgressEvent(stage="segment", done=3, total=3),
        "embed": ProgressEvent(stage="embed", done=64, total=200),
    }
    text = render.progress_text(events, "modo", 4.2)
    assert "articles read: 3/3" in text and "sentences embedded: 64/200" in text and "modo" in text
    report = BuildReport(
        added=["a", "b"],
        reused=["c"],
        removed=["d"],
        articles=3,
        sentences=12,
        embedded=8,
        skipped=[SkippedSource(path="big_file.md", reason="too large")],
        seconds=1.5,
    )
    embed = render.report_embed(report, "modo")
    assert "added: 2" in embed.description and "big\\_file.md: too large" in embed.description
    assert render.embed_problems(embed) == []


def test_status_embed_fields():
    manifest = Manifest(
        model="m",
        dimension=4,
        articles=2,
        sentences=9,
        corpus_hash="h",
        built_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
    )
    build = BuildStatus(finished_at=dt.datetime.now(dt.UTC), last_report=BuildReport(added=["a"]), requested_by="modo")
    embed = render.status_embed(manifest, build, FeedbackCounts(up=3, down=1, answers=7), dt.timedelta(hours=2))
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Index"].startswith("2 articles · 9 sentences")
    assert fields["Feedback"] == "👍 3 · 👎 1 on 7 answers"
    assert "1 added" in fields["Last build"] and fields["Uptime"] == "2 h 0 min"
    empty = render.status_embed(None, BuildStatus(), FeedbackCounts(), dt.timedelta(seconds=5), "no index yet")
    assert {f.name: f.value for f in empty.fields}["Index"] == "no index yet"


def test_embed_problems_detects_each_limit():
    embed = discord.Embed(title="t" * 257, description="d" * 4097)
    for i in range(26):
        embed.add_field(name=str(i), value="v")
    assert {"title", "description", "fields"} <= set(render.embed_problems(embed))
    assert "total" in render.embed_problems(
        discord.Embed(description="d" * 4000)
        .add_field(name="n", value="v" * 1024)
        .add_field(name="n", value="v" * 1024)
    )
