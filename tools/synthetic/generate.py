"""Write tools/synthetic/events.jsonl: a synthetic corpus of news-style sentences whose verbs are
labelled with PLOVER roots (or NONE), modality, source and target spans.

    python tools/synthetic/generate.py

Written for crosswire (MIT). Every sentence is built here from the templates and lexicon next to
this file (templates.py, lexicon.py); no dataset text is read. The run is deterministic (SEED):
the same code writes the same file. Offsets are computed while rendering and every record is
checked again at the end (``validate``), so a template error fails the run instead of writing a
wrong label.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lexicon as lx  # noqa: E402
import templates as tp  # noqa: E402

SEED = 20261201
OUT = HERE / "events.jsonl"

TYPES = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "YIELD",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
]
MODALITIES = {"asserted", "reported", "planned", "hedged", "negated", "conditional"}
# Single-event sentences per type (the brief's balance: words outnumber deeds in news); the
# two-event sentences add more positives on top.
TARGETS = {
    "ACCUSE": 370,
    "REQUEST": 250,
    "REJECT": 200,
    "SUPPORT": 175,
    "CONSULT": 175,
    "YIELD": 165,
    "AGREE": 170,
    "COOPERATE": 120,
    "AID": 125,
    "THREATEN": 120,
    "PROTEST": 115,
    "MOBILIZE": 105,
    "SANCTION": 135,
    "COERCE": 135,
    "ASSAULT": 135,
}
N_COORD = 200
N_RESPONSE = 190
N_NEGATIVE = 720
P_SPECIAL = 0.2  # share of a type's sentences drawn from its special templates
P_PRONOUN_S = 0.08
P_PRONOUN_T = 0.04
P_DENIAL = 0.2  # share of main-verb negations written as a denial
MIN_WORDS, MAX_WORDS = 8, 45  # the brief's range

# Words that are never predicates (auxiliaries and modals).
AUX = {
    "will",
    "would",
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "do",
    "does",
    "did",
    "may",
    "might",
    "could",
    "should",
    "must",
    "can",
    "shall",
    "won't",
}

# CAMEO root (two digits) to PLOVER type, for the consistency check. Two exceptions follow the
# project's guidelines rather than the PLOVER 2021 table: 163 (sanctions, embargo) is SANCTION,
# 175 (repression by police force) is COERCE. Agreements signed (057) carry no code here, as the
# guidelines make them AGREE while the table makes 05x SUPPORT.
CAMEO_ROOT = {
    "02": "REQUEST",
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "YIELD",
    "09": "ACCUSE",
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}
CAMEO_EXCEPTIONS = {"163": "SANCTION", "175": "COERCE"}


def cameo_type(code: str) -> str:
    return CAMEO_EXCEPTIONS.get(code) or CAMEO_ROOT[code[:2]]


# --------------------------------------------------------------------------------------------
# Verb inflection: regular rules, a table of irregular verbs, and the verbs that double their
# last consonant (British spelling: "labelled").
IRREGULAR = {
    "meet": ("met", "met"),
    "hold": ("held", "held"),
    "speak": ("spoke", "spoken"),
    "take": ("took", "taken"),
    "make": ("made", "made"),
    "give": ("gave", "given"),
    "send": ("sent", "sent"),
    "shoot": ("shot", "shot"),
    "strike": ("struck", "struck"),
    "hit": ("hit", "hit"),
    "put": ("put", "put"),
    "cut": ("cut", "cut"),
    "break": ("broke", "broken"),
    "throw": ("threw", "thrown"),
    "come": ("came", "come"),
    "go": ("went", "gone"),
    "stand": ("stood", "stood"),
    "sit": ("sat", "sat"),
    "tell": ("told", "told"),
    "say": ("said", "said"),
    "win": ("won", "won"),
    "lose": ("lost", "lost"),
    "lead": ("led", "led"),
    "fight": ("fought", "fought"),
    "begin": ("began", "begun"),
    "withdraw": ("withdrew", "withdrawn"),
    "blow": ("blew", "blown"),
    "bring": ("brought", "brought"),
    "find": ("found", "found"),
    "freeze": ("froze", "frozen"),
    "rise": ("rose", "risen"),
    "fall": ("fell", "fallen"),
    "grow": ("grew", "grown"),
    "beat": ("beat", "beaten"),
    "shut": ("shut", "shut"),
    "set": ("set", "set"),
    "seek": ("sought", "sought"),
    "fly": ("flew", "flown"),
    "build": ("built", "built"),
    "lay": ("laid", "laid"),
    "run": ("ran", "run"),
    "buy": ("bought", "bought"),
    "spend": ("spent", "spent"),
    "have": ("had", "had"),
    "do": ("did", "done"),
    "get": ("got", "got"),
    "tear": ("tore", "torn"),
    "undergo": ("underwent", "undergone"),
    "cast": ("cast", "cast"),
    "eat": ("ate", "eaten"),
    "hear": ("heard", "heard"),
    "write": ("wrote", "written"),
    "unfreeze": ("unfroze", "unfrozen"),
    "pay": ("paid", "paid"),
    "show": ("showed", "shown"),
    "steal": ("stole", "stolen"),
    "bear": ("bore", "borne"),
}
DOUBLE = {
    "slam",
    "rip",
    "ban",
    "bar",
    "plan",
    "drop",
    "stop",
    "ship",
    "step",
    "scrap",
    "commit",
    "expel",
    "patrol",
    "control",
    "kidnap",
    "label",
    "cancel",
    "travel",
    "signal",
    "admit",
    "submit",
    "permit",
    "equip",
    "strip",
    "grab",
    "shun",
    "snub",
    "rob",
    "stab",
    "plot",
    "quit",
    "top",
    "slap",
    "hit",
    "cut",
    "put",
    "set",
    "shut",
    "sit",
    "begin",
    "run",
    "win",
    "get",
    "compel",
    "propel",
    "quarrel",
    "rebut",
    "sum",
    "tip",
    "trim",
    "ram",
    "spot",
}
VOWELS = "aeiou"


def inflect(lemma: str, form: str, plural: bool = False) -> str:
    """The form of a verb: base, pres (agreeing with the subject), past, pp, ing."""
    if form == "base":
        return lemma
    if form == "pres":
        if plural:
            return lemma
        if lemma in ("have", "do", "go"):
            return {"have": "has", "do": "does", "go": "goes"}[lemma]
        if re.search(r"(s|sh|ch|x|z|o)$", lemma):
            return lemma + "es"
        if re.search(r"[^aeiou]y$", lemma):
            return lemma[:-1] + "ies"
        return lemma + "s"
    if form in ("past", "pp"):
        if lemma in IRREGULAR:
            return IRREGULAR[lemma][0 if form == "past" else 1]
        if lemma.endswith("e"):
            return lemma + "d"
        if re.search(r"[^aeiou]y$", lemma):
            return lemma[:-1] + "ied"
        if lemma in DOUBLE:
            return lemma + lemma[-1] + "ed"
        return lemma + "ed"
    if form == "ing":
        if lemma.endswith("ie"):
            return lemma[:-2] + "ying"
        if lemma.endswith("ee") or lemma in ("be", "see"):
            return lemma + "ing"
        if lemma.endswith("e"):
            return lemma[:-1] + "ing"
        if lemma in DOUBLE:
            return lemma + lemma[-1] + "ing"
        return lemma + "ing"
    raise ValueError(form)


# --------------------------------------------------------------------------------------------
# Actors and pools


@dataclass(frozen=True)
class Actor:
    text: str  # "thousands of |protesters": the span is the part after "|"
    gram: str  # m f n p
    country: str = ""
    pron: bool = False

    @property
    def prefix(self) -> str:
        return self.text.split("|")[0] if "|" in self.text else ""

    @property
    def head(self) -> str:
        return self.text.split("|")[-1]

    @property
    def plural(self) -> bool:
        return self.gram == "p"

    @property
    def person(self) -> bool:
        return self.gram in "mf" and not self.pron


PRONOUNS = {  # gram: (subject, object, possessive)
    "m": ("he", "him", "his"),
    "f": ("she", "her", "her"),
    "n": ("it", "it", "its"),
    "p": ("they", "them", "their"),
}


def genitive(text: str) -> str:
    return text + ("'" if text.endswith("s") else "'s")


def article(word: str) -> str:
    # "a Ukrainian", "a European": an initial "you" sound takes "a"
    vowel = word[0].lower() in VOWELS and not word.startswith(("Uk", "Eu", "Ur", "Uz"))
    return ("an " if vowel else "a ") + word


@dataclass
class Country:
    key: str
    names: list[str]
    adj: str
    capital: str
    cities: list[str]


def build_pools(rng: random.Random):
    """Role -> list of actors; each actor carries the country it belongs to."""
    pools: dict[str, list[Actor]] = {}
    countries: dict[str, Country] = {}

    def add(role: str, text: str, gram: str, country: str = "") -> None:
        pools.setdefault(role, []).append(Actor(text, gram, country))

    for key, names, adj, people, cities in lx.COUNTRIES:
        names_l = names.split(";")
        capital = next((n for n in names_l[1:] if not n.startswith("the ")), names_l[0])
        countries[key] = Country(key, names_l, adj, capital, [c for c in cities.split(";") if c])
        # names weigh most: "Russia" is the commonest way news names a government
        add("gov", names_l[0], "n", key)
        add("gov", names_l[0], "n", key)
        for name in names_l[1:]:
            add("gov", name, "n", key)
        add("gov", f"the {adj} government", "n", key)
        # states: the government as a whole (targets of aid and sanctions, mobilisers)
        for name in [names_l[0], names_l[0], *names_l[1:], f"the {adj} government"]:
            add("state", name, "n", key)
        add("gov", f"{adj} officials", "p", key)
        add("gov", f"the {adj} foreign ministry", "n", key)
        add("gov", f"{genitive(names_l[0])} foreign minister", rng.choice("mf"), key)
        for person in people.split(";"):
            text, gram = person.rsplit("/", 1)
            add("gov", text, gram, key)
        add("place", names_l[0], "n", key)
        if capital != names_l[0]:
            add("place", capital, "n", key)
        if key in lx.ARMED_SIDE:
            for text, gram in lx.ARMED_SIDE[key]:
                add("army", text, gram, key)
                add("army_t", text, gram, key)
        else:
            for text, gram in [
                (f"the {adj} army", "n"),
                (f"{adj} forces", "p"),
                (f"{adj} troops", "p"),
                (f"the {adj} military", "n"),
            ]:
                add("army", text, gram, key)
                add("military", text, gram, key)
            add("army", f"{adj} warplanes", "p", key)
            add("military", f"the {adj} defence ministry", "n", key)
            for text, gram in [
                (f"{adj} troops", "p"),
                (f"{adj} soldiers", "p"),
                (f"{adj} border guards", "p"),
                (article(f"{adj} military convoy"), "n"),
                (f"{adj} forces", "p"),
            ]:
                add("army_t", text, gram, key)
        add("navy", f"the {adj} navy", "n", key)
        add("navy", f"the {adj} coast guard", "n", key)
        for city in countries[key].cities:
            add("civ", city, "n", key)
        if countries[key].cities:
            fighters = [t for t, g in lx.ARMED_SIDE.get(key, []) if g == "p"]
            for text in (
                *(fighters or [f"{adj} soldiers"]),
                "civilians",
                f"{adj} civilians",
                "people",
            ):
                add("victims_f", text, "p", key)
        for text, gram in [
            (article(f"{adj} journalist"), rng.choice("mf")),
            (f"{adj} nationals", "p"),
            (f"two {adj} citizens", "p"),
            (article(f"{adj} aid worker"), "f"),
            (f"{adj} fishermen", "p"),
            (article(f"{adj} businessman"), "m"),
            (f"three {adj} sailors", "p"),
            (article(f"{adj} academic"), rng.choice("mf")),
        ]:
            add("detainee_f", text, gram, key)
        for text, gram in [
            (article(f"{adj} dissident"), "m"),
            (f"a former {adj} intelligence officer", "m"),
            (f"{adj} opposition figures", "p"),
            (article(f"{adj} defector"), "f"),
        ]:
            add("asylee", text, gram, key)
        add("embassy", f"the {adj} embassy", "n", key)
        add("embassy", f"{genitive(names_l[0])} embassy", "n", key)
        for text, gram in [
            (article(f"{adj} oil tanker"), "n"),
            (f"{adj} fishing boats", "p"),
            (article(f"{adj} cargo ship"), "n"),
        ]:
            add("vessel", text, gram, key)
        for text in (
            f"{adj} exiles",
            f"hundreds of |{adj} expatriates",
            f"{adj} students",
            f"{adj} activists",
        ):
            add("protesters_f", text, "p", key)
        for text in (f"{adj} authorities", f"{adj} security forces", f"{adj} police"):
            add("security_f", text, "p", key)

    for role, rows in (
        ("igo", lx.IGOS),
        ("ngo", lx.NGOS),
        ("rep_intl", lx.REP_INTL),
        ("lender", lx.LENDERS),
        ("relief", lx.RELIEF),
    ):
        for text, gram in rows:
            add(role, text, gram)
    us = {
        "us.pol": lx.US_POL,
        "us.exec": lx.US_EXEC,
        "us.court": lx.US_COURT,
        "us.def": lx.US_DEF,
        "us.civil": lx.US_CIVIL,
        "us.groups": lx.US_GROUPS,
        "us.police": lx.US_POLICE,
        "us.states": lx.US_STATES,
        "us.media": lx.US_MEDIA,
        "rep_us": lx.REP_US,
        "uk.pol": lx.UK_POL,
        "uk.exec": lx.UK_EXEC,
        "uk.police": lx.UK_POLICE,
        "uk.civil": lx.UK_CIVIL,
        "uk.def": lx.UK_DEF,
        "rep_uk": lx.REP_UK,
        "us.workers": lx.US_WORKERS,
        "uk.workers": lx.UK_WORKERS,
        "us.funded": lx.US_FUNDED,
        "us.aidsrc": lx.US_AID_SRC,
    }
    for role, rows in us.items():
        for text, gram in rows:
            add(role, text, gram, role[:2])

    generic = {
        "dom.gov": lx.DOM_GOV,
        "dom.pol": lx.DOM_POL,
        "dom.security": lx.DOM_SECURITY,
        "dom.civil": lx.DOM_CIVIL,
        "dom.detainee": lx.DOM_DETAINEE,
        "dom.court": lx.DOM_COURT,
        "dom.army": lx.DOM_ARMY,
        "dom.army_t": lx.DOM_ARMY_T,
        "dom.media": lx.DOM_MEDIA,
        "dom.needy": lx.DOM_NEEDY,
        "dom.victims": lx.DOM_VICTIMS,
        "dom.union": lx.DOM_UNION,
        "rep_dom": lx.REP_DOM,
        "dom.workers": lx.DOM_WORKERS,
    }
    for key, adj, leader, opps, parl, ruling, capital, armed, places in lx.DOMESTIC:
        ck = "dom:" + key
        countries[ck] = Country(ck, [], adj, capital, [p for p in places.split(";") if p])
        for role, rows in generic.items():
            for text, gram in rows:
                text = text.format(adj=adj, capital=capital)
                add(role, re.sub(r"\ba (?=[AEIO])", "an ", text), gram, ck)  # "an Indian court"
        text, gram = leader.rsplit("/", 1)
        add("dom.leader", text, gram, ck)
        for opp in opps.split(";"):
            text, gram = opp.rsplit("/", 1)
            add("dom.opp", text, gram, ck)
            add("dom.detainee", text, gram, ck)
        add("dom.pol", parl, "n", ck)
        add("dom.gov", ruling, "n", ck)
        for text in (
            "the main opposition party",
            "an opposition alliance",
            "the opposition movement",
            "a student union",
        ):
            add("dom.party", text, "n", ck)
        for text in (a for a in armed.split(";") if a):
            add("dom.armed", text, "p", ck)
        for place in countries[ck].cities:
            add("dom.place", place, "n", ck)
        for text, gram in [
            ("police", "p"),
            ("the police", "p"),
            ("the interior ministry", "n"),
            ("security officials", "p"),
        ]:
            add("rep_police", text, gram, ck)
    # IGOs that suspend members and impose sanctions
    for text in (
        "the European Union",
        "the EU",
        "the UN Security Council",
        "the African Union",
        "ECOWAS",
        "the Arab League",
        "ASEAN",
        "the G7",
        "Brussels",
        "the European Commission",
    ):
        add("igo_sanction", text, "n")
    # people of a country: visitors ("Xi Jinping visited ...", not "China visited ...")
    for actor in pools["gov"]:
        if actor.gram in "mf":
            pools.setdefault("intl_person", []).append(actor)
    # people for the personal and background negatives
    for role in ("gov", "us.pol", "us.exec", "uk.pol", "uk.exec", "dom.leader", "dom.opp"):
        for actor in pools[role]:
            if actor.gram in "mf" and actor.text[0].isupper():
                pools.setdefault("person", []).append(actor)
                if role[:2] in ("us", "uk"):
                    pools.setdefault(role[:2] + ".person", []).append(actor)
    return pools, countries


# --------------------------------------------------------------------------------------------
# Rendering

FILLER = re.compile(r"\{([a-z][a-z_0-9]*)(?:@([\w-]+)(?:@(\w+))?)?\}")
BARE = re.compile(r"<([A-Za-z:'-]+)>")
TOKEN = re.compile(
    r"\[\[(?P<exp>[^\]]+)\]\]"
    r"|\[(?P<main>[a-z]+)#(?P<form>\w+)#(?P<vid>V2?)\]"
    r"|<(?P<none>[^>]+)>"
    r"|\{(?P<slot>S2|T2|S|T|R|X)(?:\.(?P<sform>\w+))?\}"
)


@dataclass
class Pred:
    start: int
    end: int
    type: str
    cameo: str | None
    modality: str
    kind: str
    src: str | None  # slot name, resolved to a span at the end
    tgt: str | None
    word: str


@dataclass
class Sent:
    text: str
    preds: list[dict]
    scope: str
    spans: dict = field(default_factory=dict)


# Types whose acts are statements: they take adjuncts such as "in a televised address"; deeds
# take times only ("overnight"), so no one bombs a town "in a statement".
SPEECH_TYPES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE"}


def adjunct(rs: dict, *types: str) -> str:
    return rs["adj"] if all(t in SPEECH_TYPES for t in types) else "time"


def same_source(rs_a: str, rs_b: str) -> bool:
    a, b = tp.ROLESETS[rs_a], tp.ROLESETS[rs_b]
    return a["src"] == b["src"] and a["pair"] == b["pair"] and a["scope"] == b["scope"]


# Rolesets whose source and target both belong to a country: the two clauses of a response
# sentence swap them ("Russia expelled ... after Britain accused Moscow ...").
COUNTRY_ROLESETS = frozenset(
    {
        "intl",
        "intl_place",
        "intl_detain",
        "intl_seize",
        "dyad",
        "dyad_gov",
        "dyad_mob",
        "dyad_victims",
        "intl_state",
        "intl_mil",
    }
)


class Generator:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.pools, self.countries = build_pools(rng)
        self.names = [c.names[0] for c in self.countries.values() if c.names]
        self.adjs = [c.adj for c in self.countries.values() if c.names]
        # a state's own names take appositives such as "a major oil exporter"
        self.state_names = {a.head for a in self.pools["state"]}

    # ---- choosing -------------------------------------------------------------------------
    def choice(self, items, weights=None):
        if weights is None:
            return items[self.rng.randrange(len(items))]
        return self.rng.choices(items, weights=weights, k=1)[0]

    def pick(self, role, country=None, not_country=None, avoid=()):
        cands = [
            a
            for a in self.pools[role]
            if (country is None or a.country == country)
            and (not not_country or not a.country or a.country != not_country)
            and a.head not in avoid
        ]
        return self.choice(cands) if cands else None

    def bind(self, rs_name, tgt_role=None, src_role=None):
        """Source, target and reporter for a roleset (None when its pools cannot pair)."""
        rs = tp.ROLESETS[rs_name]
        src_role = src_role or self.choice(rs["src"])
        t_role = tgt_role or self.choice(rs["tgt"])
        country = ""
        for _ in range(40):
            if rs["pair"] == "dyad":
                a, b = self.choice(lx.DYADS)
                s, t = self.pick(src_role, a), self.pick(t_role, b)
            elif rs["pair"] == "same":
                country = self.choice(sorted({x.country for x in self.pools[src_role]}))
                s = self.pick(src_role, country)
                t = self.pick(t_role, country, avoid=(s.head,) if s else ())
            elif rs["pair"] == "distinct":
                s = self.pick(src_role)
                t = self.pick(t_role, not_country=s.country, avoid=(s.head,))
            else:  # "text": one country, different mentions
                s = self.pick(src_role)
                t = self.pick(t_role, avoid=(s.head,))
            if s and t and rs.get("x"):  # a place in the target's country ("shelled Kharkiv")
                x = self.pick(rs["x"], t.country) or Actor("a village near the border", "n")
            if s and t:
                rep_pool = rs["rep"]
                r = (
                    self.pick(rep_pool, country)
                    if rep_pool == "rep_police"
                    else self.pick(rep_pool, country or None) or self.pick(rep_pool)
                )
                actors = {"S": s, "T": t, "R": r}
                if rs.get("x"):
                    actors["X"] = x
                return actors, (country or s.country)
        return None

    def maybe_pronoun(self, actor: Actor, p: float) -> Actor:
        if self.rng.random() < p and not actor.pron:
            return Actor(PRONOUNS[actor.gram][0], actor.gram, actor.country, pron=True)
        return actor

    # ---- fillers ----------------------------------------------------------------------------
    def expand(self, s: str, memo: dict, kind=None, mod=None) -> str:
        """Expand {filler} names (recursively) and label the bare <verb> markers."""

        def fill(m):
            name, k, md = m.group(1), m.group(2) or kind, m.group(3) or mod
            value = self.filler(name, memo)
            return self.expand(value, memo, k, md)

        for _ in range(10):
            new = FILLER.sub(fill, s)
            if new == s:
                break
            s = new
        if kind:
            s = BARE.sub(lambda m: f"<{m.group(1)}|{kind}|{mod or 'asserted'}>", s)
        return s

    def filler(self, name: str, memo: dict) -> str:
        if name == "capital":
            c = self.countries.get(memo.get("country", ""))
            return c.capital if c else self.choice(lx.F["city"])
        if name in ("cname", "cname2", "cname_gen"):
            if "cname" not in memo:
                memo["cname"] = self.choice(self.names)
            if name == "cname2":
                return self.choice([n for n in self.names if n != memo["cname"]])
            return genitive(memo["cname"]) if name == "cname_gen" else memo["cname"]
        if name == "cadj":
            return self.choice(self.adjs)
        if name == "cand2":
            return self.choice([c for c in lx.F["cand"] if c != memo.get("cand")])
        value = self.choice(lx.F[name])
        if name == "cand":
            memo["cand"] = value
        return value

    def slot_extras(self, s: str, actors: dict, memo: dict) -> str:
        """{X.appos}, {X.city}, {X.capital}: text chosen for the actor, no span."""

        def sub(m):
            actor, form = actors[m.group(1)], m.group(2)
            if form == "appos":
                name = (
                    "appos_person"
                    if actor.person
                    else "appos_group"
                    if actor.plural
                    else "appos_org"
                )
                return self.expand("{" + name + "}", memo)
            c = self.countries.get(actor.country)
            if form == "city":
                return self.choice(c.cities) if c and c.cities else "a village near the border"
            return c.capital if c and c.names else self.choice(lx.F["city"])

        return re.sub(r"\{(S2|T2|S|T|R)\.(appos|city|capital)\}", sub, s)

    # ---- verb phrases -----------------------------------------------------------------------
    def vp(self, entry: dict, form: str, vid: str, remap: dict, memo: dict) -> str:
        """An entry's pattern with its predicate marked, fillers expanded, slots renamed."""
        p = entry["p"]
        if form == "passive":
            p = re.sub(r"^\[(\w+)\] \{T\}", rf"[\1#pp#{vid}]", p)
        else:
            p = re.sub(r"\[(\w+)\]", lambda m: f"[{m.group(1)}#{form}#{vid}]", p, count=1)
        p = self.expand(p, memo)
        return re.sub(r"\{(S|T)([.}])", lambda m: "{" + remap[m.group(1)] + m.group(2), p)

    # ---- rendering --------------------------------------------------------------------------
    def render(
        self, template: str, actors: dict, ctx: dict, scope: str, default_mod="asserted"
    ) -> Sent:
        """Turn a fully expanded template into text, predicates and spans."""
        out, preds, spans = [], [], {}
        pos = 0

        def emit(text: str) -> tuple[int, int]:
            nonlocal pos
            out.append(text)
            pos += len(text)
            return pos - len(text), pos

        last = 0
        for m in TOKEN.finditer(template):
            emit(template[last : m.start()])
            last = m.end()
            if m.group("slot"):
                name, form = m.group("slot"), m.group("sform") or ""
                actor = actors[name]
                default_case = "obj" if name in ("T", "T2") else "subj"
                case = form if form in ("subj", "obj", "gen") else default_case
                if form in ("be", "was", "were", "has"):
                    table = {
                        "be": ("is", "are"),
                        "was": ("was", "were"),
                        "were": ("was", "were"),
                        "has": ("has", "have"),
                    }[form]
                    emit(table[actor.plural])
                elif form in ("pro", "poss", "pobj"):
                    emit(PRONOUNS[actor.gram][{"pro": 0, "pobj": 1, "poss": 2}[form]])
                elif actor.pron:
                    word = PRONOUNS[actor.gram][{"subj": 0, "obj": 1, "gen": 2}[case]]
                    span = emit(word)
                    spans.setdefault(name, (span, word))
                else:
                    emit(actor.prefix)
                    span = emit(actor.head)
                    spans.setdefault(name, (span, actor.head))
                    if case == "gen":
                        emit("'" if actor.head.endswith("s") else "'s")
            elif m.group("main"):
                vid = m.group("vid")
                c = ctx[vid]
                subj = actors[c["subj"]]
                word = inflect(m.group("main"), m.group("form"), subj.plural)
                start, end = emit(word)
                preds.append(
                    Pred(
                        start,
                        end,
                        c["type"],
                        c["cameo"],
                        c["modality"],
                        c["kind"],
                        c["src"],
                        c["tgt"],
                        word,
                    )
                )
            elif m.group("exp"):
                fields = m.group("exp").split("|") + [""] * 7
                word, typ, cameo, kind, src, tgt, mod = fields[:7]
                src = src or "S"
                tgt = tgt or "T"
                if ":" in word:  # [[believe:S|...]]: present tense agreeing with that slot
                    lemma, who = word.split(":")
                    word = inflect(lemma, "pres", actors[who].plural)
                start, end = emit(word)
                preds.append(
                    Pred(
                        start,
                        end,
                        typ,
                        None if cameo in ("", "-") else cameo,
                        mod or default_mod,
                        kind,
                        None if src == "-" else src,
                        None if tgt == "-" else tgt,
                        word,
                    )
                )
            else:
                fields = m.group("none").split("|")
                word = fields[0]
                kind = fields[1] if len(fields) > 1 else None
                mod = fields[2] if len(fields) > 2 else "asserted"
                if kind is None:
                    raise ValueError(f"NONE marker without a kind: {word!r} in {template!r}")
                if ":" in word:  # <plan:S|...>: present tense agreeing with that slot
                    lemma, who = word.split(":")
                    word = inflect(lemma, "pres", actors[who].plural)
                start, end = emit(word)
                preds.append(Pred(start, end, "NONE", None, mod, kind, None, None, word))
        emit(template[last:])
        text = "".join(out)
        # capitals: the first letter, and the first letter of a quotation that opens the text
        caps = [0] + ([1] if text.startswith('"') else [])
        chars = list(text)
        for i in caps:
            chars[i] = chars[i].upper()
        text = "".join(chars)
        records = []
        for p in preds:
            rec = {
                "start": p.start,
                "end": p.end,
                "type": p.type,
                "cameo": p.cameo,
                "modality": p.modality,
                "source": None,
                "target": None,
                "kind": p.kind,
            }
            if p.type != "NONE":
                if p.src and p.src not in spans:
                    raise ValueError(f"{p.src} has no span in {template!r}")
                rec["source"] = list(spans[p.src][0]) if p.src else None
                # the target slot is named wherever the phrase mentions it ("refused to meet
                # Iran"); a phrase without it ("resigned") leaves the target null
                rec["target"] = list(spans[p.tgt][0]) if p.tgt in spans else None
            records.append(rec)
        return Sent(text, records, scope, {k: v for k, v in spans.items()})

    # ---- sentence kinds ---------------------------------------------------------------------
    def type_sentence(self, typ: str) -> Sent | None:
        if tp.SPECIAL.get(typ) and self.rng.random() < P_SPECIAL:
            return self.special_sentence(typ)
        rs_name, _, entries = self.choice(tp.GROUPS[typ], [g[1] for g in tp.GROUPS[typ]])
        entry = self.choice(entries)
        bound = self.bind(rs_name, entry["tgt"], entry["src"])
        if bound is None:
            return None
        actors, country = bound
        rs = tp.ROLESETS[rs_name]
        wrappers, weights = self.wrappers_for(typ, entry, rs, actors["S"])
        name, modality, label, variants, _, _ = self.choice(wrappers, weights)
        template = self.choice(variants)
        if name == "negation" and rs["speaker"] and self.rng.random() < P_DENIAL:
            template, name, modality = tp.DENIAL, "denial-content", "negated"
        if name in tp.PRONOUN_OK:
            actors["S"] = self.maybe_pronoun(actors["S"], P_PRONOUN_S)
        if "passive" not in name:
            actors["T"] = self.maybe_pronoun(actors["T"], P_PRONOUN_T)
        memo = {"country": country}
        kind = name
        if (
            label == "type"
            and entry["tag"]
            and name in ("past", "perfect", "present", "on-day", "front-adverbial")
        ):
            kind = entry["tag"]
        ctx = {
            "V": {
                "type": typ if label == "type" else "NONE",
                "cameo": entry["c"] if label == "type" else None,
                "modality": modality,
                "kind": kind,
                "src": None if "agentless" in name else "S",
                "tgt": "T",
                "subj": "S",
            }
        }
        form = self.form_of(template)
        filled = template.replace(
            "{V:" + form + "}", self.vp(entry, form, "V", {"S": "S", "T": "T"}, memo)
        )
        filled = filled.replace("{ADJ}", "{" + adjunct(rs, typ) + "}").replace("{ADJF}", "{time_f}")
        filled = self.expand(self.slot_extras(filled, actors, memo), memo)
        return self.render(filled, actors, ctx, rs["scope"])

    @staticmethod
    def form_of(template: str) -> str:
        return re.search(r"\{V:(\w+)\}", template).group(1)

    def wrappers_for(self, typ, entry, rs, source):
        out, weights = [], []
        mods = tp.TYPE_MODALITY.get(typ, {})
        passivable = re.match(r"^\[\w+\] \{T\}", entry["p"]) is not None
        for w in tp.WRAPPERS:
            name, modality, label, _, needs, weight = w
            if name in tp.TYPE_SKIP.get(typ, ()):
                continue
            if "passive" in needs and not passivable:
                continue
            if "agentless" in needs and typ not in tp.AGENTLESS_TYPES:
                continue
            if "person" in needs and not source.person:
                continue
            if "speaker" in needs and not rs["speaker"]:
                continue
            if "speech" in needs and typ not in SPEECH_TYPES:
                continue
            if "state" in needs and source.head not in self.state_names:
                continue
            if (
                label == "NONE"
                and name == "hypothetical"
                and re.search(r"\b(if|unless)\b", entry["p"])
            ):
                continue  # one condition a sentence
            out.append(w)
            weights.append(weight * (mods.get(modality, 1.0) if label == "type" else 1.0))
        return out, weights

    def special_sentence(self, typ: str) -> Sent | None:
        rows = tp.SPECIAL[typ]
        template, rs_name, _, modality = self.choice(rows, [r[2] for r in rows])
        bound = self.bind(rs_name)
        if bound is None:
            return None
        actors, country = bound
        rs = tp.ROLESETS[rs_name]
        memo = {"country": country}
        filled = template.replace("{ADJ}", "{" + adjunct(rs, typ) + "}")
        filled = filled.replace("{ADJF}", "{time_f}")
        filled = self.expand(self.slot_extras(filled, actors, memo), memo)
        return self.render(filled, actors, {}, rs["scope"], modality)

    def coord_sentence(self) -> Sent | None:
        a, b = self.choice(tp.COORD_PAIRS)
        # two groups whose rolesets draw the source alike (one source does both things)
        pairs = [
            (ga, gb) for ga in tp.GROUPS[a] for gb in tp.GROUPS[b] if same_source(ga[0], gb[0])
        ]
        if not pairs:
            return None
        ga, gb = self.choice(pairs)
        rs_name = ga[0]
        ea, eb = self.choice(ga[2]), self.choice(gb[2])
        if ea["p"].split("]")[0] == eb["p"].split("]")[0] or (ea["src"] or "") != (eb["src"] or ""):
            return None  # "expelled ... and expelled ...", or two different kinds of source
        bound = self.bind(rs_name, ea["tgt"], ea["src"])
        if bound is None:
            return None
        actors, country = bound
        rs = tp.ROLESETS[rs_name]
        rs_b = tp.ROLESETS[gb[0]]
        same = (
            self.rng.random() < 0.35
            and (eb["tgt"] or "") == (ea["tgt"] or "")
            and tp.ROLESETS[ga[0]]["tgt"] == tp.ROLESETS[gb[0]]["tgt"]
        )
        if same:
            t = actors["T"]
            actors["T2"] = Actor(PRONOUNS[t.gram][0], t.gram, t.country, pron=True)
        else:
            # the second target pairs with the source as the first did: the same enemy country
            # in a dyad, the same country at home, another country abroad
            s, t = actors["S"], actors["T"]
            role = eb["tgt"] or self.choice(rs_b["tgt"])
            avoid = (s.head, t.head)
            pair = rs["pair"]
            t2 = (
                self.pick(role, t.country, avoid=avoid)
                if pair == "dyad"
                else self.pick(role, s.country, avoid=avoid)
                if pair == "same"
                else self.pick(role, not_country=s.country, avoid=avoid)
                if pair == "distinct"
                else self.pick(role, avoid=avoid)
            )
            if t2 is None:
                return None
            actors["T2"] = t2
        _, modality, template, _ = self.choice(tp.COORD_FORMS, [f[3] for f in tp.COORD_FORMS])
        memo = {"country": country}
        ctx = {}
        for vid, typ, entry, tslot in (("V", a, ea, "T"), ("V2", b, eb, "T2")):
            ctx[vid] = {
                "type": typ,
                "cameo": entry["c"],
                "modality": modality,
                "kind": "coordination",
                "src": "S",
                "tgt": tslot,
                "subj": "S",
            }
        filled = template
        for vid, entry, tslot in (("V", ea, "T"), ("V2", eb, "T2")):
            form = re.search(r"\{" + vid + r":(\w+)\}", filled).group(1)
            filled = filled.replace(
                "{" + vid + ":" + form + "}",
                self.vp(entry, form, vid, {"S": "S", "T": tslot}, memo),
            )
        filled = filled.replace("{ADJ}", "{" + adjunct(rs, a, b) + "}")
        filled = filled.replace("{ADJF}", "{time_f}")
        filled = self.expand(self.slot_extras(filled, actors, memo), memo)
        return self.render(filled, actors, ctx, rs["scope"])

    def response_sentence(self) -> Sent | None:
        a, b = self.choice(tp.RESPONSE_PAIRS)
        ga = [g for g in tp.GROUPS[a] if g[0] in COUNTRY_ROLESETS]
        gb = [g for g in tp.GROUPS[b] if g[0] in COUNTRY_ROLESETS]
        if not ga or not gb:
            return None
        rsa, _, entries_a = self.choice(ga, [g[1] for g in ga])
        rsb, _, entries_b = self.choice(gb, [g[1] for g in gb])
        ea, eb = self.choice(entries_a), self.choice(entries_b)
        ra, rb = tp.ROLESETS[rsa], tp.ROLESETS[rsb]
        dyadic = ra["pair"] == "dyad" or rb["pair"] == "dyad"
        for _ in range(40):
            if dyadic:
                x, y = self.choice(lx.DYADS)
                if (y, x) not in lx.DYADS:
                    continue
            else:
                x, y = self.rng.sample(sorted({k for k in self.countries if ":" not in k}), 2)
            s = self.pick(self.choice(ra["src"]), x)
            t = self.pick(ea["tgt"] or self.choice(ra["tgt"]), y)
            s2 = self.pick(self.choice(rb["src"]), y, avoid=(t.head,) if t else ())
            t2 = self.pick(eb["tgt"] or self.choice(rb["tgt"]), x, avoid=(s.head,) if s else ())
            if s and t and s2 and t2:
                break
        else:
            return None
        actors = {"S": s, "T": t, "S2": s2, "T2": t2, "R": self.pick("rep_intl")}
        _, template, _ = self.choice(tp.RESPONSE_FORMS, [f[2] for f in tp.RESPONSE_FORMS])
        memo = {"country": ""}
        ctx = {}
        for vid, typ, entry, sslot, tslot in (("V", a, ea, "S", "T"), ("V2", b, eb, "S2", "T2")):
            ctx[vid] = {
                "type": typ,
                "cameo": entry["c"],
                "modality": "asserted",
                "kind": "response-clause",
                "src": sslot,
                "tgt": tslot,
                "subj": sslot,
            }
            form = re.search(r"\{" + vid + r":(\w+)\}", template).group(1)
            template = template.replace(
                "{" + vid + ":" + form + "}",
                self.vp(entry, form, vid, {"S": sslot, "T": tslot}, memo),
            )
        template = template.replace("{ADJ}", "{" + adjunct(ra, a, b) + "}")
        filled = self.expand(self.slot_extras(template, actors, memo), memo)
        return self.render(filled, actors, ctx, "intl")

    def negative_sentence(self) -> Sent | None:
        rows = tp.NEGATIVES
        kind, modality, template, rs_name, _ = self.choice(rows, [r[4] for r in rows])
        actors, country, scope = {}, "", "none"
        if rs_name:
            bound = self.bind(rs_name)
            if bound is None:
                return None
            actors, country = bound
            scope = tp.ROLESETS[rs_name]["scope"]
        memo = {"country": country}
        filled = self.expand(self.slot_extras(template, actors, memo), memo, kind, modality)
        return self.render(filled, actors, {}, scope, modality)


