"""The label schema: entity labels, quote kinds, event types with roles, model label mapping.

The schema is stored in the database so a corpus describes itself; the default lives in
`annotator/data/default_schema.toml`, which doubles as an example for `schema load`.
"""

from __future__ import annotations

import json
import tomllib
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError, ValidationInfo, model_validator

from annotator.core.errors import UserError
from annotator.core.models import (
    QUOTE_KINDS,
    Body,
    Event,
)

# A schema read from a file is held to these rules; one already stored is not re-judged,
# so a corpus whose schema predates a rule still opens.
STRICT = {"strict": True}


def _strict(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("strict"))


def _check_name(name: str, what: str) -> None:
    if not name.strip():
        raise ValueError(f"{what} has an empty name")


class EventType(BaseModel):
    name: str
    description: str = ""
    roles: list[str] = Field(default_factory=list)
    required: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _required_are_roles(self, info: ValidationInfo) -> EventType:
        unknown = [r for r in self.required if r not in self.roles]
        if unknown:
            raise ValueError(f"event type {self.name}: required roles {unknown} are not among its roles")
        if _strict(info):
            self._check_roles()
        return self

    def _check_roles(self) -> None:
        """Roles name an event's arguments and `--map Type:Role=` splits on the colon."""
        _check_name(self.name, "an event type")
        for role in self.roles:
            _check_name(role, f"a role of event type {self.name}")
            if ":" in role:
                raise ValueError(f"event type {self.name}: role {role!r} contains ':'")
        _no_repeats(self.roles, f"role of event type {self.name}")


class EntityLabel(BaseModel):
    name: str
    description: str = ""

    @model_validator(mode="after")
    def _named(self, info: ValidationInfo) -> EntityLabel:
        if _strict(info):
            _check_name(self.name, "an entity label")
        return self


def _no_repeats(names: list[str], what: str) -> None:
    """Refuse a name given twice: later code finds the first, so the second would be ignored."""
    seen: set[str] = set()
    for i, name in enumerate(names):
        if name in seen:
            raise ValueError(f"{what} {name!r} is given twice (the second at position {i + 1})")
        seen.add(name)


class LabelSchema(BaseModel):
    version: int = 1
    entity_labels: list[EntityLabel]
    quote_kinds: list[str] = Field(default_factory=lambda: list(QUOTE_KINDS))
    # The guideline card's definition of each quote kind (entity labels and event types carry theirs).
    quote_kind_descriptions: dict[str, str] = Field(default_factory=dict)
    event_types: list[EventType]
    # spaCy NER label -> our label; a model label mapped to "" is dropped.
    model_labels: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> LabelSchema:
        names = self.entity_label_names
        if len(set(names)) != len(names):
            raise ValueError("entity labels must be unique")
        if _strict(info):
            _no_repeats(self.event_type_names, "event type")
            for kind in self.quote_kinds:
                _check_name(kind, "a quote kind")
            _no_repeats(self.quote_kinds, "quote kind")
        bad = {k: v for k, v in self.model_labels.items() if v and v not in names}
        if bad:
            raise ValueError(f"model_labels map onto labels not in the schema: {bad}")
        unknown_kinds = [k for k in self.quote_kinds if k not in QUOTE_KINDS]
        if unknown_kinds:
            raise ValueError(f"quote kinds must be among {list(QUOTE_KINDS)}, not {unknown_kinds}")
        return self

    @property
    def entity_label_names(self) -> list[str]:
        return [label.name for label in self.entity_labels]

    @property
    def event_type_names(self) -> list[str]:
        return [t.name for t in self.event_types]

    def event_type(self, name: str) -> EventType | None:
        return next((t for t in self.event_types if t.name == name), None)

    def map_model_label(self, label: str) -> str | None:
        """Our label for a model's NER label, or None when the schema drops it."""
        if label in self.model_labels:
            return self.model_labels[label] or None
        return label if label in self.entity_label_names else None

    def missing_roles(self, event: Event) -> list[str]:
        etype = self.event_type(event.type)
        return [r for r in (etype.required if etype else []) if r not in event.arguments]

    def validate_body(self, body: Body, text: str) -> None:
        """Raise AnnotationError unless the annotation fits the text and this schema."""
        body.validate_in(self, text)

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)


class SchemaFileError(UserError, ValueError):
    """A schema file that cannot be read or does not describe a valid schema."""


def load_schema_file(path: Path) -> LabelSchema:
    """Read a schema from TOML or JSON, naming the file in any error."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SchemaFileError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        if path.suffix == ".toml":
            data = tomllib.loads(raw.decode("utf-8"))
        else:
            data = json.loads(raw, object_pairs_hook=_unique_keys)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SchemaFileError(f"{path}: not valid {path.suffix.lstrip('.') or 'JSON'}: {exc}") from None
    except RecursionError:
        raise SchemaFileError(f"{path}: not a schema: nested too deeply to read") from None
    except ValueError as exc:  # a duplicate key, or an integer past Python's digit limit
        raise SchemaFileError(f"{path}: not a schema: {exc}") from None
    try:
        return LabelSchema.model_validate(data, context=STRICT)
    except ValidationError as exc:
        raise SchemaFileError(f"{path}: {_first_error(exc)}") from None
    except RecursionError:
        raise SchemaFileError(f"{path}: not a schema: nested too deeply to read") from None


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """JSON's object hook: a key given twice is refused (json keeps the last one silently)."""
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            context = f" (in the object with name {out['name']!r})" if isinstance(out.get("name"), str) else ""
            raise ValueError(f"key {key!r} is given twice{context}")
        out[key] = value
    return out


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"]).lstrip(".")
    msg = err["msg"].removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg


def default_schema() -> LabelSchema:
    data = resources.files("annotator.data").joinpath("default_schema.toml").read_text("utf-8")
    return LabelSchema.model_validate(tomllib.loads(data))
