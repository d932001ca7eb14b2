"""Plain text (console, command line) and JSON (the command line's stable shapes) renderings of domain results.

No Discord here: `eventbot ask` starts without importing discord.py. The embeds are in render.py.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from index.insights import Insights
from index.models import Answer, ArticleRef, AttackEvent, BuildReport, ChangeResult, Hit, Manifest

from .i18n import EN, Messages


def article_json(ref: ArticleRef) -> dict:
    return {
        "id": ref.id,
        "title": ref.title,
        "url": ref.url,
        "published": ref.published.isoformat() if ref.published else None,
    }


def hit_json(hit: Hit) -> dict:
    return {
        "text": hit.text,
        "score": hit.score,
        "sentence_id": hit.sentence_id,
        "position": hit.position,
        "start": hit.start,
        "end": hit.end,
        "article": article_json(hit.article),
        "also_in": [article_json(r) for r in hit.also_in],
    }


def answer_json(answer: Answer) -> dict:
    return {"question": answer.question, "lang": answer.lang, "answers": [hit_json(h) for h in answer.hits]}


def citations(answer: Answer) -> tuple[list[list[int]], list[ArticleRef]]:
    """Footnote numbers for each hit (1-based, one per distinct article) and the articles in footnote order."""
    order: list[ArticleRef] = []
    numbers: dict[str, int] = {}
    per_hit: list[list[int]] = []
    for hit in answer.hits:
        marks = []
        for ref in (hit.article, *hit.also_in):
            if ref.id not in numbers:
                order.append(ref)
                numbers[ref.id] = len(order)
            marks.append(numbers[ref.id])
        per_hit.append(marks)
    return per_hit, order


def source_line(n: int, ref: ArticleRef, t: Messages = EN) -> str:
    parts = [f"[{n}] {ref.title}"]
    if ref.published:
        parts.append(t.date(ref.published))
    if ref.url:
        parts.append(ref.url)
    return " · ".join(parts)


def answer_text(answer: Answer, t: Messages = EN) -> str:
    if not answer.hits:
        return t("answer.no_answer")
    marks, refs = citations(answer)
    lines = [
        f"{i}. « {hit.text} » " + "".join(f"[{m}]" for m in hit_marks)
        for i, (hit, hit_marks) in enumerate(zip(answer.hits, marks, strict=True), start=1)
    ]
    lines.append("")
    lines.append(t("common.sources_label"))
    lines.extend(source_line(n, ref, t) for n, ref in enumerate(refs, start=1))
    return "\n".join(lines)


def report_text(report: BuildReport, t: Messages = EN) -> str:
    def names(ids: list[str]) -> str:
        shown = ", ".join(ids[:10])
        return t("report.and_more", shown=shown, n=len(ids) - 10) if len(ids) > 10 else shown

    def counted(key: str, ids: list[str]) -> str:
        return t(key, n=len(ids)) + (f" ({names(ids)})" if ids else "")

    lines = [
        t(
            "report.summary",
            seconds=t.number(round(report.seconds, 1)),
            articles=t.plural("count.articles", report.articles),
            sentences=t.plural("count.sentences", report.sentences),
            embedded=t.number(report.embedded),
            reused=t("report.rest_reused") if report.reused else "",
            events=t.plural("count.attack_events", report.events),
        ),
        counted("report.added", report.added),
        counted("report.updated", report.updated),
        t("report.reused", n=len(report.reused)),
        counted("report.removed", report.removed),
        t("report.skipped", n=len(report.skipped)),
    ]
    lines.extend(f"  - {s.path}: {s.reason}" for s in report.skipped)
    return "\n".join(lines)


# --- Discord ---------------------------------------------------------------------------------------
# Discord's documented limits; an embed over any of them is rejected with a 400.
def event_json(event: AttackEvent) -> dict:
    return event.model_dump(mode="json")


def casualties_text(event: AttackEvent, t: Messages = EN) -> str:
    """`2 killed, 0 injured`; disagreeing figures with their sources (`22 (OSDH) or 1 (Pentagone) killed`)."""
    parts = []
    for label, best, reports in (
        ("killed", event.killed, event.killed_reports),
        ("injured", event.injured, event.injured_reports),
    ):
        figures = list(dict.fromkeys((r.count, r.according_to) for r in reports))
        if len({c for c, _ in figures}) > 1:
            alternatives = f" {t('common.or')} ".join(
                f"{t.number(c)} ({who})" if who else t.number(c) for c, who in figures
            )
            parts.append(t(f"event.{label}_disputed", figures=alternatives))
        elif best is not None:
            parts.append(t.plural(f"event.{label}", best))
    return ", ".join(parts) or t("event.casualties_unknown")


def claim_text(event: AttackEvent, t: Messages = EN) -> str:
    if event.claimed:
        who = event.claimed_by or event.actor
        return t("event.claimed_by", who=who) if who else t("event.claimed")
    suspect = t("event.suspected", who=event.suspected_actor) if event.suspected_actor else ""
    if event.claimed is False:
        return t("event.not_claimed") + suspect
    return t("event.claim_unknown") + suspect


def event_what(event: AttackEvent, t: Messages = EN) -> str:
    """What happened, in the reader's language: `2 × rocket`, `14 attacks (6 with rockets)`, `Air/drone strike`."""
    if event.kind == "aggregate":
        what = t.plural("event.attacks", event.attacks) if event.attacks else t("event.several")
        if event.count and event.weapon:
            weapon = t.weapon(event.weapon, event.count)
            what += " " + t("event.with_weapon", count=t.number(event.count), weapon=weapon)
        return what
    if len(event.weapons) > 1:  # an attack made with several means: each in the order told (`van + knife`)
        return " + ".join(t.weapon(name) for name in event.weapons)
    if event.weapon:
        return f"{t.number(event.count)} × {t.weapon(event.weapon)}" if event.count else t.weapon(event.weapon)
    return t.event_type(event.sub_event_type or event.event_type)


