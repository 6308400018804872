"""Word lists that drive extraction: reporting verbs, role nouns, polarity and event triggers.

Kept as data in one place so that they are easy to review and extend; nothing here is specific
to one story.
"""

from __future__ import annotations

__all__ = [
    "ACCUSATION_VERBS",
    "CALL_VERBS",
    "CHALLENGE_NOUNS",
    "CHANT_VERBS",
    "CHARGING_VERBS",
    "CLAUSE_DIRECTIVES",
    "COMMISSIVE_VERBS",
    "COMPANY_NOUNS",
    "CONDEMNING_VERBS",
    "COURT_FILINGS",
    "DECIDING_VERBS",
    "DECISION_NOUNS",
    "DEFINITE_DETERMINERS",
    "DENIAL_VERBS",
    "DIRECTIVE_VERBS",
    "DISPUTE_VERBS",
    "DOCUMENT_NOUNS",
    "ELECTION_NOUNS",
    "EVENT_TRIGGERS",
    "FOE_NOUNS",
    "FOLLOWINGS",
    "GENERIC_ORG_NOUNS",
    "GOVERNMENT_WORDS",
    "GRANTING_VERBS",
    "GROUP_NOUNS",
    "HARM_NOUNS",
    "INDIRECT_VERBS",
    "LABEL_VERBS",
    "LEADER_TITLES",
    "LIGHT_VERBS",
    "LOSS_NOUNS",
    "NAMED_KINDS",
    "NAME_CONNECTORS",
    "NAME_TITLES",
    "NAMING_VERBS",
    "NEGATIONS",
    "NEGATIVE_IMPLICATIVES",
    "NEG_RAISING_VERBS",
    "NOT_ACTOR_ACRONYMS",
    "NOT_PEOPLE_LABELS",
    "OCCUPATIONS",
    "ONE_OF_MANY",
    "OPPOSE_NOUNS",
    "OPPOSE_VERBS",
    "OUSTER_VERBS",
    "OUTLET_WORDS",
    "OWNING_UP",
    "PARTY_MEMBERS",
    "PEOPLE_NOUNS",
    "PERSON_NOUNS",
    "PRESS_NOUNS",
    "PRONOUNS",
    "PUT_TO",
    "RANK_ABBREVIATIONS",
    "REELECTION_NOUNS",
    "ROLE_NOUNS",
    "RULING_NOUNS",
    "SEAT_ABBREVIATIONS",
    "SPEECH_VERBS",
    "STANCE_CARRIERS",
    "SUBORDINATORS",
    "SUPPORT_NOUNS",
    "SUPPORT_VERBS",
    "UNTRUE_WORDS",
    "VICTORY_NOUNS",
    "WISHING_VERBS",
]

# A parliamentary seat written as its abbreviation before a name: "MP Ana Ruiz", "MEP Ivo Lang".
SEAT_ABBREVIATIONS = frozenset({"MP", "MPP", "MLA", "MNA", "MEP", "MHA", "TD", "MSP"})

# Directives like "demand" that report only a clause of their own ("requested that access be
# allowed", "recommended that the count be reviewed"), never a thing asked for ("requested a
# hearing to overturn the result", "recommended a recount").
CLAUSE_DIRECTIVES = frozenset({"request", "recommend", "propose"})

# Lemmas of verbs that introduce speech, direct or reported.
SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "stress",
        "emphasize",
        "emphasise",
        "highlight",
        "note",
        "warn",
        "urge",
        "explain",
        "insist",
        "argue",
        "claim",
        "maintain",
        "reiterate",
        "state",
        "declare",
        "announce",
        "report",
        "indicate",
        "confirm",
        "deny",
        "acknowledge",
        "admit",
        "allege",
        "accuse",
        "suggest",
        "assure",
        "affirm",
        "reaffirm",  # and other speech verbs said again: "reaffirmed on Monday that it had won"
        "confide",
        "divulge",
        "aver",
        "restate",
        "contend",
        "predict",
        "promise",
        "vow",
        "threaten",
        "ask",
        "reveal",
        "write",
        "tweet",
        "post",
        "complain",
        "express",
        "voice",
        "observe",
        "remark",
        "reply",
        "respond",
        "answer",
        "continue",
        "conclude",
        "comment",
        "describe",
        "mock",
        "denounce",
        "condemn",
        "criticize",
        "criticise",
        "charge",
        "recall",
        "point",
        "underline",
        "underscore",
        "lament",
        "question",
        "demand",
        *CLAUSE_DIRECTIVES,
        "call",
        "read",
        "hope",
        "believe",
        "estimate",
        "assert",
        "agree",
        "told",
        "counter",
        "retort",
    ]
)

