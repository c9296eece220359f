"""News events over a parsed spaCy Doc: triggers by lemma and part of speech, arguments by parse.

The parse gives who acts, who undergoes and who receives: for verbal triggers ("expel")
the subject (or the passive's by-phrase) and the object (or the passive subject); for
nominal ones ("expulsion") a possessive, a modifying name or the subject of the light verb
that governs them ("imposed sanctions"), and an of/on/against phrase. Each type names them
with its ACE 2005 roles (lexicon.ROLE_FRAMES: Attacker/Target, Agent/Victim, Buyer/Seller...),
a subject that undergoes ("the man died", "she resigned") taking the undergoer's role;
prepositions and entity labels fill Crime, Sentence, Position, Origin, Destination, Money.
Time is a DATE entity and Place a GPE/LOC/FAC entity attached to the trigger (or to the
verb it depends on). Only types in the schema are suggested; each names the rule that
found it, the key of its confidence in rule_scores.toml.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from annotator.core.models import Event, Span
from annotator.core.schema import LabelSchema
from annotator.suggest import lexicon as lx
from annotator.suggest.event_roles import arguments
from annotator.suggest.event_triggers import Trigger, modifies_trigger, names_a_crime, trigger_of, vote_of_a_vote_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_events(doc: Doc, schema: LabelSchema, skip: Sequence[tuple[int, int]] = ()) -> list[Event]:
    """Every event of a schema type outside the `skip` ranges, in text order."""
    return [event for event, _ in find_scored_events(doc, schema, skip)]


def find_scored_events(doc: Doc, schema: LabelSchema, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[Event, str]]:
    """Each event with the name of the rule that found it."""
    roles = {t.name: set(t.roles) for t in schema.event_types}
    found: dict[int, Trigger] = {}  # head token index -> trigger
    for tok in doc:
        if any(s <= tok.idx < e for s, e in skip):
            continue
        hit = trigger_of(tok)
        if hit is not None and hit.type in roles:
            found[tok.i] = hit
    events = []
    for i, hit in sorted(found.items()):
        if modifies_trigger(doc[i], found) or hit.type in lx.HARM_TYPES and names_a_crime(doc[i]):
            continue
        if hit.type == "Election.Vote" and vote_of_a_vote_verb(doc[i], found):
            continue
        args = {role: span for role, span in arguments(doc, doc[i], hit.type).items() if role in roles[hit.type]}
        trigger = Span(start=hit.first.idx, end=hit.last.idx + len(hit.last))
        events.append((Event(trigger=trigger, type=hit.type, arguments=args), hit.rule))
    return events
