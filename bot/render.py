"""Pure rendering: domain results -> plain text (console, CLI) and JSON (the CLI's stable shapes)."""

from __future__ import annotations

from index.models import Answer, ArticleRef, BuildReport, Hit

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
    lines = [f"{i}. « {hit.text} » " + "".join(f"[{m}]" for m in hit_marks)
             for i, (hit, hit_marks) in enumerate(zip(answer.hits, marks), start=1)]
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
        f"({report.embedded} embedded, the rest reused), {report.events} attack events.",
        f"added: {len(report.added)}" + (f" ({names(report.added)})" if report.added else ""),
        f"updated: {len(report.updated)}" + (f" ({names(report.updated)})" if report.updated else ""),
        f"reused: {len(report.reused)}",
        f"removed: {len(report.removed)}" + (f" ({names(report.removed)})" if report.removed else ""),
        f"skipped: {len(report.skipped)}",
    ]
    lines.extend(f"  - {s.path}: {s.reason}" for s in report.skipped)
    return "\n".join(lines)
