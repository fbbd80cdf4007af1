"""Reconciliation of hand-built event mentions: families, independence, facts."""

from dataclasses import replace

import pytest

from crosswire.stories.facts import change_ratio, family_of, target_count
from crosswire.stories.joins import CLASH, SAME, UNSURE, Mention, sentence_likeness, side_match
from crosswire.stories.reconcile import UNNAMED, reconcile
from crosswire.types import Actor, Article, Document, Event, StoryEvent


def _event(text, trigger, verb, words="", src=("Chile", "CHL"), tgt=("Peru", "PER"),
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
        rule=f"pattern:{verb}|{words}|{code}", pattern_verb=verb,
        pattern_words=tuple(words.split()),
    )  # fmt: skip


def _doc(doc_id, text, *events, outlet=None, origin=None):
    article = Article(id=doc_id, text=text, outlet=outlet, origin=origin)
    return Document(article=article, events=tuple(events))


def _run(docs, copies=None):
    ids = {d.id: [f"{d.id}-{i}" for i in range(len(d.events))] for d in docs}
    return reconcile("s1", docs, ids, copies or {})


A = "Chile expelled five Peruvian consuls on March 3."
B = "Chile ousted 5 Peruvian officials earlier this month."


def _facts(row: StoryEvent) -> dict[str, tuple[str, dict[str, tuple[str, ...]]]]:
    """about → (status, value → the articles that state it)."""
    return {f.about: (f.status, {v.value: v.article_ids for v in f.values}) for f in row.facts}


def test_one_act_worded_and_coded_differently_is_one_event():
    rows = _run([
        _doc("a", A, _event(A, "expelled", "expel", "consul", tgt=("Peruvian consuls", "PERGOV"),
                            date="2023-03-03")),
        _doc("b", B, _event(B, "ousted", "oust", tgt=("Peruvian officials", "PERGOV"),
                            code="174", plover="COERCE", date="2023-03")),
    ])  # fmt: skip
    assert len(rows) == 1
    row = rows[0]
    assert row.family == "expulsion" and row.n_mentions == 2
    assert row.independent_sources == ("a", "b") and row.status == "corroborated"
    facts = _facts(row)
    assert facts["count"] == ("corroborated", {"5": ("a", "b")})
    assert facts["date"][0] == "corroborated"  # 2023-03 agrees with 2023-03-03


def test_reports_join_on_alike_sentences_and_keep_why():
    c = "Last week its navy ordered Peruvian trawlers out of southern fishing grounds."
    docs = [
        _doc("a", A, _event(A, "expelled", "expel", "consul", tgt=("Peruvian consuls", "PERGOV"),
                            date="2023-03-03")),
        _doc("b", B, _event(B, "ousted", "oust", tgt=("Peruvian officials", "PERGOV"),
                            code="174", plover="COERCE", date="2023-03")),
        # the same doer and kind of act, a month the others allow, but nothing else in common
        _doc("c", c, _event(c, "ordered", "expel", tgt=("Peruvian trawlers", "PER"),
                            date="2023-03")),
    ]  # fmt: skip
    rows = _run(docs)
    assert _groups(_run(docs[::-1])) == _groups(rows)  # whichever report is read first
    joined = {tuple(m.article_id for m in r.mentions): r for r in rows}
    assert set(joined) == {("a", "b"), ("c",)}
    a, b = joined["a", "b"].mentions
    assert a.likeness == b.likeness and 0 < a.likeness < 1  # each other's most alike
    assert a.sides == b.sides == 1  # Chile named alike; consuls and officials not
    [alone] = joined["c",].mentions
    assert alone.likeness is None and alone.sides is None


def _report(doc_id, *sentences):
    """A document of several sentences, each with its event (made by ``_event`` on the
    sentence alone) moved to where the sentence stands in the text."""
    text = " ".join(s for s, _ in sentences)
    events, at = [], 0
    for s, e in sentences:
        at = text.index(s, at)
        events.append(
            replace(
                e,
                sentence_start=at,
                sentence_end=at + len(s),
                trigger_start=e.trigger_start + at,
                trigger_end=e.trigger_end + at,
            )
        )
    return _doc(doc_id, text, *events)  # fmt: skip