def event_summary(event: AttackEvent, t: Messages = EN) -> str:
    """One line: date · place · what · casualties · claim. Places and names are the articles' own."""
    when = t.date(event.date)
    place = event.location or event.country or t("event.place_unknown")
    if event.location and event.country and event.country.lower() not in event.location.lower():
        place = f"{event.location}, {event.country}"
    actor = f" · {t('event.by', actor=event.actor)}" if event.actor and not event.claimed else ""
    return f"{when} · {place} · {event_what(event, t)}{actor} · {casualties_text(event, t)} · {claim_text(event, t)}"


def events_text(events: list[AttackEvent], t: Messages = EN) -> str:
    if not events:
        return t("attacks.none_match_plain")
    lines: list[str] = []
    refs: dict[str, int] = {}
    notes: list[str] = []
    for i, event in enumerate(events, start=1):
        marks = []
        for src in event.sources:
            if src.article_id not in refs:
                refs[src.article_id] = len(refs) + 1
                notes.append(
                    source_line(
                        refs[src.article_id],
                        ArticleRef(id=src.article_id, title=src.title, url=src.url, published=src.published),
                        t,
                    )
                )
            marks.append(refs[src.article_id])
        lines.append(f"{i}. {event_summary(event, t)} " + "".join(f"[{m}]" for m in marks))
        for src in event.sources:
            lines.append(f"     « {src.quote} »")
    return "\n".join([*lines, "", t("common.sources_label"), *notes])


ACLED_COLUMNS = (
    "event_id",
    "event_date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "location",
    "fatalities",
    "injuries",
    "claimed_by",
    "source",
    "source_url",
    "notes",
)


def event_row(event: AttackEvent) -> dict[str, object]:
    """One event as an ACLED-like row (ACLED's English vocabulary; notes are the articles' own sentences)."""
    return {
        "event_id": event.id,
        "event_date": event.date or "",
        "date_precision": event.date_precision or "",
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type or "",
        "actor1": event.actor or "",
        "country": event.country or "",
        "location": event.location or "",
        "fatalities": "" if event.killed is None else event.killed,
        "injuries": "" if event.injured is None else event.injured,
        "claimed_by": event.claimed_by or "",
        "source": " | ".join(src.title for src in event.sources),
        "source_url": " | ".join(src.url or "" for src in event.sources),
        "notes": " | ".join(" ".join(src.quote.split()) for src in event.sources if src.quote),
    }


