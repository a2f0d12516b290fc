#!/usr/bin/env python3
"""Check units.csv, survey.csv and survey-codings.json against study.json and codebook.json.

Exits with status 1 and lists every problem if anything is wrong; otherwise prints counts per cluster and
the per-unit prevalence of key codes next to psych_safety. Standard library only:
  python3 tools/check_survey.py
"""

import csv
import io
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent
CLUSTERS = {  # from the project memo 'Emerging pattern across units'
    "high": ["Hjemmepleje Nord", "Dagtilbud Solsikken", "Jobcenter Søndervig"],
    "middle": ["Dagtilbud Mælkebøtten", "Skovbakke Skole", "Borgerservice"],
    "low": ["Plejecenter Egebo", "Østre Skole", "Vej og Park"],
}
KEY_CODES = ["Barriers/Fear of blame", "Psychological safety/Admitting mistakes", "Peer coaching",
             "Barriers/Time pressure", "Leadership behaviours/Modelling fallibility"]
SURVEY_COLUMNS = ["respondent_id", "unit", "role", "seniority_years", "language", "q_mistakes", "q_learning",
                  "ps_item"]
UNIT_COLUMNS = ["unit", "sector", "staff", "psych_safety", "growth_mindset_climate", "peer_coaching_freq",
                "org_learning", "survey_n", "survey_date"]

problems = []


def problem(file, message):
    problems.append("%s: %s" % (file, message))


def code_paths(codes, prefix=""):
    for code in codes:
        path = prefix + code["name"]
        yield path
        yield from code_paths(code["children"], path + "/")


def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / (sxx * syy) ** 0.5


def read_units(study_units):
    raw = (FOLDER / "units.csv").read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problem("units.csv", "no UTF-8 byte order mark")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    if rows[0] != UNIT_COLUMNS:
        problem("units.csv", "header is %s" % rows[0])
    units = {}
    for line, row in enumerate(rows[1:], 2):
        record = dict(zip(rows[0], row))
        name = record["unit"]
        if name not in study_units:
            problem("units.csv", "line %d: unit %r is not in study.json" % (line, name))
        for scale in UNIT_COLUMNS[3:7]:
            value = float(record[scale].replace(",", "."))
            if "," not in record[scale] or not 1 <= value <= 5:
                problem("units.csv", "line %d: %s %r is not a 1-5 mean with decimal comma" % (line, scale,
                                                                                         record[scale]))
            record[scale] = value
        record["staff"], record["survey_n"] = int(record["staff"]), int(record["survey_n"])
        units[name] = record
    missing = set(study_units) - set(units)
    if missing:
        problem("units.csv", "units missing: %s" % sorted(missing))
    return units


