#!/usr/bin/env python3
"""Generates the shipped sample indicator files of « En action » (CALL).

The values are ILLUSTRATIVE: no real indicator series is reachable from the machine that
built this sample, so every file says `"illustrative": true`. The definitions, sources,
aggregation rules and orders of magnitude are real; the numbers are not. Replace each file
with the producer's data (named in its `source`) before publishing figures.

Input: `indicators/territory.json` only (communes, census populations, axes).
Output: `indicators/<axis>/<id>.json`, and the `"indicators"` list of `territory.json`
(the rest of that file is left byte-identical).

Deterministic: every random draw comes from `random.Random` seeded with a fixed string, one
generator per indicator, so editing one indicator does not change the others.

Usage: python3 scripts/generate_sample.py   (Python 3.11, standard library only)
"""

from __future__ import annotations

import json
import math
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INDICATORS = ROOT / "indicators"
TERRITORY_FILE = INDICATORS / "territory.json"
SCHEMA = "../schema/indicator.schema.json"
RETRIEVED = "2026-11-15"
SEED = "en-action-sample-v1"

LO = "Licence Ouverte / Etalab 2.0"
ILLUSTRATIVE_TARGET = "Objectif illustratif (à remplacer par l'objectif voté)"

YEARS = list(range(2015, 2025))  # yearly sources, 2015-2024
RP_YEARS = list(range(2015, 2024))  # census (RP) results, 2015-2023
PERCENT = {"min": 0, "max": 100}

# ---------------------------------------------------------------------------------------
# Territory
# ---------------------------------------------------------------------------------------

TERRITORY = json.loads(TERRITORY_FILE.read_text(encoding="utf-8"))
CENSUS_YEARS: list[int] = TERRITORY["census_years"]
COMMUNES: list[dict] = TERRITORY["communes"]  # file order: rows are written in this order
CODES: list[str] = [c["code"] for c in COMMUNES]
AXES: list[str] = [a["id"] for a in TERRITORY["axes"]]
_POP = {c["code"]: dict(zip(CENSUS_YEARS, c["population"])) for c in COMMUNES}


def pop(code: str, year: int) -> float:
    """Population municipale of `year`: census value, linear interpolation between census
    years, linear extrapolation (last known yearly change) outside them."""
    known = _POP[code]
    years = sorted(y for y, v in known.items() if v is not None)
    if year in known and known[year] is not None:
        return float(known[year])
    if year < years[0]:
        a, b = years[0], years[1]
    elif year > years[-1]:
        a, b = years[-2], years[-1]
    else:
        a = max(y for y in years if y < year)
        b = min(y for y in years if y > year)
    slope = (known[b] - known[a]) / (b - a)
    return known[a] + slope * (year - a)


def popi(code: str, year: int) -> int:
    return int(round(pop(code, year)))


# Commune profiles, used only to shape the illustrative values.
# SOCIAL: 0 = well-off periurban or rural village, 1 = most deprived former mining town.
SOCIAL = {
    "62001": 0.15, "62003": 0.15, "62019": 0.25, "62032": 0.35, "62033": 0.45, "62065": 0.85,
    "62133": 0.80, "62170": 0.25, "62186": 0.65, "62107": 0.10, "62213": 0.15, "62311": 0.40,
    "62351": 0.60, "62371": 0.15, "62380": 0.10, "62386": 0.80, "62413": 0.65, "62464": 0.45,
    "62498": 0.90, "62510": 0.80, "62523": 0.60, "62528": 0.50, "62563": 0.55, "62573": 0.45,
    "62570": 0.80, "62628": 0.65, "62666": 0.50, "62737": 0.65, "62771": 0.95, "62793": 0.10,
    "62801": 0.25, "62842": 0.45, "62854": 0.10, "62861": 0.20, "62895": 0.55, "62291": 0.55,
}
# Approximate area in km² (order of magnitude only; the real value is INSEE SUPERF).
AREA = {
    "62001": 7.9, "62003": 3.8, "62019": 9.9, "62032": 5.9, "62033": 5.2, "62065": 12.6,
    "62133": 4.5, "62170": 13.8, "62186": 8.2, "62107": 4.2, "62213": 7.8, "62311": 4.5,
    "62351": 3.6, "62371": 6.4, "62380": 5.3, "62386": 3.9, "62413": 11.2, "62464": 10.0,
    "62498": 11.7, "62510": 12.8, "62523": 3.3, "62528": 12.6, "62563": 10.7, "62573": 5.3,
    "62570": 6.0, "62628": 3.8, "62666": 4.3, "62737": 6.6, "62771": 4.1, "62793": 7.6,
    "62801": 6.6, "62842": 11.0, "62854": 5.0, "62861": 11.0, "62895": 9.6, "62291": 1.8,
}
# Communes with large woods or wooded slopes (Vimy ridge, Lorette, bois de Bouvigny…).
WOODED = {"62001": 0.12, "62170": 0.14, "62371": 0.10, "62801": 0.08, "62861": 0.10, "62213": 0.06,
          "62793": 0.05, "62854": 0.06, "62528": 0.04, "62510": 0.03}
