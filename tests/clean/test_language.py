"""A text in a language the pipeline cannot read is skipped with its language, not read as
English; a short or name-dense text, whose detection is unreliable, is read."""

import pytest

from crosswire.clean import clean
from crosswire.clean.language import MIN_CHARS, detect_language
from crosswire.run.ingest import ingest
from crosswire.settings import DEFAULTS, IngestSettings
from crosswire.store import Store
from crosswire.types import Article, RawDocument, Skipped

SETTINGS = IngestSettings(max_bytes=100_000, min_chars=20)

FRENCH = (
    "Le conseil municipal de la ville a voté mardi soir la fermeture du vieux pont du port. "
    "Les travaux dureront au moins six mois, selon le maire, qui a promis des navettes "
    "gratuites pour les habitants des quartiers concernés pendant toute la durée du chantier."
)
GERMAN = (
    "Der Stadtrat hat am Dienstagabend beschlossen, die alte Hafenbrücke für Reparaturen zu "
    "schließen. Die Arbeiten sollen mindestens sechs Monate dauern, sagte die Bürgermeisterin, "
    "und Pendler müssen in dieser Zeit auf die Fähre oder auf Busse ausweichen."
)
ENGLISH = (
    "The city council voted on Tuesday evening to close the old harbour bridge for repairs. "
    "The works will last at least six months, the mayor said, promising free shuttle buses "
    "for residents of the affected districts for as long as the bridge stays closed."
)
# English, long enough, but so dense with foreign names that a detector may hesitate
NAMES = (
    "Abbas meets Netanyahu in Ramallah. Erdogan, Sisi and Bin Salman talk in Riyadh. "
    "BERLIN (dpa) - Scholz met Macron and Sanchez in Bruxelles. Ouagadougou, Bamako and Niamey: "
    "juntas of Burkina Faso, Mali and Niger sign a pact."
)


def _clean(text: str) -> Article | Skipped:
    return clean(RawDocument(id="d", origin="test", content=text), SETTINGS)


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (GERMAN, "de")])
def test_a_foreign_article_is_skipped_with_its_language(text, code):
    assert len(text) >= MIN_CHARS
    result = _clean(text)
    assert isinstance(result, Skipped)
    assert result.reason == f"language-unsupported:{code}"
    assert code in result.detail


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (FRENCH[:86], "fr"),
        (GERMAN[:95], "de"),
        ("Le maire a parlé aux habitants hier.", None),
        (NAMES, None),
    ],
)
def test_short_or_unclear_text_is_not_trusted_and_is_read(text, code):
    found = detect_language(text)
    assert not found.reliable
    if code:  # a short sentence is still guessed right, only not acted on
        assert found.code == code
    assert isinstance(_clean(text), Article)


def test_an_english_article_is_detected_and_read():
    found = detect_language(ENGLISH)
    assert (found.code, found.reliable) == ("en", True)
    assert isinstance(_clean(ENGLISH), Article)


def test_language_skips_are_stored_and_counted_per_language(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in (("fr1", FRENCH), ("fr2", FRENCH.replace("mardi", "lundi")), ("de", GERMAN)):
        (inputs / f"{name}.txt").write_text(text, "utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest([str(inputs)], store, DEFAULTS)
        stored = store.connection.execute("SELECT reason FROM skipped ORDER BY id").fetchall()
    assert report.skipped == {"language-unsupported:fr": 2, "language-unsupported:de": 1}
    assert [r for (r,) in stored] == [
        "language-unsupported:de",
        "language-unsupported:fr",
        "language-unsupported:fr",
    ]