def test_one_act_is_joined_across_reports_through_its_most_alike_mention():
    consuls = ("Peruvian consuls", "PERGOV")
    first = "Chile ordered them out on Monday."
    retold = "The expulsion of five Peruvian consuls over the Arica smuggling case was a first."
    other = (
        "Santiago's expulsion of five Peruvian consuls over the Arica smuggling case angered Lima."
    )
    rows = _run([
        _report("a", (first, _event(first, "ordered", "expel", tgt=consuls)),
                (retold, replace(_event(retold, "expulsion", "expel", tgt=consuls), source=None))),
        _report("b", (other, _event(other, "expulsion", "expel", src=("Santiago", "CHL"),
                                    tgt=consuls))),
    ])  # fmt: skip
    # report b's mention is read before report a's unnamed one, which is what makes it alike
    [row] = rows
    assert row.independent_sources == ("a", "b") and row.n_mentions == 3
    evidence = {(m.article_id, m.start): (m.likeness, m.sides) for m in row.mentions}
    assert evidence[("b", other.index("expulsion"))][0] > 0.2  # alike to the retelling
    assert evidence[("a", first.index("ordered"))][0] < 0.15  # joined through its own report


def test_sentence_likeness_is_scikit_learns_tfidf_cosine():
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [
        A, B, "Peru's navy detained 40 Chilean fishermen near Arica on Sunday.",
        "Lima summoned Chile's ambassador, and Chile expelled a Peruvian attaché.",
    ]  # fmt: skip
    mentions = [Mention(f"m{i}", f"d{i}", f"d{i}", _event(t, t.split()[1], "x"), t)
                for i, t in enumerate(texts)]  # fmt: skip
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    expected = (matrix @ matrix.T).toarray()
    likeness = sentence_likeness(mentions)
    for i, a in enumerate(mentions):
        for j, b in enumerate(mentions):
            assert likeness(a, b) == pytest.approx(expected[i, j], abs=1e-9)


def test_words_the_whole_story_uses_weigh_less():
    a = Mention("m1", "d1", "d1", _event(A, "expelled", "expel"), A)
    b = Mention("m2", "d2", "d2", _event(B, "ousted", "oust"), B)
    alone = sentence_likeness([a, b])(a, b)
    story = ["Chile and Peru have argued over fishing rights for years.",
             "Peruvian officials said Chile had broken the treaty."]  # fmt: skip
    assert 0 < sentence_likeness([a, b], story)(a, b) < alone  # "Chile", "Peruvian" are common


def _groups(rows) -> set[frozenset[str]]:
    return {frozenset(m.article_id for m in r.mentions) for r in rows}


def test_copies_and_wire_pickups_count_once():
    docs = [
        _doc("a", A, _event(A, "expelled", "expel", "consul"), origin="AP"),
        _doc("b", A, _event(A, "expelled", "expel", "consul"), origin="AP"),
        _doc("c", A, _event(A, "expelled", "expel", "consul")),
    ]
    [row] = _run(docs, copies={"c": "a"})
    assert row.n_mentions == 3
    assert row.independent_sources == ("wire:AP",)
    assert row.status == "single-source"


def test_a_hedge_one_source_drops_is_a_disagreement():
    h = "Peru will suspend its trade mission, probably from May 15."
    s = "Peru will suspend its trade mission on May 15."
    rows = _run([
        _doc("h", h, _event(h, "suspend", "suspend", "mission", src=("Peru", "PER"),
                            tgt=("Chile", "CHL"), date="2023-05-15", modality="hedged")),
        _doc("s", s, _event(s, "suspend", "suspend", "mission", src=("Peru", "PER"),
                            tgt=("Chile", "CHL"), date="2023-05-15", modality="planned")),
    ])  # fmt: skip
    [row] = rows
    facts = _facts(row)
    assert facts["modality"] == ("conflicting", {"hedged": ("h",), "stated": ("s",)})
    assert facts["date"][0] == "corroborated"
    assert row.status == "conflicting"


