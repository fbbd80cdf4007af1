"""Time: the time expressions of an article and the date of the article itself.

``detect`` finds candidate expressions with patterns built from ``data/timex_words.tsv``,
``normalise`` gives them TimeML values, ``expressions`` decides with spaCy's parse;
``docdate`` dates an article from its metadata and text, without spaCy.
"""

from crosswire.nlp.time.docdate import infer_document_date
from crosswire.nlp.time.expressions import find_timexes

__all__ = ["find_timexes", "infer_document_date"]
