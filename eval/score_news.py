"""Events in whole news articles (``news_events_dev.jsonl``), where most sentences hold none.

The gold is standoff: per article, sentences as offsets into the text of a record of
``basil_dev.jsonl`` or ``naeb.jsonl.gz`` (``text_field`` names the field), each with its PLOVER
events. We read each whole article with its publication date, as ``crosswire analyze`` would,
and score as ``news_events_guidelines.md`` says:

- a predicted event counts against the gold sentence holding its trigger (else the one its
  sentence overlaps most); events we mark negated, conditional or denied did not happen and
  are not counted;
- ``root_*``: precision/recall/F1 over (sentence, root) pairs, both sides mapped to the 15
  roots of the datasets README (``plover_root``);
- ``actors_*``: over events, one-to-one within a sentence: same root, and doer and recipient
  each share a word with the gold span or its resolved name, or name the same
  country/organisation; a null gold recipient matches any;
- ``precision_at_80``: root precision of the events whose confidence is at least 0.8;
- ``date_accuracy``: of the gold events with a date that an event of ours of their root in
  their sentence matches, the share whose date we give exactly (same value at the same
  precision: "2013-01" is not "2013-01-23"); ``date_published_accuracy`` gives every such event
  the publication date instead, as event datasets that date an event by its report do.

The shipped event model is trained on these articles too (``tools/train_event_model.py``), so
the figures without a prefix are cross-validated: the articles are cut into ``FOLDS`` groups,
the model is retrained without each group and the whole coder scores that group.
``insample_*`` figures use the shipped model on every article (flattered; for reference).
``silver_*`` figures score the silver-labelled articles the model also learns from
(``tools/silver``: other articles, coded under the same guidelines by other annotators), cut
into folds of their own, left out of training with them and calibrated as the gold is. Both
count only the events the packaged coder would report (``coder.MIN_CONFIDENCE``). ``aside_*``
figures score the shipped model on silver-labelled articles that no model learns from
(``news_events_aside.jsonl``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from crosswire.events.actors import load_actors, normalise_key
from crosswire.events.coder import MIN_CONFIDENCE
from crosswire.types import Actor, Event
from eval.news_gold import (
    ASIDE,
    FOLDS,
    NEWS_DATASET,
    GoldArticle,
    coded_out_of_fold,
    counted_events,
    folds_of,
    labelled,
    load_gold,
    load_silver,
    read_events,
)
from eval.score_events import (
    Counts,
    calibration_error,
    code_key,
    plover_root,
    prf_metrics,
    resolve_span,
    sector_codes,
)

DATASET = NEWS_DATASET
CONFIDENT = 0.8
# Words that say nothing of who an actor is: shared "the" or "he" is no match.
_EMPTY = frozenset(
    {
        *("the", "a", "an", "of", "and", "for", "in", "on", "to", "s", "mr", "mrs", "ms", "dr"),
        *("he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our"),
        *("him", "them", "us", "who", "which", "that", "this", "these", "those"),
    }
)


@dataclass(frozen=True, slots=True)
class Tally(Counts):
    """The sentence sets' counts, and those of the events at confidence >= CONFIDENT."""

    sure_tp: int = 0  # root right
    sure_pred: int = 0
    dated: int = 0  # gold events with a date that an event of ours of their root matches
    date_right: int = 0  # ... whose date is ours
    date_published: int = 0  # ... whose date is the publication's


def _words(*texts: str | None) -> set[str]:
    return {w for t in texts if t for w in normalise_key(t).split() if w not in _EMPTY}


def side_matches(span: str | None, name: str | None, ours: Actor | None, keys) -> bool:
    """Our actor names the gold side: a shared word with its span or resolved name, or the
    same country/organisation. No gold side at all matches anything (a null recipient)."""
    if not span and not name:
        return True
    if ours is None:
        return False
    if _words(span, name) & _words(ours.text, ours.name):
        return True
    actors, sectors = keys
    ours_key = code_key(ours.code, sectors)
    gold = {resolve_span(t, actors, sectors) for t in (name, span) if t}
    return ours_key is not None and ours_key in gold


def score_article(gold: GoldArticle, events: Iterable[Event], keys) -> Tally:
    """Counts for one article: our counted events against its gold sentences."""
    sentences = gold.sentences
    ours: dict[int, list[tuple[str, Event]]] = {}
    sure_tp = sure_pred = 0
    for i, root, event, right in counted_events(gold, events):
        ours.setdefault(i, []).append((root, event))
        if event.confidence >= CONFIDENT:
            sure_pred += 1
            sure_tp += right
    tally = Tally(sure_tp=sure_tp, sure_pred=sure_pred)
    for i, s in enumerate(sentences):
        golds = [(plover_root(g["type"]), g) for g in s["events"]]
        golds = [(r, g) for r, g in golds if r]
        tally += _dates(golds, ours.get(i, []), gold.published)
        preds = _distinct(ours.get(i, []))
        gold_roots, our_roots = {r for r, _ in golds}, {r for r, _ in preds}
        free = list(preds)
        tp = 0
        for root, g in golds:
            for j, (our_root, e) in enumerate(free):
                if our_root == root and _sides(g, e, keys):
                    tp += 1
                    del free[j]
                    break
        tally += Tally(
            len(gold_roots & our_roots), len(our_roots), len(gold_roots), tp, len(preds), len(golds)
        )
    return tally


