"""Plain text (console, command line) and JSON (the command line's stable shapes) renderings of domain results.

No Discord here: `eventbot ask` starts without importing discord.py. The embeds are in render.py.
"""

from __future__ import annotations

from pathlib import Path

from index.models import Answer, ArticleRef, AttackEvent, BuildReport, Hit, Manifest

NO_ANSWER = "Nothing in the sources answers that closely enough. Try rephrasing, or name a place, a date or a group."


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


def source_line(n: int, ref: ArticleRef) -> str:
    parts = [f"[{n}] {ref.title}"]
    if ref.published:
        parts.append(ref.published.isoformat())
    if ref.url:
        parts.append(ref.url)
    return " · ".join(parts)


def answer_text(answer: Answer) -> str:
    if not answer.hits:
        return NO_ANSWER
    marks, refs = citations(answer)
    lines = [
        f"{i}. « {hit.text} » " + "".join(f"[{m}]" for m in hit_marks)
        for i, (hit, hit_marks) in enumerate(zip(answer.hits, marks), start=1)
    ]
    lines.append("")
    lines.append("Sources:")
    lines.extend(source_line(n, ref) for n, ref in enumerate(refs, start=1))
    return "\n".join(lines)


def report_text(report: BuildReport) -> str:
    def names(ids: list[str]) -> str:
        shown = ", ".join(ids[:10])
        return shown + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")

    lines = [
        f"Index built in {report.seconds:.1f} s: {report.articles} articles, {report.sentences} sentences "
        f"({report.embedded} embedded now"
        + (", the rest reused" if report.reused else "")
        + f"), {report.events} attack events.",
        f"added: {len(report.added)}" + (f" ({names(report.added)})" if report.added else ""),
        f"updated: {len(report.updated)}" + (f" ({names(report.updated)})" if report.updated else ""),
        f"reused: {len(report.reused)}",
        f"removed: {len(report.removed)}" + (f" ({names(report.removed)})" if report.removed else ""),
        f"skipped: {len(report.skipped)}",
    ]
    lines.extend(f"  - {s.path}: {s.reason}" for s in report.skipped)
    return "\n".join(lines)


# --- Discord ---------------------------------------------------------------------------------------
# Discord's documented limits; an embed over any of them is rejected with a 400.
def event_json(event: AttackEvent) -> dict:
    return event.model_dump(mode="json")


def casualties_text(event: AttackEvent) -> str:
    """`2 killed, 0 injured`; disagreeing figures with their sources (`22 (OSDH) or 1 (Pentagone) killed`)."""
    parts = []
    for label, best, reports in (
        ("killed", event.killed, event.killed_reports),
        ("injured", event.injured, event.injured_reports),
    ):
        figures = list(dict.fromkeys((r.count, r.according_to) for r in reports))
        if len({c for c, _ in figures}) > 1:
            parts.append(" or ".join(f"{c} ({who})" if who else str(c) for c, who in figures) + f" {label}")
        elif best is not None:
            parts.append(f"{best} {label}")
    return ", ".join(parts) or "casualties unknown"


def claim_text(event: AttackEvent) -> str:
    if event.claimed:
        return f"claimed by {event.claimed_by or event.actor}" if (event.claimed_by or event.actor) else "claimed"
    suspect = f"; suspected: {event.suspected_actor}" if event.suspected_actor else ""
    if event.claimed is False:
        return "not claimed" + suspect
    return ("claim unknown" + suspect) if suspect else "claim unknown"


def event_summary(event: AttackEvent) -> str:
    """One line: date · place · what · casualties · claim."""
    when = event.date or "date unknown"
    place = event.location or event.country or "place unknown"
    if event.location and event.country and event.country.lower() not in event.location.lower():
        place = f"{event.location}, {event.country}"
    if event.kind == "aggregate":
        what = f"{event.attacks} attacks" if event.attacks else "several attacks"
        if event.count and event.weapon:
            what += f" ({event.count} with {event.weapon})"
    else:
        what = event.sub_event_type or event.event_type
        if event.weapon:
            what = f"{event.count} × {event.weapon}" if event.count else event.weapon
    actor = f" · by {event.actor}" if event.actor and not event.claimed else ""
    return f"{when} · {place} · {what}{actor} · {casualties_text(event)} · {claim_text(event)}"


def events_text(events: list[AttackEvent]) -> str:
    if not events:
        return "No attack events match."
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
                    )
                )
            marks.append(refs[src.article_id])
        lines.append(f"{i}. {event_summary(event)} " + "".join(f"[{m}]" for m in marks))
        for src in event.sources:
            lines.append(f"     « {src.quote} »")
    return "\n".join([*lines, "", "Sources:", *notes])


def status_json(index_dir: Path, manifest: Manifest) -> dict:
    """`eventbot status --json` and the console's `/status`: the serving build and its manifest."""
    return {"index_dir": str(index_dir), **manifest.model_dump(mode="json")}
