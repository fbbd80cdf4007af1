"""Reconciliation of hand-built event mentions: families, independence, facts."""

from dataclasses import replace

import pytest

from crosswire.stories.facts import change_ratio, family_of, target_count
from crosswire.stories.reconcile import reconcile
from crosswire.types import Actor, Article, Document, Event


def _event(text, trigger, verb, words="", src=("NATO", "IGOWSTNAT"), tgt=("Russia", "RUS"),
           code="161", plover="SANCTION", date=None, date_source="clause",
           modality="asserted"):  # fmt: skip
    start = text.index(trigger)
    t_at = text.index(tgt[0]) if tgt and tgt[0] in text else None
    return Event(
        source=Actor(src[0], src[0], src[1]),
        target=(Actor(tgt[0], tgt[0], tgt[1], t_at, None if t_at is None else t_at + len(tgt[0]))
                if tgt else None),
        cameo=code, plover=plover, mode="", goldstein=-4.0, quad=4, date=date,
        date_source=date_source, modality=modality, sentence_start=0, sentence_end=len(text),
        trigger_start=start, trigger_end=start + len(trigger), confidence=0.9,
        rule=f"pattern:{verb}|{words}|{code}",
    )  # fmt: skip


def _doc(doc_id, text, *events, outlet=None, origin=None):
    article = Article(id=doc_id, text=text, outlet=outlet, origin=origin)
    return Document(article=article, events=tuple(events))


def _run(docs, copies=None):
    ids = {d.id: [f"{d.id}-{i}" for i in range(len(d.events))] for d in docs}
    return reconcile("s1", docs, ids, copies or {})


A = "NATO expelled eight Russian diplomats on October 6."
B = "NATO ousted 8 Russian officials earlier this month."


def test_one_act_worded_and_coded_differently_is_one_event():
    rows = _run([
        _doc("a", A, _event(A, "expelled", "expel", "diplomat", tgt=("Russian diplomats", "RUSGOV"),
                            date="2021-10-06")),
        _doc("b", B, _event(B, "ousted", "oust", tgt=("Russian officials", "RUSGOV"),
                            code="174", plover="COERCE", date="2021-10")),
    ])  # fmt: skip
    assert len(rows) == 1
    row = rows[0]
    assert row.family == "expulsion" and row.n_mentions == 2
    assert row.independent_sources == ("a", "b") and row.status == "corroborated"
    facts = {about: (status, dict(values)) for about, status, values in row.facts}
    assert facts["count"] == ("corroborated", {"8": ("a", "b")})
    assert facts["date"][0] == "corroborated"  # 2021-10 agrees with 2021-10-06


def test_copies_and_wire_pickups_count_once():
    docs = [
        _doc("a", A, _event(A, "expelled", "expel", "diplomat"), origin="AP"),
        _doc("b", A, _event(A, "expelled", "expel", "diplomat"), origin="AP"),
        _doc("c", A, _event(A, "expelled", "expel", "diplomat")),
    ]
    [row] = _run(docs, copies={"c": "a"})
    assert row.n_mentions == 3
    assert row.independent_sources == ("wire:AP",)
    assert row.status == "single-source"


def test_a_hedge_one_source_drops_is_a_disagreement():
    h = "Russia will suspend its mission, probably from November 1."
    s = "Russia will suspend its mission on November 1."
    rows = _run([
        _doc("h", h, _event(h, "suspend", "suspend", "mission", src=("Russia", "RUS"),
                            tgt=("NATO", "IGOWSTNAT"), date="2021-11-01", modality="hedged")),
        _doc("s", s, _event(s, "suspend", "suspend", "mission", src=("Russia", "RUS"),
                            tgt=("NATO", "IGOWSTNAT"), date="2021-11-01", modality="planned")),
    ])  # fmt: skip
    [row] = rows
    facts = {about: (status, dict(values)) for about, status, values in row.facts}
    assert facts["modality"] == ("conflicting", {"hedged": ("h",), "stated": ("s",)})
    assert facts["date"][0] == "corroborated"
    assert row.status == "conflicting"


RU_NATO = {"src": ("Russia", "RUS"), "tgt": ("NATO", "IGOWSTNAT")}