# Speech acts reported in an infinitive (Searle's commissives and directives; Levin's
# "promise" and "advise" verbs): a promise, "vowed to fight on", and a request to someone,
# "instructed officials to stop the count", "appealed to voters to stay calm". "threaten" and
# "agree" are left out: "threatened to sue", "agreed to pause" report an act, not words
# (graph/extract/infinitives.py).
COMMISSIVE_VERBS = frozenset({"vow", "pledge", "promise", "swear"})
# Owning up to a defeat: "accepted defeat", "refuses to admit its defeat", "acknowledged his loss".
OWNING_UP = frozenset({"accept", "admit", "acknowledge", "recognise", "recognize"})
LOSS_NOUNS = frozenset({"defeat", "loss"})
# Nouns of a person's following, a group only when owned: "Ruiz's camp said", "the camp of
# Ruiz" (a "camp" alone may be a place: "aid workers at the camp said").
FOLLOWINGS = frozenset({"camp", "entourage", "team", "campaign", "delegation"})
DIRECTIVE_VERBS = frozenset({"instruct", "direct", "appeal", "plead", "implore", "beg", "beseech"})
# Verbs that call on someone to act ("called on X to resign", "urged the court to annul"): the
# stance readers' shared core, each adding its own ("demand", "tell", "implore", "push").
CALL_VERBS = frozenset({"call", "urge", "ask", "press", "appeal"})

# Verbs whose clausal complement is reported speech (a subset: "believe" and "hope" report a
# stance of the subject, and count too).
INDIRECT_VERBS = SPEECH_VERBS - frozenset({"describe", "mock", "read", "continue", "answer"})

# Nouns that name a role a person speaks in: "the diplomat told", "a spokesperson said".
ROLE_NOUNS = frozenset(
    [
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "diplomat",
        "official",
        "minister",
        "president",
        "secretary",
        "senator",
        "ambassador",
        "envoy",
        "leader",
        "candidate",
        "chief",
        "head",
        "director",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "governor",
        "mayor",
        "lawmaker",
        "legislator",
        "deputy",
        "representative",
        "prosecutor",
        "judge",
        "attorney",
        "general",
        "lawyer",
        "analyst",
        "expert",
        "economist",
        "adviser",
        "advisor",
        "aide",
        "commander",
        "officer",
        "general",
        "premier",
        "chancellor",
        "monarch",
        "king",
        "queen",
        "prince",
        "activist",
        "campaigner",
        "researcher",
        "professor",
        "author",
        "politician",
        "counterpart",
        "negotiator",
        "mediator",
        "observer",
        "monitor",
        "ruler",
        "dictator",
        "strongman",
        "opponent",
        "rival",
        "challenger",
        "coordinator",
        "commissioner",
        "treasurer",
        "councillor",
        "councilor",
        "spokesmen",
        "spokespeople",
        "officials",
        "ministers",
        "leaders",
        "diplomats",
        "experts",
        "analysts",
    ]
)

# Nouns that name a collective speaker when no entity does: "the government said".
GROUP_NOUNS = frozenset(
    [
        "government",
        "administration",
        "ministry",
        "department",
        "opposition",
        "council",
        "court",
        "tribunal",
        "jury",
        "commission",
        "authority",
        "authorities",
        "agency",
        "office",
        "organization",
        "organisation",
        "group",
        "coalition",
        "alliance",
        "party",
        "parliament",
        "congress",
        "assembly",
        "senate",
        "army",
        "military",
        "police",
        "campaign",
        "movement",
        "bloc",
        "faction",
        "union",
        "embassy",
        "regime",
        "junta",
        "cabinet",
        "presidency",
        "committee",
        "panel",
        "mission",
        "board",
        "bank",
        "company",
        "firm",
        "ngo",
        "country",
        "countries",
        "nation",
        "nations",
        "state",
        "states",
        "governments",
        # a collective that speaks as one ("the international community has said")
        "community",
    ]
)

COURT_FILINGS = frozenset(
    {"lawsuit", "suit", "complaint", "petition", "affidavit", "brief", "motion", "submission",
     "filing"}
)  # fmt: skip
"""Papers a party files in a court ("the lawsuit said"): the filer's words, not the court's."""

FILING_VERBS = frozenset({"file", "bring", "lodge", "launch", "submit"})
"""Verbs that file papers in a court or with an authority ("filed a complaint")."""

