"""5-fold cross-validation of the whole event coder on the training part of zsp.

    .venv/bin/python tools/cross_validate_coder.py ../shared/datasets

The held-back part of ``zsp_plv_train.jsonl`` is scored by ``make eval``; rules and settings are
tuned on the rest. This script gives a figure for that rest which is not flattered by the root
model having been trained on it: the records not held back are cut into five folds, the root
model is retrained on four (``train_root_model``, with our own examples) and the coder, rules
and all, scores the fifth. Prints root P/R/F1 and root+actors F1 over the five folds.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_root_model as training

from crosswire.events import coder
from crosswire.events.rootmodel import RootModel, load_root_model
from crosswire.nlp.model import load_nlp
from eval.common import held_back, prf, read_jsonl
from eval.score_events import (
    DATASET,
    Counts,
    code_sentences,
    compare_sentence,
    load_actors,
    sector_codes,
)

FOLDS = 5


def cross_validate(datasets: Path) -> dict[str, float]:
    records = [r for r in read_jsonl(datasets / DATASET) if not held_back(r["id"])]
    nlp = load_nlp()
    docs = list(nlp.pipe((r["text"].strip() for r in records), batch_size=64))
    own = training.own_examples(nlp)
    per_record = [training.examples([r], [d]) for r, d in zip(records, docs, strict=True)]
    actors, sectors = load_actors(), sector_codes()
    total = Counts()
    try:
        for fold in range(FOLDS):
            train = [e for i, es in enumerate(per_record) if i % FOLDS != fold for e in es]
            model = RootModel.from_json(training.fit([*train, *own], {}))
            coder.load_root_model = lambda m=model: m  # the coder reads the model through this
            test = [r for i, r in enumerate(records) if i % FOLDS == fold]
            for record, events in zip(test, code_sentences(test), strict=True):
                total += compare_sentence(record["events"], events, actors, sectors)
    finally:
        coder.load_root_model = load_root_model
    p, r, f = prf(total.root_tp, total.root_pred, total.root_gold)
    _, _, actors_f = prf(total.actor_tp, total.actor_pred, total.actor_gold)
    return {"root_precision": p, "root_recall": r, "root_f1": f, "actors_f1": actors_f}


if __name__ == "__main__":
    where = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/datasets")
    for name, value in cross_validate(where).items():
        print(f"{name:16} {value:.3f}")