def _dates(
    golds: list[tuple[str, dict]], preds: list[tuple[str, Event]], published: str | None
) -> Tally:
    """Date counts of one sentence: each dated gold event against the first event of ours of
    its root there."""
    dated = right = by_report = 0
    for root, g in golds:
        ours = next((e for r, e in preds if r == root), None)
        if ours is None or not g.get("date"):
            continue
        dated += 1
        right += ours.date == g["date"]
        by_report += (published or "")[:10] == g["date"]
    return Tally(dated=dated, date_right=right, date_published=by_report)


def _distinct(preds: list[tuple[str, Event]]) -> list[tuple[str, Event]]:
    """One prediction per (root, doer, recipient) as written: a trigger coded for two
    coordinated recipients is two events, a repeat of the same one is not."""
    seen, out = set(), []
    for root, e in preds:
        ident = (root, *(_ident(a) for a in (e.source, e.target)))
        if ident not in seen:
            seen.add(ident)
            out.append((root, e))
    return out


def _ident(actor: Actor | None) -> str:
    return "" if actor is None else (actor.code or actor.name or actor.text or "")


def _sides(g: dict, e: Event, keys) -> bool:
    return side_matches(g.get("source"), g.get("source_name"), e.source, keys) and side_matches(
        g.get("target"), g.get("target_name"), e.target, keys
    )


def metrics(t: Tally, prefix: str = "") -> dict[str, float]:
    sure = t.sure_tp / t.sure_pred if t.sure_pred else 0.0
    out = {
        **prf_metrics(t),
        "precision_at_80": sure,
        "share_at_80": t.sure_pred / t.root_pred if t.root_pred else 0.0,
        "date_accuracy": t.date_right / t.dated if t.dated else 0.0,
        "date_published_accuracy": t.date_published / t.dated if t.dated else 0.0,
    }
    return {f"{prefix}{k}": v for k, v in out.items()}


def cross_validated(
    articles: Sequence[GoldArticle],
    train: Callable[[set[str]], object],
    fit_calibrator,
    keys,
    silver: Sequence[GoldArticle] = (),
) -> tuple[Tally, float, Tally]:
    """Tally and calibration error of each fold coded by a model ``train(left_out_ids)``
    fitted without it, its confidences calibrated by ``fit_calibrator(rows)`` fitted on the
    other folds' events, annotated and silver (cross-fitting: no event's confidence was learned
    from itself); and the tally of the ``silver`` articles, cut into folds of their own, left
    out with them and calibrated alike. Both keep only the events the packaged coder would
    report (``reported``)."""
    fold, other = folds_of(articles), folds_of(silver)
    silver_ids = {a.id for a in silver}
    coded = coded_out_of_fold(articles, silver, train)
    total, extra, pairs = Tally(), Tally(), []
    both = [*zip(articles, fold, strict=True), *zip(silver, other, strict=True)]
    for k in range(FOLDS):
        # the calibrator learns from the other folds' events, annotated and silver
        rows = [(e, right) for a, f in both if f != k for e, right in labelled(a, coded[a.id])]
        calibrate = fit_calibrator(rows)
        for a, f in both:
            if f != k:
                continue
            events = reported(coded[a.id], calibrate)
            if a.id in silver_ids:
                extra += score_article(a, events, keys)
                continue
            total += score_article(a, events, keys)
            pairs += [(e.confidence, right) for e, right in labelled(a, events)]
    return total, calibration_error(pairs), extra


def reported(events: Iterable[Event], calibrate) -> list[Event]:
    """The events the packaged coder would report with ``calibrate`` as its calibrator: their
    confidences calibrated, those below ``coder.MIN_CONFIDENCE`` left out."""
    calibrated = (replace(e, confidence=calibrate(e, e.confidence)) for e in events)
    return [e for e in calibrated if round(e.confidence, 2) >= MIN_CONFIDENCE]


def score(path: Path) -> dict[str, float]:
    articles = load_gold(path)
    keys = (load_actors(), sector_codes())
    shipped = _shipped(articles, keys)
    from tools.train_event_model import fit_calibrator, trainer

    silver = load_silver(path.parent)
    validated, ece, extra = cross_validated(
        articles, trainer(path.parent), fit_calibrator, keys, silver
    )
    out = {**metrics(validated), "confidence_ece": ece, **metrics(shipped, "insample_")}
    wanted = ("root_precision", "root_recall", "root_f1", "actors_f1", "date_accuracy",
              "date_published_accuracy")  # fmt: skip
    if silver:  # the silver labels' own annotators: a second view, of more articles
        out |= {f"silver_{k}": v for k, v in metrics(extra).items() if k in wanted}
    aside = load_silver(path.parent, ASIDE)
    if aside:  # silver-labelled articles no model learns from: the shipped model, unseen
        out |= {f"aside_{k}": v for k, v in metrics(_shipped(aside, keys)).items() if k in wanted}
    return out


def _shipped(articles: Sequence[GoldArticle], keys) -> Tally:
    """The tally of the shipped model's events on ``articles``."""
    tally = Tally()
    for a, events in zip(articles, read_events(articles), strict=True):
        tally += score_article(a, events, keys)
    return tally