# Documents that "say" things on behalf of their author: "the statement reads".
DOCUMENT_NOUNS = (
    frozenset(
        [
            "statement",
            "statements",
            "communique",
            "communiqué",
            "declaration",
            "letter",
            "report",
            "excerpt",
            "text",
            "note",
            "release",
            "message",
            "post",
            "blogpost",
            "blog",
            "op-ed",
            "document",
            "resolution",
            "memo",
            "memorandum",
            # an authority's written orders: "the directive, signed by the minister, said"
            "directive",
            "decree",
            "circular",
            "filing",
            "tweet",
            "editorial",
            # a court's own papers: "the ruling states"
            "indictment",
            "judgment",
            "judgement",
            "ruling",
        ]
    )
    | COURT_FILINGS
)

# Nouns that stand for a named organisation mentioned nearby: "the organization said".
# Kinds of organisation that are always some named one: "the party" alone is no collective of
# its own but the party the story has named.
NAMED_KINDS = frozenset({"party", "union", "alliance", "coalition", "movement", "federation"})

# Nouns only a business is called by: "the company", "the tech giant", "the carmaker", "the
# operator" (the organisation a business story is about).
COMPANY_NOUNS = frozenset(
    {"company", "firm", "lender", "insurer", "retailer", "airline", "carrier", "automaker", "carmaker",
     "drugmaker", "broadcaster", "conglomerate", "brokerage", "startup", "utility", "miner",
     "chipmaker", "giant", "operator"}
)  # fmt: skip

GENERIC_ORG_NOUNS = frozenset(
    [
        "organization",
        "organisation",
        "group",
        "body",
        "agency",
        "company",
        "institution",
        "ngo",
        "bloc",
        "center",
        "centre",
        "foundation",
        "network",
        "firm",
    ]
)

# Last words of organisations' names that end no person's name and name no film, product or
# building: "Human Rights Watch", "Nordline Shipping", "the Delta Cartel", "the Dockers Guild"
# (the model tags such names as people or things now and then).
ORG_NAME_ENDINGS = frozenset(
    {"watch", "international", "institute", "trust", "alliance", "federation", "league",
     "association", "society", "coalition", "movement", "forum", "fund", "bank", "corporation",
     "corp", "inc", "ltd", "plc", "llc", "partners", "holdings", "media", "airlines", "airways",
     "motors", "shipping", "energy", "oil", "petroleum", "telecom", "pharmaceuticals",
     "industries", "group", "systems", "technologies", "logistics", "foods", "mining",
     "resources", "capital", "insurance", "railways", "airline", "entertainment", "studios",
     "communications", "company", "co", "party", "council", "union", "cartel", "gang",
     "militia", "brigade", "brigades", "front", "club", "committee", "foundation", "agency",
     "network", "guild", "syndicate", "confederation", "congress", "organization",
     "organisation", "service", "services"}
)  # fmt: skip

# Words that make an organisation a government body.
GOVERNMENT_WORDS = frozenset(
    [
        "government",
        "ministry",
        "department",
        "council",
        "court",
        "tribunal",
        "commission",
        "authority",
        "office",
        "parliament",
        "congress",
        "assembly",
        "senate",
        "cabinet",
        "presidency",
        "administration",
        "agency",
        "embassy",
        "prosecutor",
        "attorney",
        "electoral",
        "police",
        "army",
        "military",
    ]
)

DASHES = frozenset({"-", "--", "---", "–", "—"})
"""Dashes as the tokenizer leaves them: a dateline's ("Paris - ..."), an aside's ("X -- a ...")."""

# Pronouns only a subject takes: "said she and X raised ..." has "she" open a clause.
SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})

PRONOUNS = {
    "he": "person",
    "him": "person",
    "his": "person",
    "she": "person",
    "her": "person",
    "i": "speaker",
    "me": "speaker",
    "we": "group",
    "us": "group",
    "they": "group",
    "them": "group",
    "it": "thing",
    "its": "thing",
}

NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})

