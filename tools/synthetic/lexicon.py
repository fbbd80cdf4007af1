"""Actors and fillers for the synthetic event corpus (written for crosswire, MIT).

Every string here (and in countries.tsv, domestic.tsv) was written for this project. Names of
real countries, leaders and organisations appear because the coder must learn to read them; the
statements the templates put in their mouths are invented.

Notation shared with templates.py:
  actor text   "thousands of |protesters": the part after "|" is the span that names the actor
  gram         m / f (a person), n (an organisation or a place: "it"), p (a group: "they")
  filler text  may hold {other_filler}, {T.poss}-style pronoun slots and <verb> markers: a
               <verb> is a predicate labelled NONE (its kind comes from where the filler is used)
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def read_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated table next to this file (lines starting with # are comments)."""
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


# --------------------------------------------------------------------------------------------
# International actors, one row a country (columns described in the file).
COUNTRIES = read_table("countries.tsv")

# Conflict dyads: attacks, mobilisations and most threats pick their pair from here, so that the
# corpus does not read "Norway shelled Chile".
DYADS = [
    ("ru", "ua"),
    ("ua", "ru"),
    ("il", "ps"),
    ("il", "lb"),
    ("ps", "il"),
    ("lb", "il"),
    ("il", "ir"),
    ("ir", "il"),
    ("in", "pk"),
    ("pk", "in"),
    ("az", "am"),
    ("am", "az"),
    ("kp", "kr"),
    ("cn", "tw"),
    ("us", "ye"),
    ("ye", "sa"),
    ("sa", "ye"),
    ("tr", "sy"),
    ("us", "ir"),
    ("ye", "il"),
]

# Non-state armed actors that stand in for a side of a dyad (key, text, gram).
ARMED_SIDE = {
    "ps": [("Hamas", "n"), ("Palestinian militants", "p"), ("Hamas fighters", "p")],
    "lb": [("Hezbollah", "n"), ("Hezbollah fighters", "p")],
    "ye": [("Houthi rebels", "p"), ("the Houthis", "p"), ("Houthi forces", "p")],
}

IGOS = [
    ("the United Nations", "n"),
    ("the UN", "n"),
    ("the UN Security Council", "n"),
    ("UN Secretary-General Antonio Guterres", "m"),
    ("NATO", "n"),
    ("NATO Secretary-General Mark Rutte", "m"),
    ("the European Union", "n"),
    ("the EU", "n"),
    ("the European Commission", "n"),
    ("Brussels", "n"),
    ("the African Union", "n"),
    ("the Arab League", "n"),
    ("ASEAN", "n"),
    ("the International Atomic Energy Agency", "n"),
    ("the IAEA", "n"),
    ("the World Health Organization", "n"),
    ("the IMF", "n"),
    ("the World Bank", "n"),
    ("the International Criminal Court", "n"),
    ("the OSCE", "n"),
    ("the G7", "n"),
    ("ECOWAS", "n"),
    ("the UN human rights office", "n"),
    ("the UN refugee agency", "n"),
    ("EU foreign policy chief Kaja Kallas", "f"),
]

NGOS = [
    ("Amnesty International", "n"),
    ("Human Rights Watch", "n"),
    ("the Red Cross", "n"),
    ("the International Committee of the Red Cross", "n"),
    ("Doctors Without Borders", "n"),
    ("Reporters Without Borders", "n"),
    ("Oxfam", "n"),
    ("Transparency International", "n"),
    ("the Committee to Protect Journalists", "n"),
    ("Save the Children", "n"),
]

# Organisations a target can be suspended from, or join.
ORGS = [
    "the African Union",
    "the Commonwealth",
    "the Arab League",
    "the Council of Europe",
    "ECOWAS",
    "the Organization of American States",
    "the G20",
    "Interpol",
]

# Reporters of international news: the "officials said" of a sentence (never a predicate's
# source or target, except where a template says so).
REP_INTL = [
    ("officials", "p"),
    ("diplomats", "p"),
    ("a government spokesman", "m"),
    ("the foreign ministry", "n"),
    ("two people familiar with the matter", "p"),
    ("a senior official", "f"),
    ("state media", "p"),
    ("the country's state news agency", "n"),
    ("Western diplomats", "p"),
    ("a spokeswoman", "f"),
    ("a statement", "n"),
    ("a diplomatic source", "n"),
    ("local media", "p"),
]

MEDIA = [
    "state media",
    "the official news agency",
    "local media",
    "Reuters",
    "the BBC",
    "Al Jazeera",
    "the Associated Press",
    "state television",
    "Agence France-Presse",
]

# --------------------------------------------------------------------------------------------
# United States
US_POL = [
    ("Senator Maria Delgado", "f"),
    ("Senator James Whitfield", "m"),
    ("Senator Ruth Okafor", "f"),
    ("Senator Daniel Price", "m"),
    ("Rep. Alan Brooks", "m"),
    ("Rep. Nadia Hassan", "f"),
    ("Congresswoman Teresa Lind", "f"),
    ("House Speaker Mark Ellison", "m"),
    ("Senate Majority Leader Carol Jennings", "f"),
    ("Democrats", "p"),
    ("Republicans", "p"),
    ("House Democrats", "p"),
    ("Senate Republicans", "p"),
    ("the Democratic Party", "n"),
    ("the Republican National Committee", "n"),
    ("progressive lawmakers", "p"),
    ("conservative lawmakers", "p"),
    ("the House Oversight Committee", "n"),
    ("the Senate Judiciary Committee", "n"),
    ("Governor Linda Park", "f"),
    ("Governor Tom Whitaker", "m"),
    ("Mayor Eric Salas", "m"),
    ("Democratic candidate Jenna Morales", "f"),
    ("Republican challenger Greg Holt", "m"),
    ("the Freedom Caucus", "n"),
    ("Senator Elizabeth Warren", "f"),
    ("Senator Ted Cruz", "m"),
    ("Rep. Alexandria Ocasio-Cortez", "f"),
    ("several GOP senators", "p"),
]
US_EXEC = [
    ("the White House", "n"),
    ("the administration", "n"),
    ("President Joe Biden", "m"),
    ("President Donald Trump", "m"),
    ("the president", "m"),
    ("the Justice Department", "n"),
    ("the FBI", "n"),
    ("the Department of Homeland Security", "n"),
    ("Attorney General Rachel Stone", "f"),
    ("the Environmental Protection Agency", "n"),
    ("White House press secretary Dana Reyes", "f"),
    ("the Education Department", "n"),
]
US_COURT = [
    ("federal prosecutors", "p"),
    ("a federal grand jury", "n"),
    ("the Manhattan district attorney", "m"),
    ("a federal judge", "f"),
    ("the state attorney general", "f"),
    ("special counsel Miles Carter", "m"),
    ("a jury in Washington", "n"),
    ("prosecutors", "p"),
]
US_DEF = [
    ("a former campaign chairman", "m"),
    ("the congressman", "m"),
    ("a former aide to the governor", "f"),
    ("two city council members", "p"),
    ("the former national security adviser", "m"),
    ("a state senator", "f"),
    ("the mayor's chief of staff", "m"),
    ("three election officials", "p"),
]
US_CIVIL = [
    ("protesters", "p"),
    ("thousands of |protesters", "p"),
    ("union members", "p"),
    ("teachers", "p"),
    ("nurses", "p"),
    ("climate activists", "p"),
    ("students", "p"),
    ("autoworkers", "p"),
    ("hundreds of |demonstrators", "p"),
    ("abortion rights activists", "p"),
    ("the United Auto Workers", "n"),
    ("dockworkers", "p"),
    ("federal employees", "p"),
]
US_GROUPS = [
    ("the ACLU", "n"),
    ("the NAACP", "n"),
    ("the American Civil Liberties Union", "n"),
    ("the National Rifle Association", "n"),
    ("Planned Parenthood", "n"),
]
US_POLICE = [
    ("police", "p"),
    ("FBI agents", "p"),
    ("federal agents", "p"),
    ("Capitol Police", "p"),
    ("immigration agents", "p"),
    ("the police", "p"),
    ("riot police", "p"),
    ("state troopers", "p"),
]
US_STATES = [
    ("Florida", "n"),
    ("storm-hit Louisiana", "n"),
    ("flood-hit Kentucky", "n"),
    ("California", "n"),
    ("Puerto Rico", "n"),
    ("wildfire victims in Maui", "p"),
    ("Texas", "n"),
    ("tornado-hit Oklahoma", "n"),
]
US_FUNDED = [
    ("sanctuary cities", "p"),
    ("Harvard University", "n"),
    ("Columbia University", "n"),
    ("public broadcasters", "p"),
    ("California", "n"),
    ("Planned Parenthood", "n"),
]
US_AID_SRC = [
    ("the administration", "n"),
    ("the White House", "n"),
    ("President Joe Biden", "m"),
    ("President Donald Trump", "m"),
    ("FEMA", "n"),
    ("Congress", "n"),
    ("the Department of Homeland Security", "n"),
]
US_MEDIA = [
    ("The Washington Post", "n"),
    ("CNN", "n"),
    ("The New York Times", "n"),
    ("a conservative news network", "n"),
]
REP_US = [
    ("aides", "p"),
    ("a White House official", "m"),
    ("people familiar with the matter", "p"),
    ("campaign officials", "p"),
    ("a spokeswoman", "f"),
    ("congressional aides", "p"),
    ("court records", "p"),
    ("Politico", "n"),
]

