"""Derive the shipped country gazetteer and generic-agent table from the CAMEO/Phoenix dictionaries.

Usage: python scripts/derive_lexicons.py ../shared/lexicons/cameo graph/data

Writes ``countries.tsv`` (ISO code, name, adjectives, other names and the capital), ``agents.tsv`` (a generic
agent noun phrase and its role code) and ``given_names.txt`` (first names of the dictionary's people). Both carry the MIT notice of the source dictionaries.
Run again after editing the overrides below; the output is deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

NOTICE = (
    "# Derived by scripts/derive_lexicons.py from the Phoenix dictionaries of the PETRARCH2 event\n"
    "# coder (Open Event Data Alliance), MIT licence: Copyright (c) 2014 Open Event Data Alliance.\n"
    "# Permission is hereby granted, free of charge, to any person obtaining a copy of this data,\n"
    "# to deal in it without restriction, provided this notice is included in all copies.\n"
    '# THE DATA IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n'
)

# Names as English news writes them, where the dictionary's first entry is a formal name.
NAMES = {
    "USA": "United States",
    "GBR": "United Kingdom",
    "RUS": "Russia",
    "ZAF": "South Africa",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "BRN": "Brunei",
    "VNM": "Vietnam",
    "SYR": "Syria",
    "LAO": "Laos",
    "TZA": "Tanzania",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "MKD": "North Macedonia",
    "CZE": "Czech Republic",
    "IRN": "Iran",
}
# Adjectives and alternative names the suffix rule below cannot find. The first of each is the
# country's adjective ("Dutch authorities", not the demonym "Netherlander").
EXTRA = {
    "USA": ("American", "U.S.", "US", "America", "United States of America"),
    "GBR": ("British", "Britain", "UK", "U.K.", "Great Britain"),
    "NLD": ("Dutch", "Holland"),
    "CHE": ("Swiss",),
    "FRA": ("French",),
    "GRC": ("Greek",),
    "IRL": ("Irish",),
    "ESP": ("Spanish",),
    "DNK": ("Danish",),
    "SWE": ("Swedish",),
    "FIN": ("Finnish",),
    "POL": ("Polish",),
    "TUR": ("Turkish", "Turkiye", "Türkiye"),
    "PHL": ("Philippine", "Filipino"),
    "THA": ("Thai",),
    "PRK": ("North Korean", "DPRK"),
    "KOR": ("South Korean",),
    "CHN": ("Chinese",),
    "JPN": ("Japanese",),
    "TWN": ("Taiwanese",),
    "NZL": ("New Zealand",),
    "PSE": ("Palestinian",),
    "ISR": ("Israeli",),
    "ZAF": ("South African",),
    "SAU": ("Saudi",),
    "ARE": ("Emirati", "UAE"),
    "COD": ("Congolese", "DR Congo", "DRC"),
}
# Capitals that news uses for their governments ("Beijing said", "talks with Ottawa").
CAPITALS = {
    "AFG": "Kabul", "ARG": "Buenos Aires", "AUS": "Canberra", "AUT": "Vienna", "BEL": "Brussels",
    "BGD": "Dhaka", "BLR": "Minsk", "BOL": "La Paz", "BRA": "Brasilia", "CAN": "Ottawa",
    "CHE": "Bern", "CHL": "Santiago", "CHN": "Beijing", "COL": "Bogota", "CUB": "Havana",
    "DEU": "Berlin", "DNK": "Copenhagen", "DZA": "Algiers", "ECU": "Quito", "EGY": "Cairo",
    "ESP": "Madrid", "ETH": "Addis Ababa", "FIN": "Helsinki", "FRA": "Paris", "GBR": "London",
    "GRC": "Athens", "HUN": "Budapest", "IDN": "Jakarta", "IND": "New Delhi", "IRN": "Tehran",
    "IRQ": "Baghdad", "ISR": "Jerusalem", "ITA": "Rome", "JPN": "Tokyo", "KEN": "Nairobi",
    "KOR": "Seoul", "LBN": "Beirut", "MEX": "Mexico City", "MYS": "Kuala Lumpur",
    "NGA": "Abuja", "NIC": "Managua", "NLD": "The Hague", "NOR": "Oslo", "NZL": "Wellington",
    "PAK": "Islamabad", "PER": "Lima", "PHL": "Manila", "POL": "Warsaw", "PRK": "Pyongyang",
    "PRT": "Lisbon", "QAT": "Doha", "ROU": "Bucharest", "RUS": "Moscow", "SAU": "Riyadh",
    "SWE": "Stockholm", "SYR": "Damascus", "THA": "Bangkok", "TUR": "Ankara", "TWN": "Taipei",
    "UKR": "Kyiv", "URY": "Montevideo", "USA": "Washington", "VEN": "Caracas",
    "VNM": "Hanoi", "ZAF": "Pretoria",
}  # fmt: skip
_SUFFIX = re.compile(r"(?:AN|IAN|EAN|ESE|ISH|I|IC|ER)$")
# Cities, misspellings and fictional places the suffix rule lets through.
_NOT_FORMS = {"Mexicali", "Unitedstatian", "Switzer", "Austurriki", "Kinakutan"}
_NO_COUNTRY = {"Kinakuta"}
_PERSON_LEADS = ("head ", "member ", "leader ", "speaker ", "representative ")
_KEEP_ROLES = {"GOV", "OPP", "JUD", "LEG", "COP", "MIL"}
# ELC (an election authority) is this project's own role: CAMEO files it under GOV.
# Head nouns of bodies and collectives: a "minister" or a "governor" is one person, not a body.
_BODY_HEADS = {
    "GOVERNMENT",
    "ADMINISTRATION",
    "REGIME",
    "CABINET",
    "AUTHORITY",
    "AUTHORITIES",
    "JUNTA",
    "OPPOSITION",
    "COURT",
    "JUDICIARY",
    "TRIBUNAL",
    "PARLIAMENT",
    "LEGISLATURE",
    "CONGRESS",
    "SENATE",
    "POLICE",
    "MILITARY",
    "ARMY",
    "FORCES",
    "FORCE",
    "GOVERNMENTS",
    "LAWMAKERS",
    "LEGISLATORS",
    "OFFICIALS",
    "PARLIAMENTARIANS",
    "TROOPS",
    "SOLDIERS",
}
# Collective agents the dictionary spells only in the singular, or not at all.
_ADDED = {
    "regime": "GOV",
    "opposition": "OPP",
    "authorities": "GOV",
    "officials": "GOV",
    "government officials": "GOV",
    "ruling party": "GOV",
    "top court": "JUD",
    "judges": "JUD",  # "the judges ruled": the court they sit on
    "justices": "JUD",
    "highest court": "JUD",
    "supreme court": "JUD",
    "constitutional court": "JUD",
    "opposition parties": "OPP",
    "opposition leaders": "OPP",
    "opposition figures": "OPP",
    "security forces": "COP",
    "armed forces": "MIL",
    "lawmakers": "LEG",
    "electoral council": "ELC",
    "election council": "ELC",
    "electoral commission": "ELC",
    "election commission": "ELC",
    "electoral authority": "ELC",
    "electoral authorities": "ELC",
    "election authority": "ELC",
    "electoral body": "ELC",
    "electoral court": "ELC",
    "electoral tribunal": "ELC",
    "election tribunal": "ELC",
    "legislators": "LEG",
}


def _words(entry: str) -> str:
    return entry.split("#")[0].strip().rstrip("_").replace("_", " ").strip()


def _title(words: str) -> str:
    small = {"and", "of", "the"}
    out = [
        w.lower() if w.lower() in small and i else w.capitalize()
        for i, w in enumerate(words.split())
    ]
    return " ".join(out)


def countries(path: Path) -> list[tuple[str, str, list[str], list[str], str]]:
    entries: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="latin-1").splitlines():
        m = re.match(r"^([A-Z_.'-]+?)_? +\[([A-Z]{3})\]\s*$", line)
        if m:
            current = m.group(2) if m.group(2) not in entries else None
            if current:
                entries[current] = [_words(m.group(1))]
            continue
        if line.startswith("+") and current:
            entries[current].append(_words(line[1:]))
        elif line and not line.startswith(("+", "\t", " ", "#")):
            current = None
    rows = []
    for code in sorted(entries):
        first, *synonyms = entries[code]
        if _title(first) in _NO_COUNTRY:
            continue
        name = NAMES.get(code, _title(first))
        stems = {w[:4] for w in name.upper().split() if len(w) > 3}
        adjectives = [
            _title(s)
            for s in synonyms
            if s
            and " " not in s.strip()
            and "." not in s
            and _SUFFIX.search(s)
            and not s.endswith("S")
            and s[:4] in stems
        ]
        extra = list(EXTRA.get(code, ()))
        adjectives = [a for a in adjectives if a not in _NOT_FORMS and a != name]
        adjectives = list(
            dict.fromkeys(
                [
                    *extra[:1],
                    *(
                        e
                        for e in extra
                        if e[:1].isupper() and _SUFFIX.search(e.upper()) and " " not in e
                    ),
                    *adjectives,
                ]
            )
        )
        others = [e for e in extra if e not in adjectives]
        rows.append((code, name, adjectives, others, CAPITALS.get(code, "")))
    return rows


def agents(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        m = re.match(r"^([A-Z_!'-]+)\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})\]", line)
        if not m or m.group(2) not in _KEEP_ROLES or "!" in m.group(1):
            continue
        words = m.group(1).strip("_").split("_")
        phrase = " ".join(words).lower()
        if words[-1] in _BODY_HEADS and len(words) <= 3 and not phrase.startswith(_PERSON_LEADS):
            out.setdefault(phrase, m.group(2))
    for phrase, role in _ADDED.items():
        out.setdefault(phrase, role)
    return dict(sorted(out.items()))


BY_HAND = Path(__file__).with_name("countries_by_hand.tsv")
BY_HAND_NOTICE = (
    "# Rows from scripts/countries_by_hand.tsv replace or add to the derived ones (countries the\n"
    "# derivation misses, adjectives, capitals); rerunning the script reproduces this file.\n"
)


def by_hand(path: Path = BY_HAND) -> dict[str, str]:
    """The hand-written rows of the gazetteer, by ISO code (complete rows, tab-separated)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0]: line for line in lines if line and not line.startswith("#")}