SUPPORT_VERBS = frozenset(
    [
        "support",
        "back",
        "demand",
        "endorse",
        "hail",
        "endorse",
        "praise",
        "congratulate",
        "welcome",
        "applaud",
        "commend",
        "hail",
        "laud",
        "recognize",
        "recognise",
        "defend",
        "champion",
        "thank",
        "embrace",
        "salute",
        "celebrate",
        "honor",
        "honour",
        "stand",
        "side",
        "favor",
        "favour",
        "protect",
        "uphold",
        "ally",
    ]
)
OPPOSE_VERBS = frozenset(
    [
        "oppose",
        "reject",
        "slam",
        "blast",
        "lambast",
        "lambaste",
        "rebuke",
        "castigate",
        "assail",
        "chastise",
        "berate",
        "deride",
        "ridicule",
        "snub",
        "boycott",
        "condemn",
        "denounce",
        "criticize",
        "criticise",
        "accuse",
        "blame",
        "attack",
        "undermine",
        "dispute",
        "contest",
        "question",
        "doubt",  # "his party doubted the Ombudsman and the court"
        "disregard",
        "violate",
        "threaten",
        "arrest",
        "detain",
        "jail",
        "imprison",
        "persecute",
        "sanction",
        "censure",
        "decry",
        "deplore",
        "mock",
        "repress",
        "crack",
        "suppress",
        "prosecute",
        "indict",
        "charge",
        "investigate",
        "ban",
        "bar",
        "disqualify",
        "block",
        "harass",
        "intimidate",
        "target",
        "punish",
        "refuse",
    ]
)
SUPPORT_NOUNS = frozenset(
    [
        "support",
        "backing",
        "endorsement",
        "praise",
        "congratulations",
        "solidarity",
        "courage",
        "recognition",
    ]
)
OPPOSE_NOUNS = frozenset(
    [
        "fraud",
        "crackdown",
        "crackdowns",
        "repression",
        "persecution",
        "infringement",
        "infringements",
        "violation",
        "violations",
        "condemnation",
        "criticism",
        "rejection",
        "threat",
        "threats",
        "sanctions",
        "concern",
        "concerns",
        "irregularities",
        "manipulation",
    ]
)

# Verbs that turn what they govern around: "refused to recognise X" opposes X.
NEGATIVE_IMPLICATIVES = frozenset(
    ["refuse", "decline", "fail", "reject", "deny", "stop", "cease", "abandon", "resist"]
)

# Verbs through which a subject voices a stance noun: "expressed support for", "voiced concern".
STANCE_CARRIERS = frozenset(
    [
        "express",
        "voice",
        "declare",
        "pledge",
        "offer",
        "show",
        "give",
        "lend",
        "reaffirm",
        "reiterate",
        "extend",
        "convey",
        "raise",
        "signal",
        "announce",
        "throw",  # "threw his support behind X"
    ]
)

# What one is told to do to leave power: "called on X to step down" opposes X.
OUSTER_VERBS = frozenset(
    ["resign", "quit", "step", "leave", "cede", "relinquish", "concede", "surrender"]
)

# Verbs whose subject is the agent of the event noun they take: "police carried out arrests".
LIGHT_VERBS = frozenset(
    [
        "carry",
        "conduct",
        "launch",
        "order",
        "make",
        "hold",
        "stage",
        "lead",
        "begin",
        "start",
        "continue",
        "escalate",
        "intensify",
        "impose",
        "issue",
        "mount",
        "wage",
        "step",
        "organize",
        "organise",
        "call",
    ]
)

# Verbs that deny what their clause or the claim they govern says: "denied that X lied",
# "rejected the allegations", "dismissed claims of fraud".
DENIAL_VERBS = frozenset({"deny", "refute", "rebut", "dispute", "reject", "dismiss"})

# Wrongdoing a speaker charges someone with: "they stole the election" opposes "they".
ACCUSATION_VERBS = frozenset(
    [
        "steal",
        "rig",
        "falsify",
        "manipulate",
        "cheat",
        "fake",
        "forge",
        "kill",
        "murder",
        "torture",
        "repress",
        "persecute",
        "abduct",
        "kidnap",
        "loot",
        "defraud",
        "lie",
        "violate",
        "breach",
        "embezzle",
        "bribe",
        "extort",
        "plunder",
    ]
)

# The words of an election itself: they trigger the event, and what is annulled or upheld.
ELECTION_NOUNS = frozenset({"election", "elections", "vote", "poll", "polls", "ballot"})

