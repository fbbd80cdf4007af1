"""Choose the event model's thresholds by cross-validation on whole news articles.

    .venv/bin/python tools/tune_event_model.py ../shared/datasets [NAME=VALUE,NAME=VALUE ...]

Parses ``news_events_dev.jsonl``'s articles once; for each fold of articles (grouped, as
``make eval`` cuts them) fits the event model without it, then codes the fold under every
setting given (default: a small grid) and prints the cross-validated root and root+actors
figures of each. A setting names values of the coder's thresholds (``MODEL_MIN_PROB``,
``MODEL_OVERRIDE_PROB``, ``UNCODED_MIN_PROB``, ...) separated by commas.
"""

from __future__ import annotations

import itertools
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_event_model as training

from crosswire import pipeline
from crosswire.events import coder
from crosswire.events.actors import load_actors
from crosswire.nlp import read
from crosswire.nlp.model import load_nlp
from crosswire.types import Article, Document, DocumentDate
from eval.news_gold import FOLDS, NEWS_DATASET, folds_of, load_gold
from eval.score_events import sector_codes
from eval.score_news import Tally, metrics, score_article


def coder_step(model) -> read.Step:
    """The coding step alone, with ``model`` (the places step after it needs no tuning)."""
    return next(s for s in pipeline.coding_steps(model) if s.name == "events")


GRID = [
    f"MODEL_MIN_PROB={low},UNCODED_MIN_PROB={uncoded}"
    for low, uncoded in itertools.product((0.2, 0.3, 0.4), (0.4, 0.5, 0.6, 1.01))
]


def readings(articles):
    """Each article parsed and read (up to its events)."""
    nlp = load_nlp()
    actors = load_actors()
    out = []
    for a in articles:
        art = Article(id=a.id, text=a.text)
        when = DocumentDate(date.fromisoformat(a.published[:10]), "given", 1.0)
        paras = training.parse(a, nlp)
        r = read.Reading(art, when, paras, Document(article=art, date=when), actors)
        for step in read.STEPS:
            r = step.run(r)
        out.append(r)
    return out


def apply(setting: str) -> None:
    """Set the coder's constants: a number, or a set of names joined by "|"
    ("PATTERN_CHECKED=AGREE|COOPERATE")."""
    for pair in setting.split(","):
        name, value = pair.split("=")
        if isinstance(getattr(coder, name), frozenset):
            setattr(coder, name, frozenset(value.split("|")) - {""})
        else:
            setattr(coder, name, float(value))


def main(datasets: Path, settings: list[str]) -> None:
    articles = load_gold(datasets / NEWS_DATASET)
    keys = (load_actors(), sector_codes())
    cached = readings(articles)
    fold = folds_of(articles)
    train = training.trainer(datasets)
    totals = {s: Tally() for s in settings}
    for k in range(FOLDS):
        test = [(a, r) for a, r, f in zip(articles, cached, fold, strict=True) if f == k]
        step = coder_step(train({a.id for a, _ in test}))
        for s in settings:
            apply(s)
            for a, r in test:
                events = step.run(r).document.events
                totals[s] += score_article(a, events, keys)
    for s, t in totals.items():
        m = metrics(t)
        print(
            f"{s:50s} "
            f"root P {m['root_precision']:.3f} R {m['root_recall']:.3f} F1 {m['root_f1']:.3f}  "
            f"actors F1 {m['actors_f1']:.3f}  P@.8 {m['precision_at_80']:.3f} "
            f"({m['share_at_80']:.2f})"
        )


if __name__ == "__main__":
    where = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/datasets")
    main(where, sys.argv[2:] or GRID)