# Share of inhabitants within 500 m of a Bulles stop when the lines opened (2019).
BULLES_2019 = {
    "62498": 0.52, "62510": 0.42, "62065": 0.29, "62771": 0.33, "62570": 0.30, "62133": 0.26,
    "62628": 0.30, "62413": 0.27, "62523": 0.22, "62291": 0.40, "62186": 0.26, "62386": 0.22,
    "62563": 0.17, "62528": 0.21, "62842": 0.13, "62895": 0.14, "62351": 0.19, "62032": 0.06,
}
# Later extensions of service: (first year, share reached).
BULLES_LATER = {"62464": (2022, 0.22), "62737": (2023, 0.27), "62666": (2022, 0.20), "62033": (2024, 0.18)}
# Jobs at place of work per inhabitant (employment centres above the default).
JOBS_PER_INHABITANT = {
    "62498": 0.74, "62510": 0.36, "62065": 0.20, "62842": 0.42, "62895": 0.46, "62413": 0.33,
    "62628": 0.40, "62464": 0.38, "62573": 0.26, "62563": 0.36, "62528": 0.30, "62186": 0.24,
    "62351": 0.28, "62570": 0.18, "62133": 0.19, "62291": 0.30, "62666": 0.27, "62107": 0.40,
}


def urbanity(code: str) -> float:
    """0 for a rural village, 1 for the densest town (log of density)."""
    density = pop(code, 2019) / AREA[code]
    return max(0.0, min(1.0, math.log(density / 40) / math.log(2700 / 40)))


U = {c: urbanity(c) for c in CODES}

# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------


def rng_for(name: str) -> random.Random:
    return random.Random(f"{SEED}/{name}")


def lognormal(rng: random.Random, sd: float) -> float:
    return math.exp(rng.gauss(0.0, sd) - sd * sd / 2)


def lumpy(rng: random.Random, shape: float) -> float:
    """Mean-one gamma draw: small shape = a few big operations, many empty years."""
    return rng.gammavariate(shape, 1.0 / shape)


def calibrate_rates(rates: dict, dens: dict, years: list[int], path: list[float]) -> dict:
    """Scales the commune rates (in %) of each year so that Σ(rate × den) / Σ den equals the
    territory path, keeping the differences between communes."""
    out = {c: list(v) for c, v in rates.items()}
    for i, _ in enumerate(years):
        num = sum(rates[c][i] * dens[c][i] for c in CODES)
        den = sum(dens[c][i] for c in CODES)
        factor = path[i] / (num / den)
        for c in CODES:
            out[c][i] = rates[c][i] * factor
    return out


def distribute(weights: dict, total: float) -> dict:
    s = sum(weights.values())
    return {c: total * w / s for c, w in weights.items()}


def ratio_rows(rates: dict, dens: dict) -> tuple[dict, dict]:
    """Integer numerator and denominator rows from rates in % and denominators."""
    num = {c: [int(round(r * d / 100)) for r, d in zip(rates[c], dens[c])] for c in CODES}
    den = {c: [int(round(d)) for d in dens[c]] for c in CODES}
    return num, den


def households(code: str, year: int, rng_size: float) -> float:
    """Main residences: population over an average household size that shrinks each year."""
    size = (2.55 - 0.35 * U[code] + rng_size) * (1 - 0.005 * (year - 2015))
    return pop(code, year) / size


def source(name: str, url: str | None, licence: str = LO) -> dict:
    s = {"name": name}
    if url:
        s["url"] = url
    s["licence"] = licence
    s["retrieved"] = RETRIEVED
    return s


def target(year: int, value: float, label: str) -> dict:
    return {"year": year, "value": value, "label": label}


# ---------------------------------------------------------------------------------------
# Writing: metadata one key per line, then one line per year list and per commune row.
# ---------------------------------------------------------------------------------------


def num(value, decimals: int) -> str:
    if value is None:
        return "null"
    if decimals == 0:
        return str(int(round(value)))
    return f"{round(value, decimals):.{decimals}f}"


def cells(values: list, decimals: int) -> str:
    return "[" + ", ".join(num(v, decimals) for v in values) + "]"


def rows_block(rows: dict, decimals: int, indent: str) -> str:
    lines = [f'{indent}  "{c}": {cells(rows[c], decimals)}' for c in CODES]
    return "{\n" + ",\n".join(lines) + f"\n{indent}}}"


def dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def keep_english(spec: dict, path) -> dict:
    """The spec with the English texts the file at `path` already has (title_en, unit_en,
    definition_en, and each target's or break's label_en, matched by year): they are written by
    hand (staff guide §15), the generator only writes the French ones."""
    if not path.exists():
        return spec
    old = json.loads(path.read_text(encoding="utf-8"))
    spec = dict(spec)
    for key in ("title_en", "unit_en", "definition_en"):
        if key in old:
            spec[key] = old[key]
    for key in ("targets", "breaks"):
        english = {item["year"]: item["label_en"] for item in old.get(key, []) if "label_en" in item}
        if spec.get(key):
            spec[key] = [dict(item, label_en=english[item["year"]]) if item["year"] in english else item for item in spec[key]]
    return spec


def write_indicator(spec: dict) -> str:
    path = INDICATORS / spec["axis"] / f"{spec['id']}.json"
    spec = keep_english(spec, path)
    d = spec["decimals"]
    count_decimals = 0  # numerators and denominators are counts
    english = lambda key: [(key, dump(spec[key]))] if key in spec else []
    parts = [
        ("$schema", dump(SCHEMA)),
        ("format", "1"),
        ("id", dump(spec["id"])),
        ("axis", dump(spec["axis"])),
        ("title", dump(spec["title"])),
        *english("title_en"),
        ("unit", dump(spec["unit"])),
        *english("unit_en"),
        ("decimals", str(d)),
        ("definition", dump(spec["definition"])),
        *english("definition_en"),
        ("source", dump(spec["source"])),
        ("illustrative", "true"),
        ("aggregation", dump(spec["aggregation"])),
    ]
    if "scale" in spec:
        parts.append(("scale", dump(spec["scale"])))
    parts += [("direction", dump(spec["direction"])), ("per_capita", dump(spec.get("per_capita", False)))]
    if "range" in spec:
        parts.append(("range", dump(spec["range"])))
    if spec.get("targets"):
        parts.append(("targets", dump(spec["targets"])))
    if spec.get("breaks"):
        parts.append(("breaks", dump(spec["breaks"])))
    parts.append(("years", dump(spec["years"])))
    if "values" in spec:
        parts.append(("values", rows_block(spec["values"], d, "  ")))
    for key in ("numerator", "denominator"):
        if key in spec:
            comp = spec[key]
            block = "{\n" + f'    "label": {dump(comp["label"])},\n' + f'    "values": {rows_block(comp["values"], count_decimals, "    ")}' + "\n  }"
            parts.append((key, block))
    if "territory" in spec:
        parts.append(("territory", cells(spec["territory"], d)))
    text = "{\n" + ",\n".join(f'  "{k}": {v}' for k, v in parts) + "\n}\n"
    json.loads(text)  # must be valid JSON
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return f"{spec['axis']}/{spec['id']}.json"