# --------------------------------------------------------------------------------------------
# Validation: every record is checked again from its text alone.

WORD = re.compile(r"^[A-Za-z][A-Za-z'-]*$")


def validate(records: list[dict]) -> None:
    ids, texts = set(), set()
    for rec in records:
        text, rid = rec["text"], rec["id"]
        assert rid not in ids and text not in texts, f"duplicate {rid}"
        ids.add(rid)
        texts.add(text)
        assert not re.search(r"[{}\[\]<>|#]", text), f"{rid}: template residue: {text}"
        assert "  " not in text and " ," not in text and " ." not in text, f"{rid}: spacing {text}"
        words = len(text.split())
        assert MIN_WORDS <= words <= MAX_WORDS, f"{rid}: {words} words: {text}"
        assert rec["predicates"], f"{rid}: no predicate"
        taken = []
        for p in rec["predicates"]:
            word = text[p["start"] : p["end"]]
            assert WORD.match(word), f"{rid}: predicate {word!r} is not one token"
            assert word.lower() not in AUX, f"{rid}: auxiliary {word!r} as predicate"
            before = text[p["start"] - 1] if p["start"] else " "
            after = text[p["end"]] if p["end"] < len(text) else " "
            assert not before.isalnum() and not after.isalnum(), f"{rid}: {word!r} cut from a word"
            assert p["type"] in TYPES or p["type"] == "NONE", f"{rid}: type {p['type']}"
            assert p["modality"] in MODALITIES, f"{rid}: modality {p['modality']}"
            assert p["kind"], f"{rid}: no kind"
            if p["cameo"] is not None:
                assert p["type"] != "NONE" and re.fullmatch(r"\d{3,4}", p["cameo"]), rid
                assert cameo_type(p["cameo"]) == p["type"], f"{rid}: {p['cameo']} vs {p['type']}"
            for key in ("source", "target"):
                span = p[key]
                if span is None:
                    continue
                s, e = span
                assert 0 <= s < e <= len(text), f"{rid}: {key} out of range"
                piece = text[s:e]
                assert piece == piece.strip() and piece, f"{rid}: {key} {piece!r}"
                assert not (s < p["end"] and p["start"] < e), f"{rid}: {key} overlaps the verb"
            for s, e in taken:
                assert p["end"] <= s or e <= p["start"], f"{rid}: predicates overlap"
            taken.append((p["start"], p["end"]))


