"""Attack events in news articles, as ACLED-like records citing the sentences that state each fact.

Rules and word lists (French and English) over the sentences the ingester made; dateparser for explicit dates.
An incident starts at a sentence that reports an attack as having happened (a weapon or attack noun with a
past-tense impact verb or a casualty figure, and no modal, future or trial context); the next sentences that
refer back to it (`ces roquettes`, `l'attaque`, `Ils`, or a bare casualty figure right after) add their facts.
`la quatorzième attaque`, `14 attacks since January`, a wave over a stated period (`une vague d'attentats en 2017`)
make an aggregate record; attacks listed by place (`celles de Manchester le 22 mai (22 morts), de ...`) one each.

Choices worth knowing when reading the records:
- `killed`/`injured` hold the highest figure reported; every figure with its source is in `killed_reports` /
  `injured_reports` (the renderer shows them all when they disagree). 0 means the text says nobody was hurt.
- `weapon` is a canonical French name (`roquette`, `frappe aérienne`, `voiture piégée`) whatever the article's
  language, so one filter finds the same weapon in French and English sources. An assault made with several means
  (a van, then knives; a grenade, then shots) lists them all in `weapons`, `weapon` first; one means leaves it empty.
- A state named as carrying out a strike (`les Etats-Unis ont mené un raid`, `un drone américain`) counts as a
  claim: armies acknowledge their strikes. Other actors are claimed only when the text says so.
- Aggregates: `attacks` is how many attacks are counted, `count` how many of them used `weapon` (`dont six à la
  roquette`); the date is the range the count covers, up to the publication date.
- No date in the text leaves `date` empty (callers fall back on the source's publication date).

The package, in the order a sentence travels: `reading` (is it an attack report, with which weapon), `dates`,
`facts` (casualties, claims, actors, places), `assembly` (one article's sentences into events), `merging` (one
incident reported by several articles), `filters` (listing: place, dates, weapon), and `lexicon` (the words).
"""

from __future__ import annotations

from .assembly import extract_events
from .merging import merge_events
from .reading import canonical_weapon

__all__ = ["canonical_weapon", "extract_events", "merge_events"]
