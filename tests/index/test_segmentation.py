"""Sentence segmentation: the seed article, French and English hard cases, run-together feed text, offsets."""

from __future__ import annotations

import time

import pytest

from index.ingest import load_article_file, segment, split_sentences
from index.models import Article
from tests.conftest import DATA, FIXTURES

SEED = DATA / "2021-04-05-roquettes-base-balad.md"


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.fixture(scope="module")
def seed() -> Article:
    return load_article_file(SEED, DATA, 5_000_000)[0]


@pytest.fixture(scope="module")
def seed_sentences(seed: Article) -> list[str]:
    return sentences(seed.text)


# --- the seed article --------------------------------------------------------------------------------------------


def test_seed_article_has_one_entry_per_real_sentence(seed_sentences: list[str]) -> None:
    assert len(seed_sentences) == 20
    assert seed_sentences[0].startswith("Deux roquettes se sont abattues hier")
    assert seed_sentences[-1].endswith("en riposte à la mort d'Américains en Irak.")


def test_seed_quote_glued_after_period_opens_the_next_sentence(seed_sentences: list[str]) -> None:
    before = next(s for s in seed_sentences if s.startswith("Une déclaration récente de Qaïs al-Khazali"))
    assert before.endswith("qui regroupe majoritairement des pro-Iran.")
    quote = seed_sentences[seed_sentences.index(before) + 1]
    assert quote.startswith("»La résistance mènent actuellement des attaques")
    assert "du nord», c'est-à-dire au Kurdistan" in quote  # no split inside the quotation
    assert quote.endswith("a-t-il dit récemment lors d'un rassemblement.")


def test_seed_short_question_is_its_own_sentence(seed_sentences: list[str]) -> None:
    i = seed_sentences.index("La preuve pour eux?")
    assert seed_sentences[i + 1].startswith("Une déclaration récente")


@pytest.mark.parametrize(
    "inside",
    [
        "Washington y déploie quelque 2.500 militaires et l'Iran",
        "maintenance des avions américains F-16 de l'armée irakienne",
        "contre le groupe Etat islamique (EI) et désormais intégrée",
        "Selon l'Observatoire syrien des droits de l'homme (OSDH), 22 miliciens irakiens avaient péri",
        "Au cours de ces attaques -précédées par des dizaines d'autres sous l'administration de Donald Trump- deux",
    ],
)
def test_seed_numbers_acronyms_and_dashes_stay_inside_sentences(seed_sentences: list[str], inside: str) -> None:
    assert any(inside in s for s in seed_sentences)


def test_segment_numbers_sentences_and_keeps_offsets_into_the_article(seed: Article) -> None:
    sents = segment(seed)
    assert [s.position for s in sents] == list(range(len(sents)))
    assert {s.article_id for s in sents} == {seed.id}
    for s in sents:
        assert seed.text[s.start : s.end] == s.text
    assert sents[7].key == f"{seed.id}#7"


# --- French ------------------------------------------------------------------------------------------------------