# ---------------------------------------------------------------------------------------
# Bouger
# ---------------------------------------------------------------------------------------


def couverture_bulles() -> dict:
    rng = rng_for("couverture_bulles")
    years = list(range(2019, 2025))
    dens = {c: [pop(c, y) for y in years] for c in CODES}
    num = {}
    for c in CODES:
        base = BULLES_2019.get(c, 0.0)
        drift = rng.uniform(0.0, 0.012) if base else 0.0  # new housing near the lines
        row = []
        for i, y in enumerate(years):
            share = base + drift * i if base else 0.0
            if c in BULLES_LATER and y >= BULLES_LATER[c][0]:
                share = max(share, BULLES_LATER[c][1] * (1 + 0.02 * (y - BULLES_LATER[c][0])))
            row.append(int(round(min(0.95, share) * dens[c][i])))
        num[c] = row
    den = {c: [int(round(v)) for v in dens[c]] for c in CODES}
    return {
        "id": "couverture_bulles", "axis": "bouger",
        "title": "Habitants à moins de 500 m d'un arrêt Bulles",
        "unit": "%", "decimals": 1,
        "definition": "Part des habitants qui vivent à moins de 500 m à vol d'oiseau d'un arrêt desservi par l'une des sept lignes Bulles, les bus à haut niveau de service du réseau Tadao mis en service en avril 2019. Les arrêts viennent des horaires publiés au format GTFS, les habitants de la population carroyée de l'INSEE.",
        "source": source("Artois Mobilités, horaires du réseau Tadao au format GTFS (transport.data.gouv.fr) ; INSEE, population municipale et données carroyées Filosofi", "https://transport.data.gouv.fr/"),
        "aggregation": "ratio", "scale": 100, "direction": "up", "range": PERCENT,
        "targets": [target(2030, 33.3, "Projet de territoire « en action » : 1 habitant sur 3 à moins de 500 m d'une ligne Bulles")],
        "years": years,
        "numerator": {"label": "Habitants à moins de 500 m d'un arrêt Bulles", "values": num},
        "denominator": {"label": "Population municipale", "values": den},
    }


def frequentation_bulles() -> dict:
    # Lines opened in April 2019 (nine months), 2020 lockdowns, then growth.
    trips = {2019: 5_640_000, 2020: 4_870_000, 2021: 6_250_000, 2022: 7_460_000, 2023: 8_130_000, 2024: 8_590_000}
    return {
        "id": "frequentation_bulles", "axis": "bouger",
        "title": "Fréquentation des lignes Bulles",
        "unit": "voyages", "decimals": 0,
        "definition": "Nombre de voyages effectués dans l'année sur les sept lignes Bulles du réseau Tadao. Les lignes ont ouvert en avril 2019 : l'année 2019 ne compte que neuf mois ; la valeur porte sur les lignes entières et ne se répartit pas entre communes.",
        "source": source("Artois Mobilités, rapports annuels du réseau Tadao", "https://www.tadao.fr/", "Données publiées par l'autorité organisatrice, sans licence ouverte déclarée"),
        "aggregation": "not_aggregable", "direction": "up",
        "targets": [target(2030, 10_000_000, ILLUSTRATIVE_TARGET)],
        "years": YEARS,
        "territory": [trips.get(y) for y in YEARS],
    }


def amenagements_cyclables() -> dict:
    rng = rng_for("amenagements_cyclables")
    path = [90, 96, 103, 111, 122, 131, 142, 151, 162, 171]
    base = {c: AREA[c] * (0.25 + 1.1 * U[c]) * lognormal(rng, 0.35) for c in CODES}
    base = distribute(base, path[0])
    values = {c: [base[c]] for c in CODES}
    for i in range(1, len(YEARS)):
        growth = {c: AREA[c] * (0.3 + U[c]) * lumpy(rng, 0.5) for c in CODES}
        growth = distribute(growth, path[i] - path[i - 1])
        for c in CODES:
            values[c].append(values[c][-1] + growth[c])
    return {
        "id": "amenagements_cyclables", "axis": "bouger",
        "title": "Aménagements cyclables",
        "unit": "km", "decimals": 1,
        "definition": "Longueur des aménagements cyclables (pistes, bandes, voies vertes, couloirs bus-vélo, double-sens cyclables) recensés dans la Base nationale des aménagements cyclables, au 31 décembre de chaque année.",
        "source": source("Base nationale des aménagements cyclables (BNAC), transport.data.gouv.fr", "https://transport.data.gouv.fr/", "ODbL"),
        "aggregation": "sum", "direction": "up", "per_capita": False,
        "targets": [target(2030, 230, ILLUSTRATIVE_TARGET)],
        "years": YEARS,
        "values": {c: [round(v, 1) for v in values[c]] for c in CODES},
    }