# United Kingdom
UK_POL = [
    ("Labour", "n"),
    ("the Conservatives", "p"),
    ("the Tories", "p"),
    ("the Liberal Democrats", "p"),
    ("the SNP", "n"),
    ("Reform UK", "n"),
    ("Nigel Farage", "m"),
    ("Kemi Badenoch", "f"),
    ("Ed Davey", "m"),
    ("Tory MPs", "p"),
    ("Labour backbenchers", "p"),
    ("the shadow home secretary", "f"),
    ("the opposition leader", "f"),
    ("MPs", "p"),
    ("the Commons Treasury committee", "n"),
    ("peers", "p"),
    ("the Green Party", "n"),
]
UK_EXEC = [
    ("Downing Street", "n"),
    ("the government", "n"),
    ("the prime minister", "m"),
    ("Keir Starmer", "m"),
    ("the Home Office", "n"),
    ("the Treasury", "n"),
    ("the chancellor", "f"),
    ("the home secretary", "f"),
    ("the health secretary", "m"),
    ("Rachel Reeves", "f"),
]
UK_POLICE = [
    ("the Metropolitan Police", "n"),
    ("police", "p"),
    ("Scotland Yard", "n"),
    ("counter-terrorism police", "p"),
    ("officers", "p"),
]
UK_CIVIL = [
    ("junior doctors", "p"),
    ("rail workers", "p"),
    ("climate activists", "p"),
    ("pro-Palestinian protesters", "p"),
    ("farmers", "p"),
    ("nurses", "p"),
    ("the RMT union", "n"),
    ("teachers", "p"),
    ("the BMA", "n"),
    ("thousands of |farmers", "p"),
    ("Just Stop Oil activists", "p"),
    ("university staff", "p"),
]
UK_DEF = [
    ("a Labour MP", "m"),
    ("a former Conservative minister", "m"),
    ("two activists", "p"),
    ("the former council leader", "f"),
    ("a Reform UK councillor", "m"),
]
REP_UK = [
    ("a Downing Street spokesman", "m"),
    ("a party source", "m"),
    ("the BBC", "n"),
    ("Whitehall sources", "p"),
    ("a government source", "f"),
]

# --------------------------------------------------------------------------------------------
# Domestic politics elsewhere, one row a country (columns described in the file).
DOMESTIC = read_table("domestic.tsv")

# Generic domestic roles: {adj} is the country's adjective.
DOM_GOV = [
    ("the {adj} government", "n"),
    ("{adj} authorities", "p"),
    ("the interior ministry", "n"),
    ("the government", "n"),
    ("the justice minister", "m"),
    ("the {adj} cabinet", "n"),
]
DOM_POL = [
    ("{adj} opposition leaders", "p"),
    ("the opposition", "n"),
    ("{adj} lawmakers", "p"),
    ("opposition parties", "p"),
    ("an opposition coalition", "n"),
    ("ruling party lawmakers", "p"),
]
DOM_SECURITY = [
    ("{adj} police", "p"),
    ("riot police", "p"),
    ("security forces", "p"),
    ("police", "p"),
    ("the police", "p"),
    ("soldiers", "p"),
    ("{adj} security forces", "p"),
]
DOM_CIVIL = [
    ("protesters", "p"),
    ("opposition supporters", "p"),
    ("students", "p"),
    ("trade unions", "p"),
    ("farmers", "p"),
    ("doctors", "p"),
    ("teachers", "p"),
    ("taxi drivers", "p"),
    ("tens of thousands of |people", "p"),
    ("miners", "p"),
    ("hundreds of |students", "p"),
    ("thousands of |opposition supporters", "p"),
    ("garment workers", "p"),
    ("lawyers", "p"),
]
DOM_DETAINEE = [
    ("protesters", "p"),
    ("dozens of |protesters", "p"),
    ("opposition activists", "p"),
    ("a prominent journalist", "f"),
    ("an opposition lawmaker", "m"),
    ("several student leaders", "p"),
    ("human rights activists", "p"),
    ("a local reporter", "m"),
    ("union leaders", "p"),
    ("a blogger", "m"),
]
DOM_COURT = [
    ("a {adj} court", "n"),
    ("prosecutors", "p"),
    ("the Supreme Court", "n"),
    ("the constitutional court", "n"),
    ("a court in {capital}", "n"),
    ("the anti-corruption agency", "n"),
]
DOM_ARMY = [
    ("the army", "n"),
    ("government troops", "p"),
    ("the military", "n"),
    ("the {adj} army", "n"),
    ("soldiers", "p"),
    ("the air force", "n"),
]
# Targets of attacks also include units that do not act as sources.
DOM_ARMY_T = [*DOM_ARMY, ("a convoy of government troops", "n"), ("an army patrol", "n")]
DOM_MEDIA = [
    ("an independent newspaper", "n"),
    ("the opposition broadcaster", "n"),
    ("a popular news website", "n"),
    ("two private television stations", "p"),
]
REP_DOM = [
    ("local officials", "p"),
    ("witnesses", "p"),
    ("a police spokesman", "m"),
    ("rights groups", "p"),
    ("a military spokesman", "m"),
    ("state media", "p"),
    ("residents", "p"),
    ("a lawyer for the family", "f"),
    ("the local governor", "m"),
]