def read_survey(study_units):
    raw = (FOLDER / "survey.csv").read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        problem("survey.csv", "has a byte order mark")
    with (FOLDER / "survey.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != SURVEY_COLUMNS:
            problem("survey.csv", "header is %s" % reader.fieldnames)
        rows = list(reader)
    by_id = {}
    for line, row in enumerate(rows, 2):
        rid = row["respondent_id"]
        if rid in by_id:
            problem("survey.csv", "respondent %s appears twice" % rid)
        by_id[rid] = row
        if row["unit"] not in study_units:
            problem("survey.csv", "%s: unit %r is not in study.json" % (rid, row["unit"]))
        if row["role"] not in ("leader", "employee") or row["language"] not in ("da", "en"):
            problem("survey.csv", "%s: bad role or language" % rid)
        if row["seniority_years"] and not row["seniority_years"].isdigit():
            problem("survey.csv", "%s: seniority %r" % (rid, row["seniority_years"]))
        if row["ps_item"] not in ("1", "2", "3", "4", "5"):
            problem("survey.csv", "%s: ps_item %r" % (rid, row["ps_item"]))
    return by_id


def check_codings(respondents, paths):
    codings = json.loads((FOLDER / "survey-codings.json").read_text(encoding="utf-8"))
    for i, c in enumerate(codings):
        where = "coding %d (%s %s)" % (i, c.get("respondent"), c.get("question"))
        row = respondents.get(c["respondent"])
        if row is None:
            problem("survey-codings.json", where + ": unknown respondent")
            continue
        if c["question"] not in ("q_mistakes", "q_learning"):
            problem("survey-codings.json", where + ": unknown question")
            continue
        count = row[c["question"]].count(c["quote"])
        if count != 1:
            problem("survey-codings.json", where + ": quote occurs %d times in the answer: %r" % (count, c["quote"]))
        if not 20 <= len(c["quote"]) <= 400:
            problem("survey-codings.json", where + ": quote length %d" % len(c["quote"]))
        if c["code"] not in paths:
            problem("survey-codings.json", where + ": unknown code %r" % c["code"])
        if c["coder"] not in ("anna", "jonas"):
            problem("survey-codings.json", where + ": coder %r" % c["coder"])
    return codings


def main():
    study = json.loads((FOLDER / "study.json").read_text(encoding="utf-8"))
    study_units = [u["name"] for u in study["units"]]
    paths = set(code_paths(json.loads((FOLDER / "codebook.json").read_text(encoding="utf-8"))))
    units = read_units(study_units)
    respondents = read_survey(study_units)
    codings = check_codings(respondents, paths)

    per_unit = Counter(r["unit"] for r in respondents.values())
    for name, record in units.items():
        if per_unit[name] != record["survey_n"]:
            problem("units.csv", "%s: survey_n %d but survey.csv has %d respondents" % (name, record["survey_n"],
                                                                                    per_unit[name]))
    if problems:
        print("\n".join(problems))
        sys.exit(1)

    rows = list(respondents.values())
    answers = [r[q] for r in rows for q in ("q_mistakes", "q_learning")]
    words = [len(a.split()) for a in answers if a.strip()]
    print("respondents %d, English %.0f%%, leaders %d, missing seniority %d" % (
        len(rows), 100 * sum(r["language"] == "en" for r in rows) / len(rows),
        sum(r["role"] == "leader" for r in rows), sum(not r["seniority_years"] for r in rows)))
    print("answers %d non-empty of %d, %d multi-line, words per answer %d-%d (mean %.1f)" % (
        len(words), len(answers), sum("\n" in a for a in answers), min(words), max(words), sum(words) / len(words)))
    print("codings %d: %s" % (len(codings), dict(Counter(c["coder"] for c in codings))))
    print()
    unit_cluster = {u: k for k, us in CLUSTERS.items() for u in us}
    print("%-8s %11s %8s %8s" % ("cluster", "respondents", "answers", "codings"))
    for k, us in CLUSTERS.items():
        print("%-8s %11d %8d %8d" % (k, sum(per_unit[u] for u in us),
                                    sum(1 for r in rows if unit_cluster[r["unit"]] == k for q in ("q_mistakes", "q_learning") if r[q].strip()),
                                    sum(1 for c in codings if unit_cluster[respondents[c["respondent"]]["unit"]] == k)))

    coded = defaultdict(set)  # (unit, code) -> respondents with at least one coding by anna
    for c in codings:
        if c["coder"] == "anna":
            coded[(respondents[c["respondent"]]["unit"], c["code"])].add(c["respondent"])
    print()
    print("Share of respondents with at least one coding (anna), by unit:")
    short = ["Fear of blame", "Admitting mist.", "Peer coaching", "Time pressure", "Modelling fall."]
    print("%-22s %4s %6s %7s " % ("unit", "n", "psych", "ps_item") + " ".join("%15s" % s for s in short))
    table = []
    for k, us in CLUSTERS.items():
        for u in us:
            n = per_unit[u]
            ps_item = sum(int(r["ps_item"]) for r in rows if r["unit"] == u) / n
            shares = [len(coded[(u, code)]) / n for code in KEY_CODES]
            table.append((units[u]["psych_safety"], ps_item, shares))
            print("%-22s %4d %6.2f %7.2f " % (u, n, units[u]["psych_safety"], ps_item)
                  + " ".join("%14.0f%%" % (100 * s) for s in shares))
    ps = [t[0] for t in table]
    print("%-22s %4s %6s %7.2f " % ("r with psych_safety", "", "", pearson(ps, [t[1] for t in table]))
          + " ".join("%15.2f" % pearson(ps, [t[2][i] for t in table]) for i in range(len(KEY_CODES))))
    print("\nOK")


if __name__ == "__main__":
    main()
