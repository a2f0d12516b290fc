#!/usr/bin/env python3
"""Generate the fictional mixed-methods data of the learning-culture sample study.

Writes, next to study.json:
  units.csv            unit-level variables, as a Danish Excel saves it (';', decimal comma, UTF-8 BOM, CRLF)
  survey.csv           open-ended employee survey answers (',', RFC 4180 quoting, UTF-8 without BOM)
  survey-codings.json  codings of the answers, produced from the tagged phrase banks in survey_banks.py

Standard library only and seeded, so running it again gives byte-identical files:
  python3 tools/make_survey.py
"""

import csv
import json
import math
import random
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of the sample folder (it is packed into the jar)
from survey_banks import CLUSTER_BANKS, CODES, FILLERS, SHORT, UNIT_BANKS

SEED = 2026
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
QUESTIONS = ("q_mistakes", "q_learning")

# name, cluster (h/m/l), sector, staff, psych_safety, growth_mindset_climate, peer_coaching_freq,
# org_learning, survey_n, survey_date, share of English answers, leaders among the respondents
UNITS = [
    ("Hjemmepleje Nord", "h", "Eldercare", 58, 4.21, 4.05, 3.92, 4.14, 53, "2026-01-13", 0.14, 4),
    ("Plejecenter Egebo", "l", "Eldercare", 110, 2.24, 2.46, 2.13, 2.37, 84, "2026-01-14", 0.22, 6),
    ("Dagtilbud Solsikken", "h", "Early childhood", 24, 4.38, 4.27, 4.12, 4.02, 23, "2026-01-19", 0.10, 2),
    ("Dagtilbud Mælkebøtten", "m", "Early childhood", 31, 3.02, 3.41, 2.86, 2.94, 25, "2026-01-20", 0.12, 2),
    ("Jobcenter Søndervig", "h", "Employment services", 19, 4.06, 3.84, 4.31, 4.22, 18, "2026-01-21", 0.22, 1),
    ("Skovbakke Skole", "m", "Schools", 52, 3.47, 3.12, 3.28, 2.97, 43, "2026-01-26", 0.20, 3),
    ("Østre Skole", "l", "Schools", 55, 2.41, 2.18, 2.29, 2.55, 41, "2026-01-27", 0.14, 3),
    ("Vej og Park", "l", "Technical services", 68, 2.63, 2.31, 2.12, 2.22, 47, "2026-02-02", 0.25, 5),
    ("Borgerservice", "m", "Citizen services", 49, 3.31, 3.56, 3.05, 3.38, 40, "2026-02-03", 0.25, 2),
]

MAX_USES = 2          # a short expanded sentence appears in at most this many answers ...
MAX_USES_LONG = 1     # ... and one longer than LONG characters in only one
LONG = 60
UNIT_BANK_SHARE = 0.35
LEADER_BANK_SHARE = 0.5
JONAS_SHARE = 0.10    # share of coded respondents that jonas double-codes


# ---------------------------------------------------------------- banks

class Entry:
    """One bank line: valence, filters, codes (with jonas alternatives) and a text template."""

    def __init__(self, flags, codes, template):
        self.valence = flags[0] if flags[0] in "+-0" else "0"
        rest = flags[1:] if flags[0] in "+-0" else flags
        self.clusters = "".join(c for c in rest if c in "hml") or "hml"
        self.role = "leader" if "L" in rest else "employee" if "E" in rest else None
        self.first = "F" in rest
        self.codes = []  # (anna code path, jonas alternative path or None)
        for token in codes.split():
            if token == "0":
                continue
            anna, _, alt = token.partition(">")
            self.codes.append((CODES[anna], CODES[alt] if alt else None))
        self.template = template

    def expand(self, rng):
        return re.sub(r"\{([^{}]*)\}", lambda m: rng.choice(m.group(1).split("|")), self.template)

    def fits(self, cluster, role):
        return cluster in self.clusters and (self.role is None or self.role == role)


def parse_bank(text, with_units=False):
    """Returns {(unit or None, question, language): [Entry]}."""
    bank, unit, section = {}, None, None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("## "):
            question, language = line[3:].split()
            section = (unit, question, language)
            bank.setdefault(section, [])
        elif line.startswith("# "):
            if not with_units:
                raise ValueError("unit header in a cluster bank: " + line)
            unit = line[2:].strip()
        else:
            flags, codes, template = (part.strip() for part in line.split(" | ", 2))
            bank[section].append(Entry(flags, codes, template))
    return bank


def taken_codes(taken):
    return {code for entry in taken.values() for code, _ in entry.codes}