# First words of people's entries that are titles or ordinary English words, never a given name
# on their own ("Sir", "Said" at a sentence's start, "Mark" the verb).
NOT_GIVEN = frozenset(  # (words of two letters are never given names: skipped below)
    {"SIR", "SHEIKH", "PRINCE", "PRINCESS", "TUANKU", "KING", "QUEEN", "LORD", "LADY", "SAID",
     "MARK", "GUY", "WILL", "MAY", "BILL", "GRANT", "ROSE", "HOPE", "ABD", "ABU", "BEN", "BIN",
     "IBN", "VAN", "VON", "DOS", "HAJI", "MULLAH", "ION", "RAM", "HAN", "LIN", "LEE", "KIM", "PAK",
     "CHANG", "CHEN", "WANG", "ZHANG", "YANG", "KANG", "CHUNG", "CHOE", "NGUYEN", "ALPHA", "PAL",
     "BISHOP", "CHIEF", "CROWN", "CPP", "DAME", "DATUK", "BARON", "AYATOLLAH", "HOJATOLISLAM",
     "HOJJAT", "ALHAJI", "MAULANA", "RATU", "LYONPO", "SAMDECH", "PENGIRAN", "SEYYED", "SAYED",
     "SAYID", "MAN", "JOB", "JOY", "WIN", "SON", "SUN", "SIN", "PAN", "PAPA", "ODD", "PER", "PEN",
     "MART", "ROB", "SIM", "SONG", "MOON", "PARK", "RIM", "TIN", "LAY", "MIR", "MIN", "NANA",
     "HONG", "KONG", "GRACE", "MAI", "SAW", "SAN", "SANTI", "SRI", "PEARL", "AMEN", "SAUD"}
)  # fmt: skip


