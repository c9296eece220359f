"""Loading: our components are spaCy factories any pipeline can add, once each, in order."""

from __future__ import annotations

import subprocess
import sys
from typing import Any


def test_factories_are_found_by_name_without_importing_annotator() -> None:
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('annotator_boilerplate')\n"
        "nlp.add_pipe('annotator_quotes')\n"
        "doc = nlp('VIDEO0:4600:46\\nShe said: \\u201cWe will appeal the ruling.\\u201d')\n"  # a quote, not a term
        "print(len(doc._.quotes), len(doc._.boilerplate))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "1"]


def test_add_components_is_idempotent_and_orders_the_pipes(nlp: Any) -> None:
    from annotator.suggest.pipeline import OUR_PIPES, add_components

    before = list(nlp.pipe_names)
    add_components(nlp)
    assert nlp.pipe_names == before
    names = nlp.pipe_names
    assert set(OUR_PIPES) <= set(names)
    assert names.index("annotator_paragraphs") < names.index("parser")
    assert names.index("annotator_quotes") > names.index("annotator_ner")  # the beam NER, in the greedy one's place
    assert "ner" in nlp.disabled


def test_line_breaks_end_sentences(nlp: Any) -> None:
    doc = nlp("Photo by AFP\nRussian officials said the talks failed.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Photo by AFP"