def order_key(entry, rng):
    """Sentence order inside an answer: 'first' sentences first, action-learning steps in cycle order."""
    if entry.first:
        return -1
    steps = [int(code.split("/")[1][0]) for code, _ in entry.codes if code.startswith("Action learning/")]
    return min(steps) + 0.5 if steps else rng.uniform(0, 6)


# ---------------------------------------------------------------- text noise

def typo(sentence, rng):
    """One realistic slip of the keyboard."""
    words = sentence.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    kind = rng.choice(["swap", "drop", "double", "lower", "stop", "swap", "drop"])
    if kind in ("swap", "drop", "double") and long_words:
        i = rng.choice(long_words)
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        if kind == "swap":
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind == "drop":
            w = w[:j] + w[j + 1:]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
        return " ".join(words)
    if kind == "lower" and sentence[:1].isupper() and not sentence.startswith(("I ", "I'")):
        return sentence[0].lower() + sentence[1:]
    if kind == "stop" and sentence.endswith("."):
        return sentence[:-1]
    return sentence


def ascii_danish(text):
    """As typed on a keyboard without æ, ø and å."""
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa")):
        text = text.replace(a, b)
    return text


# ---------------------------------------------------------------- respondents and answers

class Generator:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.cluster_bank = parse_bank(CLUSTER_BANKS)
        self.unit_bank = parse_bank(UNIT_BANKS, with_units=True)
        self.short_bank = parse_bank(SHORT)
        self.used = {}
        self.dropped = 0

    def weights(self, climate, cluster):
        return {
            "+": math.exp(1.6 * (climate - 3.3)),
            "-": math.exp(1.6 * (3.1 - climate)),
            "0": 1.8 if cluster == "m" else 1.0,
        }

    def pick(self, entries, weights, taken):
        """Draw an entry by valence weight, then an unused expansion of it; None when all are used up."""
        candidates = [e for e in entries if id(e) not in taken and not (e.first and taken)
                      and not (taken_codes(taken) & {code for code, _ in e.codes})]
        while candidates:
            total = sum(weights[e.valence] for e in candidates)
            x = self.rng.random() * total
            for entry in candidates:
                x -= weights[entry.valence]
                if x <= 0:
                    break
            for _ in range(10):
                text = entry.expand(self.rng)
                if self.used.get(text, 0) < (MAX_USES_LONG if len(text) > LONG else MAX_USES):
                    return entry, text
            candidates.remove(entry)
        return None

    def compose(self, unit, cluster, role, language, question, climate, ascii_only):
        """Returns (answer text, [(sentence, entry)]) for one question."""
        rng = self.rng
        w = self.weights(climate, cluster)
        roll = rng.random()
        empty, short = (0.07, 0.24) if question == "q_mistakes" else (0.11, 0.28)
        if roll < empty:
            return "", []
        if roll < empty + short:
            entries = self.short_bank[(None, question, language)]
            entry = self.pick(entries, w, {}) or (entries[0], entries[0].template)
            text = ascii_danish(entry[1]) if ascii_only else entry[1]
            return text, [(text, entry[0])]

        k = rng.choices([1, 2, 3, 4], weights=[0.58, 0.27, 0.11, 0.04])[0]
        own = self.unit_bank.get((unit, question, language), [])
        # leaders do not voice the staff side of a blame climate; they have their own lines
        voiced = [e for e in own + self.cluster_bank[(None, question, language)]
                  if e.fits(cluster, role) and not (role == "leader" and e.valence == "-")]
        general = [e for e in voiced if e not in own]
        mine = [e for e in voiced if e in own and e.role != "leader"]
        leader_lines = [e for e in own if e.role == "leader" and role == "leader"]
        sentences, taken = [], {}
        for _ in range(k):
            if leader_lines and rng.random() < LEADER_BANK_SHARE:
                choice = self.pick(leader_lines, {"+": 1, "-": 1, "0": 1}, taken)
            elif mine and rng.random() < UNIT_BANK_SHARE:
                choice = self.pick(mine, w, taken)
            else:
                choice = None
            choice = choice or self.pick(general, w, taken)
            if choice is None:
                self.dropped += 1
                continue
            entry, text = choice
            if rng.random() < 0.08:
                text = typo(text, rng)
            if ascii_only:
                text = ascii_danish(text)
            if any(text in s or s in text for s, _ in sentences):
                continue
            taken[id(entry)] = entry
            self.used[text] = self.used.get(text, 0) + 1
            sentences.append((text, entry))
        sentences.sort(key=lambda s: order_key(s[1], rng))

        parts = [s for s, _ in sentences]
        if parts and rng.random() < 0.12:
            parts.insert(0, rng.choice(FILLERS[("pre", language)]))
        if parts and rng.random() < 0.14:
            tone = "+" if climate > 3.6 else "-" if climate < 2.8 else "0"
            parts.append(rng.choice(FILLERS[("post", language, tone)]))
        if ascii_only:
            parts = [ascii_danish(p) for p in parts]
        if len(parts) >= 2 and rng.random() < 0.07:
            answer = "\n".join(parts)
        elif len(parts) >= 2 and rng.random() < 0.02:
            answer = "\n".join("- " + p for p in parts)
        else:
            answer = " ".join(parts)
        return answer, sentences

    def respondents(self):
        rng = self.rng
        people = []
        for (name, cluster, _, _, ps, _, _, _, n, _, en_share, leaders) in UNITS:
            for i in range(n):
                role = "leader" if i < leaders else "employee"
                climate = ps + rng.gauss(0, 0.55) + (0.35 if role == "leader" else 0)
                people.append(dict(unit=name, cluster=cluster, role=role, climate=climate,
                                   language="en" if rng.random() < en_share else "da"))
        rng.shuffle(people)
        for number, p in enumerate(people, 1):
            p["respondent_id"] = "R%04d" % number
            if p["role"] == "leader":
                years = rng.randint(3, 22)
            else:
                years = min(38, int(rng.expovariate(1 / (12 if p["unit"] == "Vej og Park" else 8))))
            p["seniority_years"] = "" if rng.random() < 0.06 else str(years)
            p["ps_item"] = min(5, max(1, round(p["climate"] + rng.gauss(0, 0.45))))
            ascii_only = p["language"] == "da" and rng.random() < 0.04
            p["sentences"] = {}
            for q in QUESTIONS:
                p[q], p["sentences"][q] = self.compose(p["unit"], p["cluster"], p["role"], p["language"], q,
                                                       p["climate"], ascii_only)
        return people

    def codings(self, people):
        rng = self.rng
        result = []
        for p in people:
            anna = []
            for q in QUESTIONS:
                for sentence, entry in p["sentences"][q]:
                    if not (20 <= len(sentence) <= 400) or p[q].count(sentence) != 1:
                        continue
                    for code, alt in entry.codes:
                        anna.append((q, sentence, code, alt))
            double = bool(anna) and rng.random() < JONAS_SHARE
            seen = set()
            for q, sentence, code, alt in anna:
                result.append(dict(respondent=p["respondent_id"], question=q, quote=sentence, code=code,
                                   coder="anna"))
                if not double or rng.random() < 0.08:
                    continue
                jonas_code = alt if alt and rng.random() < 0.4 else code
                if (q, sentence, jonas_code) not in seen:
                    seen.add((q, sentence, jonas_code))
                    result.append(dict(respondent=p["respondent_id"], question=q, quote=sentence,
                                       code=jonas_code, coder="jonas"))
        return result