PE_CL = {"src": ("Peru", "PER"), "tgt": ("Chile", "CHL")}


def _package_run(closure_date_source="clause", together=True):
    """h hedges the suspension's date; s states the closure's date and announced both."""
    h = "We suspend our trade mission in Santiago, probably from May 15, the minister said."
    s1 = "Peru will suspend its trade mission to Chile and close Chile's consulate."
    s2 = "Chile's consulate in Cusco will be closed on May 15."
    s_text = f"{s1} {s2}" if together else f"{s2} {s1}"
    close_at = s_text.index(s2)
    closure = _event(s_text, "closed", "close", "office", date="2023-05-15", modality="planned",
                     date_source=closure_date_source, **PE_CL)  # fmt: skip
    closure = replace(closure, sentence_start=close_at, sentence_end=close_at + len(s2))
    first = s_text.index(s1)
    announced = [
        replace(_event(s_text, w, v, o, modality="planned", date_source="document", **PE_CL),
                sentence_start=first, sentence_end=first + len(s1))
        for w, v, o in (("suspend", "suspend", "mission"), ("close ", "close", "office"))
    ]  # fmt: skip
    if not together:  # the closure is never named in one sentence with the suspension
        announced = announced[:1]
    return _run([
        _doc("h", h, _event(h, "suspend", "suspend", "mission", date="2023-05-15",
                            modality="hedged", **PE_CL)),
        _doc("s", s_text, *announced, closure),
    ])  # fmt: skip


def test_a_date_hedged_for_one_measure_of_a_package_is_a_disagreement_on_each():
    rows = {r.family: r for r in _package_run()}
    for family in ("suspension", "closure"):
        timing = _facts(rows[family])["timing"]
        assert timing == (
            "conflicting",
            {"hedged 2023-05-15": ("h",), "stated 2023-05-15": ("s",)},
        ), family
    assert rows["closure"].status == "conflicting"


def test_measures_never_announced_together_do_not_share_their_dates():
    rows = {r.family: r for r in _package_run(together=False)}
    assert "timing" not in _facts(rows["closure"])
    assert _facts(rows["suspension"])["timing"][0] == "single-source"


def test_a_document_date_is_no_stated_timing():
    rows = {r.family: r for r in _package_run(closure_date_source="document")}
    assert _facts(rows["closure"])["timing"][0] == "single-source"


def test_different_acts_with_one_code_stay_apart():
    t = "Peru suspended its trade mission to Chile and closed Chile's consulate in Cusco."
    pair = {"src": ("Peru", "PER"), "tgt": ("Chile", "CHL")}
    rows = _run([_doc("a", t, _event(t, "suspended", "suspend", "mission", **pair),
                      _event(t, "closed", "close", "office", **pair))])  # fmt: skip
    assert sorted(r.family for r in rows) == ["closure", "suspension"]


def test_background_years_apart_are_separate_events():
    t = "Chile suspended fishing cooperation with Peru in 2009 and suspended it once more in 2016."
    rows = _run([_doc("a", t,
        _event(t, "suspended", "suspend", "cooperation", date="2009"),
        _event(t, "more", "suspend", "cooperation", date="2016"))])  # fmt: skip
    assert len(rows) == 2


def test_numbers_that_differ_conflict():
    x, y = "Chile expelled five Peruvian consuls.", "Chile expelled seven Peruvian consuls."
    tgt = ("Peruvian consuls", "PERGOV")
    [row] = _run([_doc("x", x, _event(x, "expelled", "expel", "consul", tgt=tgt)),
                  _doc("y", y, _event(y, "expelled", "expel", "consul", tgt=tgt))])  # fmt: skip
    assert _facts(row)["count"][0] == "conflicting" and row.status == "conflicting"


