"""The whole-article event scorer: sentence assignment, actor matching, counts and folds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosswire.types import Actor, Event
from eval.news_gold import GoldArticle, folds_of, labelled, sentence_of
from eval.score_news import metrics, score_article, side_matches
from tests.eval.test_score_events import SECTORS, FakeDictionary

KEYS = (FakeDictionary(), SECTORS)
TEXT = "Ruritania condemned Borduria. Talks went on. Borduria denied it. Nothing else happened."
SENTENCES = (
    {"n": 0, "start": 0, "end": 29, "events": [
        {"type": "DISAPPROVE", "source": "Ruritania", "source_name": "Ruritania",
         "target": "Borduria", "target_name": "Borduria"}]},
    {"n": 1, "start": 30, "end": 44, "events": []},
    {"n": 2, "start": 45, "end": 63, "events": [
        {"type": "REJECT", "source": "Borduria", "source_name": "Borduria",
         "target": None, "target_name": None}]},
    {"n": 3, "start": 64, "end": 88, "events": []},
)  # fmt: skip
GOLD = GoldArticle("a1", TEXT, "2020-05-04", SENTENCES)


def _event(trigger: str, plover: str, source: str, target: str | None = None, **kw) -> Event:
    at = TEXT.index(trigger)
    sent = next(s for s in SENTENCES if s["start"] <= at < s["end"])
    fields = {
        "source": Actor(source, source),
        "target": Actor(target, target) if target else None,
        "cameo": "111",
        "plover": plover,
        "mode": "",
        "goldstein": -2.0,
        "quad": 3,
        "date": None,
        "date_source": None,
        "modality": "asserted",
        "sentence_start": sent["start"],
        "sentence_end": sent["end"],
        "trigger_start": at,
        "trigger_end": at + len(trigger),
        "confidence": 0.5,
        "rule": "model:test",
    }
    return Event(**{**fields, **kw})


def test_an_event_counts_in_the_sentence_holding_its_trigger():
    ev = _event("denied", "REJECT", "Borduria")
    assert sentence_of(ev, SENTENCES) == 2
    # no trigger: the sentence its own sentence overlaps most
    wide = replace(ev, trigger_start=None, sentence_start=40, sentence_end=80)
    assert sentence_of(wide, SENTENCES) == 2


@pytest.mark.parametrize(
    ("span", "name", "ours", "matches"),
    [
        ("Ruritania", "Ruritania", Actor("Ruritania"), True),
        ("he", "Mara Voss", Actor("Voss", "Mara Voss"), True),  # the resolved name
        ("he", "Mara Voss", Actor("he", "Ilan Brek"), False),  # a shared pronoun is no match
        ("the Kremlin", "Russia", Actor("Moscow", "Moscow", "RUSGOV"), True),  # same country
        (None, None, None, True),  # no gold recipient: anything goes
        ("Borduria", "Borduria", None, False),
    ],
)
def test_side_matches(span, name, ours, matches):
    assert side_matches(span, name, ours, KEYS) is matches


def test_counts_roots_actors_and_sure_events():
    events = [
        _event("condemned", "ACCUSE", "Ruritania", "Borduria", confidence=0.9),
        _event("went", "CONSULT", "Ruritania", confidence=0.85),  # a false event
        _event("denied", "REJECT", "Borduria"),
    ]
    t = score_article(GOLD, events, KEYS)
    assert (t.root_tp, t.root_pred, t.root_gold) == (2, 3, 2)
    assert (t.actor_tp, t.actor_pred, t.actor_gold) == (2, 3, 2)
    assert (t.sure_tp, t.sure_pred) == (1, 2)
    m = metrics(t)
    assert m["root_precision"] == pytest.approx(2 / 3) and m["root_recall"] == 1.0
    assert m["precision_at_80"] == 0.5


def test_dates_of_matched_events_against_ours_and_the_publication_s():
    days = ("2020-05-03", None, "2020-05-04", None)
    gold = [dict(s, events=[dict(e, date=d) for e in s["events"]])
            for s, d in zip(SENTENCES, days, strict=True)]  # fmt: skip
    article = GoldArticle("a1", TEXT, "2020-05-04", tuple(gold))
    events = [
        _event("condemned", "ACCUSE", "Ruritania", "Borduria", date="2020-05-03"),
        _event("denied", "REJECT", "Borduria", date="2020-05"),  # right day's month: wrong
        _event("went", "ACCUSE", "Ruritania", date="2020-05-04"),  # no gold event: not dated
    ]
    t = score_article(article, events, KEYS)
    assert (t.dated, t.date_right, t.date_published) == (2, 1, 1)
    m = metrics(t)
    assert m["date_accuracy"] == m["date_published_accuracy"] == 0.5


def test_events_that_did_not_happen_are_not_counted():
    events = [_event("condemned", "ACCUSE", "Ruritania", "Borduria", modality=m)
              for m in ("negated", "conditional", "denied")]  # fmt: skip
    assert score_article(GOLD, events, KEYS).root_pred == 0
    assert labelled(GOLD, events) == []


def test_a_wrong_doer_is_a_root_hit_but_an_actor_miss():
    t = score_article(GOLD, [_event("condemned", "ACCUSE", "Borduria", "Ruritania")], KEYS)
    assert t.root_tp == 1 and t.actor_tp == 0


def test_labelled_events_say_whether_the_root_is_gold():
    events = [_event("condemned", "ACCUSE", "Ruritania"), _event("went", "CONSULT", "Ruritania")]
    assert [right for _, right in labelled(GOLD, events)] == [True, False]


def test_folds_group_articles_stably_and_evenly():
    articles = [GoldArticle(f"id{i}", "", None, ()) for i in range(23)]
    fold = folds_of(articles)
    assert fold == folds_of(list(reversed(articles)))[::-1]  # by id, not by position
    sizes = [fold.count(k) for k in range(5)]
    assert max(sizes) - min(sizes) <= 1


def test_standoff_labels_read_their_texts_and_offset_spans(tmp_path):
    import json

    from eval.news_gold import load_gold

    data = tmp_path / "data"
    data.mkdir()
    (data / "own.jsonl").write_text(json.dumps({"id": "x1", "body": TEXT}) + "\n")
    first = {"type": "ACCUSE", "source_span": [0, 9], "target_span": [20, 28]}
    third = {"type": "REJECT", "source_span": [45, 53], "target_span": None}
    row = {"dataset": "own.jsonl", "id": "x1", "text_field": "body", "published": None,
           "sentences": [{**SENTENCES[0], "events": [first]},
                         {**SENTENCES[2], "events": [third]}]}  # fmt: skip
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(row) + "\n")
    [article] = load_gold(labels, data)  # texts from another folder than the labels'
    assert article.text == TEXT
    [a], [b] = (s["events"] for s in article.sentences)
    assert (a["source"], a["target"]) == ("Ruritania", "Borduria")
    assert b["source"] == "Borduria" and "target" not in b