def menages_sans_voiture() -> dict:
    rng = rng_for("menages_sans_voiture")
    years = RP_YEARS
    path = [23.6, 23.4, 23.3, 23.1, 22.9, 22.7, 22.6, 22.4, 22.3]
    sizes = {c: rng.gauss(0, 0.05) for c in CODES}
    dens = {c: [households(c, y, sizes[c]) for y in years] for c in CODES}
    rates = {}
    for c in CODES:
        rel = (4 + 18 * SOCIAL[c] + 10 * U[c]) * lognormal(rng, 0.08)
        trend = rng.gauss(0, 0.006)
        rates[c] = [rel * (1 + trend * i) * lognormal(rng, 0.02) for i in range(len(years))]
    num, den = ratio_rows(calibrate_rates(rates, dens, years, path), dens)
    return {
        "id": "menages_sans_voiture", "axis": "bouger",
        "title": "Ménages sans voiture",
        "unit": "%", "decimals": 1,
        "definition": "Part des ménages (résidences principales) qui ne disposent d'aucune voiture, au sens du recensement de la population.",
        "source": source("INSEE, recensement de la population (1 − P_RP_VOIT1P / P_RP)", "https://www.insee.fr/"),
        "aggregation": "ratio", "scale": 100, "direction": "up", "range": PERCENT,
        "years": years,
        "numerator": {"label": "Ménages sans voiture", "values": num},
        "denominator": {"label": "Ménages (résidences principales)", "values": den},
    }


# ---------------------------------------------------------------------------------------
# Travailler
# ---------------------------------------------------------------------------------------

_UNEMPLOYMENT_CACHE: dict = {}


def unemployment() -> tuple[dict, dict]:
    """Commune unemployment rates (%) and actifs 15-64, census years; shared with the
    jobseekers so that both indicators tell the same story."""
    if _UNEMPLOYMENT_CACHE:
        return _UNEMPLOYMENT_CACHE["rates"], _UNEMPLOYMENT_CACHE["actifs"]
    rng = rng_for("chomage")
    years = RP_YEARS
    path = [18.8, 18.9, 18.6, 18.0, 17.3, 16.6, 16.0, 15.2, 14.8]
    actifs, rates = {}, {}
    for c in CODES:
        share = 0.455 - 0.04 * SOCIAL[c] + rng.gauss(0, 0.008)
        drift = rng.gauss(0.001, 0.002)
        actifs[c] = [pop(c, y) * share * (1 + drift * i) for i, y in enumerate(years)]
        rel = (0.4 + SOCIAL[c]) * lognormal(rng, 0.07)
        trend = rng.gauss(0, 0.008)
        rates[c] = [rel * (1 + trend * i) * lognormal(rng, 0.025) for i in range(len(years))]
    rates = calibrate_rates(rates, actifs, years, path)
    _UNEMPLOYMENT_CACHE.update(rates=rates, actifs=actifs)
    return rates, actifs


def chomage() -> dict:
    rates, actifs = unemployment()
    num, den = ratio_rows(rates, actifs)
    return {
        "id": "chomage", "axis": "travailler",
        "title": "Taux de chômage des 15-64 ans",
        "unit": "%", "decimals": 1,
        "definition": "Part des chômeurs parmi les actifs de 15 à 64 ans, au sens du recensement de la population (les personnes se déclarent chômeuses). Ce taux est plus élevé que le taux de chômage au sens du BIT, publié par zone d'emploi.",
        "source": source("INSEE, recensement de la population (P_CHOM1564 / P_ACT1564)", "https://www.insee.fr/"),
        "aggregation": "ratio", "scale": 100, "direction": "down", "range": PERCENT,
        "targets": [target(2030, 12.0, ILLUSTRATIVE_TARGET)],
        "years": RP_YEARS,
        "numerator": {"label": "Chômeurs de 15 à 64 ans", "values": num},
        "denominator": {"label": "Actifs de 15 à 64 ans", "values": den},
    }


def demandeurs_emploi() -> dict:
    rng = rng_for("demandeurs_emploi")
    years = list(range(2015, 2026))
    path = [21_300, 21_500, 21_200, 20_700, 20_100, 21_400, 20_300, 18_600, 18_200, 18_700, 20_900]
    rates, actifs = unemployment()
    last = len(RP_YEARS) - 1
    values = {c: [] for c in CODES}
    for i, y in enumerate(years):
        j = min(i, last)
        weights = {}
        for c in CODES:
            w = rates[c][j] * actifs[c][j] * (1.0 + 0.04 * rng.gauss(0, 1))
            if y >= 2025:  # RSA recipients live mostly in the poorest towns
                w *= 1 + 0.15 * SOCIAL[c]
            weights[c] = max(w, 0.0)
        shares = distribute(weights, path[i])
        for c in CODES:
            values[c].append(int(round(shares[c])))
    return {
        "id": "demandeurs_emploi", "axis": "travailler",
        "title": "Demandeurs d'emploi en catégorie A",
        "unit": "demandeurs", "decimals": 0,
        "definition": "Nombre de demandeurs d'emploi inscrits à France Travail (ex-Pôle emploi), tenus de rechercher un emploi et sans aucun emploi (catégorie A), en moyenne sur l'année.",
        "source": source("France Travail et DARES, statistiques du marché du travail (STMT), demandeurs d'emploi par commune", "https://dares.travail-emploi.gouv.fr/"),
        "aggregation": "sum", "direction": "down", "per_capita": True,
        "breaks": [{"year": 2025, "label": "Inscription automatique des allocataires du RSA à France Travail (loi pour le plein emploi)"}],
        "years": years,
        "values": values,
    }


