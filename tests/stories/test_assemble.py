"""Stories assembled from analysed documents: their dates. Texts written for this test."""

from dataclasses import replace
from datetime import date

from crosswire.pipeline import analyse_articles
from crosswire.settings import DEFAULTS
from crosswire.stories.assemble import assemble, extend, in_memory
from crosswire.types import Article, DocumentDate

FIRST = (
    "Norway expelled two Chilean fisheries inspectors on Monday after a dispute over quotas "
    "in the Barents Sea. Chile's foreign ministry condemned the expulsions of the inspectors."
)
LATER = (
    "Chile recalled its ambassador from Oslo over the expulsion of two Chilean fisheries "
    "inspectors by Norway, the Chilean foreign ministry said, as the quota dispute in the "
    "Barents Sea deepened."
)


def _docs():
    given = DocumentDate(date(2024, 3, 4), "given", 1.0)
    unsure = DocumentDate(date(2024, 3, 18), "inferred", 0.3)  # too unsure to cluster by
    docs = analyse_articles(
        [(Article(id="a", text=FIRST), given), (Article(id="b", text=LATER), given)]
    )
    return [docs[0], replace(docs[1], date=unsure)]


def test_a_story_spans_every_report_date_even_an_inferred_one():
    docs = _docs()
    stories = assemble(docs, DEFAULTS).stories
    assert len(stories) == 1
    assert (stories[0].start, stories[0].end) == (date(2024, 3, 4), date(2024, 3, 18))
    again = extend(*in_memory(docs), DEFAULTS, stories, changed={"b"}).stories
    assert (again[0].start, again[0].end) == (date(2024, 3, 4), date(2024, 3, 18))