# --------------------------------------------------------------------------------------------
# Fillers. A list is a choice; "{x}" inside expands another filler. Leading spaces are part of
# the adjuncts so that an empty adjunct leaves no double space.
F: dict[str, list[str]] = {}

F["city"] = [
    "Geneva",
    "Vienna",
    "Brussels",
    "Istanbul",
    "Doha",
    "Paris",
    "Beijing",
    "New Delhi",
    "Cairo",
    "Oslo",
    "Helsinki",
    "Riyadh",
    "Abu Dhabi",
    "Nairobi",
    "Jakarta",
    "Tokyo",
    "Berlin",
    "Rome",
    "Madrid",
    "Singapore",
    "Warsaw",
    "Budapest",
    "Bangkok",
    "Muscat",
    "Astana",
    "Baku",
    "Addis Ababa",
    "Jeddah",
    "Sochi",
    "Granada",
]
F["weekday"] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Past-time adjuncts for speakers (statements) and for everyone (plain time).
F["when"] = [
    " in the sharpest exchange between the two governments in years",
    " in a statement <published|participle-modifier> by the foreign ministry late on {weekday}",
    " at the end of a two-day meeting of foreign ministers in {city}",
    " in a speech to diplomats and business leaders in {city} on {weekday} evening",
    "",
    "",
    "",
    "",
    " on {weekday}",
    " on {weekday}",
    " on {weekday}",
    " last week",
    " earlier this month",
    " late on {weekday}",
    " at the weekend",
    " in a statement",
    " in a statement on {weekday}",
    " at a news conference",
    " in a televised address",
    " in an interview with state television",
    " during a visit to {city}",
    " at a summit in {city}",
    " in a post on social media",
    " on {weekday} evening",
    " for the second time this week",
    " in a joint statement",
    " amid rising tensions",
    " after an emergency cabinet meeting",
    " on the sidelines of a summit in {city}",
    " in a speech to parliament",
    " in unusually strong terms",
    " ahead of next month's summit",
    " following weeks of pressure",
    " in a written statement",
    " at the United Nations",
]
F["time"] = [
    " in the early hours of {weekday}, the latest escalation in a conflict now in its third year",
    " in a remote area close to the border, far from the main roads",
    " for the third time in less than a month",
    "",
    "",
    "",
    "",
    " on {weekday}",
    " on {weekday}",
    " last week",
    " earlier this month",
    " late on {weekday}",
    " at the weekend",
    " on {weekday} morning",
    " overnight",
    " this week",
    " in the early hours of {weekday}",
    " amid rising tensions",
]
F["when_us"] = [
    " in a lengthy speech on the Senate floor late on {weekday} night",
    " in an interview with a conservative radio host on {weekday} morning",
    "",
    "",
    "",
    " on {weekday}",
    " on {weekday}",
    " in a speech on the Senate floor",
    " in an interview on Sunday",
    " on social media",
    " at a campaign rally in {us_place}",
    " during a committee hearing",
    " in a fundraising email",
    " at a news conference",
    " in a statement",
    " on {weekday} night",
    " in a letter to colleagues",
    " during a town hall",
]
F["when_uk"] = [
    " in a combative speech to party members at the annual conference in {uk_place}",
    "",
    "",
    "",
    " on {weekday}",
    " during Prime Minister's Questions",
    " in the Commons",
    " in an interview with the BBC",
    " at the party conference",
    " in a statement",
    " on {weekday}",
    " in a newspaper column",
    " at a rally in {uk_place}",
]
F["when_dom"] = [
    " in a televised address to the nation on the eve of the independence day celebrations",
    " at a rally of several thousand supporters in the capital",
    "",
    "",
    "",
    " on {weekday}",
    " on {weekday}",
    " in a televised address",
    " at a news conference in the capital",
    " in a statement",
    " last week",
    " on state television",
    " ahead of the vote",
    " at a rally",
    " on {weekday} evening",
    " in parliament",
]
F["time_f"] = [
    "",
    "",
    "",
    " on {weekday}",
    " next week",
    " later this month",
    " next month",
    " in the coming days",
    " before the end of the year",
    " as early as {weekday}",
    " after the election",
]
# Tails of the present perfect: "has criticised ... on Monday" is not English.
F["perf_tail"] = ["", "", "", "", " in recent days", " this week", " in a statement", " again"]
F["us_place"] = ["Ohio", "Iowa", "Phoenix", "Atlanta", "Milwaukee", "Pennsylvania", "Nevada"]
F["uk_place"] = ["Birmingham", "Manchester", "Leeds", "Glasgow", "Cardiff", "Bristol"]

F["front"] = [
    "On {weekday}",
    "Earlier this week",
    "Late on {weekday}",
    "In a rare move",
    "For the first time in years",
    "In a statement on {weekday}",
    "Last month",
    "In a sharp change of tone",
    "On the eve of the summit",
    "Hours later",
    "In a move likely to <deepen|opinion-no-target> the row",
    "Within hours",
]
F["venue"] = [
    "at a news conference in {city}",
    "to reporters in {city}",
    "after a cabinet meeting",
    "on the sidelines of a summit in {city}",
    "in an interview with a local broadcaster",
    "at a security forum in {city}",
]
F["appos_front"] = [
    "A former lawyer",
    "A veteran diplomat",
    "A former central banker",
    "A career politician",
    "In office since 2019",
    "A longtime critic of the government",
    "The son of Cuban immigrants",
    "The daughter of a coal miner",
    "A former army officer",
    "A close ally of the president",
    "Once a political outsider",
]
F["appos_person"] = [
    "a former prosecutor",
    "the country's top diplomat",
    "a close ally of the president",
    "who <took|background> office last year",
    "who <faces|background> re-election in November",
    "a former journalist",
    "<speaking|participle-frame> through an interpreter",
    "the son of a diplomat",
    "who <chairs|background> the foreign affairs committee",
]
F["appos_org"] = [
    "which <holds|background> the rotating presidency of the bloc",
    "a long-standing ally",
    "a key trading partner",
    "which <hosts|background> a large naval base",
    "a major oil exporter",
    "home to millions of refugees",
]
F["appos_group"] = [
    "already under pressure at home",
    "many of them young",
    "who <number|background> in the thousands",
    "long at odds with the government",
]
F["ing_tail"] = [
    "<saying|reporting-verb> the situation was unacceptable",
    "<citing|reporting-verb> security concerns",
    "<adding|reporting-verb> that further steps were possible",
    "<saying|reporting-verb> the decision had been long overdue",
    "<describing|reporting-verb> the moment as critical",
    "<according|reporting-verb> to a statement",
    "in a sign of deepening tensions",
    "<saying|reporting-verb> patience had run out",
    "in what officials <called|opinion-no-target> a warning shot",
]
F["modal"] = ["may", "could", "might"]
F["hedge_adv"] = ["probably", "apparently", "possibly"]
F["asker"] = [
    "Reporters",
    "Analysts",
    "Many observers",
    "Journalists",
    "Diplomats in {city}",
    "Investors",
]