def emplois() -> dict:
    rng = rng_for("emplois")
    path = [71_800, 71_500, 71_900, 72_300, 72_800, 72_600, 73_400, 74_100, 74_500]
    ratio = {c: JOBS_PER_INHABITANT.get(c, 0.16 if U[c] > 0.5 else 0.12) * lognormal(rng, 0.1) for c in CODES}
    trend = {c: rng.gauss(0.002, 0.01) for c in CODES}
    values = {c: [] for c in CODES}
    for i, y in enumerate(RP_YEARS):
        weights = {c: pop(c, y) * ratio[c] * (1 + trend[c] * i) * lognormal(rng, 0.015) for c in CODES}
        shares = distribute(weights, path[i])
        for c in CODES:
            values[c].append(int(round(shares[c])))
    return {
        "id": "emplois", "axis": "travailler",
        "title": "Emplois au lieu de travail",
        "unit": "emplois", "decimals": 0,
        "definition": "Nombre d'emplois (salariés et non salariés) situés dans la commune, quel que soit le lieu de résidence des personnes qui les occupent, au sens du recensement de la population.",
        "source": source("INSEE, recensement de la population (P_EMPLT)", "https://www.insee.fr/"),
        "aggregation": "sum", "direction": "up", "per_capita": True,
        "years": RP_YEARS,
        "values": values,
    }


def creations_entreprises() -> dict:
    rng = rng_for("creations_entreprises")
    path = [1_250, 1_300, 1_380, 1_560, 1_720, 1_820, 2_150, 2_230, 2_310, 2_420]
    base = {c: pop(c, 2019) * (0.8 + 0.6 * U[c]) * (1.4 if c == "62498" else 1.0) * lognormal(rng, 0.15) for c in CODES}
    values = {c: [] for c in CODES}
    for i, y in enumerate(YEARS):
        weights = {c: base[c] * pop(c, y) / pop(c, 2019) * lumpy(rng, 12) for c in CODES}
        shares = distribute(weights, path[i])
        for c in CODES:
            values[c].append(int(round(shares[c])))
    return {
        "id": "creations_entreprises", "axis": "travailler",
        "title": "Créations d'entreprises",
        "unit": "entreprises", "decimals": 0,
        "definition": "Nombre d'entreprises créées dans l'année (sociétés, entrepreneurs individuels et micro-entrepreneurs) dont le siège est dans la commune, d'après le répertoire Sirene. Les micro-entreprises forment une part croissante des créations.",
        "source": source("INSEE, créations d'entreprises (répertoire Sirene, système d'information sur la démographie des entreprises)", "https://www.insee.fr/"),
        "aggregation": "sum", "direction": "up", "per_capita": True,
        "years": YEARS,
        "values": values,
    }


# ---------------------------------------------------------------------------------------
# Rassembler
# ---------------------------------------------------------------------------------------


def equipements() -> dict:
    rng = rng_for("equipements_sport_culture")
    values = {}
    for c in CODES:
        per_10k = (36 + 50 * (1 - U[c])) * lognormal(rng, 0.15)
        count = max(3, int(round(pop(c, 2015) / 10_000 * per_10k)))
        row = [count]
        size = max(1.0, count / 25)
        for _ in YEARS[1:]:
            step = rng.random()
            if step < 0.22 * min(size, 3):
                count += 1 + (rng.random() < 0.15 * size)
            elif step > 0.95:
                count = max(1, count - 1)
            row.append(count)
        values[c] = row
    return {
        "id": "equipements_sport_culture", "axis": "rassembler",
        "title": "Équipements sportifs, culturels et de loisirs",
        "unit": "équipements", "decimals": 0,
        "definition": "Nombre d'équipements du domaine « sports, loisirs et culture » de la base permanente des équipements (terrains et salles de sport, piscines, cinémas, bibliothèques, conservatoires…), au 1er janvier.",
        "source": source("INSEE, base permanente des équipements (BPE), domaine F", "https://www.insee.fr/"),
        "aggregation": "sum", "direction": "up", "per_capita": True,
        "years": YEARS,
        "values": values,
    }


def licences_sportives() -> dict:
    rng = rng_for("licences_sportives")
    years = RP_YEARS
    path = [17.5, 17.6, 17.8, 17.9, 18.0, 15.2, 14.6, 17.2, 18.3]  # 2020-2021: sanitary crisis
    dens = {c: [pop(c, y) for y in years] for c in CODES}
    rates = {}
    for c in CODES:
        rel = (14 + 12 * (1 - SOCIAL[c])) * lognormal(rng, 0.12)
        trend = rng.gauss(0, 0.008)
        rates[c] = [rel * (1 + trend * i) * lognormal(rng, 0.03) for i in range(len(years))]
    num, den = ratio_rows(calibrate_rates(rates, dens, years, path), dens)
    return {
        "id": "licences_sportives", "axis": "rassembler",
        "title": "Licences sportives pour 100 habitants",
        "unit": "licences pour 100 hab.", "decimals": 1,
        "definition": "Nombre de licences délivrées par les fédérations sportives agréées à des habitants de la commune, pour 100 habitants. Une même personne peut détenir plusieurs licences.",
        "source": source("INJEP, recensement des licences et clubs sportifs", "https://injep.fr/"),
        "aggregation": "ratio", "scale": 100, "direction": "up", "range": PERCENT,
        "targets": [target(2030, 20.0, ILLUSTRATIVE_TARGET)],
        "years": years,
        "numerator": {"label": "Licences sportives", "values": num},
        "denominator": {"label": "Population municipale", "values": den},
    }