# --------------------------------------------------------------------------------------------


def main() -> None:
    rng = random.Random(SEED)
    gen = Generator(rng)
    sents: list[Sent] = []
    seen: set[str] = set()

    def keep(sent: Sent | None) -> bool:
        if sent is None or sent.text in seen:
            return False
        if not MIN_WORDS <= len(sent.text.split()) <= MAX_WORDS:
            return False
        seen.add(sent.text)
        sents.append(sent)
        return True

    for typ in TYPES:
        done = 0
        while done < TARGETS[typ]:
            sent = gen.type_sentence(typ)
            if keep(sent) and any(p["type"] == typ for p in sent.preds):
                done += 1
    for make, n in (
        (gen.coord_sentence, N_COORD),
        (gen.response_sentence, N_RESPONSE),
        (gen.negative_sentence, N_NEGATIVE),
    ):
        done = 0
        while done < n:
            done += keep(make())

    rng.shuffle(sents)
    records = []
    for i, sent in enumerate(sents, 1):
        preds = sorted(sent.preds, key=lambda p: p["start"])
        records.append({"id": f"syn-{i:05d}", "text": sent.text, "predicates": preds})
    check_spans(sents)
    validate(records)
    with OUT.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    report(records, sents)


def check_spans(sents: list[Sent]) -> None:
    """The spans name what was rendered there (the renderer's record, checked on the text)."""
    for sent in sents:
        for (s, e), word in sent.spans.values():
            piece = sent.text[s:e]
            assert piece[1:] == word[1:] and piece[0].lower() == word[0].lower(), (piece, word)


