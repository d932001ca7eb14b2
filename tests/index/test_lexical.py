from index import lexical
from index.lexical import Glossary, LexicalIndex, fold, query_tokens, tokenize, words


def test_accents_are_folded_so_unaccented_queries_match():
    assert fold("Dégâts À Bagdad") == "degats a bagdad"


def test_whole_sentences_are_folded_the_same_but_not_kept_in_memory():
    # A long-running bot folds every answer sentence and every sentence its event gates read: only words are cached.
    sentence = "Un colis piégé a explosé près de la gare d'Évry, où la police a bouclé le quartier n°{}."
    before = lexical._fold_word.cache_info().currsize
    folded = [fold(sentence.format(i)) for i in range(2000)]
    assert folded[7] == "un colis piege a explose pres de la gare d'evry, ou la police a boucle le quartier n°7."
    assert lexical._fold_word.cache_info().currsize - before < 10
    assert fold("Œuvre") == fold("Œuvre") == "oeuvre"
    assert set(query_tokens("degats")) & set(tokenize("ni victimes ni dégâts", "fr"))


def test_elisions_and_stop_words_are_dropped():
    assert words("l'ambassade n'a pas été touchée") == ["ambassade", "touchée"]
    assert "combien" not in words("Combien de roquettes ?")


def test_stop_words_that_are_nouns_are_kept_after_a_determiner_only():
    assert words("Nous avions vu des avions, deux avions, d'avions") == ["vu", "avions", "deux", "avions", "avions"]
    assert words("Il a été blessé l'été dernier, en été") == ["blessé", "été", "dernier", "été"]
    assert words("Ce n'est pas à l'est de Kiev, il en est loin. Quel est le but ?") == ["est", "kiev", "loin", "but"]
    assert words("un an de son fils, le son, d'or, 5 or 6") == ["an", "fils", "son", "or", "5", "6"]
    # The question's stems meet the sentence's.
    assert query_tokens("Combien d'avions ?")[0] in tokenize("Des avions ont survolé la ville.", "fr")


def test_french_stemming_matches_singular_and_plural():
    assert set(query_tokens("roquette")) & set(tokenize("Deux roquettes se sont abattues", "fr"))
    assert set(query_tokens("attaques")) & set(tokenize("la quatorzième attaque", "fr"))


def test_english_stemming_for_english_text():
    assert set(query_tokens("killed")) & set(tokenize("three people were killed", "en"))
    assert set(query_tokens("rocket")) & set(tokenize("two rockets hit the base", "en"))


def test_numbers_with_thousand_separators_and_hyphenated_models():
    assert "2500" in words("les 2.500 militaires")
    assert "2500" in words("2 500 soldiers")
    assert "f16" in words("des avions F-16")


def test_glossary_expands_english_questions_into_french():
    glossary = Glossary([("rockets", "roquettes"), ("air strike", "raid aérien"), ("killed", "tués")])
    assert glossary.expand("Where did the rockets land?", "en") == "roquettes"
    assert "raid aérien" in glossary.expand("Was there an air strike?", "en")
    assert glossary.expand("Qui a été tués ?", "fr") == "killed"


def test_a_whole_question_adds_only_the_glossarys_phrases_not_its_stop_words_translated():
    glossary = Glossary([("east", "est"), ("one", "un"), ("spokesman", "porte-parole"), ("u.s.", "américain")])
    # "est" (is) and "un" (a) are stop words of the question, not the east and one of an English sentence.
    assert glossary.expand("Qui est le porte-parole du Pentagone ?", "fr", phrases_only=True) == "spokesman"
    assert glossary.expand("Un civil a-t-il été tué ?", "fr", phrases_only=True) == ""
    assert glossary.expand("Why did a U.S. drone strike?", "en", phrases_only=True) == "américain"
    assert glossary.expand("est", "fr") == "east"  # a word asked alone is still translated


def test_bundled_glossary_loads_and_covers_the_domain_vocabulary():
    glossary = Glossary.load()
    assert len(glossary) > 150
    for en, fr in [("rocket", "roquette"), ("wounded", "blessés"), ("claimed", "revendiqué"), ("embassy", "ambassade")]:
        assert fr in glossary.expand(en, "en")


def test_bm25_ranks_the_sentence_with_the_rare_word_first(tmp_path):
    sentences = [
        "Le gouvernement a annoncé des mesures.",
        "Deux roquettes se sont abattues sur la base.",
        "Le gouvernement a parlé de la base.",
    ]
    index = LexicalIndex.build([tokenize(s, "fr") for s in sentences])
    scores = index.scores(query_tokens("roquettes base"))
    assert scores.argmax() == 1
    index.save(tmp_path / "lex")
    again = LexicalIndex.load(tmp_path / "lex")
    assert (again.scores(query_tokens("roquettes base")) == scores).all()


def test_unknown_words_score_nothing():
    index = LexicalIndex.build([tokenize("Deux roquettes", "fr")])
    assert index.scores(query_tokens("pizza")).max() == 0
    assert index.idf("pizza") == 0.0