# International issues (nouns only: a verb here would go unlabelled).
F["issue"] = [
    "the border dispute",
    "the war in Ukraine",
    "the conflict in Gaza",
    "the blockade of the port",
    "the treatment of ethnic minorities",
    "the disputed islands",
    "trade tariffs",
    "the detention of aid workers",
    "the grain deal",
    "the refugee crisis",
    "missile tests",
    "the gas pipeline",
    "human rights abuses",
    "election interference",
    "the fishing dispute",
    "the dam on the Nile",
    "arms sales to the region",
    "the expulsion of journalists",
    "the crackdown on dissent",
    "the downing of a passenger jet",
    "troop movements near the border",
    "a spy scandal",
    "the jailing of opposition figures",
    "the climate talks",
    "debt repayments",
    "visa restrictions",
    "the migrant crisis",
    "the treatment of prisoners",
    "the nuclear programme",
    "the South China Sea",
    "the status of Kosovo",
    "the situation in Sudan",
    "cyber attacks on government networks",
    "the seized tanker",
]
F["deed"] = [
    "missile tests",
    "treatment of protesters",
    "annexation of the region",
    "occupation of the islands",
    "air strikes on civilian areas",
    "detention of foreign journalists",
    "support for the rebels",
    "latest missile launch",
    "crackdown on dissent",
    "military build-up near the border",
    "seizure of the tanker",
    "handling of the crisis",
    "human rights record",
    "blockade of the port",
    "interference in the election",
    "lack of cooperation",
    "arrest of an opposition leader",
    "execution of political prisoners",
    "expulsion of diplomats",
    "nuclear programme",
    "arms sales to the junta",
    "recognition of the breakaway region",
    "repeated airspace violations",
    "decision to <expel|noun-complement> aid workers",
    "plan to <annex|noun-complement> the territory",
]
F["fault"] = [
    "{T.poss} handling of the crisis",
    "{T.poss} human rights record",
    "{T.poss} silence on the killings",
    "{T.poss} support for the junta",
    "{T.poss} role in the conflict",
    "{T.poss} lack of transparency",
    "{T.poss} treatment of migrants",
    "{T.poss} response to the outbreak",
    "the delay in aid deliveries",
    "the collapse of the peace talks",
    "{T.poss} inaction on climate change",
    "{T.poss} stance on the war",
    "{T.poss} record on press freedom",
]
F["charge"] = [
    "war crimes",
    "espionage",
    "interference in {S.poss} internal affairs",
    "aggression",
    "state-sponsored hacking",
    "<violating> the ceasefire",
    "<violating> international law",
    "<supplying> weapons to the rebels",
    "<harbouring> terrorists",
    "<meddling> in the election",
    "<spreading> disinformation",
    "<stealing> trade secrets",
    "<shelling> civilian areas",
    "<obstructing> aid deliveries",
    "<targeting> journalists",
    "<funding> militant groups",
    "<using> chemical weapons",
    "<blocking> the investigation",
    "<trying> to <destabilise> the region",
    "<undermining> the peace process",
    "<breaching> the treaty",
    "<lying> about the death toll",
    "<torturing> prisoners",
    "human rights abuses",
    "corruption",
    "hypocrisy",
    "a provocation",
    "<hiding> the truth about the outbreak",
    "<sheltering> a fugitive",
    "nuclear blackmail",
]
F["charge_pp"] = [
    "<violated> the ceasefire",
    "<shelled> civilian areas",
    "<supplied> weapons to the rebels",
    "<meddled> in the election",
    "<detained> aid workers without charge",
    "<funded> militant groups",
    "<broken> the truce",
    "<poisoned> a defector",
    "<hacked> government servers",
    "<concealed> the scale of the outbreak",
    "<smuggled> arms across the border",
    "<bribed> officials",
    "<ignored> repeated warnings",
]
F["bad_event"] = [
    "the attack on the convoy",
    "the collapse of the talks",
    "the deaths of civilians",
    "the escalation",
    "the surge in migrant arrivals",
    "the food crisis",
    "the explosion at the pipeline",
    "the breakdown of the ceasefire",
    "the cyber attack on the country's banks",
    "the rise in energy prices",
    "the failure of the summit",
    "the unrest in the capital",
    "the sinking of the ferry",
]
F["bad_np"] = [
    "a threat to regional security",
    "a threat to world peace",
    "a terrorist state",
    "a rogue state",
    "an obstacle to peace",
    "a danger to democracy",
    "a sponsor of terrorism",
    "an aggressor",
    "an unreliable partner",
    "a pariah",
    "a destabilising force",
    "the main threat to the region",
]
F["bad_pred"] = [
    "responsible for the attack",
    "a threat to regional stability",
    "to <blame|accusation-content> for the collapse of the talks",
    "guilty of war crimes",
    "an obstacle to peace",
    "a danger to democracy",
    "not a credible partner",
    "unfit to <govern|accusation-content>",
    "complicit in the killings",
    "behind the cyber attack",
    "hostile to press freedom",
    "a puppet of foreign powers",
    "<lying|accusation-content> about the cost of the war",
    "responsible for the famine",
]
# What a belief or a claim charges an actor with, fitting "was" and "were" alike
F["charge_pred"] = [
    "secretly working for a foreign intelligence service",
    "acting as agents of a hostile power",
    "corrupt",
    "funding the insurgents in secret",
    "behind the disinformation campaign",
    "spreading propaganda abroad",
    "complicit in the cover-up",
    "spying on opposition figures",
    "in breach of the ceasefire",
    "arming the militias",
    "working as undercover operatives",
    "guilty of electoral fraud",
]
F["forum"] = [
    "the UN Security Council",
    "the World Trade Organization",
    "the International Court of Justice",
    "the UN Human Rights Council",
    "the European Commission",
]
F["good_cause"] = [
    "peace",
    "the ceasefire",
    "free trade",
    "the alliance",
    "democracy",
    "the nuclear deal",
    "regional stability",
]
F["deed_t"] = [
    "alleged war crimes",
    "the killing of protesters",
    "the disappearance of activists",
    "possible sanctions violations",
    "abuses in detention centres",
    "the shelling of a hospital",
]

# Demand content: what a REQUEST asks for. Bare <verb> markers: labelled NONE with the kind of
# the slot that uses them (demand-content, refusal-content, ...).
F["demand"] = [
    "<withdraw> {T.poss} troops from the border region",
    "<release> the detained journalists",
    "<halt> {T.poss} military operations",
    "<return> to the negotiating table",
    "<lift> the blockade",
    "<allow> aid convoys into the region",
    "<respect> the ceasefire",
    "<hold> free and fair elections",
    "<investigate> the killings",
    "<end> the crackdown on dissent",
    "<hand> over the suspects",
    "<reconsider> {T.poss} decision",
    "<abandon> {T.poss} nuclear programme",
    "<reopen> the border crossing",
    "<resume> talks",
    "<stop> the shelling of civilian areas",
    "<show> restraint",
    "<exercise> maximum restraint",
    "<cooperate> fully with the inquiry",
    "<pay> {T.poss} arrears to the UN",
    "<free> all political prisoners",
    "<extradite> the former minister",
    "<rejoin> the nuclear deal",
    "<drop> the charges against the activists",
    "<recognise> the election result",
    "<open> {T.poss} markets to foreign firms",
    "<scrap> the new tariffs",
    "<comply> with the court ruling",
    "<disband> the militias",
    "<condemn> the coup",
    "<expel> the mercenaries",
    "<impose> sanctions on the junta",
    "<close> the detention camps",
]
F["demand_np"] = [
    "an immediate ceasefire",
    "the release of the detained journalists",
    "an independent investigation into the killings",
    "restraint on all sides",
    "a return to talks",
    "new elections",
    "the lifting of the blockade",
    "a humanitarian pause",
    "the withdrawal of foreign troops",
    "an emergency meeting of the Security Council",
    "safe passage for civilians",
    "the extradition of the suspects",
]
F["aid_np"] = [
    "emergency food aid",
    "more air defence systems",
    "financial assistance",
    "a new loan",
    "medical supplies",
    "help with reconstruction",
    "humanitarian assistance",
    "military equipment",
    "debt relief",
    "fuel supplies",
]
F["help_np"] = [
    "the investigation",
    "the search for the missing sailors",
    "the evacuation of its citizens",
    "the hunt for the suspects",
    "the reconstruction effort",
]

