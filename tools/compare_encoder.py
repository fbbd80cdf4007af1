"""Does a MiniLM sentence embedding beat parse-only features for the event model, and at what cost?

    .venv/bin/python tools/compare_encoder.py ../shared/datasets [A C ...]

Predicate level, not the whole coder. Examples are the (predicate, NONE or root) pairs of
``train_event_model``'s sources; scored out of fold on the predicates of the annotated and the
silver-labelled news articles, five folds grouped by article (``eval.news_gold.folds_of``, each
set cut on its own), each trained on every other source plus the other four folds. Feature
sets: A parse features (C=2, the parse-only model); B the embedding of the predicate's
sentence; B2 of its clause (subtree, capped at the sentence); C = A + s*B; C2 = A + s*B2; W =
A + s * the word-piece vectors of the words the features name (as shipped:
``crosswire.events.wordvectors``, no forward pass); T = A + s * the predicate's own vector in
context (the last layer's states of its word pieces, ``Encoder.encode_spans``); CT, WT, WCT =
A + s * the named blocks side by side. For all but A, C (and s) are picked per outer fold on one
inner split (the next fold held out of the training part; best typed F1), or fixed at C=2, s=2
with ``--fixed``; ``--layers=N`` runs the encoder's first N layers only.
Also times encoding against parsing the news sentences (and encoding the news clauses), one
BLAS thread each.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from contextlib import nullcontext
from dataclasses import replace
from importlib.util import find_spec
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

FOLDS = 5
C_GRID = (0.5, 1.0, 2.0, 4.0)
SCALES = (0.5, 1.0, 2.0)
SHIPPED_C = 2.0
FIXED = "--fixed" in sys.argv
# rows that stack dense blocks: C (sentence), W (word pieces), T (the predicate in context)
STACKED = ("CT", "WT", "WCT")


def _log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def one_thread():
    """One BLAS thread for the timings (the env var is set in main when threadpoolctl lacks)."""
    if find_spec("threadpoolctl") is None:
        return nullcontext()
    from threadpoolctl import threadpool_limits

    return threadpool_limits(1)


def clause_text(tok) -> str:
    sent = tok.sent
    return tok.doc[max(tok.left_edge.i, sent.start) : min(tok.right_edge.i + 1, sent.end)].text


def _rows(pairs, group: int) -> list[tuple]:
    """(features, label, sentence, clause, article index or -1, the predicate's offsets in
    its sentence) of (token, label) pairs."""
    from crosswire.events.rootmodel import predicate_features

    return [
        (predicate_features(t), lab, t.sent.text, clause_text(t), group, _in_sentence(t))
        for t, lab in pairs
    ]


def _in_sentence(tok) -> tuple[int, int]:
    start = tok.idx - tok.sent.start_char
    return start, start + len(tok.text)


def collect(datasets: Path, nlp, rows_of=None):
    """Rows of every source (``rows_of(pairs, group)``, default ``_rows``), the news articles,
    and the news Docs by paragraph."""
    rows_of = rows_of or _rows
    import train_event_model as tem
    import train_root_model as zsp_training

    from crosswire.events.coder import is_candidate
    from crosswire.events.rootmodel import NONE
    from eval.common import held_back, read_jsonl
    from eval.news_gold import load_gold, load_silver
    from eval.score_events import DATASET as ZSP

    rows: list[tuple] = []
    records = list(read_jsonl(tem.SYNTHETIC))
    for r, doc in zip(records, nlp.pipe((r["text"] for r in records), batch_size=64), strict=True):
        rows += rows_of(tem.synthetic_labels(r, doc), -1)
    _log(f"synthetic: {len(rows)} predicates")
    from importlib import resources

    text = resources.files("crosswire.events").joinpath("data", zsp_training.EXAMPLES_FILE)
    own = zsp_training.read_own_examples(text.read_text("utf-8"))
    for (root, trigger, _), doc in zip(own, nlp.pipe(r[2] for r in own), strict=True):
        cands = [t for t in doc if is_candidate(t)]
        hit = next((t for t in cands if t.lemma_.lower() == trigger), None)
        if hit is not None or root == NONE:  # as train_root_model.own_examples
            rows += rows_of([(t, root if t is hit else NONE) for t in cands], -1)
    records = [r for r in read_jsonl(datasets / ZSP) if not held_back(r["id"])]
    docs = nlp.pipe((r["text"].strip() for r in records), batch_size=64)
    for r, doc in zip(records, docs, strict=True):
        rows += rows_of(zsp_training.label_predicates(doc, r), -1)
    _log(f"+ own + zsp: {len(rows)} predicates")
    articles = load_gold(datasets / tem.NEWS)
    news_docs = []
    for i, gold in enumerate(articles):
        paras = tem.parse(gold, nlp)
        news_docs += [d for _, d in paras]
        rows += rows_of(tem.news_labels(gold, paras), i)
    _log(f"+ news ({len(articles)} articles): {len(rows)} predicates")
    silver = load_silver(datasets)  # scored too, in folds of their own (tools/silver)
    for j, gold in enumerate(silver):
        rows += rows_of(tem.news_labels(gold, tem.parse(gold, nlp)), len(articles) + j)
    _log(f"+ silver ({len(silver)} articles): {len(rows)} predicates")
    return rows, (articles, silver), news_docs


def timings(nlp, enc, news_docs, news_clauses) -> tuple[dict, dict]:
    """Seconds to parse and to encode the distinct news sentences (sorted, batch 32), and their
    vectors by text."""
    sents = sorted({s.text for d in news_docs for s in d.sents})
    clauses = sorted(set(news_clauses))
    out = {"sentences": len(sents), "clauses": len(clauses)}
    with one_thread():
        enc.encode(sents[:64])  # warm up both
        list(nlp.pipe(sents[:64], batch_size=32))
        t = time.perf_counter()
        list(nlp.pipe(sents, batch_size=32))
        out["parse_s"] = time.perf_counter() - t
        t = time.perf_counter()
        vectors = enc.encode(sents, batch_size=32)
        out["encode_s"] = time.perf_counter() - t
        t = time.perf_counter()
        enc.encode(clauses, batch_size=32)
        out["encode_clauses_s"] = time.perf_counter() - t
    return out, dict(zip(sents, vectors, strict=True))


def scores(y, proba, classes) -> dict[str, float]:
    """Event F1, typed P/R/F1 (argmax and P(root) >= 0.5) and typed AP of out-of-fold probas."""
    import numpy as np

    none = classes.index("NONE")
    roots = np.delete(np.arange(len(classes)), none)
    gold = np.array([classes.index(lab) for lab in y])
    p_event = 1.0 - proba[:, none]
    kind = roots[proba[:, roots].argmax(1)]
    is_gold, right = gold != none, kind == gold
    out = {}
    for tag, pred in (("", proba.argmax(1) != none), ("@.5", p_event >= 0.5)):
        ev = _prf((pred & is_gold).sum(), pred.sum(), is_gold.sum())
        ty = _prf((pred & right).sum(), pred.sum(), is_gold.sum())
        out |= {f"event_f1{tag}": ev[2], f"P{tag}": ty[0], f"R{tag}": ty[1], f"F1{tag}": ty[2]}
    hits = right[np.argsort(-p_event, kind="stable")]
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    out["AP"] = float(precision[hits].sum() / max(is_gold.sum(), 1))
    return out


def _prf(tp, pred, gold) -> tuple[float, float, float]:
    p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Data:
    """Matrices of every row: binary parse features, sentence and clause embeddings."""

    def __init__(self, rows, embed, spans=None):
        import numpy as np
        from sklearn.feature_extraction import DictVectorizer

        self.x = DictVectorizer().fit_transform([dict.fromkeys(r[0], 1) for r in rows]).tocsr()
        self.sent = np.stack([embed[r[2]] for r in rows])
        # clauses are encoded only when rows B2 or C2 are asked for
        clauses = all(r[3] in embed for r in rows)
        self.clause = np.stack([embed[r[3]] for r in rows]) if clauses else None
        from crosswire.events.rootmodel import word_vector

        self.words = np.stack([word_vector(r[0]) for r in rows])
        self.span = spans  # each predicate's contextual vector (rows T, CT), or None
        self.y = np.array([r[1] for r in rows])
        self.classes = sorted(set(self.y))

    def matrices(self, name: str, train, test, scale: float):
        import numpy as np
        from scipy import sparse

        if name in ("B", "B2"):
            e = self.sent if name == "B" else self.clause
            return e[train], e[test]
        seen = (self.x[train] > 0).sum(0).A1 >= 2  # as train_root_model.MIN_COUNT
        xa = self.x[:, seen]
        if name == "A":
            return xa[train], xa[test]
        blocks = {"C": self.sent, "C2": self.clause, "W": self.words, "T": self.span}
        dense = np.hstack([blocks[k] for k in name]) if name in STACKED else blocks[name]
        both = sparse.hstack([xa, scale * dense])
        both = both.tocsr()
        return both[train], both[test]

    def fit_predict(self, name, train, test, c, scale=1.0):
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        xtr, xte = self.matrices(name, train, test, scale)
        clf = LogisticRegression(C=c, max_iter=2000).fit(xtr, self.y[train])
        proba = np.zeros((len(test), len(self.classes)))
        proba[:, [self.classes.index(k) for k in clf.classes_]] = clf.predict_proba(xte)
        return proba


def cross_validate(data: Data, group, fold_of, name: str):
    """Out-of-fold probabilities of the news rows, and the settings picked per fold."""
    import numpy as np

    news = np.flatnonzero(group >= 0)
    fold = np.full(len(group), -1)
    fold[news] = [fold_of[g] for g in group[news]]
    grid = list(product(C_GRID, SCALES if name not in ("A", "B", "B2") else (1.0,)))
    if name == "A":
        grid = [(SHIPPED_C, 1.0)]
    if FIXED:  # no inner search: the shipped C, scale 2 (as the word-vector comparison ran)
        grid = [(SHIPPED_C, 1.0 if name == "A" else 2.0)]
    proba = np.zeros((len(group), len(data.classes)))
    picked = []
    for k in range(FOLDS):
        test, inner = np.flatnonzero(fold == k), np.flatnonzero(fold == (k + 1) % FOLDS)
        best = grid[0]
        if len(grid) > 1:
            sub = np.flatnonzero((fold != k) & (fold != (k + 1) % FOLDS))
            f1 = {
                g: scores(data.y[inner], data.fit_predict(name, sub, inner, *g), data.classes)["F1"]
                for g in grid
            }
            best = max(grid, key=lambda g: (f1[g], -g[0]))
        picked.append(best)
        proba[test] = data.fit_predict(name, np.flatnonzero(fold != k), test, *best)
        _log(f"{name} fold {k}: C={best[0]} scale={best[1]}")
    return proba[news], data.y[news], picked


def main(datasets: Path) -> None:
    if find_spec("threadpoolctl") is None:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import numpy as np

    from crosswire.events.encoder import load_encoder
    from crosswire.nlp.model import load_nlp
    from eval.news_gold import folds_of

    nlp, enc = load_nlp(), load_encoder()
    layers = next((int(a.split("=")[1]) for a in sys.argv if a.startswith("--layers=")), None)
    if layers:  # the first layers only: cheaper, and a measure of what each costs and gives
        enc = replace(enc, layers=layers)
    rows, articles, news_docs = collect(datasets, nlp)
    cost, embed = timings(nlp, enc, news_docs, [r[3] for r in rows if r[4] >= 0])
    _log(f"timings: {cost}")
    names = [a for a in sys.argv[2:] if a.isalnum()] or ["A", "B", "B2", "C", "C2", "W"]
    clauses = bool({"B2", "C2"} & set(names))  # clause texts are encoded only for their rows
    texts = {r[2] for r in rows} | ({r[3] for r in rows} if clauses else set())
    todo = sorted(texts - embed.keys())
    t = time.perf_counter()
    embed |= dict(zip(todo, enc.encode(todo, batch_size=32), strict=True))
    _log(f"encoded {len(todo)} more texts in {time.perf_counter() - t:.0f}s")
    spans = None
    if any("T" in name for name in names):
        t = time.perf_counter()
        spans = enc.encode_spans([r[2] for r in rows], [r[5] for r in rows], batch_size=32)
        _log(f"encoded {len(rows)} predicates in context in {time.perf_counter() - t:.0f}s")
    data = Data(rows, embed, spans)
    group = np.array([r[4] for r in rows])
    gold, silver = articles
    fold_of = folds_of(gold) + folds_of(silver)
    labels = Counter(data.y[group >= 0])
    print(
        f"{len(rows)} predicates; news {sum(labels.values())} "
        f"({sum(labels.values()) - labels['NONE']} with a root), {data.x.shape[1]} parse features"
    )
    cols = ["event_f1", "P", "R", "F1", "AP", "event_f1@.5", "P@.5", "R@.5", "F1@.5"]
    print(f"{'set':4}" + "".join(f"{c:>12}" for c in cols) + "  fit_s  picked (C, scale)")
    for name in names:
        t = time.perf_counter()
        proba, y, picked = cross_validate(data, group, fold_of, name)
        s = scores(y, proba, data.classes)
        line = "".join(f"{s[c]:>12.3f}" for c in cols)
        print(f"{name:4}{line}  {time.perf_counter() - t:5.0f}  {picked}", flush=True)
    ratio = cost["encode_s"] / cost["parse_s"]
    print(
        f"news: {cost['sentences']} sentences parsed in {cost['parse_s']:.1f}s, encoded in "
        f"{cost['encode_s']:.1f}s (x{ratio:.2f} the parse); {cost['clauses']} clauses encoded "
        f"in {cost['encode_clauses_s']:.1f}s (x{cost['encode_clauses_s'] / cost['parse_s']:.2f})"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/datasets"))
