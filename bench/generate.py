"""Synthetic but realistic corpora for the scale benchmarks, in the project's YAML format.

Definitions are built from a shared vocabulary of phrases ("the provision of", "before, during
and after", ...) so that they overlap the way real definitions of one term do; sources, kinds,
perspectives, dates and revisions vary. A fixed seed makes every run write the same files.

    python bench/generate.py                  # all corpora into bench/out/
    python bench/generate.py --only one-10k   # one of them

Corpora: one-1k, one-10k, one-100k (one term with n definitions) and many-1k-x10 (1,000 terms
with 10 definitions each).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
SEED = 20131101

CORPORA = {
    "one-1k": (1, 1_000),
    "one-10k": (1, 10_000),
    "one-100k": (1, 100_000),
    "many-1k-x10": (1_000, 10),
}

HEADS = ["service", "support", "assistance", "care", "management", "process", "practice",
         "system", "approach", "discipline", "activity", "function", "model", "method"]
MODIFIERS = ["customer", "data", "quality", "risk", "cloud", "network", "supply chain",
             "knowledge", "change", "product", "project", "asset", "identity", "content"]
OPENERS = ["{term} is", "{term} refers to", "The definition of {term} is", "{term} means",
           "{term} can be defined as", "In short, {term} is", ""]
CORES = ["the provision of {noun} to {who}", "all interactions between {who} and {org}",
         "a series of activities designed to {verb} {what}",
         "the set of behaviours that {org} undertakes during its interaction with {who}",
         "assistance and other resources that {org} provides to {who}",
         "the process of ensuring {who} {verb2} {what}", "a discipline concerned with {what}",
         "the practice of {gerund} {what} across {org}"]
NOUNS = ["service", "help", "advice", "information", "value", "resources", "solutions"]
WHO = ["customers", "users", "clients", "the people who buy or use its products",
       "stakeholders", "employees", "partners", "citizens"]
ORGS = ["a company", "an organisation", "a business", "the provider", "a team",
        "the enterprise", "a public body"]
VERBS = ["enhance", "improve", "measure", "deliver", "protect", "maintain", "increase"]
VERBS2 = ["receive", "get", "obtain", "experience", "trust"]
WHAT = ["the level of customer satisfaction", "the quality of the experience",
        "products or services", "long-term relationships", "expectations",
        "the value delivered", "reliable outcomes", "the feeling that needs were met"]
GERUNDS = ["managing", "planning", "monitoring", "improving", "coordinating"]
TAILS = ["before, during and after a purchase", "at the time of sale and thereafter",
         "in a timely and effective manner", "so that expectations are met or exceeded",
         "through every channel", "with courtesy and competence", "over the whole life cycle",
         "", "", ""]
SOURCES = ["Wikipedia", "dictionary.com", "Oxford Dictionary", "Investopedia", "Gartner",
           "TechTarget", "a textbook", "a practitioner blog", "Reddit", "an AI assistant",
           "ISO glossary", "NIST", "a consultancy", "a university course", "a trade body"]
KINDS = ["dictionary", "encyclopedia", "textbook", "practitioner", "ai", "crowd", "standard"]
PERSPECTIVES = ["organization", "customer", None, None]


def _sentence(rng: random.Random, term: str) -> str:
    core = rng.choice(CORES).format(
        noun=rng.choice(NOUNS), who=rng.choice(WHO), org=rng.choice(ORGS),
        verb=rng.choice(VERBS), verb2=rng.choice(VERBS2), what=rng.choice(WHAT),
        gerund=rng.choice(GERUNDS),
    )
    opener = rng.choice(OPENERS).format(term=term)
    text = f"{opener} {core}" if opener else core
    text = text[0].upper() + text[1:]
    tail = rng.choice(TAILS)
    if tail:
        text += f" {tail}"
    if rng.random() < 0.3:
        text += f", and {rng.choice(CORES).split(' {')[0].lower()} {rng.choice(WHAT)}"
    return text + "."


def _date(year: int, rng: random.Random) -> str:
    return f"{year}-{rng.randint(1, 12):02d}"


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _definition_lines(rng: random.Random, term: str, ident: str) -> list[str]:
    year = rng.randint(2000, 2025)
    lines = [f"      - id: {ident}",
             f"        source: {_q(rng.choice(SOURCES))}",
             f"        text: {_q(_sentence(rng, term))}",
             f"        date: \"{_date(year, rng)}\"",
             f"        kind: {rng.choice(KINDS)}"]
    perspective = rng.choice(PERSPECTIVES)
    if perspective:
        lines.append(f"        perspective: {perspective}")
    if rng.random() < 0.2:
        lines.append(f"        url: \"https://example.invalid/{ident}\"")
    if rng.random() < 0.15:
        lines.append("        revisions:")
        # Older wordings, oldest first, each from an earlier year than the current text.
        for old_year in sorted(rng.sample(range(year - 12, year), rng.randint(1, 3))):
            lines.append(f"          - text: {_q(_sentence(rng, term))}")
            lines.append(f"            date: \"{_date(old_year, rng)}\"")
    return lines


def term_name(rng: random.Random, index: int, terms: int) -> str:
    """A made-up term; numbered when a corpus needs more names than the vocabulary gives."""
    name = f"{rng.choice(MODIFIERS)} {rng.choice(HEADS)}"
    return name if terms == 1 else f"{name} {index}"


def generate(name: str, out: Path = OUT) -> Path:
    """Write corpus `name` (a key of CORPORA) to out/<name>.yaml and return its path."""
    terms, per_term = CORPORA[name]
    rng = random.Random(f"{SEED}-{name}")
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.yaml"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"# Synthetic corpus {name} from bench/generate.py (seed {SEED}).\nterms:\n")
        for t in range(terms):
            term = term_name(rng, t, terms)
            handle.write(f"  - term: {_q(term)}\n    definitions:\n")
            chunk = []
            for d in range(per_term):
                chunk.extend(_definition_lines(rng, term, f"d{t}-{d}"))
                if len(chunk) > 5000:
                    handle.write("\n".join(chunk) + "\n")
                    chunk = []
            if chunk:
                handle.write("\n".join(chunk) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(CORPORA), action="append",
                        help="generate only this corpus (repeatable)")
    parser.add_argument("--out", type=Path, default=OUT, help="output directory")
    args = parser.parse_args()
    for name in args.only or CORPORA:
        path = generate(name, args.out)
        print(f"{path}  {path.stat().st_size / 1048576:.1f} MB")


if __name__ == "__main__":
    main()