@pytest.mark.parametrize(
    ("sentence", "ratio"),
    [
        ("Chile halved its consular staff in Lima.", 0.5),
        ("Chile cut the delegation from 14 to 7.", 0.5),
        ("The budget was cut by 30% this year.", 0.7),
        ("Spending doubled.", 2.0),
        ("Chile expelled five consuls.", None),
    ],
)
def test_change_ratio(sentence, ratio):
    assert change_ratio(sentence) == ratio


def test_target_count_reads_the_number_before_the_target():
    t = "Chile expelled five Peruvian consuls."
    ev = _event(t, "expelled", "expel", tgt=("Peruvian consuls", "PERGOV"))
    assert target_count(t, ev) == 5
    none = _event("Chile expelled Peruvian consuls.", "expelled", "expel",
                  tgt=("Peruvian consuls", "PERGOV"))  # fmt: skip
    assert target_count("Chile expelled Peruvian consuls.", none) is None


def test_family_falls_back_to_the_plover_type():
    t = "Chile met Peru."
    assert family_of(_event(t, "met", "meet", code="040", plover="CONSULT")) == "CONSULT"


C = "The expulsion of the Peruvian consuls was condemned in Lima."


def test_a_mention_without_a_doer_joins_the_one_act_that_names_it():
    unnamed = replace(
        _event(C, "expulsion", "expel", "consul", tgt=("Peruvian consuls", "PERGOV")),
        source=None, rule="nominal:expulsion>pattern:expel|consul|161",
    )  # fmt: skip
    rows = _run([
        _doc("a", A, _event(A, "expelled", "expel", "consul", tgt=("Peruvian consuls", "PERGOV"))),
        _doc("b", C, unnamed),
    ])  # fmt: skip
    [row] = rows
    assert row.family == "expulsion" and row.n_mentions == 2
    assert row.source_code == "CHL" and row.independent_sources == ("a", "b")


def test_a_mention_without_a_doer_stays_apart_when_two_acts_could_be_it():
    t = "Chile expelled Peruvian consuls, and Ecuador expelled them too."
    consuls = ("Peruvian consuls", "PERGOV")
    unnamed = replace(_event(C, "expulsion", "expel", tgt=consuls), source=None)
    rows = _run([
        _doc("a", t, _event(t, "expelled", "expel", tgt=consuls),
             _event(t, "them", "expel", src=("Ecuador", "ECU"), tgt=consuls)),
        _doc("b", C, unnamed),
    ])  # fmt: skip
    assert len(rows) == 3
    assert [r.source_code for r in rows if r.n_mentions == 1 and r.source_name is None] == [None]


def test_a_wording_no_family_knows_joins_the_act_of_its_type():
    t = "Chile accused Peru of spying on Monday."
    u = "Chile filed a complaint against Peru on Monday."
    rows = _run([
        _doc("a", t, _event(t, "accused", "accuse", code="112", plover="ACCUSE")),
        _doc("b", u, _event(u, "filed", "file", "complaint", code="115", plover="ACCUSE")),
    ])  # fmt: skip
    [row] = rows
    assert row.independent_sources == ("a", "b")


def test_a_person_joins_their_state_but_not_another_person():
    lavrov = Actor("Lavrov", "Sergey Lavrov", "RUSGOV")
    assert side_match(lavrov, Actor("Russia", "Russia", "RUS")) == UNSURE
    assert side_match(lavrov, Actor("Sergey V. Lavrov", "Sergey V. Lavrov", "RUSGOV")) == SAME
    assert (
        side_match(Actor("N.A.T.O.", "N.A.T.O.", "IGOWSTNAT"), Actor("NATO", "NATO", "IGOWSTNAT"))
        == SAME
    )
    assert side_match(lavrov, Actor("Shoigu", "Sergei Shoigu", "RUSMIL")) == CLASH
    assert side_match(lavrov, Actor("Kuleba", "Dmytro Kuleba", "UKRGOV")) == CLASH
    # two states of one country are not one actor; a phrase kept as text decides nothing
    assert side_match(Actor("Ohio", "Ohio", "USA"), Actor("Utah", "Utah", "USA")) == UNSURE
    assert side_match(Actor("the envoys", None, None), lavrov) == UNSURE