F["us_issue"] = [
    "the debt ceiling",
    "the border bill",
    "the spending package",
    "gun control",
    "abortion rights",
    "the infrastructure bill",
    "student loan forgiveness",
    "the handling of classified documents",
    "the impeachment inquiry",
    "tariffs on Chinese goods",
    "the Supreme Court nomination",
    "the immigration crackdown",
    "voting rights",
    "the defense budget",
    "the government shutdown",
    "healthcare costs",
    "the redistricting plan",
    "the tax cuts",
    "the minimum wage",
    "the farm bill",
    "federal layoffs",
    "drug prices",
]
F["us_charge"] = [
    "<lying> about {us_issue}",
    "<abusing> {T.poss} power",
    "<obstructing> justice",
    "<weaponizing> the Justice Department",
    "<stonewalling> investigators",
    "hypocrisy",
    "corruption",
    "<playing> politics with {us_issue}",
    "<misleading> voters",
    "<wasting> taxpayer money",
    "<rigging> the rules",
    "<ignoring> the law",
    "<holding> the budget hostage",
]
F["us_fault"] = [
    "{T.poss} handling of {us_issue}",
    "{T.poss} vote on {us_issue}",
    "{T.poss} remarks about immigrants",
    "{T.poss} silence on {us_issue}",
    "{T.poss} role in the shutdown",
    "{T.poss} ties to lobbyists",
]
F["us_policy"] = [
    "tax plan",
    "spending bill",
    "immigration policy",
    "healthcare proposal",
    "budget",
    "energy agenda",
    "nominee for attorney general",
    "tariff plan",
    "education cuts",
]
F["us_bad_np"] = [
    "a threat to democracy",
    "a disgrace",
    "an extremist",
    "a liar",
    "unfit for office",
    "a danger to the country",
    "a failed leader",
]
F["crime"] = [
    "fraud",
    "bribery",
    "obstruction of justice",
    "campaign finance violations",
    "perjury",
    "tax evasion",
    "money laundering",
    "contempt of Congress",
    "wire fraud",
    "conspiracy",
]
F["us_demand"] = [
    "<release> the full report",
    "<withdraw> the nomination",
    "<veto> the bill",
    "<step> down",
    "<resign>",
    "<testify> before the committee",
    "<extend> the tax credit",
    "<reopen> the government",
    "<sign> the bill into law",
    "<cancel> the rally",
    "<apologize> for {T.poss} remarks",
    "<drop> the lawsuit",
    "<restore> funding for the program",
    "<raise> the debt ceiling",
    "<hand> over the documents to Congress",
    "<condemn> the violence",
    "<protect> voting rights",
    "<ban> assault weapons",
    "<investigate> the shooting",
    "<fire> the agency director",
]
F["uk_issue"] = [
    "the Rwanda scheme",
    "NHS waiting lists",
    "the winter fuel payment",
    "the budget",
    "the Brexit deal",
    "small boat crossings",
    "the cost-of-living crisis",
    "the assisted dying bill",
    "water company bonuses",
    "tuition fees",
    "the two-child benefit cap",
    "the HS2 rail line",
    "the Post Office scandal",
    "inheritance tax on farms",
    "prison overcrowding",
]
F["uk_demand"] = [
    "<call> an early election",
    "<scrap> the two-child benefit cap",
    "<publish> the legal advice",
    "<resign>",
    "<sack> the minister",
    "<reverse> the cut to the winter fuel payment",
    "<apologise> to the sub-postmasters",
    "<hold> a public inquiry",
    "<raise> nurses' pay",
    "<rule> out tax rises",
    "<drop> the inheritance tax plan",
]
F["dom_issue"] = [
    "the new tax law",
    "the disputed election results",
    "fuel price increases",
    "the constitutional amendment",
    "the crackdown on the media",
    "the corruption scandal",
    "the judicial reform",
    "the state of emergency",
    "the price of bread",
    "the pension reform",
    "the security law",
    "the mining concession",
    "the postponed elections",
    "the foreign agents law",
]
F["dom_demand"] = [
    "<release> the jailed opposition leader",
    "<postpone> the vote",
    "<lift> the state of emergency",
    "<reverse> the fuel price hike",
    "<hold> talks with the unions",
    "<withdraw> the security bill",
    "<resign>",
    "<step> down",
    "<publish> the full election results",
    "<free> the detained students",
    "<restore> internet access",
    "<investigate> the deaths of protesters",
    "<scrap> the new tax",
]

F["proposal"] = [
    "peace plan",
    "proposal for a ceasefire",
    "offer of talks",
    "demands",
    "ultimatum",
    "terms",
    "draft agreement",
    "latest offer",
    "mediation offer",
    "call for a new inquiry",
    "request for extradition",
    "plan for the disputed region",
]
F["claim"] = [
    "accusations",
    "claims of interference",
    "allegations of espionage",
    "charges",
    "report on the killings",
    "version of events",
    "account of the incident",
]
F["dismiss_as"] = [
    "baseless",
    "propaganda",
    "absurd",
    "a fabrication",
    "groundless",
    "a provocation",
    "lies",
]
F["order"] = ["demands", "ultimatum", "deadline", "ruling", "order", "warnings"]
F["refusal"] = [
    "<meet> {T}",
    "<negotiate> with {T}",
    "<recognise> {T.gen} government",
    "<hand> over the suspects to {T}",
    "<extradite> the former minister to {T}",
    "<lift> sanctions on {T}",
    "<accept> {T.gen} terms",
    "<attend> talks with {T}",
    "<comply> with {T.gen} demands",
    "<return> the seized tanker to {T}",
    "<withdraw> {S.poss} troops",
    "<sign> the agreement with {T}",
    "<apologise> to {T}",
    "<release> the crew of the seized ship",
    "<share> intelligence with {T}",
    "<join> the sanctions against {T}",
]
F["us_refusal"] = [
    "<testify> before {T}",
    "<comply> with {T.gen} subpoena",
    "<hand> over documents to {T}",
    "<concede> the race to {T}",
    "<sign> {T.gen} bill",
    "<endorse> {T}",
    "<debate> {T}",
    "<meet> with {T}",
    "<answer> questions from {T}",
    "<cooperate> with {T.gen} inquiry",
]
F["us_proposal"] = [
    "spending plan",
    "border bill",
    "budget proposal",
    "nominee",
    "healthcare bill",
    "tax package",
    "gun safety bill",
    "stopgap funding measure",
]
F["dom_proposal"] = [
    "offer of dialogue",
    "budget",
    "proposed amendments",
    "reform plan",
    "call for a national unity government",
    "election timetable",
]
F["uk_proposal"] = [
    "budget plans",
    "immigration bill",
    "welfare reforms",
    "planning bill",
    "proposed spending cuts",
]

