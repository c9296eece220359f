"""Build a gold set's devset_gold.jsonl from hand-written anchors (run by hand:
`python3 tests/suggest/devset/build_devset.py [FOLDER]`, FOLDER defaulting to this dev set).

A gold set is a folder with `texts/ID.txt` and one or more `anchors*.py` modules, each defining
`DOCS`: the gold written by reading the articles (see GUIDELINES.md beside this file, and
../gold/GUIDELINES.md it extends). Every span is a unique snippet of the body text with the target
in double brackets, `left [[target]] right`; the builder finds each one by string search (so offsets
are exact code points) and stops on any anchor that is missing or not unique. Entities are not
annotated in these sets. The same builder serves the held-out dev set here and the former dev set,
now examples, in ../examples/dev1.

Quotes: c content, k kind, s speaker mention, e the named mention it resolves to ("=" when the
speaker mention is itself the name), cue, x further parts. Events: t trigger, ty type, and
arguments by ACE role name. Furniture: (anchor, kind).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE.parent / "gold"))

from build_gold import _ANCHOR, find  # noqa: E402

from annotator.core.models import Boilerplate, Event, Quote  # noqa: E402
from annotator.importers.text_files import read_text_file  # noqa: E402

OUT_NAME = "devset_gold.jsonl"


def anchors(folder: Path) -> dict[str, dict[str, Any]]:
    """Every `anchors*.py` module's DOCS in the folder, by document id."""
    docs: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("anchors*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        clash = set(docs) & set(module.DOCS)
        if clash:
            raise SystemExit(f"{path}: documents also in another anchors file: {sorted(clash)}")
        docs.update(module.DOCS)
    return dict(sorted(docs.items()))


def texts_of(text: str, spans: dict[str, Any]) -> dict[str, str]:
    return {k: text[s.start : s.end] for k, s in spans.items() if s is not None}


def quote_line(text: str, q: Quote) -> dict[str, Any]:
    """The gold line's shape the evaluator reads (GoldDoc's bare form): the body, and each span's text."""
    spans = {"content": q.content, "speaker": q.speaker, "speaker_entity": q.speaker_entity, "cue": q.cue}
    spans.update({f"extra{i}": s for i, s in enumerate(q.extra)})
    return {**q.model_dump(mode="json"), "text": texts_of(text, spans)}


def event_line(text: str, e: Event) -> dict[str, Any]:
    return {**e.model_dump(mode="json"), "text": texts_of(text, {"trigger": e.trigger, **e.arguments})}


def locate(text: str, anchor: str):  # noqa: ANN201
    """`find`, plus two endings for long targets: `>>` runs to the end of the line (less a closing
    quotation mark), `>>>` to the end of the text."""
    m = _ANCHOR.match(anchor)
    if not m or not m.group(2).endswith(">>"):
        return find(text, anchor)
    left, target, right = m.groups()
    to_end = target.endswith(">>>")
    span = find(text, f"{left}[[{target.rstrip('>')}]]{right}")
    end = len(text.rstrip()) if to_end else (text.find("\n", span.end) % (len(text) + 1))  # a target's last line
    while text[end - 1] in ' ”"’':
        end -= 1
    return type(span)(start=span.start, end=end)


def build_quote(text: str, q: dict[str, Any]) -> Quote:
    speaker = locate(text, q["s"]) if "s" in q else None
    entity = speaker if q.get("e") == "=" else locate(text, q["e"]) if "e" in q else None
    return Quote(
        content=locate(text, q["c"]),
        quote_kind=q["k"],
        speaker=speaker,
        speaker_entity=entity,
        cue=locate(text, q["cue"]) if "cue" in q else None,
        extra=tuple(locate(text, a) for a in q.get("x", ())),
    )


def build_event(text: str, e: dict[str, Any]) -> Event:
    roles = {k: locate(text, v) for k, v in e.items() if k[0].isupper()}
    return Event(trigger=locate(text, e["t"]), type=e["ty"], arguments=roles)


def gold_line(folder: Path, doc_id: str, spec: dict[str, Any]) -> dict[str, Any]:
    doc = read_text_file(folder / "texts" / f"{doc_id}.txt")
    text = doc.text
    furniture = [
        Boilerplate(start=s.start, end=s.end, label=kind)
        for s, kind in ((locate(text, a), kind) for a, kind in spec["furniture"])
    ]
    quotes = [build_quote(text, q) for q in spec["quotes"]]
    events = [build_event(text, e) for e in spec["events"]]
    return {
        "id": doc_id,
        "text_hash": doc.content_hash,
        "entities": [],
        "quotes": [quote_line(text, q) for q in quotes],
        "events": [event_line(text, e) for e in events],
        "boilerplate": [{**b.model_dump(mode="json"), "text": text[b.start : b.end]} for b in furniture],
    }


def build(folder: Path) -> None:
    lines = [gold_line(folder, doc_id, spec) for doc_id, spec in anchors(folder).items()]
    out = folder / OUT_NAME
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "utf-8")
    counts = {k: sum(len(line[k]) for line in lines) for k in ("quotes", "events", "boilerplate")}
    print(f"wrote {out}: {len(lines)} documents {counts}")


if __name__ == "__main__":
    build(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE)
