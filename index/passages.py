"""What the model embeds for a sentence: the sentence, or the sentence with some of its context.

A bare sentence often lacks its subject ("Ils n'ont pas été revendiqués."): the article's title or the sentence before
it says what it is about. The context is only embedded; the index still cites, shows and scores (BM25) the sentence
alone. The recipe is recorded in the manifest: vectors made with another one are not comparable, so such an index is
rebuilt (or refused with the command to run), as after a change of model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, get_args

from .models import Article, Sentence

PassageContext = Literal["none", "title", "previous", "title+previous"]
CONTEXTS: tuple[str, ...] = get_args(PassageContext)
DEFAULT_CONTEXT: PassageContext = "title"
# The previous sentence is cut to its last words: enough for a subject, without doubling the cost of every passage.
PREVIOUS_WORDS = 24


def passage_texts(article: Article, sentences: Sequence[Sentence], context: PassageContext) -> list[str]:
    """The text embedded for each of an article's sentences (in order), under the given recipe."""
    title = _as_heading(article.title) if context in ("title", "title+previous") else ""
    out = []
    for i, sentence in enumerate(sentences):
        parts = [title] if title else []
        if context in ("previous", "title+previous") and i > 0:
            parts.append(_tail(sentences[i - 1].text, PREVIOUS_WORDS))
        parts.append(sentence.text)
        out.append(" ".join(parts))
    return out


def describe(context: str) -> str:
    """The recipe in words, for messages."""
    return {
        "none": "the sentence alone",
        "title": "the article's title and the sentence",
        "previous": "the previous sentence and the sentence",
        "title+previous": "the article's title, the previous sentence and the sentence",
    }.get(context, repr(context))


def _as_heading(title: str) -> str:
    """The title as the first sentence of the passage (ends with a full stop unless it has its own punctuation)."""
    title = " ".join(title.split())
    if not title:
        return ""
    return title if title[-1] in ".!?:;…" else title + "."


def _tail(text: str, words: int) -> str:
    parts = text.split()
    return " ".join(parts[-words:])