def report(records: list[dict], sents: list[Sent]) -> None:
    preds = [p for r in records for p in r["predicates"]]
    by_type = Counter(p["type"] for p in preds)
    print(
        f"wrote {OUT.relative_to(HERE.parents[1])}: {len(records)} sentences, {len(preds)} "
        f"predicates, {OUT.stat().st_size / 1e6:.2f} MB"
    )
    print("\npredicates per type (positive / all modalities):")
    for typ in [*TYPES, "NONE"]:
        mods = Counter(p["modality"] for p in preds if p["type"] == typ)
        detail = ", ".join(f"{m} {n}" for m, n in sorted(mods.items()))
        print(f"  {typ:<10} {by_type[typ]:>5}   ({detail})")
    print("\nNONE predicates per kind:")
    for kind, n in Counter(p["kind"] for p in preds if p["type"] == "NONE").most_common():
        print(f"  {kind:<24} {n:>5}")
    print("\npositive predicates per kind (construction or lexical tag):")
    for kind, n in Counter(p["kind"] for p in preds if p["type"] != "NONE").most_common():
        print(f"  {kind:<24} {n:>5}")
    scopes = Counter(s.scope for s in sents)
    political = sum(scopes[k] for k in ("intl", "us", "uk", "dom"))
    domestic = sum(scopes[k] for k in ("us", "uk", "dom"))
    print(
        f"\nsentences per scope: {dict(sorted(scopes.items()))}; domestic share of political "
        f"sentences {domestic / political:.0%}"
    )
    lengths = sorted(len(r["text"].split()) for r in records)
    n_preds = Counter(len(r["predicates"]) for r in records)
    with_src = sum(1 for p in preds if p["type"] != "NONE" and p["source"])
    with_tgt = sum(1 for p in preds if p["type"] != "NONE" and p["target"])
    positives = sum(1 for p in preds if p["type"] != "NONE")
    print(
        f"words per sentence: min {lengths[0]}, median {lengths[len(lengths) // 2]}, "
        f"max {lengths[-1]}; predicates per sentence: {dict(sorted(n_preds.items()))}"
    )
    print(
        f"positive predicates with a source {with_src / positives:.0%}, "
        f"with a target {with_tgt / positives:.0%}"
    )


if __name__ == "__main__":
    main()