def test_acts_done_on_different_days_stay_apart():
    t = "Chile met Peru on Monday, and Chile met Peru again on Thursday."
    rows = _run([_doc("a", t, _event(t, "met", "meet", code="040", plover="CONSULT",
                                     date="2023-03-06")),
                 _doc("b", t, _event(t, "again", "meet", code="040", plover="CONSULT",
                                     date="2023-03-09"))])  # fmt: skip
    assert len(rows) == 2


def test_an_act_told_as_news_is_not_one_stated_years_before():
    old = "Chile cut its consular staff in Peru in 2009."
    new = "Chile halved its consular staff in Peru, the ministry said."
    later = "Chile cut its consular staff in Peru by half."
    rows = _run([
        _doc("a", old, _event(old, "cut", "cut", "staff", date="2009")),
        _doc("b", new, _event(new, "halved", "halve", "staff", date="2023-05-02",
                              date_source="document")),
        _doc("c", later, _event(later, "cut", "cut", "staff", date="2023-05-04",
                                date_source="document")),
    ])  # fmt: skip
    assert sorted(r.n_mentions for r in rows) == [1, 2]
    [news] = [r for r in rows if r.n_mentions == 2]
    assert news.independent_sources == ("b", "c")


def test_casualty_counts_conflict_unless_a_floor_allows_them():
    tgt = ("Peruvian fishermen", "PERCVL")

    def row(other):
        x = "Chile shelled Peruvian fishermen off Arica, killing at least nine of them."
        return _run([_doc("x", x, _event(x, "shelled", "shell", code="195", plover="ASSAULT",
                                         tgt=tgt)),
                     _doc("y", other, _event(other, "shelled", "shell", code="195",
                                             plover="ASSAULT", tgt=tgt))])  # fmt: skip

    [agreeing] = row("Chile shelled Peruvian fishermen off Arica; 11 fishermen died.")
    assert _facts(agreeing)["killed"] == ("corroborated", {"at least 9": ("x",), "11": ("y",)})
    [fewer] = row("Chile shelled Peruvian fishermen off Arica; seven fishermen died.")
    assert _facts(fewer)["killed"][0] == "conflicting" and fewer.status == "conflicting"


def test_an_act_told_beside_an_attack_does_not_take_its_dead():
    t = "Peru expelled Chile's envoy after a raid that killed 14 fishermen."
    u = "Peru expelled Chile's envoy after a raid that killed 9 fishermen."
    envoy = {"src": ("Peru", "PER"), "tgt": ("Chile", "CHL"), "plover": "SANCTION"}
    [row] = _run(
        [_doc(d, s, _event(s, "expelled", "expel", **envoy)) for d, s in (("t", t), ("u", u))]
    )
    assert "killed" not in _facts(row) and row.status == "corroborated"


def _named(e, name, code, text):
    at = text.index(name)
    return replace(e, source=Actor(name, name, code, at, at + len(name)))


X = "Chilean artillery shelled the Peruvian border post at Tacna before dawn on Sunday."
Y = "Bolivian artillery shelled the Peruvian border post at Tacna before dawn on Sunday."


def _disputed_run(code="195", plover="ASSAULT", quad=4, doer_y="Bolivian artillery"):
    post = ("Peruvian border post", "PERMIL")
    ex = _event(X, "shelled", "shell", code=code, plover=plover, tgt=post)
    ey = _event(Y, "shelled", "shell", code=code, plover=plover, tgt=post)
    return _run([
        _doc("x", X, replace(_named(ex, "Chilean artillery", "CHLMIL", X), quad=quad)),
        _doc("y", Y, replace(_named(ey, doer_y, "BOLMIL", Y), quad=quad)),
    ])  # fmt: skip