FRENCH_CASES = [
    pytest.param(
        "Il a dit: «Nous serons là.» Le lendemain, rien ne s'est passé.",
        ["Il a dit: «Nous serons là.»", "Le lendemain, rien ne s'est passé."],
        id="closing-quote-after-period",
    ),
    pytest.param(
        "Il a promis de frapper «plus fort». Le gouvernement a réagi.",
        ["Il a promis de frapper «plus fort».", "Le gouvernement a réagi."],
        id="period-after-closing-quote",
    ),
    pytest.param(
        "Il a répondu: « Nous partons. » Puis il a quitté la salle.",
        ["Il a répondu: « Nous partons. »", "Puis il a quitté la salle."],
        id="spaced-french-quotes",
    ),
    pytest.param(
        "« Pourquoi ? » a-t-il demandé. Personne n'a répondu !",
        ["« Pourquoi ? » a-t-il demandé.", "Personne n'a répondu !"],
        id="question-inside-quote-then-lowercase",
    ),
    pytest.param(
        "Combien de morts ? Au moins douze. Vraiment! Selon la police.",
        ["Combien de morts ?", "Au moins douze.", "Vraiment!", "Selon la police."],
        id="short-questions-and-exclamations",
    ),
    pytest.param(
        "Les 2.500 soldats, soit 3,5% des effectifs, et 1.5 million de dollars. Fin.",
        ["Les 2.500 soldats, soit 3,5% des effectifs, et 1.5 million de dollars.", "Fin."],
        id="numbers",
    ),
    pytest.param(
        "Selon l'Observatoire (OSDH). Le bilan est lourd.",
        ["Selon l'Observatoire (OSDH).", "Le bilan est lourd."],
        id="period-after-parenthesis",
    ),
    pytest.param(
        "M. Biden a reçu Mme Merkel et Dr. Martin. Mr. Smith était absent.",
        ["M. Biden a reçu Mme Merkel et Dr. Martin.", "Mr. Smith était absent."],
        id="titles",
    ),
    pytest.param(
        "Les forces U.S. sont arrivées. Voir p. 3 du rapport et l'art. 49 de la Constitution.",
        ["Les forces U.S. sont arrivées.", "Voir p. 3 du rapport et l'art. 49 de la Constitution."],
        id="dotted-acronym-and-page",
    ),
    pytest.param(
        "Il cite Jules César, mort en 44 av. J.-C. Les historiens en débattent.",
        ["Il cite Jules César, mort en 44 av. J.-C.", "Les historiens en débattent."],
        id="jesus-christ",
    ),
    pytest.param(
        "Des roquettes, des obus, etc. ont été tirés. Le bilan est lourd.",
        ["Des roquettes, des obus, etc. ont été tirés.", "Le bilan est lourd."],
        id="etc-mid-sentence",
    ),
    pytest.param(
        "Il hésite... puis repart. Et ensuite... Rien.",
        ["Il hésite... puis repart.", "Et ensuite...", "Rien."],
        id="ellipsis",
    ),
    pytest.param(
        "Il ne parlera pas avec la rue (...) Ce n'est pas la rue, c'est le peuple. Fin.",
        ["Il ne parlera pas avec la rue (...) Ce n'est pas la rue, c'est le peuple.", "Fin."],
        id="elision-in-quotation",
    ),
    pytest.param(
        "Voir https://example.org/Docs/Rapport.Final?x=1. Ecrire à Jean.Dupont@example.fr. Merci.",
        ["Voir https://example.org/Docs/Rapport.Final?x=1.", "Ecrire à Jean.Dupont@example.fr.", "Merci."],
        id="url-and-email",
    ),
    pytest.param(
        "John F. Kennedy a été assassiné en 1963. George W. Bush a suivi.",
        ["John F. Kennedy a été assassiné en 1963.", "George W. Bush a suivi."],
        id="middle-initials",
    ),
    pytest.param(
        "Le sommet est prévu le 5 janv. 2021 à Paris. Il durera deux jours.",
        ["Le sommet est prévu le 5 janv. 2021 à Paris.", "Il durera deux jours."],
        id="abbreviated-month",
    ),
    pytest.param(
        "Fibonacci (v. 1175 à Pise - v. 1250) est un mathématicien. Il est italien.",
        ["Fibonacci (v. 1175 à Pise - v. 1250) est un mathématicien.", "Il est italien."],
        id="circa",
    ),
    pytest.param(
        "Il a fait 54°C. Or les calculs divergent. Voir (https://example.org/essais/).Parmi les essais, trois.",
        [
            "Il a fait 54°C.",
            "Or les calculs divergent.",
            "Voir (https://example.org/essais/).",
            "Parmi les essais, trois.",
        ],
        id="degrees-and-url-in-parentheses",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH_CASES)
def test_french_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


# --- run-together feed text (paragraph breaks lost upstream) -----------------------------------------------------

FEED_CASES = [
    pytest.param(
        "mettre la main sur les auteurs des attaques.Le cabinet de Moustafa al-Kazimi a promis la fermeté.",
        ["mettre la main sur les auteurs des attaques.", "Le cabinet de Moustafa al-Kazimi a promis la fermeté."],
        id="period-glued-to-capital",
    ),
    pytest.param(
        "quelque 5.000 gants perdus.Il se souvient de l'élément déclencheur.",
        ["quelque 5.000 gants perdus.", "Il se souvient de l'élément déclencheur."],
        id="perdus-il",
    ),
    pytest.param(
        "près de chez lui.\"J'ai ressenti un choc, comme un coup de foudre\", dit-il à l'AFP.",
        ["près de chez lui.", "\"J'ai ressenti un choc, comme un coup de foudre\", dit-il à l'AFP."],
        id="straight-quote-glued-after-period",
    ),
    pytest.param(
        "des mesures adéquates\".Le Royaume-Uni n'est pas le seul pays.",
        ['des mesures adéquates".', "Le Royaume-Uni n'est pas le seul pays."],
        id="closing-quote-period-capital",
    ),
    pytest.param(
        "a réagi M. Netanyahu.Cette posture complique tout. L'épouse de M.Biden et les U.S.A sont là.",
        ["a réagi M. Netanyahu.", "Cette posture complique tout.", "L'épouse de M.Biden et les U.S.A sont là."],
        id="initials-are-not-sentence-ends",
    ),
    pytest.param(
        "l'ancien président John F. Kennedy.M. Harris, Américain d'origine japonaise, a parlé.",
        ["l'ancien président John F. Kennedy.", "M. Harris, Américain d'origine japonaise, a parlé."],
        id="glued-title-starts-sentence",
    ),
    pytest.param(
        "la violence.A cinq mois de l'élection, rien. L'un des proches.L'autre aussi.",
        ["la violence.", "A cinq mois de l'élection, rien.", "L'un des proches.", "L'autre aussi."],
        id="glued-one-letter-word-and-elision",
    ),
    pytest.param(
        "au Brésil...Selon l'acte d'accusation, elle a menti.",
        ["au Brésil...", "Selon l'acte d'accusation, elle a menti."],
        id="glued-ellipsis",
    ),
    pytest.param(
        "ce gant qui a perdu son double\".- Bienveillance discrète -Depuis une quinzaine d'années il a accumulé.",
        [
            'ce gant qui a perdu son double".',
            "Bienveillance discrète",
            "Depuis une quinzaine d'années il a accumulé.",
        ],
        id="dashed-section-header",
    ),
    pytest.param(
        "dans l'hémicycle. - Pénaliser les banques -Cette loi va plus loin.",
        ["dans l'hémicycle.", "Pénaliser les banques", "Cette loi va plus loin."],
        id="spaced-section-header",
    ),
    pytest.param(
        'Le texte a été voté.- "Disproportionné" - M. Trump a réagi.',
        ["Le texte a été voté.", '"Disproportionné"', "M. Trump a réagi."],
        id="quoted-section-header",
    ),
    pytest.param(
        "de 2 euros la dose.- Qui sera vacciné?Les Etats-Unis ont annoncé un plan.",
        ["de 2 euros la dose.", "Qui sera vacciné?", "Les Etats-Unis ont annoncé un plan."],
        id="question-header-glued",
    ),
    pytest.param(
        "Voici les mesures. 1. Un emprunt commun inédit. 2. Un budget.",
        ["Voici les mesures.", "Un emprunt commun inédit.", "Un budget."],
        id="inline-enumeration",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FEED_CASES)
def test_run_together_feed_text(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_mid_sentence_dashes_are_not_headers() -> None:
    text = "Il fréquentait Donald Trump - avant qu'il ne devienne président - et les Clinton. Fin."
    assert sentences(text) == [
        "Il fréquentait Donald Trump - avant qu'il ne devienne président - et les Clinton.",
        "Fin.",
    ]


# --- English -----------------------------------------------------------------------------------------------------

ENGLISH_CASES = [
    pytest.param("Mr. Smith said. Then he left.", ["Mr. Smith said.", "Then he left."], id="mr"),
    pytest.param(
        '"We will respond," he said. "Why?" she asked. Nobody knew!',
        ['"We will respond," he said.', '"Why?" she asked.', "Nobody knew!"],
        id="quoted-speech",
    ),
    pytest.param(
        "It was 2 a.m. on Monday. The U.S. Army said the base in the U.K. was hit.",
        ["It was 2 a.m. on Monday.", "The U.S. Army said the base in the U.K. was hit."],
        id="dotted-abbreviations",
    ),
    pytest.param(
        'The ship was hit. "It\'s over." Rescue teams arrived at 9.30 with Dr. Jones.',
        ["The ship was hit.", '"It\'s over."', "Rescue teams arrived at 9.30 with Dr. Jones."],
        id="quoted-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_CASES)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


# --- lines and Markdown ------------------------------------------------------------------------------------------


def test_newlines_always_end_sentences_and_markdown_markers_are_dropped() -> None:
    text = (
        "# Explosion à Mossoul\n\n"
        "Premier paragraphe sans point final\n"
        "Deuxième ligne. Troisième phrase.\n\n"
        "- un dépôt touché\n"
        "* deux blessés\n"
        "1. Première étape\n"
        "> Une citation.\n"
        "---\n"
    )
    assert sentences(text) == [
        "Explosion à Mossoul",
        "Premier paragraphe sans point final",
        "Deuxième ligne.",
        "Troisième phrase.",
        "un dépôt touché",
        "deux blessés",
        "Première étape",
        "Une citation.",
    ]


@pytest.mark.parametrize("text", ["", "   \n\n\t", "...", "---\n***\n", "« »"])
def test_text_without_words_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


# --- offsets -----------------------------------------------------------------------------------------------------


def _all_texts() -> list[str]:
    texts = [str(p.values[0]) for p in (*FRENCH_CASES, *FEED_CASES, *ENGLISH_CASES)]
    texts.append(SEED.read_text(encoding="utf-8"))
    texts.extend(p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "sources").rglob("*")) if p.is_file())
    texts.append("  \u00a0Début avec espaces insécables.\u202fSuite ?\r\n\r\n  Fin sans point  \n\n")
    return texts


@pytest.mark.parametrize("text", _all_texts())
def test_spans_are_stripped_increasing_and_disjoint(text: str) -> None:
    spans = split_sentences(text)
    assert spans
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        assert "\n\n" not in piece  # a blank line always ends a sentence; a wrapped line may not
        previous_end = end


def _seconds(text: str) -> float:
    t0 = time.perf_counter()
    split_sentences(text)
    return time.perf_counter() - t0


def test_time_grows_linearly_with_the_text(seed: Article) -> None:
    """Ten times the text takes about ten times as long, not a hundred (a quadratic scan would): a ratio within one
    run, so a busy machine slows both sides alike (speed itself is measured by bench/, not by tests)."""
    small = "\n\n".join([seed.text] * 30)
    large = "\n\n".join([seed.text] * 300)  # about 1 MB
    assert len(split_sentences(large)) == 20 * 300
    # Each side is its best of a few runs, so one pre-emption on a busy machine does not decide; a quadratic scan
    # would take a hundred times as long.
    assert min(_seconds(large) for _ in range(2)) < 40 * min(_seconds(small) for _ in range(3))


def test_hard_wrapped_paragraphs_are_joined_but_short_lines_and_lists_are_not() -> None:
    text = (
        "# Titre court\n"
        "Les tirs de ces roquettes n'ont fait ni victimes ni dégâts, a indiqué une\n"
        "source de sécurité. Ils n'ont pas été revendiqués.\n"
        "- premier point de la liste qui est assez long pour ressembler à du texte\n"
        "- second point\n"
    )
    pieces = [text[a:b] for a, b in split_sentences(text)]
    assert pieces[0] == "Titre court"
    assert pieces[1] == "Les tirs de ces roquettes n'ont fait ni victimes ni dégâts, a indiqué une\nsource de sécurité."
    assert pieces[2] == "Ils n'ont pas été revendiqués."
    assert pieces[3:] == ["premier point de la liste qui est assez long pour ressembler à du texte", "second point"]
