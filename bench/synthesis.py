"""Quality benchmark of `cs-define synthesize` (not a timed or tuned test).

Seed: the six 2013 sources of "customer service" (dictionary.com in its 2013 wording, the
yourdictionary.com text) against the blog's 2013 aggregate. Held-out: the sets in
bench/heldout/, terms that are not in the bundled data, each with a human aggregate written
before the synthesis output was seen. The same code and settings run on every set.

Scores (cs_define.evaluate, stemmed content words): ROUGE-1 F1 against the aggregate;
coverage = share of the stems used by at least half the sources that the result uses;
faithfulness = share of the result's stems found in some source; words; guards = the result
passes the agreement check and differs from every source. The baseline is the most central
single source (highest mean Jaccard of content stems with the others).

Run: python bench/synthesis.py   (prints a table and writes bench/SYNTHESIS.md)
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cs_define import store  # noqa: E402
from cs_define.evaluate import coverage, faithfulness, rouge1, word_count  # noqa: E402
from cs_define.synthesize import agreement_ok, central_source, synthesize  # noqa: E402
from cs_define.text import Analyzer  # noqa: E402

SEED_2013 = ("wikipedia", "businessdictionary", "dictionary", "wordiq", "turban", "oxford")


def seed_set():
    """Return (term, sources, reference) for the 2013 customer-service benchmark."""
    term = store.load(store.bundled_data_path()).terms[0]
    sources = []
    for definition in term.definitions:
        if definition.id not in SEED_2013:
            continue
        if definition.id == "dictionary":  # the 2013 list quotes yourdictionary.com
            older = definition.revisions[0]
            definition = dataclasses.replace(definition, text=older.text, date=older.date)
        sources.append(definition)
    reference = next(a for a in term.aggregates if a.id == "verygoodservice-2013")
    return term, sources, reference


def heldout_sets():
    """Yield (term, sources, reference) for every file in bench/heldout/."""
    for path in sorted((ROOT / "bench" / "heldout").glob("*.yaml")):
        term = store.load(path).terms[0]
        yield term, list(term.definitions), term.aggregates[0]


def measure(name, term, sources, reference):
    """Return a result row for the synthesis and one for the central-source baseline."""
    analyzer = Analyzer.for_term(term)
    texts = [d.text for d in sources]
    result = synthesize(term.name, sources, analyzer)
    baseline = central_source(sources, analyzer)
    def keys(text):
        return " ".join(t.key for t in analyzer.tokens(text) if t.is_word)

    rows = []
    for method, text in (("synthesis", result.definition), (f"baseline: {baseline.id}", baseline.text)):
        norms = [t.norm for t in analyzer.tokens(text)]
        # a copy: the text's words are a run of one source's words, up to spelling and
        # inflection ("labor market" for "labour market"), as the synthesis itself tells one
        copy = any(f" {keys(text)} " in f" {keys(d.text)} " for d in sources)
        rows.append({
            "set": name, "method": method,
            "rouge1_f1": rouge1(text, reference.text, analyzer).f1,
            "coverage": coverage(text, texts, analyzer),
            "faithfulness": faithfulness(text, texts, analyzer),
            "words": word_count(text, analyzer),
            "guards": "pass" if agreement_ok(norms) and not copy else ("copy" if copy else "fail"),
            "text": text,
        })
    return rows


def main() -> None:
    term, sources, reference = seed_set()
    rows = measure("customer service 2013 (seed)", term, sources, reference)
    for term, sources, reference in heldout_sets():
        rows += measure(f"{term.name} (held-out)", term, sources, reference)
    header = ("set", "method", "ROUGE-1 F1", "coverage", "faithful", "words", "guards")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        lines.append(f"| {r['set']} | {r['method']} | {r['rouge1_f1']:.3f} | {r['coverage']:.2f} | "
                     f"{r['faithfulness']:.2f} | {r['words']} | {r['guards']} |")
    table = "\n".join(lines)
    print(table)
    print()
    for r in rows:
        print(f"[{r['set']} / {r['method']}] {r['text']}")
    syntheses = [r for r in rows if r["method"] == "synthesis"]
    seed = syntheses[0]
    targets = [
        ("seed ROUGE-1 F1 >= 0.50", seed["rouge1_f1"] >= 0.50, f"{seed['rouge1_f1']:.3f}"),
        ("coverage >= 0.9 on every set", all(r["coverage"] >= 0.9 for r in syntheses),
         ", ".join(f"{r['coverage']:.2f}" for r in syntheses)),
        ("faithfulness >= 0.95 on every set", all(r["faithfulness"] >= 0.95 for r in syntheses),
         ", ".join(f"{r['faithfulness']:.2f}" for r in syntheses)),
        ("12 to 35 words on every set", all(12 <= r["words"] <= 35 for r in syntheses),
         ", ".join(str(r["words"]) for r in syntheses)),
        ("guards pass on every set", all(r["guards"] == "pass" for r in syntheses),
         ", ".join(r["guards"] for r in syntheses)),
    ]
    verdicts = "\n".join(f"- {'met' if ok else 'NOT met'}: {name} ({value})" for name, ok, value in targets)
    baselines = [r for r in rows if r["method"] != "synthesis"]
    wins = sum(s["rouge1_f1"] > b["rouge1_f1"] for s, b in zip(syntheses, baselines))
    verdicts += (
        f"\n\nThe synthesis beats the single-source baseline on {wins} of {len(syntheses)} sets; mean "
        f"ROUGE-1 F1 {sum(r['rouge1_f1'] for r in syntheses) / len(syntheses):.3f} against "
        f"{sum(r['rouge1_f1'] for r in baselines) / len(baselines):.3f} for the baseline."
    )
    print()
    print(verdicts)
    # a source's line breaks would end the Markdown list item: one line each
    outputs = "\n".join(f"- **{r['set']} / {r['method']}**: {' '.join(r['text'].split())}"
                        for r in rows)
    (ROOT / "bench" / "SYNTHESIS.md").write_text(
        "# Synthesis benchmark\n\nWritten by `python bench/synthesis.py`; see its docstring for "
        "what each score means. Default settings (`--max-words 35`, `--min-support 2`).\n\n"
        f"{table}\n\n## Targets\n\n{verdicts}\n\n## Outputs\n\n{outputs}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