def test_a_material_act_told_with_clashing_doers_is_one_act_in_dispute():
    [row] = _disputed_run()
    assert row.independent_sources == ("x", "y") and row.status == "conflicting"
    assert _facts(row)["doer"] == (
        "conflicting",
        {"Chilean artillery": ("x",), "Bolivian artillery": ("y",)},
    )


def test_the_us_can_be_a_doer_in_dispute_but_a_report_naming_both_is_no_dispute():
    # "US" is a doer, not a pronoun, nor the letters of "just"
    x = "Chilean artillery shelled the Peruvian border post at Tacna just before dawn on Sunday."
    us = "US artillery shelled the Peruvian border post at Tacna just before dawn on Sunday."
    post = ("Peruvian border post", "PERMIL")
    ex = _event(x, "shelled", "shell", code="195", plover="ASSAULT", tgt=post)
    eu = _event(us, "shelled", "shell", code="195", plover="ASSAULT", tgt=post)
    rows = _run([_doc("x", x, _named(ex, "Chilean artillery", "CHLMIL", x)),
                 _doc("u", us, _named(eu, "US", "USAMIL", us))])  # fmt: skip
    assert len(rows) == 1 and _facts(rows[0])["doer"][0] == "conflicting"
    # a report that names both sides ("... said Bolivian artillery shelled") read with the
    # wrong doer is our reading, not a second account
    both = (
        "Chilean artillery, officers said, saw Bolivian artillery shell the Peruvian border"
        " post at Tacna before dawn on Sunday."
    )
    eb = _event(both, "shell", "shell", code="195", plover="ASSAULT", tgt=post)
    rows = _run([_doc("x", X, _named(ex, "Chilean artillery", "CHLMIL", X)),
                 _doc("b", both, _named(eb, "Bolivian artillery", "BOLMIL", both))])  # fmt: skip
    assert len(rows) == 2


def test_clashing_doers_stay_two_acts_for_words_or_a_pronoun():
    # two speakers' condemnations are two acts however alike their wording
    assert len(_disputed_run(code="122", plover="DISAPPROVE", quad=3)) == 2
    # a doer reached through a pronoun may be our reading, not the reports' dispute
    y = Y.replace("Bolivian artillery", "Its artillery")
    post = ("Peruvian border post", "PERMIL")
    ey = _event(y, "shelled", "shell", code="195", plover="ASSAULT", tgt=post)
    ex = _event(X, "shelled", "shell", code="195", plover="ASSAULT", tgt=post)
    rows = _run([_doc("x", X, _named(ex, "Chilean artillery", "CHLMIL", X)),
                 _doc("y", y, _named(ey, "Its", "BOLMIL", y))])  # fmt: skip
    assert len(rows) == 2


def test_a_doer_one_source_leaves_unsaid_is_shown_as_not_named():
    unnamed = replace(
        _event(C, "expulsion", "expel", "consul", tgt=("Peruvian consuls", "PERGOV")),
        source=None, rule="nominal:expulsion>pattern:expel|consul|161",
    )  # fmt: skip
    [row] = _run([
        _doc("a", A, _event(A, "expelled", "expel", "consul", tgt=("Peruvian consuls", "PERGOV"))),
        _doc("b", C, unnamed),
    ])  # fmt: skip
    assert _facts(row)["doer"] == ("single-source", {"Chile": ("a",), UNNAMED: ("b",)})
    assert row.status == "corroborated"  # leaving the doer unsaid is no contradiction


