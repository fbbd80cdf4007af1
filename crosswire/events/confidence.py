"""An event's confidence: the probability that its type is right, learned from what the coder
knows of it when it codes it.

The coder's raw score is the event model's probability of the root it chose (or of a verb
pattern's root). On whole news articles that probability alone did not separate right events
from wrong ones, so a small logistic model maps the raw score and a few signals (which rule
coded the event, whether its doer and the recipient its sentence names are coded, its
modality) to the share of such events whose type a careful coder gave the sentence. Weights are data
(``data/confidence.json``), fitted by ``tools/train_event_model.py --calibrate`` on events coded
out of fold (the model that coded them never saw their article).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from crosswire.errors import DataError
from crosswire.types import Event

CALIBRATION_FILE = "confidence.json"
_EPS = 1e-4
# How an event's rule ends when its recipient was taken from the acts before it, not from its
# own sentence (``context._context_recipients``): the report does not name that recipient.
CONTEXT_RECIPIENT = "+recipient:context"
# Likewise for a doer taken from the article's other acts of its kind (``context._context_doers``).
CONTEXT_DOER = "+doer:context"


def rule_kind(rule: str) -> str:
    """The family of the rule that coded an event: "model", "pattern", "declared", ..."""
    kind = rule.split(":", 1)[0]
    if kind == "pattern":
        return "phrase" if rule.split("|")[1:2] != [""] else "bare"
    return kind


def signals(event: Event, raw: float) -> dict[str, float]:
    """The calibration features of an event whose raw score is ``raw``."""
    p = min(max(raw, _EPS), 1 - _EPS)
    target = None if event.rule.endswith(CONTEXT_RECIPIENT) else event.target
    source = None if event.rule.endswith(CONTEXT_DOER) else event.source
    return {
        "bias": 1.0,
        "logit": math.log(p / (1 - p)),
        f"rule={rule_kind(event.rule)}": 1.0,
        f"modality={event.modality}": 1.0,
        "source_coded": float(bool(source and source.code)),
        "target_named": float(bool(target and (target.code or target.name))),
        "target_coded": float(bool(target and target.code)),
    }


@dataclass(frozen=True)
class Calibrator:
    """Build with ``load_calibrator()`` or ``Calibrator.from_json``."""

    weights: Mapping[str, float]
    meta: Mapping[str, object]

    @classmethod
    def from_json(cls, data: Mapping) -> Calibrator:
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            return cls(MappingProxyType(weights), MappingProxyType(dict(data.get("meta", {}))))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DataError(f"{CALIBRATION_FILE} is malformed: {exc}") from exc

    def __call__(self, event: Event, raw: float) -> float:
        score = sum(self.weights.get(k, 0.0) * v for k, v in signals(event, raw).items())
        return 1 / (1 + math.exp(-max(min(score, 30.0), -30.0)))


@lru_cache(maxsize=1)
def load_calibrator() -> Calibrator:
    try:
        files = resources.files("crosswire.events").joinpath("data", CALIBRATION_FILE)
        return Calibrator.from_json(json.loads(files.read_text("utf-8")))
    except OSError as exc:
        raise DataError(f"{CALIBRATION_FILE} is missing: run tools/train_event_model.py") from exc