F["good_fault"] = [
    "{T.poss} role in the peace talks",
    "{T.poss} humanitarian efforts",
    "{T.poss} restraint",
    "{T.poss} leadership on climate change",
    "{T.poss} hospitality",
    "{T.poss} support during the crisis",
    "{T.poss} help in the rescue operation",
    "{T.poss} commitment to reform",
    "{T.poss} mediation",
    "{T.poss} generosity toward refugees",
]
F["good_deed"] = [
    "decision to <release|noun-complement> the prisoners",
    "offer to <mediate|noun-complement>",
    "peace initiative",
    "reform agenda",
    "ceasefire announcement",
    "election victory",
    "contribution to the relief effort",
    "stance on the crisis",
    "new climate targets",
    "mediation efforts",
    "decision to <lift|noun-complement> the curfew",
    "peace proposal",
    "pledge of aid",
    "handling of the hostage crisis",
]
F["bid"] = [
    "bid for a permanent seat on the Security Council",
    "bid to <host|noun-complement> the 2036 Olympics",
    "candidacy for the top UN job",
    "application for EU membership",
    "bid for NATO membership",
    "position on the disputed islands",
    "claim to the territory",
    "peace plan",
    "proposal for a ceasefire",
    "bid to <join|noun-complement> the G20",
]
F["criticism"] = [
    "Western criticism",
    "accusations of human rights abuses",
    "criticism at home",
    "charges of corruption",
    "attacks from the opposition",
]
F["achievement"] = [
    "{T.poss} election victory",
    "{T.poss} re-election",
    "{T.poss} national day",
    "the peaceful transfer of power",
    "{T.poss} new government",
]
F["good_np"] = [
    "a key partner",
    "a reliable ally",
    "a strategic partner",
    "a force for stability",
    "a true friend",
    "an indispensable partner",
    "a model for the region",
]
F["good_pred"] = [
    "a reliable partner",
    "a true friend of our people",
    "right to <defend|speech-content> itself",
    "a force for stability in the region",
    "an indispensable ally",
    "a champion of free trade",
    "a partner we can <trust|speech-content>",
]
F["office"] = ["president", "governor", "the Senate seat", "mayor", "attorney general"]
F["us_criticism"] = [
    "Republican attacks",
    "criticism from the left",
    "calls for an investigation",
    "accusations of corruption",
    "attacks from Democrats",
]
F["us_good"] = [
    "{T.poss} work on {us_issue}",
    "{T.poss} leadership",
    "{T.poss} bipartisan deal",
    "{T.poss} courage",
    "{T.poss} stand on {us_issue}",
]
F["us_bill"] = [
    "border bill",
    "infrastructure package",
    "tax bill",
    "spending plan",
    "gun safety bill",
    "voting rights bill",
]

