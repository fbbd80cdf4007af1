"""Canonical URLs: one spelling per article, whatever link a reader followed to it.

courlan does the general part (lower-case host, default ports, tracking parameters such as
``utm_*``, ``fbclid``, ``gclid`` dropped, query sorted). Its strict mode is not used: it drops
every parameter it does not know, and ``article.php?id=1`` and ``?id=2`` are different pages.
On top of it we drop fragments and fold the AMP and mobile variants of the same page.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import normalize_url

# Host labels of mobile and AMP editions ("m.bbc.co.uk", "amp.theguardian.com"); the page is
# the same as on the bare host. Taken from the variants major news sites serve.
MOBILE_LABELS = ("m.", "mobile.", "amp.")
# AMP path forms: a trailing or inner "/amp" segment, and "page.amp.html" (also "page.amp").
_AMP_SEGMENT = re.compile(r"/amp(?=/|$)")
_AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$|$)")
# Query parameters that ask for the AMP rendering ("?amp", "?amp=1", "?outputType=amp").
AMP_PARAMS = frozenset({"amp", "outputtype", "amp_js_v"})
_SCHEMES = ("http://", "https://")


def is_url(arg: str) -> bool:
    """True when ``arg`` is an http(s) URL (not a local path)."""
    if not arg.strip().lower().startswith(_SCHEMES):
        return False
    try:
        return bool(urlsplit(arg.strip()).hostname)
    except ValueError:  # "http://[::1": an IPv6 host never closed, or a bad port
        return False


def canonical_url(url: str) -> str:
    """The canonical spelling of ``url``; ``url`` itself (stripped) when it is not http(s)."""
    url = url.strip()
    if not is_url(url):
        return url
    try:
        url = normalize_url(url)
    except ValueError:
        return url
    parts = urlsplit(url)
    host = parts.netloc
    for label in MOBILE_LABELS:
        if host.startswith(label) and host.count(".") >= 2:
            host = host[len(label) :]
            break
    path = _AMP_SUFFIX.sub("", _AMP_SEGMENT.sub("", parts.path)) or "/"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
         if k.lower() not in AMP_PARAMS]
    )  # fmt: skip
    return urlunsplit((parts.scheme, host, path, query, ""))