def temps_acces() -> dict:
    rng = rng_for("temps_acces_equipements")
    years = [2015, 2017, 2019, 2021, 2023]
    values = {}
    for c in CODES:
        base = (2.6 + 8.0 * (1 - U[c]) ** 1.3) * lognormal(rng, 0.1)
        trend = rng.gauss(-0.008, 0.006)
        values[c] = [round(max(1.0, base * (1 + trend * i) * lognormal(rng, 0.02)), 1) for i in range(len(years))]
    return {
        "id": "temps_acces_equipements", "axis": "rassembler",
        "title": "Temps d'accès aux équipements intermédiaires",
        "unit": "minutes", "decimals": 1,
        "definition": "Temps moyen de trajet en voiture, aux heures creuses, entre le domicile et l'équipement le plus proche pour chacun des équipements de la gamme intermédiaire (collège, supermarché, laboratoire d'analyses, gendarmerie…). Mesure publiée tous les deux ans.",
        "source": source("INSEE et ANCT, Observatoire des territoires (base permanente des équipements et distancier Metric)", "https://www.observatoire-des-territoires.gouv.fr/"),
        "aggregation": "weighted_mean", "direction": "down",
        "years": years,
        "values": values,
    }


def visiteurs_louvre_lens() -> dict:
    visitors = [434_000, 451_000, 501_000, 537_000, 553_000, 173_000, 262_000, 498_000, 583_000, 612_000]
    return {
        "id": "visiteurs_louvre_lens", "axis": "rassembler",
        "title": "Visiteurs du Louvre-Lens",
        "unit": "visiteurs", "decimals": 0,
        "definition": "Nombre d'entrées au musée du Louvre-Lens dans l'année (collections et expositions temporaires). Un seul lieu : la valeur est celle du territoire, sans répartition par commune.",
        "source": source("Ministère de la Culture, fréquentation des musées de France", "https://data.culture.gouv.fr/"),
        "aggregation": "not_aggregable", "direction": "up",
        "years": YEARS,
        "territory": visitors,
    }


# ---------------------------------------------------------------------------------------
# Habiter
# ---------------------------------------------------------------------------------------


def logements_commences() -> dict:
    rng = rng_for("logements_commences")
    path = [540, 500, 620, 690, 660, 470, 590, 560, 420, 360]
    appeal = {c: (0.7 + 0.6 * (1 - SOCIAL[c])) * lognormal(rng, 0.3) for c in CODES}
    values = {c: [] for c in CODES}
    for i, y in enumerate(YEARS):
        weights = {c: pop(c, y) * appeal[c] * lumpy(rng, 0.7) for c in CODES}
        shares = distribute(weights, path[i])
        for c in CODES:
            values[c].append(int(round(shares[c])))
    return {
        "id": "logements_commences", "axis": "habiter",
        "title": "Logements commencés",
        "unit": "logements", "decimals": 0,
        "definition": "Nombre de logements (individuels, collectifs ou en résidence) dont le chantier a commencé dans l'année, d'après les autorisations d'urbanisme et les déclarations d'ouverture de chantier (date réelle estimée).",
        "source": source("SDES, Sit@del2 : logements commencés par commune", "https://www.statistiques.developpement-durable.gouv.fr/"),
        "aggregation": "sum", "direction": "up", "per_capita": True,
        "targets": [target(2030, 650, ILLUSTRATIVE_TARGET)],
        "years": YEARS,
        "values": values,
    }


def maprimerenov() -> dict:
    rng = rng_for("maprimerenov")
    path = {2020: 820, 2021: 2_150, 2022: 2_610, 2023: 2_380, 2024: 1_930}
    owners = {c: (1.3 - 0.5 * SOCIAL[c]) * lognormal(rng, 0.15) for c in CODES}
    values = {c: [] for c in CODES}
    for y in YEARS:
        if y not in path:
            for c in CODES:
                values[c].append(None)
            continue
        weights = {c: pop(c, y) * owners[c] * lumpy(rng, 4) for c in CODES}
        shares = distribute(weights, path[y])
        for c in CODES:
            values[c].append(int(round(shares[c])))
    return {
        "id": "maprimerenov", "axis": "habiter",
        "title": "Rénovations aidées par MaPrimeRénov'",
        "unit": "dossiers", "decimals": 0,
        "definition": "Nombre de dossiers de rénovation énergétique de logements de la commune financés par MaPrimeRénov', l'aide de l'Agence nationale de l'habitat. Pas de valeur avant 2020 : l'aide n'existait pas.",
        "source": source("ANAH, MaPrimeRénov' : dossiers financés par commune (data.gouv.fr)", "https://www.data.gouv.fr/"),
        "aggregation": "sum", "direction": "up", "per_capita": True,
        "years": YEARS,
        "values": values,
    }


def vacance() -> dict:
    rng = rng_for("vacance")
    years = RP_YEARS
    path = [7.1, 7.3, 7.5, 7.7, 7.9, 8.0, 8.1, 8.2, 8.2]
    sizes = {c: rng.gauss(0, 0.05) for c in CODES}
    rates = {}
    for c in CODES:
        rel = (4.5 + 5 * SOCIAL[c] + 2 * U[c]) * lognormal(rng, 0.12)
        trend = rng.gauss(0, 0.012)
        rates[c] = [rel * (1 + trend * i) * lognormal(rng, 0.03) for i in range(len(years))]
    # Calibrate on a first estimate of the stock, then derive stock and vacant dwellings.
    stock0 = {c: [households(c, y, sizes[c]) / 0.91 for y in years] for c in CODES}
    rates = calibrate_rates(rates, stock0, years, path)
    stock = {c: [households(c, y, sizes[c]) / (1 - rates[c][i] / 100 - 0.006) for i, y in enumerate(years)] for c in CODES}
    num, den = ratio_rows(rates, stock)
    return {
        "id": "vacance", "axis": "habiter",
        "title": "Taux de logements vacants",
        "unit": "%", "decimals": 1,
        "definition": "Part des logements vacants (inoccupés : proposés à la vente ou à la location, en attente de travaux, d'une succession…) dans l'ensemble des logements, au sens du recensement de la population.",
        "source": source("INSEE, recensement de la population (P_LOGVAC / P_LOG)", "https://www.insee.fr/"),
        "aggregation": "ratio", "scale": 100, "direction": "down", "range": PERCENT,
        "targets": [target(2030, 6.5, ILLUSTRATIVE_TARGET)],
        "years": years,
        "numerator": {"label": "Logements vacants", "values": num},
        "denominator": {"label": "Logements", "values": den},
    }