F["topic"] = [
    "trade",
    "the war in Sudan",
    "energy security",
    "climate finance",
    "migration",
    "regional security",
    "the grain corridor",
    "the hostage crisis",
    "bilateral ties",
    "a possible ceasefire",
    "debt relief",
    "the situation in Gaza",
    "maritime security in the Red Sea",
    "visa rules",
    "the disputed border",
    "the nuclear programme",
    "arms control",
    "critical minerals",
]
F["visit_np"] = [
    "a two-day state visit",
    "talks",
    "an official visit",
    "a three-day visit",
    "a working visit",
    "talks on {topic}",
]
F["venue_host"] = [
    "the presidential palace",
    "a state dinner",
    "the foreign ministry",
    "a ceremony in the capital",
    "the prime minister's residence",
]
F["coop_topic"] = [
    "counter-terrorism",
    "border security",
    "the fight against drug trafficking",
    "a joint vaccine programme",
    "migration controls",
    "cyber defence",
    "nuclear safety",
    "search and rescue operations",
    "anti-piracy patrols",
    "the investigation into the bombing",
    "the return of stolen artefacts",
]
F["suspect"] = [
    "two suspects in the bombing",
    "a fugitive banker",
    "a former intelligence officer",
    "three alleged cartel leaders",
    "the suspected ringleader",
    "a former army general",
]
F["joint_op"] = [
    "air patrols over the Baltic",
    "naval exercises in the Mediterranean",
    "the hunt for the hijackers",
    "a rescue operation off the coast",
]
F["aid_goods"] = [
    "tonnes of food aid",
    "medical supplies",
    "humanitarian aid",
    "emergency relief supplies",
    "tents and blankets",
    "vaccines",
    "water purification equipment",
    "fuel",
    "wheat",
    "field hospitals",
    "winter clothing",
]
F["weapons"] = [
    "air defence systems",
    "artillery shells",
    "armoured vehicles",
    "drones",
    "long-range missiles",
    "fighter jets",
    "ammunition",
    "anti-tank weapons",
]
F["money"] = [
    "$500 million",
    "$1.2 billion",
    "50 million euros",
    "$20 million",
    "$3 billion",
    "£100 million",
    "$75 million",
    "200 million euros",
]
F["aid_kind"] = [
    "budget support",
    "reconstruction aid",
    "humanitarian assistance",
    "development aid",
    "military aid",
    "emergency funding",
]
F["programme"] = [
    "reconstruction programme",
    "vaccination campaign",
    "de-mining programme",
    "refugee programme",
    "school meals programme",
]
F["detainees_np"] = [
    "dozens of political prisoners",
    "the crew of the seized tanker",
    "the captured soldiers",
    "a group of foreign hostages",
]
F["territory"] = [
    "the disputed islands",
    "control of the airport",
    "the seized tanker",
    "the border crossing",
    "two villages along the border",
]
F["demand_n"] = ["demands", "ruling", "request", "ultimatum", "conditions"]
F["sectors"] = ["banks", "oil exports", "arms industry", "shipping companies", "tech firms"]
F["goods"] = ["steel", "cars", "wine", "fish", "solar panels", "grain", "timber"]
F["deal"] = [
    "trade agreement",
    "defence pact",
    "free trade deal",
    "gas supply deal",
    "security agreement",
    "memorandum of understanding",
    "nuclear cooperation agreement",
    "prisoner exchange deal",
    "peace accord",
    "maritime border agreement",
    "grain deal",
    "ceasefire agreement",
    "migration pact",
]
F["coop_content"] = [
    "<hold> talks with {T}",
    "<resume> grain exports to {T}",
    "<share> intelligence with {T}",
    "<lift> tariffs on {T.gen} goods",
    "<extend> the ceasefire with {T}",
    "<cooperate> with {T} on {coop_topic}",
    "<meet> {T} next month",
    "<restore> diplomatic ties with {T}",
    "<supply> {T} with {aid_goods}",
    "<send> {weapons} to {T}",
    "<cut> tariffs on {T.gen} exports",
    "<work> with {T} on {coop_topic}",
    "<strengthen> ties with {T}",
    "<support> {T.gen} bid for a seat on the Security Council",
    "<return> the seized vessel to {T}",
    "<exchange> prisoners with {T}",
    "<open> a new border crossing with {T}",
]
F["offer_np"] = ["mediation", "talks", "help with the investigation", "a prisoner swap"]
F["agree_np"] = [
    "a framework for talks",
    "the terms of a truce",
    "new fishing quotas",
    "a timetable for the withdrawal",
]
F["threat"] = [
    "<impose> sanctions on {T}",
    "<retaliate> against {T}",
    "<cut> off gas supplies to {T}",
    "<expel> {T.gen} diplomats",
    "<use> force against {T}",
    "<suspend> talks with {T}",
    "<veto> {T.gen} resolution",
    "<block> {T.gen} accession to the bloc",
    "<walk> away from talks with {T}",
    "<sever> ties with {T}",
    "<halt> aid to {T}",
    "<strike> back at {T}",
    "<close> {S.poss} airspace to {T.gen} airlines",
    "<recall> {S.poss} ambassador from {T}",
    "<seize> {T.gen} assets",
]
F["threat_np"] = [
    "sanctions",
    "military action",
    "severe consequences",
    "retaliation",
    "a trade war",
    "expulsion from the bloc",
    "legal action",
    "a full embargo",
]
F["retaliation"] = [
    "<retaliate> against {T}",
    "<respond> forcefully to any attack by {T}",
    "<punish> {T}",
    "<hit> back at {T}",
    "<avenge> the killing of its commander",
]
F["redline"] = ["the border", "that red line", "the ceasefire line", "the maritime boundary"]
F["us_threat"] = [
    "<shut> down the government",
    "<sue> {T}",
    "<block> {T.gen} nominee",
    "<subpoena> {T}",
    "<withhold> federal funds from {T}",
    "<veto> {T.gen} bill",
    "<hold> {T} in contempt",
    "<cut> off funding to {T}",
]
F["grievance"] = [
    "pay",
    "pensions",
    "fuel prices",
    "working conditions",
    "the new labour law",
    "job cuts",
    "unpaid wages",
    "the pension reform",
    "rising rents",
]
F["policy"] = [
    "policies",
    "new tax law",
    "labour reforms",
    "handling of the economy",
    "plan to <raise|noun-complement> fuel prices",
    "security law",
    "budget cuts",
    "immigration policy",
]
F["troops_np"] = [
    "thousands of troops",
    "additional troops",
    "tanks and artillery",
    "an armoured brigade",
    "special forces",
    "air defence units",
    "warships",
    "more than 10,000 soldiers",
    "a naval task force",
    "attack helicopters",
]
F["num_res"] = [
    "300,000 reservists",
    "tens of thousands of reservists",
    "50,000 reservists",
    "an additional 20,000 troops",
]
F["waters"] = [
    "the South China Sea",
    "the Red Sea",
    "the eastern Mediterranean",
    "the Black Sea",
    "the Strait of Hormuz",
    "the Baltic",
]
F["seized"] = [
    "a {adj2}-flagged oil tanker",
    "a cargo ship",
    "fishing boats",
    "a shipment of weapons",
    "the vessel and its cargo",
]
F["adj2"] = ["Greek", "Panamanian", "Liberian", "Maltese", "British"]
F["n_people"] = [
    "two",
    "three",
    "five",
    "a dozen",
    "at least 20",
    "more than 40",
    "six",
    "dozens of",
]
F["years"] = ["three", "five", "seven", "ten", "12"]
F["post"] = [
    "party leader",
    "prime minister",
    "interior minister",
    "head of the central bank",
    "chief of staff",
    "speaker of parliament",
]
F["us_post"] = ["chair of the committee", "party leader", "attorney general", "campaign manager"]
F["month"] = ["January", "March", "April", "June", "August", "September", "October", "November"]
F["pct"] = [
    "3.1 percent",
    "5.2 percent",
    "0.4 percent",
    "12 percent",
    "7.5 percent",
    "2 percent",
    "61 percent",
    "48 percent",
    "9.8 percent",
]
F["year"] = ["1987", "1994", "2003", "2008", "2011", "2015", "2019", "1979", "2001"]
F["region"] = [
    "the north of the country",
    "the coastal provinces",
    "central Italy",
    "eastern Turkey",
    "the Andes",
    "southern Chile",
    "the Philippines' main island",
    "northern India",
    "Bangladesh",
    "the Balkans",
    "the east coast",
]

# Consequences and conditions of hypotheticals: every verb is a NONE predicate.
F["consequence"] = [
    "the talks will almost certainly <collapse>",
    "markets could <react> badly",
    "the region may <slide> into a wider war",
    "the coalition would <fall> apart",
    "oil prices are likely to <rise>",
    "{T.pro} will <respond> in kind",
    "the ceasefire may not <survive>",
    "diplomats <fear> a long stalemate",
    "the summit could be <cancelled>",
    "investors may <pull> out",
]
F["cond"] = [
    "the talks <failed>",
    "the ceasefire <collapsed>",
    "parliament <approved> the measure",
    "new evidence <emerged>",
    "the other side <made> the first move",
    "the allies <agreed> on a common position",
    "the referendum <passed>",
]

# Domestic crime, abuse and deed nouns (for charges, accusations by rights groups).
F["dom_crime"] = [
    "incitement",
    "terrorism",
    "treason",
    "sedition",
    "money laundering",
    "illegal assembly",
    "corruption",
    "fraud",
    "espionage",
    "subversion",
]
F["dom_abuse"] = [
    "<torturing> detainees",
    "excessive force",
    "<killing> protesters",
    "arbitrary arrests",
    "enforced disappearances",
    "<silencing> critics",
    "<rigging> the election",
    "<intimidating> journalists",
]
F["dom_deed"] = [
    "crackdown on protesters",
    "use of live ammunition",
    "detention of journalists",
    "treatment of migrants",
    "handling of the floods",
    "ban on opposition rallies",
    "decision to <postpone|noun-complement> the elections",
]
F["dom_demand_opp"] = [
    "<end> the protests",
    "<join> a national dialogue",
    "<accept> the election results",
    "<call> off the general strike",
    "<return> to parliament",
    "<condemn> the violence",
]
F["union_demand"] = [
    "<raise> wages",
    "<scrap> the pension reform",
    "<reinstate> the sacked workers",
    "<cut> fuel prices",
    "<pay> the arrears",
]
DOM_NEEDY = [
    ("drought-hit farmers", "p"),
    ("flood victims", "p"),
    ("displaced families", "p"),
    ("residents of the flooded provinces", "p"),
    ("earthquake survivors", "p"),
]
DOM_VICTIMS = [
    ("villagers", "p"),
    ("soldiers", "p"),
    ("police officers", "p"),
    ("civilians", "p"),
    ("aid workers", "p"),
    ("a local chief", "m"),
    ("worshippers at a mosque", "p"),
    ("two foreign engineers", "p"),
    ("schoolchildren", "p"),
]
DOM_UNION = [
    ("union leaders", "p"),
    ("trade unions", "p"),
    ("striking doctors", "p"),
    ("the main teachers' union", "n"),
    ("transport unions", "p"),
]