# Event type -> lemmas (or two-word phrases) that signal it. Order matters: the first type
# whose trigger matches a token wins, so specific types come before general ones.
EVENT_TRIGGERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("order_arrest", frozenset({"arrest warrant", "warrant", "order arrest"})),
    ("hold_election", ELECTION_NOUNS),
    ("announce_result", frozenset({"proclaim", "declare victory", "announce result", "certify"})),
    ("congratulate", frozenset({"congratulate", "congratulation", "congratulations"})),
    ("censor", frozenset({"censor", "censorship", "block", "shut"})),
    ("repress", frozenset({"crackdown", "crack", "repression", "repress", "persecute"})),
    ("arrest", frozenset({"arrest", "detain", "jail", "imprison", "capture", "detention"})),
    (
        "use_force",
        frozenset(
            {"kill", "shoot", "death", "deaths", "die", "wound", "injure", "attack", "clash"}
        ),
    ),
    ("protest", frozenset({"protest", "protests", "demonstration", "rally", "march"})),
    ("sanction", frozenset({"sanction", "sanctions", "embargo"})),
    ("threaten", frozenset({"threaten", "threat", "warn"})),
    ("accuse", frozenset({"accuse", "allege", "blame"})),
    (
        "criticize",
        frozenset({"criticize", "criticise", "denounce", "condemn", "decry", "deplore"}),
    ),
    ("reject", frozenset({"reject", "dismiss", "refuse", "deny"})),
    ("demand", frozenset({"demand", "insist"})),
    ("appeal", frozenset({"call for", "call on", "urge", "appeal", "ask"})),
    (
        "praise",
        frozenset({"praise", "endorse", "laud", "hail", "commend", "applaud", "welcome"}),
    ),
    (
        "consult",
        frozenset(
            {
                "meet",
                "meeting",
                "talk",
                "talks",
                "contact",
                "phone call",
                "call",
                "discuss",
                "visit",
            }
        ),
    ),
)


# Ranks and titles written before a name with a full stop ("Staff Sgt. Paul Martin", "Sen. Ana
# Ruiz"): no part of the name, and no end of a sentence.
RANK_ABBREVIATIONS = frozenset(
    {
        "Cpl", "Sgt", "Insp", "Supt", "Const", "Cst", "Det", "Capt", "Cmdr", "Lt", "Col", "Maj",
        "Brig", "Adm", "Gen", "Sen", "Rep", "Gov", "Rev", "Hon", "Atty", "Pres",
    }
)  # fmt: skip
# A title before a name, as a regular expression: courtesy titles with or without their stop,
# ranks with it ("Ms Moss", "Dr. Reid", "Sgt. Martin"; not "Gen Z").
NAME_TITLES = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame)\.?|(?:"
    + "|".join(sorted(RANK_ABBREVIATIONS))
    + r")\."
)

PRESS_NOUNS = frozenset({"media", "press", "television", "tv", "radio", "broadcaster"})
"""The press as a speaker of its own ("state media said", "Azeri television reported", "local
radio said"): the outlets speaking together, described, not a person nor the state."""

OUTLET_WORDS = frozenset(
    {"press", "news", "times", "post", "journal", "herald", "tribune", "daily", "gazette"}
    | {"agency", "television", "radio", "media", "network", "wire", "reuters", "telegraph"}
    | {"courier", "chronicle", "standard", "inquirer", "dispatch", "bulletin", "pravda"}
)
"""Words of a news outlet's name, never a person's ("The Associated Press", "Daily Herald",
"Kyiv Courier")."""

# The words that open an indirect question ("asked whether ...", "will find out how long ..."):
# what they report is asked or learnt, not stated.
QUESTION_WORDS = frozenset({"why", "whether", "if", "how", "what", "who", "when", "where"})

# A minister's or secretary's portfolio written before the title: "the finance minister",
# "Health Minister Ana Soto", "the foreign secretary" (an office of its own, not a body).
PORTFOLIOS = frozenset(
    {"health", "finance", "foreign", "interior", "defence", "defense", "justice", "education",
     "trade", "energy", "environment", "transport", "transportation", "agriculture", "economy",
     "information", "communications", "culture", "tourism", "immigration", "industry", "labor",
     "home", "economic", "financial"}
)  # fmt: skip

# Determiners of one unnamed person among many: "a woman", "one shopper", "another resident".
ONE_OF_MANY = frozenset({"a", "an", "one", "another"})

# A member of a party or movement, written with a capital: "a senior Republican", "one Tory",
# "fellow Democrat Ana Ruiz".
PARTY_MEMBERS = frozenset(
    {"republican", "democrat", "conservative", "tory", "socialist", "liberal", "communist",
     "progressive", "nationalist", "unionist", "libertarian", "labourite", "peronist",
     "chavista", "sandinista", "islamist"}
)  # fmt: skip