def _package_run(closure_date_source="clause", together=True):
    """h hedges the suspension's date; s states the closure's date and announced both."""
    h = "We suspend our mission to NATO, probably from November 1, Lavrov said."
    s1 = "Russia will suspend its mission to NATO and close NATO's office."
    s2 = "NATO's office will be closed on November 1."
    s_text = f"{s1} {s2}" if together else f"{s2} {s1}"
    close_at = s_text.index(s2)
    closure = _event(s_text, "closed", "close", "office", date="2021-11-01", modality="planned",
                     date_source=closure_date_source, **RU_NATO)  # fmt: skip
    closure = replace(closure, sentence_start=close_at, sentence_end=close_at + len(s2))
    first = s_text.index(s1)
    announced = [
        replace(_event(s_text, w, v, o, modality="planned", date_source="document", **RU_NATO),
                sentence_start=first, sentence_end=first + len(s1))
        for w, v, o in (("suspend", "suspend", "mission"), ("close ", "close", "office"))
    ]  # fmt: skip
    if not together:  # the closure is never named in one sentence with the suspension
        announced = announced[:1]
    return _run([
        _doc("h", h, _event(h, "suspend", "suspend", "mission", date="2021-11-01",
                            modality="hedged", **RU_NATO)),
        _doc("s", s_text, *announced, closure),
    ])  # fmt: skip


def test_a_date_hedged_for_one_measure_of_a_package_is_a_disagreement_on_each():
    rows = {r.family: r for r in _package_run()}
    for family in ("suspension", "closure"):
        timing = {a: (st, dict(v)) for a, st, v in rows[family].facts}["timing"]
        assert timing == (
            "conflicting",
            {"hedged 2021-11-01": ("h",), "stated 2021-11-01": ("s",)},
        ), family
    assert rows["closure"].status == "conflicting"


def test_measures_never_announced_together_do_not_share_their_dates():
    rows = {r.family: r for r in _package_run(together=False)}
    assert "timing" not in {a for a, _, _ in rows["closure"].facts}
    assert {a: st for a, st, _ in rows["suspension"].facts}["timing"] == "single-source"


def test_a_document_date_is_no_stated_timing():
    rows = {r.family: r for r in _package_run(closure_date_source="document")}
    assert {a: st for a, st, _ in rows["closure"].facts}["timing"] == "single-source"


def test_different_acts_with_one_code_stay_apart():
    t = "Russia suspended its mission to NATO and closed NATO's office in Moscow."
    pair = {"src": ("Russia", "RUS"), "tgt": ("NATO", "IGOWSTNAT")}
    rows = _run([_doc("a", t, _event(t, "suspended", "suspend", "mission", **pair),
                      _event(t, "closed", "close", "office", **pair))])  # fmt: skip
    assert sorted(r.family for r in rows) == ["closure", "suspension"]


def test_background_years_apart_are_separate_events():
    t = "NATO suspended cooperation with Russia in 2014 and suspended it again in 2021."
    rows = _run([_doc("a", t,
        _event(t, "suspended", "suspend", "cooperation", date="2014"),
        _event(t, "again", "suspend", "cooperation", date="2021"))])  # fmt: skip
    assert len(rows) == 2


def test_numbers_that_differ_conflict():
    x, y = "NATO expelled eight Russian diplomats.", "NATO expelled ten Russian diplomats."
    tgt = ("Russian diplomats", "RUSGOV")
    [row] = _run([_doc("x", x, _event(x, "expelled", "expel", "diplomat", tgt=tgt)),
                  _doc("y", y, _event(y, "expelled", "expel", "diplomat", tgt=tgt))])  # fmt: skip
    facts = {about: status for about, status, _ in row.facts}
    assert facts["count"] == "conflicting" and row.status == "conflicting"


@pytest.mark.parametrize(
    ("sentence", "ratio"),
    [
        ("NATO halved the size of the team.", 0.5),
        ("NATO cut the team from 20 to 10.", 0.5),
        ("The budget was cut by 30% this year.", 0.7),
        ("Spending doubled.", 2.0),
        ("NATO expelled eight diplomats.", None),
    ],
)
def test_change_ratio(sentence, ratio):
    assert change_ratio(sentence) == ratio


def test_target_count_reads_the_number_before_the_target():
    t = "NATO expelled eight Russian diplomats."
    ev = _event(t, "expelled", "expel", tgt=("Russian diplomats", "RUSGOV"))
    assert target_count(t, ev) == 8
    none = _event("NATO expelled Russian diplomats.", "expelled", "expel",
                  tgt=("Russian diplomats", "RUSGOV"))  # fmt: skip
    assert target_count("NATO expelled Russian diplomats.", none) is None


def test_family_falls_back_to_the_plover_type():
    t = "Chile met Peru."
    assert family_of(_event(t, "met", "meet", code="040", plover="CONSULT")) == "CONSULT"
