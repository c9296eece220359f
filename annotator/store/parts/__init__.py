"""The store's parts, each over the one connection of its store, in SQL both backends run.

A backend composes them (`SqliteStore` in `annotator.store.sqlite`) and supplies the
connection and its `Dialect` (`annotator.store.dialect`).
"""

from annotator.store.parts.claims import ClaimsPart
from annotator.store.parts.connection import Connected
from annotator.store.parts.decisions import DecisionsPart
from annotator.store.parts.documents import DocumentsPart
from annotator.store.parts.layers import LayersPart
from annotator.store.parts.models import ModelsPart
from annotator.store.parts.schema import SchemaPart
from annotator.store.parts.status import StatusPart
from annotator.store.parts.streams import StreamsPart

__all__ = [
    "ClaimsPart",
    "Connected",
    "DecisionsPart",
    "DocumentsPart",
    "LayersPart",
    "ModelsPart",
    "SchemaPart",
    "StatusPart",
    "StreamsPart",
]