F["igo_demand"] = [
    "<send> monitors to the border",
    "<release> the next tranche of the loan",
    "<convene> an emergency session",
    "<deploy> peacekeepers to the region",
    "<investigate> the massacre",
    "<suspend> the country's voting rights",
]
F["bid_short"] = [
    "membership of the bloc",
    "a seat on the council",
    "observer status",
    "a permanent seat on the Security Council",
    "membership of the alliance",
]
F["uk_refusal"] = [
    "<publish> the legal advice",
    "<hold> a public inquiry",
    "<meet> {T}",
    "<apologise> to {T}",
    "<back> {T.gen} amendment",
    "<rule> out tax rises",
]
F["dom_refusal"] = [
    "<meet> {T}",
    "<negotiate> with {T}",
    "<recognise> the election result",
    "<release> the detained activists",
    "<join> the unity government",
    "<attend> the national dialogue",
    "<share> power with {T}",
]
F["uk_bad_np"] = [
    "a disgrace",
    "a fantasist",
    "a danger to the economy",
    "out of touch",
    "unfit to <lead|accusation-content>",
    "a national embarrassment",
]
F["uk_charge"] = [
    "<betraying> farmers",
    "<breaking> {T.poss} promises",
    "hypocrisy",
    "<misleading> Parliament",
    "<dithering> over {uk_issue}",
    "<crashing> the economy",
]
F["uk_good"] = [
    "{T.poss} handling of {uk_issue}",
    "{T.poss} leadership",
    "{T.poss} work on {uk_issue}",
    "{T.poss} stance on {uk_issue}",
]
F["dom_good"] = [
    "{T.poss} leadership during the floods",
    "{T.poss} reform agenda",
    "{T.poss} courage",
    "{T.poss} handling of the crisis",
    "{T.poss} fight against corruption",
]
F["dom_bad_event"] = [
    "the unrest",
    "the economic crisis",
    "the violence in the capital",
    "the fuel shortages",
    "the deaths of protesters",
    "the collapse of the currency",
]
F["dom_bad_np"] = [
    "traitors",
    "a threat to national unity",
    "foreign agents",
    "enemies of the state",
    "a danger to the nation",
]
F["dom_deed_for"] = [
    "{T.poss} use of live ammunition",
    "{T.poss} crackdown on the press",
    "{T.poss} treatment of detainees",
    "{T.poss} ban on opposition rallies",
]
F["claim_good"] = [
    "sovereignty over the islands",
    "new government",
    "independence",
    "right to self-defence",
    "territorial integrity",
]
F["deadline"] = ["48 hours", "72 hours", "a week", "ten days", "until Friday", "24 hours"]
F["consequence_np"] = [
    "severe consequences",
    "a forceful response",
    "retaliation",
    "serious repercussions",
    "a swift response",
    "grave consequences",
]
F["n_dipl"] = ["two", "four", "ten", "three", "15", "several", "six"]
F["n_days"] = ["three", "five", "ten", "two", "four"]
F["n_fighters"] = ["Two hundred", "Dozens of", "More than 50", "About 300", "Some 120"]
F["time_f_nonempty"] = [
    "next week",
    "in {city} next month",
    "before the end of the year",
    "within days",
    "after the holidays",
]
F["time_any"] = [
    "on {weekday}",
    "last week",
    "overnight",
    "on {weekday} night",
    "earlier this month",
]
F["pres_tail"] = [
    "",
    "",
    " as tensions <mount|background>",
    " amid a deepening row",
    " in a new statement",
    " once again",
]
F["is_was"] = ["is", "was", "remains", "remained"]
F["media"] = MEDIA
F["org"] = ORGS
F["after"] = [
    "after",
    "hours after",
    "a day after",
    "days after",
    "shortly after",
    "soon after",
    "just days after",
]

# Fillers of the standalone negatives.
F["score"] = ["2-1", "3-0", "1-0", "4-2", "3-1", "2-0"]
F["player"] = [
    "The 19-year-old winger",
    "The Spanish striker",
    "The home captain",
    "The French forward",
    "The veteran midfielder",
    "The substitute",
]
F["company"] = [
    "Apple",
    "Siemens",
    "Toyota",
    "Samsung",
    "Shell",
    "Volkswagen",
    "Nestle",
    "Tata Motors",
    "Alibaba",
    "a Swiss drugmaker",
    "the German chemicals group",
    "Unilever",
    "a Japanese electronics maker",
    "Airbus",
]
F["startup_np"] = [
    "software startup",
    "payments firm",
    "robotics startup",
    "small biotech company",
    "cloud computing firm",
    "food delivery app",
]
F["cand"] = [
    "Jenna Morales",
    "Greg Holt",
    "the incumbent",
    "the former mayor",
    "a little-known businessman",
    "the centre-right candidate",
    "the governor's challenger",
    "Tomas Varga",
    "Amina Diallo",
]
F["party"] = [
    "The ruling party",
    "The Social Democrats",
    "The Conservatives",
    "The centre-left alliance",
    "The Greens",
    "The nationalist party",
]
F["small_town"] = [
    "a small town in Ohio",
    "Yorkshire",
    "the Alps",
    "a village near Lyon",
    "the family's home town",
    "a coastal town",
]
F["us_state"] = [
    "Iowa",
    "New Hampshire",
    "South Carolina",
    "Nevada",
    "Michigan",
    "Georgia",
    "Arizona",
    "Texas",
]
F["adj_situation"] = [
    "worrying",
    "very serious",
    "calm but tense",
    "difficult",
    "stable",
    "unpredictable",
]
F["bomb_site"] = [
    "a crowded market",
    "a police checkpoint",
    "a bus station",
    "a wedding party",
    "the entrance to a government building",
    "a busy restaurant",
]
F["n_num"] = ["12", "30", "more than 100", "dozens of", "seven", "at least 45"]
F["dom_city"] = ["a suburb of {city}", "a quiet street in {city}", "the town centre", "a village"]

# Who strikes and walks out: workers, not every protester.
US_WORKERS = [
    ("union members", "p"),
    ("teachers", "p"),
    ("nurses", "p"),
    ("autoworkers", "p"),
    ("dockworkers", "p"),
    ("federal employees", "p"),
    ("the United Auto Workers", "n"),
    ("thousands of |hotel workers", "p"),
]
UK_WORKERS = [
    ("junior doctors", "p"),
    ("rail workers", "p"),
    ("nurses", "p"),
    ("the RMT union", "n"),
    ("teachers", "p"),
    ("the BMA", "n"),
    ("university staff", "p"),
    ("bus drivers", "p"),
]
DOM_WORKERS = [
    ("trade unions", "p"),
    ("doctors", "p"),
    ("teachers", "p"),
    ("miners", "p"),
    ("garment workers", "p"),
    ("taxi drivers", "p"),
    ("dock workers", "p"),
    ("thousands of |public sector workers", "p"),
]
# Lenders and relief agencies (aid from organisations).
LENDERS = [
    ("the IMF", "n"),
    ("the World Bank", "n"),
    ("the Asian Development Bank", "n"),
    ("the African Development Bank", "n"),
    ("the European Investment Bank", "n"),
]
RELIEF = [
    ("the Red Cross", "n"),
    ("Doctors Without Borders", "n"),
    ("Save the Children", "n"),
    ("Oxfam", "n"),
    ("the World Food Programme", "n"),
    ("UNICEF", "n"),
    ("the UN refugee agency", "n"),
    ("the European Union", "n"),
]