# What one person does for a living, written before the name as a title ("filmmaker Ava Lind",
# "the novelist Tom Beck"): no body is called so. Unlike ``PEOPLE_NOUNS`` (people who speak
# alone or together, "a witness said"), no noun a firm or body can be called too is here ("the
# regulator Ofcom", "its partner Nissan", "asset manager BlackRock").
OCCUPATIONS = frozenset(
    {
        "filmmaker", "actor", "actress", "singer", "songwriter", "writer", "novelist", "poet",
        "playwright", "screenwriter", "artist", "painter", "sculptor", "musician", "rapper",
        "comedian", "composer", "dancer", "photographer", "journalist", "reporter", "columnist",
        "presenter", "footballer", "striker", "midfielder", "goalkeeper", "cyclist", "golfer",
        "boxer", "swimmer", "sprinter", "coach", "athlete", "lawyer", "doctor", "nurse",
        "surgeon", "physician", "scientist", "physicist", "chemist", "biologist", "historian",
        "teacher", "student", "businessman", "businesswoman", "entrepreneur", "billionaire",
        "tycoon", "magnate", "philanthropist", "priest", "cleric", "preacher", "blogger",
        "influencer", "whistleblower", "dissident", "astronaut", "soldier", "veteran",
        # makers that are people (a maker of goods is a business: "drugmaker X")
        "moviemaker", "lawmaker", "policymaker", "policy-maker", "decision-maker", "peacemaker",
        "troublemaker", "kingmaker", "matchmaker", "playmaker", "dealmaker", "dressmaker",
    }
)  # fmt: skip

# People known by what they are, who speak alone ("a witness said") or together ("the players
# said", "nurses claim", "hospital administrators have warned").
PEOPLE_NOUNS = frozenset(
    {
        "academic", "activist", "administrator", "adviser", "advisor", "advocate", "aide",
        "analyst", "athlete", "attorney", "banker", "bystander", "campaigner", "citizen",
        "coach", "commentator", "commuter", "consultant", "consumer", "critic", "customer",
        "demonstrator", "doctor", "driver", "economist", "educator", "employee", "engineer",
        "environmentalist", "epidemiologist", "executive", "expert", "eyewitness", "family",
        "fan", "farmer", "firefighter", "historian", "homeowner", "insider", "investigator",
        "investor", "journalist", "judge", "landlord", "lawyer", "lobbyist", "manager",
        "loyalist", "follower",
        "member", "miner", "monitor", "mourner", "neighbor", "neighbour", "nurse", "observer",
        "opponent", "organiser", "organizer", "owner", "paramedic", "parent", "passenger",
        "patient", "physician", "player", "pollster", "professor", "proponent", "protester",
        "regulator", "relative", "reporter", "researcher", "resident", "scientist",
        "shareholder", "source", "specialist", "staffer", "strategist", "student",
        "supporter", "surgeon", "survivor", "taxpayer", "teacher", "tenant", "trader",
        "victim", "villager", "volunteer", "voter", "witness", "worker",
        # family and friends, who speak for the victims and the accused
        "husband", "wife", "mother", "father", "son", "daughter", "brother", "sister", "widow",
        "friend", "colleague", "partner", "uncle", "aunt", "cousin",
    }
)  # fmt: skip

# Nouns of a person by role, by what they are or by trade: "the lawyer", "a spokesman", "the
# nurse", "the businessman".
PERSON_NOUNS = ROLE_NOUNS | PEOPLE_NOUNS | OCCUPATIONS

# Verbs whose negation denies the clause they take ("we do not consider the vote to be fair",
# "I do not accept that there was rigging", "I don't think fraud took place"), not only the
# holding of it.
NEG_RAISING_VERBS = frozenset(
    {"think", "believe", "consider", "suppose", "feel", "reckon", "imagine", "accept", "agree"}
)

