"""Pure rendering for Discord: domain results -> embeds and message text, within Discord's limits, escaped."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

import discord

from index.engine import BuildStatus
from index.feedback import FeedbackCounts
from index.models import (
    Answer,
    ArticleRef,
    AttackEvent,
    BuildReport,
    EventSource,
    Hit,
    Manifest,
    Passage,
    ProgressEvent,
    SourceOverview,
)

from .text import NO_ANSWER, citations, event_summary, report_text

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELDS_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
QUOTE_LIMIT = 700  # one quoted sentence, so that several fit in a description
SOURCE_TITLE_LIMIT = 120

ANSWER_COLOUR = discord.Colour.blurple()
EMPTY_COLOUR = discord.Colour.light_grey()

_PINGISH = re.compile(r"@(everyone|here|[!&]?\d+)")
_CHANNEL = re.compile(r"<#(\d+)>")
_UNESCAPED_BRACKET = re.compile(r"(?<!\\)([\[\]])")


def collapse(text: str) -> str:
    return " ".join(text.split())


def escape(text: str) -> str:
    """Quoted text as inert Discord markdown: no formatting, no mention, no masked link."""
    text = discord.utils.escape_markdown(text)
    text = discord.utils.escape_mentions(text)
    text = _PINGISH.sub("@\u200b\\1", text)  # also short ids and <@123>, which escape_mentions leaves
    return _CHANNEL.sub("<#\u200b\\1>", text)


def shorten(text: str, limit: int, placeholder: str = "…") -> str:
    """At most `limit` characters, cut at a word boundary when there is one in the last third."""
    if len(text) <= limit:
        return text
    if limit <= len(placeholder):
        return placeholder[:limit]
    cut = text[: limit - len(placeholder)]
    space = cut.rfind(" ")
    if space >= len(cut) * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" \\") + placeholder


def fit_lines(lines: list[str], limit: int, more: Callable[[int], str] | None = None) -> str:
    """As many whole lines as fit in `limit`; `more(n)` is appended when n lines were left out."""
    text = "\n".join(lines)
    if len(text) <= limit:
        return text
    for keep in range(len(lines) - 1, -1, -1):
        text = "\n".join(lines[:keep] + ([more(len(lines) - keep)] if more else []))
        if len(text) <= limit:
            return text
    return shorten(text, limit)


def fit_content(text: str, limit: int = CONTENT_LIMIT) -> str:
    """A message content within Discord's limit, cut at a line, else a word, boundary."""
    if len(text) <= limit:
        return text
    lines = text.split("\n")
    fitted = fit_lines(lines, limit - 1)
    return (fitted + "…") if fitted else shorten(text, limit)


def link(title: str, url: str | None) -> str:
    """`[title](<url>)`: angle brackets so that Discord shows no preview; plain title without a usable URL."""
    text = _UNESCAPED_BRACKET.sub(r"\\\1", escape(shorten(collapse(title), SOURCE_TITLE_LIMIT)))
    if url and url.startswith(("http://", "https://")) and len(url) <= 512 and not re.search(r"[\s<>]", url):
        return f"[{text}](<{url}>)"
    return text


def source_entry(n: int, ref: ArticleRef) -> str:
    line = f"{n}. {link(ref.title, ref.url)}"
    return line + (f" · {ref.published.isoformat()}" if ref.published else "")


def marks_text(numbers: list[int]) -> str:
    return "".join(f"[{m}]" for m in numbers)


def _answer_description(hits: list[Hit], marks: list[list[int]], refs: list[ArticleRef]) -> list[str]:
    used = max((m for hit_marks in marks for m in hit_marks), default=0)
    lines = []
    for i, (hit, hit_marks) in enumerate(zip(hits, marks)):
        quote = f"« {escape(shorten(collapse(hit.text), QUOTE_LIMIT))} » {marks_text(hit_marks)}"
        lines.append(f"> {quote}" if i == 0 else f"• {quote}")
        if i == 0 and len(hits) > 1:
            lines.append("")
    lines += ["", "**Sources**"]
    lines += [source_entry(n, ref) for n, ref in enumerate(refs[:used], start=1)]
    return lines