def test_a_role_without_its_country_or_a_short_first_name_clashes_with_nothing():
    prosecutors = Actor("prosecutors", "prosecutors", "JUD")
    assert side_match(prosecutors, Actor("Chile", "Chile", "CHLJUD")) == UNSURE
    rob, robert = Actor("Rob Vance", "Rob Vance", None), Actor("Robert Vance", "Robert Vance")
    assert side_match(rob, robert) == UNSURE
    assert (
        side_match(Actor("Bill Okoro", "Bill Okoro"), Actor("William Okoro", "William Okoro"))
        == UNSURE
    )
    assert side_match(rob, Actor("Alice Vance", "Alice Vance")) == CLASH
    assert side_match(Actor("Jan Vance", "Jan Vance"), Actor("Joan Vance", "Joan Vance")) == CLASH
    sergei, sergey = (
        Actor("Sergei Volkov", "Sergei Volkov"),
        Actor("Sergey Volkov", "Sergey Volkov"),
    )
    assert side_match(sergei, sergey) == UNSURE
    # Morocco's code is no role's, though a Maronite's code (CHRMAR) ends with it
    assert (
        side_match(Actor("Morocco", "Morocco", "MAR"), Actor("Algeria", "Algeria", "DZA")) == CLASH
    )


def _doers(*doers):
    """A story event told by one report per doer (None: the report does not name one)."""
    docs = []
    for i, doer in enumerate(doers):
        e = _event(A, "expelled", "expel", "consul", tgt=("Peruvian consuls", "PERGOV"))
        docs.append(_doc(f"r{i}", A, replace(e, source=doer and Actor(*doer))))
    [row] = _run(docs)
    return _facts(row)["doer"][0]


def test_doers_agree_only_when_the_reports_give_one_account():
    assert _doers(("prosecutors", None, "JUD"), ("the attorney general", None, "CHLJUD")) == (
        "corroborated"
    )
    assert _doers(("Rojas", "Ana Rojas", "CHLGOV"), ("Chile", "Chile", "CHL")) == "corroborated"
    # two roles, or two provinces of one country, confirm neither the other
    assert _doers(("prosecutors", None, "JUD"), ("police", None, "COP")) == "single-source"
    assert _doers(("Arica", "Arica", "CHL"), ("Iquique", "Iquique", "CHL")) == "single-source"
    # rebels are no account of their country's
    assert _doers(("Chile", "Chile", "CHL"), ("rebels", None, "CHLREB")) == "single-source"
    assert _doers(("Chile", "Chile", "CHL"), ("the army", None, "CHLMIL")) == "corroborated"
    assert _doers(("the governor", None, "CHLGOV"), ("judges", None, "CHLJUD")) == "single-source"
    assert _doers(("the court", None, "CHLJUD"), ("judges", None, "CHLJUD")) == "corroborated"
    assert _doers(("Chile", "Chile", "CHL"), None) == "single-source"


@pytest.mark.parametrize(
    ("a", "b", "verbs", "code", "plover", "acts"),
    [
        ("Chile condemned Peru over the border closure on Monday.",
         "Peru accused Chile of provoking the border closure on Monday.",
         ("condemned", "accused"), "111", "ACCUSE", 2),
        ("Chile met Peru at the border on Monday to talk about the closure.",
         "Peru met Chile at the border on Monday to talk about the closure.",
         ("met", "met"), "040", "CONSULT", 1),
    ],
)  # fmt: skip
def test_acts_whose_doer_is_the_others_recipient_stay_apart_unless_mutual(
    a, b, verbs, code, plover, acts
):
    rows = _run([
        _doc("a", a, _event(a, verbs[0], verbs[0], code=code, plover=plover)),
        _doc("b", b, _event(b, verbs[1], verbs[1], src=("Peru", "PER"), tgt=("Chile", "CHL"),
                            code=code, plover=plover)),
    ])  # fmt: skip
    assert len(rows) == acts, rows


SUED = "Chile sued Peru at the tribunal in The Hague over the seized Arica fishing boats."
ASKED = "Chile asked the tribunal in The Hague to make Peru return the seized Arica fishing boats."