def revenu_median() -> dict:
    rng = rng_for("revenu_median")
    years = list(range(2015, 2022))
    published = {2015, 2017, 2019, 2021}
    values = {}
    for c in CODES:
        base = (22_000 - 6_500 * SOCIAL[c]) * lognormal(rng, 0.03)
        growth = rng.gauss(0.019, 0.003)
        values[c] = [round(base * (1 + growth) ** (y - 2015) * lognormal(rng, 0.005), -1) if y in published else None for y in years]
    territory = []
    for i, y in enumerate(years):
        if y not in published:
            territory.append(None)
            continue
        w = sum(pop(c, y) for c in CODES)
        mean = sum(values[c][i] * pop(c, y) for c in CODES) / w
        territory.append(round(mean * 0.995, -1))  # a median is not a mean: close, not equal
    return {
        "id": "revenu_median", "axis": "habiter",
        "title": "Revenu disponible médian",
        "unit": "€", "decimals": 0,
        "definition": "Revenu disponible médian par unité de consommation, en euros par an : la moitié des habitants vivent dans un ménage dont le revenu disponible par unité de consommation est inférieur à cette valeur. Une médiane ne s'additionne pas : la valeur du territoire est celle publiée par l'INSEE pour la CALL.",
        "source": source("INSEE, Filosofi (fichier localisé social et fiscal)", "https://www.insee.fr/"),
        "aggregation": "not_aggregable", "direction": "up",
        "years": years,
        "values": values,
        "territory": territory,
    }


# ---------------------------------------------------------------------------------------
# Respirer
# ---------------------------------------------------------------------------------------


def espaces_verts() -> dict:
    rng = rng_for("espaces_verts")
    measured = [2015, 2018, 2021, 2024]
    share = {c: (0.07 + 0.16 * (1 - U[c]) + WOODED.get(c, 0.0)) * lognormal(rng, 0.15) for c in CODES}
    scale = 4_400 / sum(AREA[c] * 100 * share[c] for c in CODES)
    values = {}
    for c in CODES:
        ha = AREA[c] * 100 * share[c] * scale
        row = []
        for y in YEARS:
            if y in measured:
                if y != measured[0]:
                    ha *= 1 + rng.gauss(0.011, 0.012)
                row.append(round(ha))
            else:
                row.append(None)
        values[c] = row
    return {
        "id": "espaces_verts", "axis": "respirer",
        "title": "Espaces verts et naturels",
        "unit": "ha", "decimals": 0,
        "definition": "Surface des espaces boisés, herbacés et naturels (bois, prairies, parcs, terrils et friches végétalisés, zones humides), hors terres cultivées, d'après l'occupation du sol à grande échelle. La mesure n'est refaite que tous les trois ans environ.",
        "source": source("IGN, occupation du sol à grande échelle (OCS GE)", "https://geoservices.ign.fr/"),
        "aggregation": "sum", "direction": "up", "per_capita": False,
        "targets": [target(2030, 4_800, ILLUSTRATIVE_TARGET)],
        "years": YEARS,
        "values": values,
    }


def consommation_espaces() -> dict:
    rng = rng_for("consommation_espaces")
    path = [48.0, 52.0, 44.0, 41.0, 45.0, 36.0, 33.0, 29.0, 26.0]
    room = {c: AREA[c] * (0.5 + 0.8 * (1 - U[c]) + 0.4 * U[c]) * lognormal(rng, 0.3) for c in CODES}
    values = {c: [] for c in CODES}
    for i, _ in enumerate(RP_YEARS):
        weights = {c: room[c] * lumpy(rng, 0.8) for c in CODES}
        shares = distribute(weights, path[i])
        for c in CODES:
            values[c].append(round(shares[c], 1))
    return {
        "id": "consommation_espaces", "axis": "respirer",
        "title": "Consommation d'espaces naturels, agricoles et forestiers",
        "unit": "ha", "decimals": 1,
        "definition": "Surface d'espaces naturels, agricoles et forestiers consommée dans l'année par l'urbanisation (habitat, activités économiques, infrastructures), mesurée à partir des fichiers fonciers.",
        "source": source("CEREMA, Portail de l'artificialisation des sols (fichiers fonciers)", "https://artificialisation.developpement-durable.gouv.fr/"),
        "aggregation": "sum", "direction": "down", "per_capita": False,
        "targets": [target(2030, 22.0, "Loi Climat et résilience : diviser par deux la consommation d'espaces de 2011-2021 (trajectoire « zéro artificialisation nette »)")],
        "years": RP_YEARS,
        "values": values,
    }