def answer_embed(answer: Answer, *, limit: int = DESCRIPTION_LIMIT) -> discord.Embed:
    """The answer: the best sentence quoted first, the others below, each with its footnotes, then the sources.

    When it does not fit, the lowest-ranked sentences are dropped whole (never a cut citation) and the
    footer says how many.
    """
    title = shorten(collapse(answer.question), TITLE_LIMIT)
    if not answer.hits:
        return discord.Embed(title=title, description=NO_ANSWER, colour=EMPTY_COLOUR)
    marks, refs = citations(answer)
    shown = len(answer.hits)
    while True:
        lines = _answer_description(answer.hits[:shown], marks[:shown], refs)
        description = "\n".join(lines)
        if len(description) <= limit or shown == 1:
            break
        shown -= 1
    if len(description) > limit:  # one sentence cited by very many articles: keep whole source lines
        description = fit_lines(lines, limit, more=lambda n: f"… and {n} more sources")
    articles = len({m for hit_marks in marks[:shown] for m in hit_marks})
    footer = f"{shown} sentence{'s' * (shown > 1)} from {articles} article{'s' * (articles > 1)}"
    if shown < len(answer.hits):
        footer += f" · {len(answer.hits) - shown} more left out to fit Discord's limits"
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    embed.set_footer(text=footer)
    return embed


