"""Does a MiniLM embedding of what a verb of saying reports tell an accusation from a statement?

    .venv/bin/python tools/compare_speech_encoder.py ../shared/datasets [SCALE ...]

Most acts in news are words ("said the deal was a fraud"), and the parse features tell a
criticism from a neutral statement badly. This adds, to the event model's features of a verb of
saying only, the embedding of its reported content (its clausal complement or object, capped at
the sentence), times SCALE (0 = parse features alone); other predicates get zeros, so the
encoder would run only on the few clauses a verb of saying reports. Predicate level, as
``tools/compare_encoder.py``: out of fold on the news articles' predicates (five folds grouped
by article), each fold trained on every other source; typed P/R/F1 over all predicates and over
the verbs of saying alone. Needs the optional encoder (``make encoder``); about 4 minutes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import compare_encoder as ce

FOLDS = 5
SHIPPED_C = 2.0


def content_text(tok) -> str:
    """What a verb reports: its first clausal complement or object, within its sentence."""
    sent = tok.sent
    parts = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
    if not parts:
        return sent.text
    c = parts[0]
    return tok.doc[max(c.left_edge.i, sent.start) : min(c.right_edge.i + 1, sent.end)].text


def _rows(pairs, group: int) -> list[tuple]:
    """(features as the coder computes them, label, sentence, content, group)."""
    from train_root_model import features

    return [(features(t), lab, t.sent.text, content_text(t), group) for t, lab in pairs]


def main(datasets: Path, scales: list[float]) -> None:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from crosswire.events.encoder import load_encoder
    from crosswire.nlp.model import load_nlp
    from eval.news_gold import folds_of

    # the same sources and labels, with what each predicate reports
    rows, articles, _ = ce.collect(datasets, load_nlp(), _rows)
    speech = np.array(["speech" in r[0] for r in rows])
    texts = sorted({r[3] for r, s in zip(rows, speech, strict=True) if s})
    vectors = dict(zip(texts, load_encoder().encode(texts, batch_size=32), strict=True))
    x = DictVectorizer().fit_transform([dict.fromkeys(r[0], 1) for r in rows]).tocsr()
    emb = np.zeros((len(rows), len(next(iter(vectors.values())))), dtype=np.float32)
    for i in np.flatnonzero(speech):
        emb[i] = vectors[rows[i][3]]
    y = np.array([r[1] for r in rows])
    classes = sorted(set(y))
    group = np.array([r[4] for r in rows])
    news = np.flatnonzero(group >= 0)
    fold_of = folds_of(articles)
    fold = np.full(len(rows), -1)
    fold[news] = [fold_of[g] for g in group[news]]
    said = news[speech[news]]
    print(f"{len(rows)} predicates; news {len(news)}, of which {len(said)} verbs of saying "
          f"({int((y[said] != 'NONE').sum())} with a root)")  # fmt: skip
    for scale in scales:
        proba = np.zeros((len(rows), len(classes)))
        for k in range(FOLDS):
            train, test = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
            seen = (x[train] > 0).sum(0).A1 >= 2  # as train_root_model.MIN_COUNT
            m = x[:, seen]
            if scale:
                m = sparse.hstack([m, scale * sparse.csr_matrix(emb)]).tocsr()
            clf = LogisticRegression(C=SHIPPED_C, max_iter=2000).fit(m[train], y[train])
            proba[np.ix_(test, [classes.index(c) for c in clf.classes_])] = clf.predict_proba(
                m[test]
            )
        everything = ce.scores(y[news], proba[news], classes)
        speech_only = ce.scores(y[said], proba[said], classes)
        print(
            f"scale {scale:>4}: all P/R/F1 {everything['P']:.3f} / {everything['R']:.3f} / "
            f"{everything['F1']:.3f}; verbs of saying P/R/F1 {speech_only['P']:.3f} / "
            f"{speech_only['R']:.3f} / {speech_only['F1']:.3f}",
            flush=True,
        )


if __name__ == "__main__":
    args = sys.argv[1:]
    where = Path(args[0] if args else "../shared/datasets")
    main(where, [float(a) for a in args[1:]] or [0.0, 1.0, 2.0, 4.0])
