"""Pure rendering for Discord: domain results -> embeds and message text, within Discord's limits, escaped."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

import discord

from index.engine import BuildStatus
from index.feedback import FeedbackCounts
from index.insights import Insights
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

from .i18n import EN, Messages
from .text import citations, event_summary, report_text

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


def source_entry(n: int, ref: ArticleRef, t: Messages = EN) -> str:
    line = f"{n}. {link(ref.title, ref.url)}"
    return line + (f" · {t.date(ref.published)}" if ref.published else "")


def marks_text(numbers: list[int]) -> str:
    return "".join(f"[{m}]" for m in numbers)


def _answer_description(hits: list[Hit], marks: list[list[int]], refs: list[ArticleRef], t: Messages) -> list[str]:
    used = max((m for hit_marks in marks for m in hit_marks), default=0)
    lines = []
    for i, (hit, hit_marks) in enumerate(zip(hits, marks, strict=True)):
        quote = f"« {escape(shorten(collapse(hit.text), QUOTE_LIMIT))} » {marks_text(hit_marks)}"
        lines.append(f"> {quote}" if i == 0 else f"• {quote}")
        if i == 0 and len(hits) > 1:
            lines.append("")
    lines += ["", f"**{t('common.sources_heading')}**"]
    lines += [source_entry(n, ref, t) for n, ref in enumerate(refs[:used], start=1)]
    return lines


def answer_embed(answer: Answer, *, limit: int = DESCRIPTION_LIMIT, t: Messages = EN) -> discord.Embed:
    """The answer: the best sentence quoted first, the others below, each with its footnotes, then the sources.

    When it does not fit, the lowest-ranked sentences are dropped whole (never a cut citation) and the
    footer says how many.
    """
    title = shorten(collapse(answer.question), TITLE_LIMIT)
    if not answer.hits:
        return discord.Embed(title=title, description=t("answer.no_answer"), colour=EMPTY_COLOUR)
    marks, refs = citations(answer)
    shown = len(answer.hits)
    while True:
        lines = _answer_description(answer.hits[:shown], marks[:shown], refs, t)
        description = "\n".join(lines)
        if len(description) <= limit or shown == 1:
            break
        shown -= 1
    if len(description) > limit:  # one sentence cited by very many articles: keep whole source lines
        description = fit_lines(lines, limit, more=lambda n: t.plural("common.more_sources", n))
    articles = len({m for hit_marks in marks[:shown] for m in hit_marks})
    footer = t(
        "answer.footer",
        sentences=t.plural("count.sentences", shown),
        articles=t.plural("count.articles", articles),
    )
    if shown < len(answer.hits):
        footer += " · " + t.plural("answer.left_out", len(answer.hits) - shown)
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    embed.set_footer(text=footer)
    return embed


def context_embed(question: str, blocks: list[Passage], window: int, t: Messages = EN) -> discord.Embed:
    """Each cited sentence (bold) with its neighbours."""
    parts = []
    for n, (ref, sentences, cited) in enumerate(blocks, start=1):
        head = f"**{n}.** {link(ref.title, ref.url)}" + (f" · {t.date(ref.published)}" if ref.published else "")
        if not sentences:
            parts.append(f"{head}\n*{t('context.gone')}*")
            continue
        text = " ".join(
            f"**{escape(shorten(collapse(s.text), QUOTE_LIMIT))}**"
            if s.position == cited
            else escape(shorten(collapse(s.text), QUOTE_LIMIT // 2))
            for s in sentences
        )
        before = "… " if sentences[0].position > 0 else ""
        parts.append(f"{head}\n{before}{text} …")
    description = fit_lines(parts, DESCRIPTION_LIMIT, more=lambda n: t.plural("common.left_out", n))
    embed = discord.Embed(
        title=shorten(t("context.title", question=collapse(question)), TITLE_LIMIT),
        description=description,
        colour=ANSWER_COLOUR,
    )
    embed.set_footer(text=t.plural("context.footer", window))
    return embed


def managed_source_line(item: SourceOverview, t: Messages = EN) -> str:
    """`#3 feed · <origin> · 4 articles, 52 sentences, 1 event · fetched 2026-11-25 10:00 (ok)`."""
    src = item.source
    fetched = f" · {t('sources.fetched', when=t.datetime(src.last_fetch_at))}" if src.last_fetch_at else ""
    result = f" ({shorten(collapse(src.last_result), 80)})" if src.last_result else ""
    counts = ", ".join(
        (
            t.plural("count.articles", item.indexed_articles),
            t.plural("count.sentences", item.sentences),
            t.plural("count.events", item.events),
        )
    )
    origin = shorten(src.origin, 100).replace("<", "").replace(">", "")  # the brackets keep Discord from previewing it
    return f"#{src.id} {t('source.kind.' + src.kind)} · <{origin}> · {counts}{fetched}{escape(result)}"


def sources_embed(
    entries: list[tuple[ArticleRef, int]],
    page: int,
    per_page: int = 10,
    managed: Sequence[SourceOverview] = (),
    t: Messages = EN,
) -> discord.Embed:
    """One page of the indexed articles (title, date, number of sentences), and the moderators' sources."""
    pages = max(1, -(-len(entries) // per_page))
    page = min(max(page, 0), pages - 1)
    chunk = entries[page * per_page : (page + 1) * per_page]
    lines = [
        f"{n}. {link(ref.title, ref.url)}"
        + (f" · {t.date(ref.published)}" if ref.published else "")
        + f" · {t.plural('count.sentences', count)}"
        for n, (ref, count) in enumerate(chunk, start=page * per_page + 1)
    ]
    description = (
        fit_lines(lines, DESCRIPTION_LIMIT, more=lambda n: t.plural("sources.page_left_out", n))
        if lines
        else t("sources.none")
    )
    embed = discord.Embed(title=t("sources.title"), description=description, colour=ANSWER_COLOUR)
    if managed:
        lines = [managed_source_line(item, t) for item in managed]
        value = fit_lines(lines, FIELD_VALUE_LIMIT, more=lambda n: t.plural("sources.managed_more", n))
        embed.add_field(name=t("sources.managed"), value=value, inline=False)
    footer = t("common.page", page=page + 1, pages=pages) + " · " + t.plural("count.articles", len(entries))
    embed.set_footer(text=footer)
    return embed


def progress_text(
    events: dict[str, ProgressEvent], requested_by: str, elapsed: float, t: Messages = EN, *, queued: bool = False
) -> str:
    """The /reindex reply while the build runs (`queued`: while the job waits for the worker)."""
    if queued:
        return fit_content(
            t("progress.text", who=escape(requested_by), seconds=f"{elapsed:.0f}", status=t("progress.queued"))
        )
    parts = []
    for stage in ("segment", "embed"):
        event = events.get(stage)
        if event is not None:
            parts.append(t(f"progress.{stage}", done=t.number(event.done), total=t.number(event.total)))
    if "write" in events and "done" not in events:
        parts.append(t("progress.write"))
    status = " · ".join(parts) or t("progress.reading")
    return fit_content(t("progress.text", who=escape(requested_by), seconds=f"{elapsed:.0f}", status=status))


def report_embed(report: BuildReport, requested_by: str, t: Messages = EN) -> discord.Embed:
    embed = discord.Embed(
        title=t("report.title"),
        description=fit_lines(
            escape(report_text(report, t)).split("\n"),
            DESCRIPTION_LIMIT,
            more=lambda n: t.plural("report.skipped_more", n),
        ),
        colour=discord.Colour.green(),
    )
    footer = t("report.footer", who=requested_by, seconds=t.number(round(report.seconds, 1)))
    embed.set_footer(text=shorten(footer, FOOTER_LIMIT))
    return embed


def status_embed(
    manifest: Manifest | None,
    build: BuildStatus,
    feedback: FeedbackCounts,
    uptime: dt.timedelta,
    index_problem: str | None = None,
    t: Messages = EN,
) -> discord.Embed:
    embed = discord.Embed(title=t("status.title"), colour=ANSWER_COLOUR)
    if manifest is not None:
        embed.add_field(name=t("status.index"), value=_manifest_counts(manifest, t), inline=False)
        embed.add_field(name=t("status.model"), value=escape(manifest.model))
        embed.add_field(name=t("status.built"), value=discord.utils.format_dt(manifest.built_at, "f"))
    else:
        embed.add_field(
            name=t("status.index"),
            value=shorten(escape(index_problem or t("status.none_yet")), FIELD_VALUE_LIMIT),
            inline=False,
        )
    embed.add_field(name=t("status.last_build"), value=shorten(_build_line(build, t), FIELD_VALUE_LIMIT), inline=False)
    embed.add_field(
        name=t("status.feedback"),
        value=t(
            "status.feedback_value",
            up=t.number(feedback.up),
            down=t.number(feedback.down),
            answers=t.plural("count.answers", feedback.answers),
        ),
    )
    embed.add_field(name=t("status.uptime"), value=_duration(uptime, t))
    return embed


def _manifest_counts(manifest: Manifest, t: Messages) -> str:
    return " · ".join(
        (
            t.plural("count.articles", manifest.articles),
            t.plural("count.sentences", manifest.sentences),
            t.plural("count.attack_events", manifest.events),
        )
    )


def _build_line(build: BuildStatus, t: Messages = EN) -> str:
    who = t("build.asked_by", who=escape(build.requested_by)) if build.requested_by else ""
    if build.running:
        started = discord.utils.format_dt(build.started_at, "R") if build.started_at else t("build.just_now")
        return t("build.running", since=started, who=who)
    if build.finished_at is None:
        return t("build.none")
    when = discord.utils.format_dt(build.finished_at, "R")
    if build.last_error:
        return t("build.failed", when=when, who=who, error=escape(build.last_error))
    report = build.last_report
    if report is None:
        return t("build.finished", when=when, who=who)
    return t(
        "build.finished_report",
        when=when,
        who=who,
        added=len(report.added),
        updated=len(report.updated),
        reused=len(report.reused),
        removed=len(report.removed),
        skipped=len(report.skipped),
    )


def _duration(delta: dt.timedelta, t: Messages = EN) -> str:
    seconds = int(delta.total_seconds())
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    if days:
        return t("duration.days", d=days, h=hours)
    if hours:
        return t("duration.hours", h=hours, m=minutes)
    return t("duration.minutes", m=minutes, s=seconds)


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


def attack_pages(events: list[AttackEvent], per_page: int = EVENTS_PER_PAGE) -> list[list[AttackEvent]]:
    """The events split into pages of `per_page`, in order; one empty page when there are none."""
    return [events[i : i + per_page] for i in range(0, len(events), per_page)] or [[]]


def filters_text(
    where: str | None = None,
    since: str | None = None,
    until: str | None = None,
    weapon: str | None = None,
    t: Messages = EN,
) -> str:
    """`where: Gao · since: 2021` (raw, not escaped); empty without filters."""
    given = (("where", where), ("since", since), ("until", until), ("weapon", weapon))
    return " · ".join(
        f"{t('attacks.filter.' + name)}: {collapse(value)}" for name, value in given if value and value.strip()
    )


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


def _event_heading(n: int, event: AttackEvent, limit: int, t: Messages) -> tuple[str, str]:
    """(`**n. date**`, the rest of the one-line summary, escaped and shortened)."""
    when, _, rest = event_summary(event, t).partition(" · ")
    return f"**{n}. {escape(when)}**", escape(shorten(collapse(rest), limit))


def _sources_block(sources: list[EventSource], t: Messages) -> list[str]:
    heading = f"**{t('common.sources_heading')}**"
    return ["", heading, *(source_entry(n, source_ref(s), t) for n, s in enumerate(sources, start=1))]


def _fit_with_sources(build: Callable[[int], tuple[list[str], list[str]]], limits: tuple[int, ...], t: Messages) -> str:
    """The first (body, sources) built with a limit from `limits` that fits a description; else whole lines."""
    for limit in limits:
        body, sources = build(limit)
        text = "\n".join(body + sources)
        if len(text) <= DESCRIPTION_LIMIT:
            return text
    sources_text = fit_lines(sources, DESCRIPTION_LIMIT // 2, more=lambda n: t.plural("common.more_sources", n))
    return (
        fit_lines(
            body,
            DESCRIPTION_LIMIT - len(sources_text) - 1,
            more=lambda n: t.plural("attacks.lines_left_out", n),
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
    t: Messages = EN,
) -> discord.Embed:
    """One page of /attacks: a line per event (date, place, weapon and count, casualties, claim, actor) with its
    footnotes, then the page's sources. `first` is the number of the page's first event."""
    title = shorten(escape(t("attacks.title") + (f" · {collapse(filters)}" if filters else "")), TITLE_LIMIT)
    total = len(events) if total is None else total
    if not events:
        text = t("attacks.none_match", filters=filters) if filters else t("attacks.none")
        embed = discord.Embed(title=title, description=shorten(escape(text), DESCRIPTION_LIMIT), colour=EMPTY_COLOUR)
        if note:
            embed.set_footer(text=shorten(note, FOOTER_LIMIT))
        return embed
    marks, sources = event_citations(events)

    def build(limit: int) -> tuple[list[str], list[str]]:
        body = []
        for n, (event, event_marks) in enumerate(zip(events, marks, strict=True), start=first):
            head, rest = _event_heading(n, event, limit, t)
            body.append(f"{head} · {rest} {marks_text(event_marks)}".rstrip())
        return body, _sources_block(sources, t)

    description = _fit_with_sources(build, EVENT_LINE_LIMITS, t)
    embed = discord.Embed(title=title, colour=ATTACKS_COLOUR, description=description)
    footer = t("common.page", page=page + 1, pages=pages) + " · "
    footer += t("attacks.footer", events=t.plural("count.events", total))
    embed.set_footer(text=shorten(footer + (f" · {note}" if note else ""), FOOTER_LIMIT))
    return embed


def evidence_lines(event: AttackEvent, t: Messages = EN) -> list[tuple[str, list[str]]]:
    """The event's evidence sentence ids in order of first use, each with the fields it states."""
    fields: dict[str, list[str]] = {}
    for name, sentence_ids in event.evidence.items():
        for sentence_id in sentence_ids:
            label = t(f"field.{name}") if t.has(f"field.{name}") else name.replace("_", " ")
            supported = fields.setdefault(sentence_id, [])
            if label not in supported:
                supported.append(label)
    return list(fields.items())


def evidence_embed(
    events: list[AttackEvent],
    sentences: dict[str, str],
    *,
    page: int = 0,
    pages: int = 1,
    first: int = 1,
    t: Messages = EN,
) -> discord.Embed:
    """The sentences that state each fact of the page's events, with what they state and their footnotes.

    `sentences` maps sentence ids (`article#3`) to their text; an event whose sentences are not found
    (its article left the index) shows the quotes stored with it instead."""
    marks, sources = event_citations(events)
    number = {src.article_id: n for n, src in enumerate(sources, start=1)}

    def build(limit: int) -> tuple[list[str], list[str]]:
        body: list[str] = []
        for n, event in enumerate(events, start=first):
            head, rest = _event_heading(n, event, 200, t)
            body.append(f"{head} · {rest}")
            shown = 0
            for sentence_id, labels in evidence_lines(event, t):
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
        return body[:-1], _sources_block(sources, t)

    title = (
        t("evidence.title_many", first=first, last=first + len(events) - 1)
        if len(events) > 1
        else t("evidence.title_one", n=first)
    )
    embed = discord.Embed(
        title=title,
        description=_fit_with_sources(build, EVIDENCE_QUOTE_LIMITS, t) if events else t("evidence.none"),
        colour=ATTACKS_COLOUR,
    )
    embed.set_footer(text=t("common.page", page=page + 1, pages=pages) + " · " + t("evidence.footer"))
    return embed


# --- /help, /about, /insights --------------------------------------------------------------------------
def help_embed(t: Messages = EN) -> discord.Embed:
    embed = discord.Embed(title=t("help.title"), colour=ANSWER_COLOUR)
    embed.add_field(name=t("help.members"), value=t("help.members_text"), inline=False)
    embed.add_field(name=t("help.moderators"), value=t("help.moderators_text"), inline=False)
    embed.set_footer(text=t("help.footer"))
    return embed


def about_embed(
    version: str, model: str | None, articles: int | None, retention_days: int, invite: str | None, t: Messages = EN
) -> discord.Embed:
    embed = discord.Embed(title=t("about.title"), colour=ANSWER_COLOUR)
    embed.add_field(name=t("about.version"), value=escape(version))
    embed.add_field(name=t("about.model"), value=escape(model) if model else t("status.none_yet"))
    embed.add_field(
        name=t("about.sources"),
        value=t.plural("count.articles", articles) if articles is not None else t("status.none_yet"),
    )
    embed.add_field(name=t("about.privacy"), value=t("about.privacy_text", days=retention_days), inline=False)
    embed.add_field(
        name=t("about.invite"),
        value=t("about.invite_text", url=invite) if invite else t("about.no_invite"),
        inline=False,
    )
    return embed


def _group_lines(groups, t: Messages) -> list[str]:
    return [
        f"{t.plural('insights.times', g.count)} · {escape(shorten(collapse(g.question), 150))}" for g in groups
    ] or [t("insights.empty")]


def insights_embed(
    insights: Insights,
    sentences: dict[str, str],
    titles: dict[str, ArticleRef],
    t: Messages = EN,
) -> discord.Embed:
    """/insights: answer rate, most asked, not found (grouped), answers voted down with what they cited, most cited.

    `sentences` maps the downvoted answers' sentence ids to their text; `titles` the cited articles to their refs."""
    embed = discord.Embed(title=t.plural("insights.title", insights.days), colour=ANSWER_COLOUR)
    if not insights.questions:
        embed.description = t("insights.none")
        embed.set_footer(text=t("insights.footer", days=insights.days))
        return embed
    embed.add_field(
        name=t("insights.rate"),
        value=t(
            "insights.rate_value",
            rate=t.percent(insights.answer_rate),
            questions=t.plural("count.questions", insights.questions),
            askers=t.plural("count.askers", insights.askers),
        ),
        inline=False,
    )
    more = lambda n: t.plural("common.left_out", n)  # noqa: E731 - one line shared by the fields below
    embed.add_field(
        name=t("insights.top"), value=fit_lines(_group_lines(insights.top, t), FIELD_VALUE_LIMIT, more), inline=False
    )
    embed.add_field(
        name=t("insights.unanswered"),
        value=fit_lines(_group_lines(insights.unanswered, t), FIELD_VALUE_LIMIT, more),
        inline=False,
    )
    down_lines = []
    for answer in insights.downvoted:
        down_lines.append(f"👎 {answer.down} · **{escape(shorten(collapse(answer.question), 150))}**")
        for sentence_id in answer.sentence_ids[:2]:
            quoted = sentences.get(sentence_id)
            if quoted:
                down_lines.append(f"> « {escape(shorten(collapse(quoted), 200))} »")
    embed.add_field(
        name=t("insights.downvoted"),
        value=fit_lines(down_lines or [t("insights.empty")], FIELD_VALUE_LIMIT, more),
        inline=False,
    )
    cited_lines = [
        f"{t.plural('insights.times', n)} · "
        + (link(titles[a].title, titles[a].url) if a in titles else escape(shorten(a, 100)))
        for a, n in insights.cited
    ]
    embed.add_field(
        name=t("insights.cited"),
        value=fit_lines(cited_lines or [t("insights.empty")], FIELD_VALUE_LIMIT, more),
        inline=False,
    )
    embed.set_footer(text=t("insights.footer", days=insights.days))
    return embed
