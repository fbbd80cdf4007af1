"""The Dask executor on a real LocalCluster and the local executor make byte-identical stores from
the same 1,000 articles: every table of the store, row for row, but for what names the run
(tests/run/dumps.py).

The articles are this test's own: sentences put together from the small tables below by a seeded
``random.Random``: 200 stories (two countries and one act: an expulsion, a condemnation, a
meeting, an agreement, an accusation, a demand) each told by several outlets, with dates, quotes
with "said", copies of a report under a second id (some with a line added), and a few documents
no reader or pipeline takes (empty, binary, a JSON field of the wrong type, no text, no JSON),
two of them under the id of a report read before or after them.
"""

import json
import multiprocessing
import random
from concurrent.futures import ProcessPoolExecutor

import pytest
from distributed import Client, LocalCluster

from crosswire.run.dask import ingest_on
from crosswire.run.ingest import ingest
from crosswire.settings import DEFAULTS
from crosswire.store.duckdb_store import Store
from tests.run.dumps import dump, first_difference

SEED = 18  # the issue this test closes
ARTICLES = 1000  # analysable reports, copies included
IN_JSONL = 600  # the first ones are JSONL records, the rest .txt files
COPIES = 40  # reports stored again under a second id (every other one with a line added)
STORIES = 200  # what happened: two countries, an act, a day
# (country, adjective, capital, head of government)
COUNTRIES = [
    ("Norway", "Norwegian", "Oslo", "Prime Minister Ingrid Dahl"),
    ("Kenya", "Kenyan", "Nairobi", "President Samuel Otieno"),
    ("Chile", "Chilean", "Santiago", "President Camila Rojas"),
    ("Poland", "Polish", "Warsaw", "Prime Minister Tomasz Nowak"),
    ("Egypt", "Egyptian", "Cairo", "Prime Minister Hany Mostafa"),
    ("Canada", "Canadian", "Ottawa", "Prime Minister Claire Martin"),
    ("Turkey", "Turkish", "Ankara", "President Murat Aydin"),
    ("Vietnam", "Vietnamese", "Hanoi", "Prime Minister Tran Van Minh"),
    ("Peru", "Peruvian", "Lima", "President Lucia Quispe"),
    ("Greece", "Greek", "Athens", "Prime Minister Nikos Petrou"),
    ("Nigeria", "Nigerian", "Abuja", "President Ibrahim Bello"),
    ("Sweden", "Swedish", "Stockholm", "Prime Minister Erik Lund"),
    ("Mexico", "Mexican", "Mexico City", "President Elena Ruiz"),
    ("Pakistan", "Pakistani", "Islamabad", "Prime Minister Imran Qureshi"),
    ("Spain", "Spanish", "Madrid", "Prime Minister Pablo Ortega"),
    ("Indonesia", "Indonesian", "Jakarta", "President Adi Santoso"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
OUTLETS = ["Harbour Post", "Daily Ledger", "Wire Service", "Evening Courier", "Metro Herald"]
# Each act: lead sentences (three wordings), a headline, and what follows in some reports.
ACTS = {
    "expel": (
        ["{A} expelled {n} {b} diplomats {when}",
         "{a_cap} ordered {n} {b} diplomats to leave the country {when} after a spying inquiry",
         "The government of {A} told {n} diplomats from {B} to go home {when}"],
        "{A} expels {b} diplomats",
        ["{B} rejected the accusation and said it would respond in kind.",
         "{b_cap} summoned the {a} ambassador to protest.",
         "The diplomats have a week to leave {A}.",
         "It is the first expulsion of {b} envoys from {A} in a decade."],
    ),
    "condemn": (
        ["{A} condemned {B} {when} over the shelling of a border village",
         "The government of {A} strongly condemned the attack by {b} forces {when}",
         "{a_lead} {when} denounced the shelling of a village near the border with {B}"],
        "{A} condemns {B} over border attack",
        ["{B} denied that its troops had fired across the border.",
         "Officials in {b_cap} said the village had been used by armed groups.",
         "Two farmers were wounded in the shelling, local officials said.",
         "The United Nations urged both sides to show restraint."],
    ),
    "meet": (
        ["{a_lead} met {b_lead} in {b_cap} {when} to discuss trade and energy",
         "{a_lead} held talks with {b_lead} {when}",
         "The leaders of {A} and {B} met {when} for their first talks in two years"],
        "{A} and {B} leaders meet in {b_cap}",
        ["Both sides described the talks as frank and useful.",
         "The two leaders agreed to meet again before the end of the year.",
         "Energy prices and a planned pipeline dominated the meeting.",
         "No agreement was announced after the talks."],
    ),
    "sign": (
        ["{A} and {B} signed a fisheries agreement in {b_cap} {when}",
         "{A} signed a deal with {B} {when} to share fishing rights in the gulf",
         "Ministers from {A} and {B} put their names to a fishing accord {when}"],
        "{A} and {B} sign fisheries deal",
        ["The agreement ends a long dispute over the fishing grounds.",
         "Fishermen in {a_cap} welcomed the deal, a union spokesman said.",
         "The accord must still be approved by the parliament of {B}.",
         "Quotas for the next season will be set by a joint commission."],
    ),
    "accuse": (
        ["{A} accused {B} {when} of jamming the radio signals of its airliners",
         "The {a} defence ministry accused {B} of interfering with civilian flights {when}",
         "{a_lead} {when} blamed {B} for the loss of navigation signals over the sea"],
        "{A} accuses {B} of jamming flights",
        ["{B} called the claim absurd and demanded evidence.",
         "Aviation officials in {b_cap} said they had seen no interference.",
         "Pilots reported the problem on at least {n} flights this month.",
         "Airlines were told to carry extra fuel on the route."],
    ),
    "demand": (
        ["{A} demanded {when} that {B} release {n} detained {a} sailors",
         "{A} called on {B} {when} to free {n} {a} sailors held since last month",
         "{a_lead} {when} urged {B} to let {n} {a} sailors go home"],
        "{A} demands release of sailors held by {B}",
        ["{B} said the sailors had entered its waters illegally.",
         "A court in {b_cap} will hear the case of the sailors next week.",
         "Relatives of the sailors gathered outside the parliament in {a_cap}.",
         "The fishing boat was seized by the coast guard of {B}."],
    ),
}  # fmt: skip
# How a lead sentence ends: who says so.
ATTRIBUTION = [".", ", the foreign ministry in {a_cap} said.",
               ", according to a government statement.",
               ", state television reported."]  # fmt: skip
# What someone says, and who: a name and a role, so that reports of one story quote differently.
SAYINGS = [
    "We will not accept this behaviour", "This is a sad day for relations between our countries",
    "The decision was necessary and overdue", "We regret this step",
    "Dialogue remains the only way forward", "We are studying the situation carefully",
    "Our patience has limits", "Nobody wants this dispute to grow",
]  # fmt: skip
NAMES = ["Anna Berg", "Omar Haddad", "Lucia Ferrer", "Kwame Mensah", "Hana Sato",
         "Piotr Zielinski", "Maria Costa", "Juan Herrera", "Leila Karimi", "Tomas Novak",
         "Grace Njeri", "Ali Demir"]  # fmt: skip
ROLES = ["a spokesman for the {a} foreign ministry", "a senior {b} official",
         "an adviser to the {a} government", "a member of the {b} parliament",
         "a former {a} ambassador", "a spokeswoman in {b_cap}"]  # fmt: skip
QUOTES = ['"{saying}," {name}, {role}, said.', '{name}, {role}, said: "{saying}."',
          '"{saying}," said {name}, {role}.']  # fmt: skip
BACKGROUND = [
    "Relations between {A} and {B} have been tense since an election dispute two years ago.",
    "{A} is one of the largest trading partners of {B}.",
    "The two countries restored full diplomatic ties in {year}.",
    "Analysts in {a_cap} said the move was aimed at voters at home.",
    "Several {a} companies operate ports and mines in {B}.",
    "Talks on a border treaty between the two countries stalled last spring.",
]


def _story(rng, number):
    a, b = rng.sample(COUNTRIES, 2)
    year, month, day = rng.choice([2023, 2024]), rng.randrange(12), rng.randrange(1, 28)
    return {
        "act": rng.choice(sorted(ACTS)), "n": rng.choice(["two", "three", "four", "five"]),
        "A": a[0], "a": a[1], "a_cap": a[2], "a_lead": a[3],
        "B": b[0], "b": b[1], "b_cap": b[2], "b_lead": b[3],
        "year": year, "month": month, "day": day, "number": number,
    }  # fmt: skip


def _quote(rng):
    """A quote with "said", a template still to be filled with the story's fields."""
    said = rng.choice(QUOTES).replace("{role}", rng.choice(ROLES))
    return said.replace("{saying}", rng.choice(SAYINGS)).replace("{name}", rng.choice(NAMES))


def _told(rng, line):
    """``line`` as it is, or told by someone."""
    lower = line if line.startswith("{") else line[0].lower() + line[1:]
    return rng.choice([line, f"{line[:-1]}, {rng.choice(NAMES)} said.",
                       f"According to {rng.choice(NAMES)}, {lower}"])  # fmt: skip


def _report(rng, story):
    """One outlet's report of ``story``: title, publication date and a few paragraphs."""
    leads, headline, follow = ACTS[story["act"]]
    weekday = WEEKDAYS[(story["day"] + story["month"]) % 5]
    when = rng.choice([f"on {weekday}", f"on {story['day']} {MONTHS[story['month']]}",
                       f"on {MONTHS[story['month']]} {story['day']}, {story['year']}"])  # fmt: skip
    fields = story | {"when": when}
    told = [_told(rng, line) for line in rng.sample(follow, rng.randint(1, 2))]
    lines = [rng.choice(leads) + rng.choice(ATTRIBUTION), *told,
             _quote(rng), *rng.sample(BACKGROUND, rng.randint(0, 2))]  # fmt: skip
    lines = [lines[0], *rng.sample(lines[1:], len(lines) - 1)]  # the lead first
    published = f"{story['year']}-{story['month'] + 1:02d}-{story['day'] + rng.randint(0, 1):02d}"
    return {
        "title": headline.format(**fields),
        "published": published,
        "outlet": rng.choice(OUTLETS),
        "text": "\n\n".join(line.format(**fields) for line in lines),
    }


def _doc_id(n):
    return f"wire-{n:04d}" if n < IN_JSONL else f"reports/r{n:04d}.txt"


def write_news(folder):
    """ARTICLES reports and the bad documents in ``folder``: ``wire.jsonl`` and ``reports/``.
    Returns the pairs (id of a copy, id of the report it copies)."""
    rng = random.Random(SEED)
    stories = [_story(rng, i) for i in range(STORIES)]
    reports = [_report(rng, rng.choice(stories)) for _ in range(ARTICLES - COPIES)]
    copied = rng.sample(range(len(reports)), COPIES)
    for k, i in enumerate(copied):
        copy = dict(reports[i], outlet="Copy Desk")
        if k % 2:  # a near copy: the wire text with a line of its own
            copy["text"] += "\n\nThis report was updated with comment from officials."
        reports.append(copy)
    order = list(range(ARTICLES))
    rng.shuffle(order)  # copies among the others, before or after their originals
    records, files = [], {}
    for n, i in enumerate(order):
        if n < IN_JSONL:
            records.append(json.dumps({"id": _doc_id(n), **reports[i]}))
        else:
            files[_doc_id(n)] = f"{reports[i]['title']}\n\n{reports[i]['text']}\n"
    records[100:100] = [  # lines 101-105
        json.dumps({"id": "bad-field", "text": 17, "title": "A number for a text"}),
        json.dumps({"id": "no-text", "body": "The text under a field nobody reads."}),
        "{this line is not JSON",
        json.dumps({"id": "blank", "text": "   "}),
        # an id rejected and then read as a report: stored, no longer listed as skipped
        json.dumps({"id": _doc_id(IN_JSONL - 10), "text": ["not", "a", "string"]}),
    ]
    # an id read as a report and rejected batches later: stored, and listed as skipped
    records.append(json.dumps({"id": _doc_id(5), "text": "A later version.", "url": 5}))
    folder.mkdir()
    (folder / "wire.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (folder / "reports").mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "reports" / "empty.txt").write_text("  \n\n")
    (folder / "reports" / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 64)
    where = {i: _doc_id(n) for n, i in enumerate(order)}
    return {(where[ARTICLES - COPIES + k], where[i]) for k, i in enumerate(copied)}


def ingest_locally(news, db):
    """The local ingest (``ingest``, its default of one worker) of ``news`` into ``db``."""
    with Store(db) as store:
        return ingest([str(news)], store, DEFAULTS)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The Dask and local stores of the same news, their reports and the planted copies.

    The local ingest runs in a process of its own while the Dask one runs here: the test takes
    about the longer of the two, not their sum."""
    tmp = tmp_path_factory.mktemp("thousand")
    news, dask_db, local_db = tmp / "news", tmp / "dask.duckdb", tmp / "local.duckdb"
    copies = write_news(news)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        local = pool.submit(ingest_locally, news, local_db)
        with (
            LocalCluster(
                processes=True, n_workers=2, threads_per_worker=1, dashboard_address=":0"
            ) as cluster,
            Client(cluster) as client,
            Store(dask_db) as store,
        ):
            dask = ingest_on(client, [str(news)], store, DEFAULTS, tmp / "shards")
        local = local.result()
    print(f"seconds: dask {dask.seconds:.0f}, local {local.seconds:.0f}")
    return dask_db, local_db, dask, local, copies


@pytest.mark.slow
def test_dask_and_local_stores_of_a_thousand_articles_are_identical(stores):
    dask_db, local_db, _, _, _ = stores
    dask, local = dump(dask_db), dump(local_db)
    assert (difference := first_difference(dask, local, ("Dask", "local"))) is None, difference
    assert dask == local


@pytest.mark.slow
def test_the_thousand_articles_are_analysed_skipped_copied_and_grouped(stores):
    dask_db, _, dask, local, copies = stores
    assert dask.counts == local.counts and dask.skipped == local.skipped
    assert dask.counts["read"] == ARTICLES + 8  # two bad files and six bad JSONL lines
    assert dask.counts["analysed"] + dask.counts["skipped"] == dask.counts["read"]
    assert dask.counts["analysed"] == ARTICLES
    tables = dump(dask_db)
    skips = {i: reason for i, reason, _ in tables["skipped"][1]}
    assert skips == {
        "bad-field": "bad-record:text",
        "no-text": "bad-record:text",
        "wire.jsonl:103": "bad-record",
        "blank": "empty",
        _doc_id(5): "bad-record:url",
        "reports/empty.txt": "empty",
        "reports/binary.txt": "binary",
    }
    articles = {row[0] for row in tables["articles"][1]}
    assert len(articles) == ARTICLES and {_doc_id(5), _doc_id(IN_JSONL - 10)} <= articles
    root = {row[0]: row[1] for row in tables["copies"][1]}
    assert all(root.get(c, c) == root.get(o, o) for c, o in copies)  # every copy linked
    assert COPIES <= len(root) <= ARTICLES / 10, len(root)
    stories = len(tables["stories"][1])
    assert STORIES / 2 <= stories <= STORIES * 1.2, stories
    assert len(tables["events"][1]) >= ARTICLES * 2  # a lead act each, and the reactions'
    assert len(tables["quotes"][1]) >= ARTICLES
    assert len(tables["story_events"][1]) >= stories and tables["event_mentions"][1]