def context_embed(question: str, blocks: list[Passage], window: int) -> discord.Embed:
    """Each cited sentence (bold) with its neighbours."""
    parts = []
    for n, (ref, sentences, cited) in enumerate(blocks, start=1):
        head = f"**{n}.** {link(ref.title, ref.url)}" + (f" · {ref.published.isoformat()}" if ref.published else "")
        if not sentences:
            parts.append(f"{head}\n*This article is no longer in the index.*")
            continue
        text = " ".join(
            f"**{escape(shorten(collapse(s.text), QUOTE_LIMIT))}**"
            if s.position == cited
            else escape(shorten(collapse(s.text), QUOTE_LIMIT // 2))
            for s in sentences
        )
        before = "… " if sentences[0].position > 0 else ""
        parts.append(f"{head}\n{before}{text} …")
    description = fit_lines(parts, DESCRIPTION_LIMIT, more=lambda n: f"*{n} more left out to fit Discord's limits*")
    embed = discord.Embed(
        title=shorten(f"Context: {collapse(question)}", TITLE_LIMIT), description=description, colour=ANSWER_COLOUR
    )
    embed.set_footer(text=f"{window} sentence{'s' * (window > 1)} before and after each cited one")
    return embed


def managed_source_line(item: SourceOverview) -> str:
    """`#3 feed · <origin> · 4 articles, 52 sentences, 1 event · fetched 2026-11-25 10:00 (ok)`."""
    src = item.source
    fetched = f" · fetched {src.last_fetch_at:%Y-%m-%d %H:%M}" if src.last_fetch_at else ""
    result = f" ({shorten(collapse(src.last_result), 80)})" if src.last_result else ""
    counts = (
        f"{item.indexed_articles} article{'s' * (item.indexed_articles != 1)}, "
        f"{item.sentences} sentences, {item.events} event{'s' * (item.events != 1)}"
    )
    origin = shorten(src.origin, 100).replace("<", "").replace(">", "")  # the brackets keep Discord from previewing it
    return f"#{src.id} {src.kind} · <{origin}> · {counts}{fetched}{escape(result)}"


def sources_embed(
    entries: list[tuple[ArticleRef, int]], page: int, per_page: int = 10, managed: Sequence[SourceOverview] = ()
) -> discord.Embed:
    """One page of the indexed articles (title, date, number of sentences), and the moderators' sources."""
    pages = max(1, -(-len(entries) // per_page))
    page = min(max(page, 0), pages - 1)
    chunk = entries[page * per_page : (page + 1) * per_page]
    lines = [
        f"{n}. {link(ref.title, ref.url)}"
        + (f" · {ref.published.isoformat()}" if ref.published else "")
        + f" · {count} sentence{'s' * (count != 1)}"
        for n, (ref, count) in enumerate(chunk, start=page * per_page + 1)
    ]
    description = (
        fit_lines(lines, DESCRIPTION_LIMIT, more=lambda n: f"*{n} more on this page left out to fit Discord's limits*")
        if lines
        else "No articles are indexed yet."
    )
    embed = discord.Embed(title="Indexed articles", description=description, colour=ANSWER_COLOUR)
    if managed:
        lines = [managed_source_line(item) for item in managed]
        value = fit_lines(lines, FIELD_VALUE_LIMIT, more=lambda n: f"*{n} more: `eventbot source list` shows them all*")
        embed.add_field(name="Sources added by moderators", value=value, inline=False)
    embed.set_footer(text=f"Page {page + 1}/{pages} · {len(entries)} article{'s' * (len(entries) != 1)}")
    return embed


_STAGES = {
    "read": "files read",
    "segment": "articles read",
    "embed": "sentences embedded",
    "write": "writing the index",
}


def progress_text(events: dict[str, ProgressEvent], requested_by: str, elapsed: float) -> str:
    """The /reindex reply while the build runs."""
    parts = []
    for stage in ("segment", "embed"):
        event = events.get(stage)
        if event is not None:
            parts.append(f"{_STAGES[stage]}: {event.done}/{event.total}")
    if "write" in events and "done" not in events:
        parts.append(_STAGES["write"])
    status = " · ".join(parts) or "reading the sources"
    return fit_content(f"Rebuilding the index (asked by {escape(requested_by)}, {elapsed:.0f} s): {status}…")


def report_embed(report: BuildReport, requested_by: str) -> discord.Embed:
    embed = discord.Embed(
        title="Index rebuilt",
        description=fit_lines(
            escape(report_text(report)).split("\n"), DESCRIPTION_LIMIT, more=lambda n: f"… and {n} more skipped"
        ),
        colour=discord.Colour.green(),
    )
    embed.set_footer(text=shorten(f"Asked by {requested_by} · {report.seconds:.1f} s", FOOTER_LIMIT))
    return embed


def status_embed(
    manifest: Manifest | None,
    build: BuildStatus,
    feedback: FeedbackCounts,
    uptime: dt.timedelta,
    index_problem: str | None = None,
) -> discord.Embed:
    embed = discord.Embed(title="eventbot status", colour=ANSWER_COLOUR)
    if manifest is not None:
        embed.add_field(
            name="Index",
            value=f"{manifest.articles} articles · {manifest.sentences} sentences · {manifest.events} attack events",
            inline=False,
        )
        embed.add_field(name="Model", value=escape(manifest.model))
        embed.add_field(name="Built", value=discord.utils.format_dt(manifest.built_at, "f"))
    else:
        embed.add_field(
            name="Index", value=shorten(escape(index_problem or "none yet"), FIELD_VALUE_LIMIT), inline=False
        )
    embed.add_field(name="Last build", value=shorten(_build_line(build), FIELD_VALUE_LIMIT), inline=False)
    embed.add_field(name="Feedback", value=f"👍 {feedback.up} · 👎 {feedback.down} on {feedback.answers} answers")
    embed.add_field(name="Uptime", value=_duration(uptime))
    return embed


def _build_line(build: BuildStatus) -> str:
    who = f" (asked by {escape(build.requested_by)})" if build.requested_by else ""
    if build.running:
        started = discord.utils.format_dt(build.started_at, "R") if build.started_at else "just now"
        return f"running since {started}{who}"
    if build.finished_at is None:
        return "none since start-up"
    when = discord.utils.format_dt(build.finished_at, "R")
    if build.last_error:
        return f"failed {when}{who}: {escape(build.last_error)}"
    report = build.last_report
    if report is None:
        return f"finished {when}{who}"
    return (
        f"finished {when}{who}: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.reused)} reused, {len(report.removed)} removed, {len(report.skipped)} skipped"
    )


def _duration(delta: dt.timedelta) -> str:
    seconds = int(delta.total_seconds())
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {seconds} s"


def embed_problems(embed: discord.Embed) -> list[str]:
    """What in an embed breaks Discord's limits (empty when it would be accepted)."""
    problems = []
    if embed.title and len(embed.title) > TITLE_LIMIT:
        problems.append("title")
    if embed.description and len(embed.description) > DESCRIPTION_LIMIT:
        problems.append("description")
    if len(embed.fields) > FIELDS_LIMIT:
        problems.append("fields")
    for f in embed.fields:
        if len(f.name or "") > FIELD_NAME_LIMIT or len(f.value or "") > FIELD_VALUE_LIMIT:
            problems.append(f"field {f.name!r}")
    if embed.footer.text and len(embed.footer.text) > FOOTER_LIMIT:
        problems.append("footer")
    if len(embed) > EMBED_TOTAL_LIMIT:
        problems.append("total")
    return problems


# --- /attacks ----------------------------------------------------------------------------------------
EVENTS_PER_PAGE = 5
EVENT_LINE_LIMITS = (400, 250, 150)  # tried in turn until a page fits
EVIDENCE_QUOTE_LIMITS = (QUOTE_LIMIT, 350, 200, 120)
ATTACKS_COLOUR = discord.Colour.dark_red()
_EVIDENCE_LABELS = {"event": "attack"}


def attack_pages(events: list[AttackEvent], per_page: int = EVENTS_PER_PAGE) -> list[list[AttackEvent]]:
    """The events split into pages of `per_page`, in order; one empty page when there are none."""
    return [events[i : i + per_page] for i in range(0, len(events), per_page)] or [[]]


def filters_text(
    where: str | None = None, since: str | None = None, until: str | None = None, weapon: str | None = None
) -> str:
    """`where: Gao · since: 2021` (raw, not escaped); empty without filters."""
    given = (("where", where), ("since", since), ("until", until), ("weapon", weapon))
    return " · ".join(f"{name}: {collapse(value)}" for name, value in given if value and value.strip())


def source_ref(src: EventSource) -> ArticleRef:
    return ArticleRef(id=src.article_id, title=src.title, url=src.url, published=src.published)


def event_citations(events: list[AttackEvent]) -> tuple[list[list[int]], list[EventSource]]:
    """Footnote numbers for each event (one per distinct article, 1-based) and the sources in footnote order."""
    order: list[EventSource] = []
    numbers: dict[str, int] = {}
    per_event: list[list[int]] = []
    for event in events:
        marks = []
        for src in event.sources:
            if src.article_id not in numbers:
                order.append(src)
                numbers[src.article_id] = len(order)
            if numbers[src.article_id] not in marks:
                marks.append(numbers[src.article_id])
        per_event.append(marks)
    return per_event, order


def _event_heading(n: int, event: AttackEvent, limit: int) -> tuple[str, str]:
    """(`**n. date**`, the rest of the one-line summary, escaped and shortened)."""
    when, _, rest = event_summary(event).partition(" · ")
    return f"**{n}. {escape(when)}**", escape(shorten(collapse(rest), limit))


def _sources_block(sources: list[EventSource]) -> list[str]:
    return ["", "**Sources**", *(source_entry(n, source_ref(s)) for n, s in enumerate(sources, start=1))]


def _fit_with_sources(build: Callable[[int], tuple[list[str], list[str]]], limits: tuple[int, ...]) -> str:
    """The first (body, sources) built with a limit from `limits` that fits a description; else whole lines."""
    for limit in limits:
        body, sources = build(limit)
        text = "\n".join(body + sources)
        if len(text) <= DESCRIPTION_LIMIT:
            return text
    sources_text = fit_lines(sources, DESCRIPTION_LIMIT // 2, more=lambda n: f"… and {n} more sources")
    return (
        fit_lines(
            body,
            DESCRIPTION_LIMIT - len(sources_text) - 1,
            more=lambda n: f"*{n} more lines left out to fit Discord's limits*",
        )
        + "\n"
        + sources_text
    )


def attacks_embed(
    events: list[AttackEvent],
    *,
    page: int = 0,
    pages: int = 1,
    total: int | None = None,
    first: int = 1,
    filters: str = "",
    note: str | None = None,
) -> discord.Embed:
    """One page of /attacks: a line per event (date, place, weapon and count, casualties, claim, actor) with its
    footnotes, then the page's sources. `first` is the number of the page's first event."""
    title = shorten(escape("Attack events" + (f" · {collapse(filters)}" if filters else "")), TITLE_LIMIT)
    total = len(events) if total is None else total
    if not events:
        text = f"No attack events match {filters}." if filters else "No attack events in the indexed articles."
        embed = discord.Embed(title=title, description=shorten(escape(text), DESCRIPTION_LIMIT), colour=EMPTY_COLOUR)
        if note:
            embed.set_footer(text=shorten(note, FOOTER_LIMIT))
        return embed
    marks, sources = event_citations(events)

    def build(limit: int) -> tuple[list[str], list[str]]:
        body = []
        for n, (event, event_marks) in enumerate(zip(events, marks), start=first):
            head, rest = _event_heading(n, event, limit)
            body.append(f"{head} · {rest} {marks_text(event_marks)}".rstrip())
        return body, _sources_block(sources)

    embed = discord.Embed(title=title, colour=ATTACKS_COLOUR, description=_fit_with_sources(build, EVENT_LINE_LIMITS))
    footer = f"Page {page + 1}/{pages} · {total} event{'s' * (total != 1)}, newest first"
    embed.set_footer(text=shorten(footer + (f" · {note}" if note else ""), FOOTER_LIMIT))
    return embed


def evidence_lines(event: AttackEvent) -> list[tuple[str, list[str]]]:
    """The event's evidence sentence ids in order of first use, each with the fields it states."""
    fields: dict[str, list[str]] = {}
    for name, sentence_ids in event.evidence.items():
        for sentence_id in sentence_ids:
            label = _EVIDENCE_LABELS.get(name, name.replace("_", " "))
            supported = fields.setdefault(sentence_id, [])
            if label not in supported:
                supported.append(label)
    return list(fields.items())


def evidence_embed(
    events: list[AttackEvent], sentences: dict[str, str], *, page: int = 0, pages: int = 1, first: int = 1
) -> discord.Embed:
    """The sentences that state each fact of the page's events, with what they state and their footnotes.

    `sentences` maps sentence ids (`article#3`) to their text; an event whose sentences are not found
    (its article left the index) shows the quotes stored with it instead."""
    marks, sources = event_citations(events)
    number = {src.article_id: n for n, src in enumerate(sources, start=1)}

    def build(limit: int) -> tuple[list[str], list[str]]:
        body: list[str] = []
        for n, event in enumerate(events, start=first):
            head, rest = _event_heading(n, event, 200)
            body.append(f"{head} · {rest}")
            shown = 0
            for sentence_id, labels in evidence_lines(event):
                text = sentences.get(sentence_id)
                if text is None:
                    continue
                article_id = sentence_id.rpartition("#")[0]
                mark = f" [{number[article_id]}]" if article_id in number else ""
                quote = escape(shorten(collapse(text), limit))
                body.append(f"> « {quote} »{mark} · {escape(', '.join(labels))}")
                shown += 1
            if not shown:
                body.extend(
                    f"> « {escape(shorten(collapse(src.quote), limit))} » [{number[src.article_id]}]"
                    for src in event.sources
                    if src.quote
                )
            body.append("")
        return body[:-1], _sources_block(sources)

    embed = discord.Embed(
        title="Evidence" + (f" · events {first}–{first + len(events) - 1}" if len(events) > 1 else f" · event {first}"),
        description=_fit_with_sources(build, EVIDENCE_QUOTE_LIMITS) if events else "No events on this page.",
        colour=ATTACKS_COLOUR,
    )
    embed.set_footer(text=f"Page {page + 1}/{pages} · each sentence with the facts it states")
    return embed