def events_csv(events: list[AttackEvent]) -> str:
    """The events as CSV with ACLED-like columns (`eventbot attacks --csv`, `/attacks export:csv`)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(event_row(e) for e in events)
    return out.getvalue()


def status_json(index_dir: Path, manifest: Manifest, verified: str = "") -> dict:
    """`eventbot status --json` and the console's `/status`: the serving build, its manifest (with each file's size
    and checksum) and what the check of those checksums found when the build was opened."""
    return {"index_dir": str(index_dir), **manifest.model_dump(mode="json"), "verified": verified}


def insights_text(found: Insights, t: Messages = EN) -> str:
    """`eventbot insights`: the same sections as /insights, as plain text."""
    lines = [t.plural("insights.title", found.days)]
    if not found.questions:
        return "\n".join([*lines, t("insights.none")])
    rate = t(
        "insights.rate_value",
        rate=t.percent(found.answer_rate),
        questions=t.plural("count.questions", found.questions),
        askers=t.plural("count.askers", found.askers),
    )
    lines.append(f"{t('insights.rate')}: {rate}")
    none = ["  " + t("insights.empty")]
    for title, groups in (("insights.top", found.top), ("insights.unanswered", found.unanswered)):
        lines += ["", t(title)]
        lines += [f"  {t.plural('insights.times', g.count)} {g.question}" for g in groups] or none
    lines += ["", t("insights.downvoted")]
    lines += [f"  👎 {d.down} {d.question} -> {', '.join(d.sentence_ids)}" for d in found.downvoted] or none
    lines += ["", t("insights.cited")]
    lines += [f"  {t.plural('insights.times', n)} {a}" for a, n in found.cited] or none
    return "\n".join(lines)


def _plain_link(title: str, url: str | None) -> str:
    return title


def _as_is(text: str) -> str:
    return text


def change_text(
    result: ChangeResult,
    verb: str,
    t: Messages = EN,
    *,
    link: Callable[[str, str | None], str] = _plain_link,
    escape: Callable[[str], str] = _as_is,
    max_listed: int | None = None,
) -> str:
    """The reply to a source change (add, remove, refresh), for the command line and Discord alike: what was added
    or removed, then the index build in one line. Discord passes its markup (`link`, `escape`) and a list limit."""
    lines: list[str] = []
    for change in result.changes:
        s = change.source
        origin = link(s.title or s.origin, s.origin) if s.kind != "file" else escape(s.origin)
        kind = t(f"source.kind.{s.kind}")
        n = len(change.articles)
        if verb == "remove":
            lines.append(t.plural("source.removed", n, id=s.id, kind=kind, origin=origin))
            continue
        if change.error:
            lines.append(t("source.feed_unreadable", id=s.id, origin=origin, error=escape(change.error)))
            continue
        lines.append(
            t.plural("source.added" if verb == "add" else "source.refreshed", n, id=s.id, kind=kind, origin=origin)
        )
        lines += _article_lines(change.articles, t, link, max_listed)
        shown_failures = change.failed if max_listed is None else change.failed[:3]
        for f in shown_failures:
            reason = f.reason if f.reason.startswith(f.path) else f"{f.path}: {f.reason}"
            lines.append(f"⚠ {escape(reason)}")
        if len(change.failed) > len(shown_failures):
            lines.append(t("source.failed_more", n=len(change.failed) - len(shown_failures)))
    if verb == "refresh" and not result.changes:
        lines.append(t("source.no_feeds"))
    report = result.report
    if report is not None:
        lines.append(
            t(
                "source.index_updated",
                seconds=t.number(round(report.seconds, 1)),
                articles=t.plural("count.articles", report.articles),
                sentences=t.plural("count.sentences", report.sentences),
                embedded=t.number(report.embedded),
            )
        )
    elif verb == "refresh" and result.changes:
        lines.append(t("source.nothing_new"))
    return "\n".join(lines)


def _article_lines(
    articles: list, t: Messages, link: Callable[[str, str | None], str], max_listed: int | None
) -> list[str]:
    shown = articles if max_listed is None else articles[:max_listed]
    lines = []
    for a in shown:
        date = f" · {t.date(a.published)}" if a.published else ""
        sentences, events = t.plural("count.sentences", a.sentences), t.plural("count.events", a.events)
        lines.append(t("source.article_line", link=link(a.title, a.url), date=date, sentences=sentences, events=events))
    if len(articles) > len(shown):
        lines.append(t("source.more", n=len(articles) - len(shown)))
    return lines