def no2() -> dict:
    rng = rng_for("no2")
    yearly = [1.0]
    for y in YEARS[1:]:
        yearly.append(yearly[-1] * 0.962)
    effect = {2020: 0.88, 2021: 0.95}  # lockdowns, then partial recovery of traffic
    values = {}
    for c in CODES:
        base = (11.0 + 10.5 * U[c]) * lognormal(rng, 0.06)
        trend = rng.gauss(0, 0.004)
        values[c] = [round(base * yearly[i] * (1 + trend * i) * effect.get(y, 1.0) * lognormal(rng, 0.03), 1) for i, y in enumerate(YEARS)]
    return {
        "id": "no2", "axis": "respirer",
        "title": "Dioxyde d'azote (NO₂) dans l'air",
        "unit": "µg/m³", "decimals": 1,
        "definition": "Concentration moyenne annuelle de dioxyde d'azote (NO₂), principalement émis par le trafic routier, modélisée par Atmo Hauts-de-France et moyennée sur les lieux d'habitation de la commune.",
        "source": source("Atmo Hauts-de-France, concentrations annuelles modélisées de NO₂", "https://www.atmo-hdf.fr/", "ODbL"),
        "aggregation": "weighted_mean", "direction": "down",
        "targets": [target(2030, 10.0, "Valeur guide de l'Organisation mondiale de la santé (2021)")],
        "years": YEARS,
        "values": values,
    }


def arbres_plantes() -> dict:
    rng = rng_for("arbres_plantes")
    path = [900, 1_100, 1_400, 2_100, 3_200, 2_600, 5_400, 7_800, 9_600, 11_200]
    room = {c: math.sqrt(pop(c, 2019)) * (0.6 + AREA[c] / 10) * lognormal(rng, 0.3) for c in CODES}
    values = {c: [] for c in CODES}
    for i, _ in enumerate(YEARS):
        weights = {c: room[c] * lumpy(rng, 0.6) for c in CODES}
        shares = distribute(weights, path[i])
        for c in CODES:
            values[c].append(int(round(shares[c])))
    return {
        "id": "arbres_plantes", "axis": "respirer",
        "title": "Arbres plantés",
        "unit": "arbres", "decimals": 0,
        "definition": "Nombre d'arbres plantés dans l'année par la CALL et les communes (parcs de la Chaîne des parcs, alignements, haies, boisements de terrils), d'après le suivi des chantiers de plantation.",
        "source": source("CALL, suivi des plantations", None, "Données internes CALL, non publiées"),
        "aggregation": "sum", "direction": "up", "per_capita": False,
        "targets": [target(2030, 15_000, ILLUSTRATIVE_TARGET)],
        "years": YEARS,
        "values": values,
    }


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------

GENERATORS = [
    couverture_bulles, frequentation_bulles, amenagements_cyclables, menages_sans_voiture,
    chomage, demandeurs_emploi, emplois, creations_entreprises,
    equipements, licences_sportives, temps_acces, visiteurs_louvre_lens,
    logements_commences, maprimerenov, vacance, revenu_median,
    espaces_verts, consommation_espaces, no2, arbres_plantes,
]


def territory_series(spec: dict) -> list:
    """The territory value per year, computed as the dashboard does (for the summary)."""
    years = spec["years"]
    rule = spec["aggregation"]
    out = []
    for i, y in enumerate(years):
        if rule == "not_aggregable":
            out.append(spec["territory"][i])
        elif rule == "sum":
            vals = [spec["values"][c][i] for c in CODES if spec["values"][c][i] is not None]
            out.append(sum(vals) if vals else None)
        elif rule == "weighted_mean":
            pairs = [(spec["values"][c][i], pop(c, y)) for c in CODES if spec["values"][c][i] is not None]
            out.append(sum(v * w for v, w in pairs) / sum(w for _, w in pairs) if pairs else None)
        else:
            n = sum(spec["numerator"]["values"][c][i] for c in CODES)
            d = sum(spec["denominator"]["values"][c][i] for c in CODES)
            out.append(spec["scale"] * n / d)
    return out


def check_spec(spec: dict) -> None:
    """Sanity checks mirroring the project checker, so a bad draw fails here first."""
    rng = spec.get("range", {"min": 0})
    lo, hi = rng["min"], rng.get("max", math.inf)
    assert spec["axis"] in AXES, spec["id"]
    if spec["aggregation"] == "ratio":
        for c in CODES:
            for n, d in zip(spec["numerator"]["values"][c], spec["denominator"]["values"][c]):
                assert 0 <= n and d > 0 and lo <= spec["scale"] * n / d <= hi, (spec["id"], c, n, d)
    for c, row in (spec.get("values") or {}).items():
        assert len(row) == len(spec["years"]), (spec["id"], c)
        assert all(v is None or lo <= v <= hi for v in row), (spec["id"], c, row)
    last = max(spec["years"])
    for t in spec.get("targets", []):
        assert t["year"] > last and lo <= t["value"] <= hi, (spec["id"], t)


def update_territory(files: list[str]) -> None:
    """Replaces only the `"indicators": [...]` list of territory.json; the rest of the file
    stays byte-identical."""
    text = TERRITORY_FILE.read_text(encoding="utf-8")
    pattern = re.compile(r'"indicators": \[[^\]]*\]')
    assert len(pattern.findall(text)) == 1, "territory.json: expected one \"indicators\" list"
    listing = '"indicators": [\n' + ",\n".join(f"    {dump(f)}" for f in files) + "\n  ]"
    new = pattern.sub(lambda _: listing, text)
    if new != text:
        TERRITORY_FILE.write_text(new, encoding="utf-8")


def main() -> None:
    specs = [g() for g in GENERATORS]
    specs.sort(key=lambda s: AXES.index(s["axis"]))  # stable: keeps the order within an axis
    files = []
    for spec in specs:
        check_spec(spec)
        files.append(write_indicator(spec))
        series = territory_series(spec)
        shown = ", ".join("-" if v is None else (f"{v:.1f}" if spec["decimals"] else f"{v:,.0f}") for v in series)
        print(f"{files[-1]:42} {spec['aggregation']:15} {spec['years'][0]}-{spec['years'][-1]}: {shown}")
    update_territory(files)
    print(f"{len(files)} fichiers écrits ; territory.json mis à jour.")


if __name__ == "__main__":
    main()