# ---------------------------------------------------------------- writers

def danish_number(x):
    return ("%.2f" % x).replace(".", ",")


def write_units(path):
    header = ["unit", "sector", "staff", "psych_safety", "growth_mindset_climate", "peer_coaching_freq",
              "org_learning", "survey_n", "survey_date"]
    lines = [";".join(header)]
    for (name, _, sector, staff, ps, gm, pc, ol, n, date, *_) in UNITS:
        lines.append(";".join([name, sector, str(staff)] + [danish_number(v) for v in (ps, gm, pc, ol)]
                              + [str(n), date]))
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def write_survey(path, people):
    columns = ["respondent_id", "unit", "role", "seniority_years", "language", "q_mistakes", "q_learning",
               "ps_item"]
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(columns)
        for p in sorted(people, key=lambda p: p["respondent_id"]):
            writer.writerow([p[c] for c in columns])


def main():
    generator = Generator()
    people = generator.respondents()
    codings = generator.codings(people)
    write_units(OUT / "units.csv")
    write_survey(OUT / "survey.csv", people)
    codings.sort(key=lambda c: (c["respondent"], QUESTIONS.index(c["question"])))
    (OUT / "survey-codings.json").write_text(json.dumps(codings, ensure_ascii=False, indent=2) + "\n",
                                             encoding="utf-8")
    repeated = sum(1 for n in generator.used.values() if n > 1)
    print("respondents %d, codings %d (anna %d, jonas %d), distinct sentences %d (%d used twice), dropped %d"
          % (len(people), len(codings), sum(c["coder"] == "anna" for c in codings),
             sum(c["coder"] == "jonas" for c in codings), len(generator.used), repeated, generator.dropped))


if __name__ == "__main__":
    main()
