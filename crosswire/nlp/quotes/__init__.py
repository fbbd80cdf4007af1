"""Quotes and who said them (the rules: ``article``).

``marks`` finds the spans inside quotation marks, ``lexicon`` loads the cues of
``data/cues.tsv``, ``find`` and ``colon`` find the quotes, ``speaker`` resolves who said them,
``join`` makes one quote of an interrupted one; ``article`` runs them over one article.
"""

from crosswire.nlp.quotes.article import find_caption_quotes, find_quotes

__all__ = ["find_caption_quotes", "find_quotes"]