# Named-entity labels that are never a person: a lone capitalised word tagged so is no speaker.
NOT_PEOPLE_LABELS = frozenset(
    {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
    | {"QUANTITY"}
)

# Verbs that name a thing as something: "called the ruling a win", "labelled the vote as the
# worst", "described them as absurd" (a speech act of its own, whose object is what is named).
NAMING_VERBS = frozenset(
    {"call", "describe", "label", "brand", "term", "dub", "characterize", "characterise",
     "portray"}
)  # fmt: skip

# Verbs that judge a thing in someone's quoted words, "X as '...'": "dismissed the claims as
# 'baseless lies'", "hailed the deal as 'historic'". The quoted words are X's; the verb reports
# no clause of its own, so it is a cue for those words only, never for indirect speech.
LABEL_VERBS = frozenset(
    {
        "dismiss", "slam", "hail", "praise", "reject", "blast", "decry", "characterize",
        "characterise", "portray", "welcome", "brand", "label", "dub", "term", "deem", "blame",
        "attack", "lambast", "lambaste", "deride", "ridicule",
    }
)  # fmt: skip

# Acronyms of things, times, titles and measures: no actor.
NOT_ACTOR_ACRONYMS = frozenset({
    "AM", "PM", "ET", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "BST", "UTC",
    "CET", "CEO", "CFO", "COO", "CTO", "CIO", "MP", "MPS", "MEP", "MEPS", "VP", "PHD", "MBA", "MD",
    "DJ", "MC", "GDP", "GNP", "CPI", "VAT", "IPO", "ETF", "USD", "EUR", "GBP", "JPY", "CNY", "NGO",
    "NGOS", "TV", "DVD", "CD", "PC", "AI", "IT", "IQ", "ID", "PIN", "ATM", "SUV", "GPS", "SMS",
    "PDF", "URL", "USB", "FAQ", "PR", "HR", "RSVP", "DNA", "RNA", "HIV", "AIDS", "COVID", "SARS",
    "ICU", "ER", "CT", "MRI", "OK", "RIP", "LOL", "OMG", "FYI", "ASAP", "AKA", "TBA", "NB", "PS",
    "MPH", "KM", "KG", "CM", "MM", "LB", "OZ", "MW", "GW", "KW", "HP",
    "SIM", "ESIM", "LED", "LCD", "EV", "EVS", "APP", "API", "VPN", "WIFI", "5G", "4G", "3G",
    "COVID-19", "Covid-19", "Covid", "SARS-CoV-2", "H1N1", "H5N1", "Mpox", "MPOX", "Brexit",
    "Q&A", "R&D", "M&A", "P&L", "R&B", "B&B", "A-Z", "A-B-C",
})  # fmt: skip

# Nouns of an election won: "X's victory", "claimed the win", "a triumph for X" (the stance
# readers add their own neighbours: "re-election", "winner", "the presidency").
VICTORY_NOUNS = frozenset({"victory", "win", "triumph"})
# A win renewed, in one word: "reelection" ("re-election" the tokenizer cuts at its hyphen).
REELECTION_NOUNS = frozenset({"re-election", "reelection"})

# Verbs that grant what they name its standing: accepting the results grants them, refusing
# to accept them disputes them ("would not recognise the results"), and refusing to accept a
# decision contests it ("would not accept the ruling").
GRANTING_VERBS = frozenset(
    {"accept", "recognise", "recognize", "acknowledge", "respect", "honour", "honor", "obey"}
)

DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
"""Determiners that point back to something named before: "the announcement", "this deal"."""

# Harms done to someone, named by a noun with its patient after "of": "the arrest of X" (not
# "censorship", "harassment", "intimidation": their "of" often names the doer).
HARM_NOUNS = frozenset(
    {"arrest", "detention", "jailing", "imprisonment", "suspension", "dismissal", "expulsion",
     "sacking", "firing", "removal", "ouster", "exclusion", "disqualification", "killing",
     "murder", "assassination", "execution", "persecution", "abduction", "kidnapping",
     "torture", "deportation", "extradition", "banning"}
)  # fmt: skip

# Verbs that condemn what they name: condemning a decision opposes its maker ("condemned the
# ruling"), condemning an election's results disputes them ("criticized the results").
CONDEMNING_VERBS = frozenset(
    {"condemn", "denounce", "criticize", "criticise", "decry", "deplore", "slam", "blast",
     "lambast", "lambaste", "rebuke"}
)  # fmt: skip

# Bids against a decision or a result: "a challenge to X's victory", "the opposition's petition".
CHALLENGE_NOUNS = frozenset(
    {"challenge", "lawsuit", "suit", "petition", "appeal", "complaint", "case", "objection"}
)
# Words that call a statement false: "the claims are baseless", "..., which is a lie".
UNTRUE_WORDS = frozenset(
    {"false", "untrue", "baseless", "groundless", "unfounded", "absurd", "ridiculous",
     "fabricated", "unsubstantiated", "preposterous", "nonsense", "lies"}
)  # fmt: skip
# Disputing what one is shown: "rejected the results", "contested X's win", "denounced it".
DISPUTE_VERBS = CONDEMNING_VERBS | {"dispute", "reject", "contest", "challenge", "question"}
# What one party puts to another, answered by accepting or rejecting it: "turned down X's offer",
# "denied his request".
PUT_TO = frozenset(
    {"offer", "bid", "proposal", "plan", "deal", "request", "demand", "appeal", "bill", "motion",
     "application", "amendment", "resolution", "package", "attempt", "petition", "case",
     "challenge", "complaint", "lawsuit", "suit", "claim"}
)  # fmt: skip
DOUBTFUL_MODALS = frozenset({"may", "might", "could"})
"""Modals of what is only possible: "could reject", "may show"."""
MODALS = frozenset({"will", "would", "shall", "may", "might", "could", "should", "must", "can"})
"""Every modal auxiliary: an act under one is not done ("will make the decision", "should hold")."""
ISSUING_VERBS = frozenset(
    {"issue", "publish", "release", "announce", "adopt", "deliver", "hand", "sign", "pass",
     "make", "post", "send", "present", "read", "give", "produce", "approve", "impose",
     "declare", "compile"}
)  # fmt: skip
"""Verbs by which a body issues a document, a result or an order: "issued a bulletin", "results
released by the commission", "signed an order"."""
CONFLICT_NOUNS = frozenset(
    {"dispute", "feud", "row", "spat", "standoff", "stand-off", "battle", "war", "fight",
     "conflict", "clash", "quarrel", "wrangle", "tussle", "showdown", "confrontation", "rift",
     "tension", "tensions", "odds", "loggerheads", "feuding"}
)  # fmt: skip
"""Nouns of a conflict between parties: "the row with X", "a rift over the budget"."""
# Verbs of crying words out together: '“No peace!” chanted hundreds of supporters'.
CHANT_VERBS = frozenset({"chant", "scream", "shout", "yell", "sing", "cry"})

SUBORDINATORS = frozenset({"after", "before", "when", "since", "once", "as", "while", "until"})
"""Conjunctions of time that open a clause ("after X said ...", "while the count went on")."""

WISHING_VERBS = frozenset(
    {"hope", "wish", "want", "urge", "expect", "ask", "demand", "threaten", "plan", "refuse"}
)
"""Verbs under which a deed is wished, asked for or refused, not told as done ("hoped X would
win", "refused to recognise X")."""

# The small words that join the parts of a name in the languages news leaves untranslated
# (Portuguese, Spanish, French, Italian, German, Dutch, Swahili): "Partido dos Trabalhadores",
# "Chama cha Haki na Usawa", "Union pour la Democratie et le Progres".
NAME_CONNECTORS = frozenset(
    {"de", "del", "della", "di", "du", "des", "la", "le", "les", "el", "al", "y", "e", "da", "do",
     "dos", "das", "na", "wa", "cha", "ya", "za", "et", "pour", "und", "für", "van", "von",
     "der", "voor"}
)  # fmt: skip

# Verbs that charge someone with a deed: "accused X of fraud", "charged X with ...".
CHARGING_VERBS = frozenset({"accuse", "blame", "charge", "suspect"})

# Titles of a country's leader: "the Zambian leader" is its president or prime minister.
LEADER_TITLES = frozenset({"president", "premier", "chancellor", "king", "queen", "emir"})

# People named by their enmity to someone (singular lemmas): "X's rivals", "a critic of X".
FOE_NOUNS = frozenset(
    {"critic", "opponent", "rival", "foe", "enemy", "adversary", "detractor", "nemesis",
     "arch-rival", "archrival"}
)  # fmt: skip

# A court's or a board's decision by its names: "the ruling", "Tuesday's judgment".
RULING_NOUNS = frozenset({"ruling", "decision", "judgment", "judgement", "verdict"})

# A decision, ruling, ban or fine is someone's act: "the decision", "the ban" (stance_contests).
DECISION_NOUNS = RULING_NOUNS | frozenset(
    {"ban", "fine", "sanction", "sanctions", "suspension", "order", "finding", "findings",
     "penalty", "veto", "deduction", "directive", "decree", "circular", "policy", "move"}
)  # fmt: skip
# Verbs by which an actor makes a decision others may contest.
DECIDING_VERBS = frozenset(
    {"block", "rule", "ban", "fine", "suspend", "order", "reject", "veto", "sanction",
     "decide", "bar", "impose", "uphold", "dismiss", "halt", "cancel", "strip", "deduct",
     "prohibit", "disqualify", "refuse", "annul", "quash", "scupper", "confirm", "validate",
     "certify", "nullify", "invalidate", "overturn", "declare", "proclaim"}
)  # fmt: skip