def given_names(path: Path, least: int = 2) -> list[str]:
    """First words of the people in the country actors' dictionary ("DANILO_MEDINA_SANCHEZ_"),
    met at least ``least`` times as the first of two or more words: lower case, sorted."""
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if "# CountryInfo" not in line:
            continue  # the people; bodies and places carry no such note
        name = line.split("#")[0].strip()
        words = [w for w in name.strip("_").split("_") if w]
        if name.endswith("_") and len(words) >= 2 and words[0].isalpha() and len(words[0]) > 2:
            counts[words[0]] = counts.get(words[0], 0) + 1
    return sorted(w.lower() for w, n in counts.items() if n >= least and w not in NOT_GIVEN)


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    rows = countries(source / "Phoenix.Countries.actors.txt")
    lines = {
        code: f"{code}\t{name}\t{'|'.join(adjectives)}\t{'|'.join(others)}\t{capital}"
        for code, name, adjectives, others, capital in rows
    }
    lines.update(by_hand())
    with (target / "countries.tsv").open("w", encoding="utf-8") as f:
        f.write(NOTICE + BY_HAND_NOTICE + "# iso3\tname\tadjectives (|)\tother names (|)\tcapital\n")
        for code in sorted(lines):
            f.write(lines[code] + "\n")
    table = agents(source / "Phoenix.agents.txt")
    with (target / "agents.tsv").open("w", encoding="utf-8") as f:
        f.write(NOTICE + "# generic agent noun phrase (lower case)\tCAMEO role code\n")
        for phrase, role in table.items():
            f.write(f"{phrase}\t{role}\n")
    names = given_names(source / "Phoenix.Countries.actors.txt")
    with (target / "given_names.txt").open("w", encoding="utf-8") as f:
        f.write(NOTICE + "# given names: first words of two or more of the dictionary's people\n")
        f.write("".join(f"{n}\n" for n in names))
    print(f"{len(lines)} countries ({len(lines) - len(rows)} by hand only), {len(table)} agent phrases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