@pytest.mark.parametrize(
    ("tgt", "plover", "acts"),
    [
        (("Peru", "PER"), "REQUEST", 1),  # a demand and a suit: one act, both sides agree
        (None, "REQUEST", 2),  # a type apart needs both sides named alike
        (("Peru", "PER"), "REJECT", 2),  # a type no row makes a neighbour of ACCUSE
    ],
)
def test_a_type_one_level_apart_joins_only_on_both_sides(tgt, plover, acts):
    asked = _event(ASKED, "asked", "ask", tgt=tgt, code="10", plover=plover)
    rows = _run([
        _doc("a", SUED, _event(SUED, "sued", "sue", code="115", plover="ACCUSE")),
        _doc("b", ASKED, asked),
    ])  # fmt: skip
    assert len(rows) == acts, rows
    if acts == 1:
        assert {m.sides for m in rows[0].mentions} == {2}


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        (Actor("Doyle", "Kim Doyle", "BUS"), CLASH),  # a firm's director is not the state
        (Actor("activists", None, "OPP"), CLASH),
        (Actor("the governor", None, "GOV"), UNSURE),  # a role the state's may be
        (Actor("Doyle", "Kim Doyle", None), UNSURE),  # a person we know nothing of
        (Actor("Ohio firms", None, "USABUS"), UNSURE),
    ],
)
def test_an_actor_outside_any_state_clashes_with_a_state(actor, expected):
    assert side_match(actor, Actor("Ohio", "Ohio", "USA")) == expected
    assert side_match(Actor("Ohio", "Ohio", "USA"), actor) == expected


def test_a_firm_speaking_of_a_state_is_not_that_states_act():
    charge = "Ohio accused Texas of draining the Red River on Monday."
    said = "Kim Doyle of the Water Users Council said Texas was right."
    ohio, texas = ("Ohio", "USA"), ("Texas", "USA")
    rows = _run([
        _report("a", (charge, _event(charge, "accused", "accuse", src=ohio, tgt=texas,
                                     code="112", plover="ACCUSE")),
                (said, _event(said, "said", "", src=("Kim Doyle", "BUS"), tgt=texas,
                              code="11", plover="ACCUSE"))),
    ])  # fmt: skip
    assert len(rows) == 2


def test_a_mention_naming_neither_side_joins_no_other_report():
    a = "The two delegations ended two days of tense negotiations in Geneva on Friday."
    b = "Two days of tense negotiations in Geneva ended on Friday without a deal."

    def bare(text):
        ev = _event(text, "negotiations", "negotiate", code="046", plover="CONSULT", tgt=None)
        return replace(ev, source=None)

    rows = _run([_doc("a", a, bare(a)), _doc("b", b, bare(b))])
    assert sorted(tuple(m.article_id for m in r.mentions) for r in rows) == [("a",), ("b",)]
    # the same sentences naming their sides are one act
    named = _run([_doc("a", a, _event(a, "negotiations", "negotiate", code="046",
                                      plover="CONSULT", tgt=None)),
                  _doc("b", b, _event(b, "negotiations", "negotiate", code="046",
                                      plover="CONSULT", tgt=None))])  # fmt: skip
    assert [tuple(m.article_id for m in r.mentions) for r in named] == [("a", "b")]


SAID = "The mayor said the city must give the firefighters the backing they need this winter."


@pytest.mark.parametrize(
    ("other", "acts"),
    [
        (SAID, 1),  # one quotation read two ways: one act
        ("On Friday the city was told it must give the firefighters more money.", 2),
    ],
)
def test_the_same_words_retold_are_one_act_whatever_their_reading(other, acts):
    # one report's context made "give" a request, the other's support: the type is ours
    mayor = ("The mayor", "USA")
    rows = _run([
        _doc("a", SAID, _event(SAID, "give", "give", src=mayor, tgt=None, code="10",
                               plover="REQUEST")),
        _doc("b", other, _event(other, "give", "give", src=mayor, tgt=None, code="051",
                                plover="SUPPORT")),
    ])  # fmt: skip
    assert len(rows) == acts, rows
    if acts == 1:
        assert rows[0].independent_sources == ("a", "b")
