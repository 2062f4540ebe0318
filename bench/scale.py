"""Scale: time and peak memory of named measurements on the synthetic corpora of generate.py.

Each measurement runs in a fresh Python process (so peak memory is its own), on each corpus it
applies to; its time excludes interpreter start-up and the measurement's setup. Ratios are
computed between measurements of the same run, so they hold on a noisy machine.

    python bench/scale.py                       # everything, corpora generated if missing
    python bench/scale.py --only store.load --corpus one-10k
    python bench/scale.py --json bench/out/scale.json

To add a measurement, write a
`setup(path) -> state` (not timed) and a `run(state)` (timed) and add a `Measurement` to
MEASUREMENTS; add a `Ratio` to RATIOS for a target against a baseline measurement, or a
`Growth` to GROWTH for a target on how time grows with corpus size.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402

ALL = ("one-1k", "one-10k", "one-100k", "many-1k-x10")


# --- the measurements ---------------------------------------------------------------------


def _path(path: Path) -> Path:
    return path


def bare_yaml(path: Path) -> Any:
    """PyYAML's C loader alone: the floor for any YAML loader."""
    import yaml

    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle.read(), Loader=yaml.CSafeLoader)  # noqa: S506


def load(path: Path) -> Any:
    from cs_define import store

    return store.load(path)


def _cli(args: list[str]) -> None:
    from cs_define.cli import app

    with redirect_stdout(io.StringIO()) as out:
        try:
            app(args, prog_name="cs-define", standalone_mode=False)
        except SystemExit as exc:  # pragma: no cover - a failure is a benchmark bug
            raise RuntimeError(f"cs-define {' '.join(args)} exited {exc.code}") from exc
    if not out.getvalue():
        raise RuntimeError(f"cs-define {' '.join(args)} printed nothing")


def _list_args(path: Path) -> list[str]:
    args = ["--data", str(path), "list", "--format", "json"]
    if path.stem.startswith("many"):
        args[3:3] = ["--term", _first_term(path)]
    return args


def _first_term(path: Path) -> str:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("  - term: "):
                return json.loads(line.split(": ", 1)[1])
    raise RuntimeError(f"{path}: no term")


def list_json(args: list[str]) -> None:
    _cli(args)


def _warm_cache(path: Path) -> list[str]:
    # In another process, so this one's peak memory is only that of the cached run.
    subprocess.run([sys.executable, "-c", "import sys; from cs_define import store; "
                    "store.load(sys.argv[1])", str(path)], check=True)
    return _list_args(path)


def _term(path: Path):
    """Load the corpus (untimed) and return its first term with an Analyzer for it."""
    from cs_define import store
    from cs_define.text import Analyzer

    term = store.load(path).terms[0]
    return term, Analyzer.for_term(term)


def threads(state) -> Any:
    from cs_define.threads import common_threads

    term, analyzer = state
    return common_threads(term.definitions, analyzer, 2)


def synthesize(state) -> Any:
    from cs_define.synthesize import synthesize as build

    term, analyzer = state
    return build(term.name, term.definitions, analyzer, references=term.aggregates)


def _compare_ids(corpus, ids: list[str]) -> Any:
    from cs_define import select
    from cs_define.compare import compare
    from cs_define.render import compare_view
    from cs_define.text import Analyzer

    term = select.find_term(corpus, None)
    definitions = select.definitions_by_ids(term, ids)
    return compare_view(term.name, compare(definitions, Analyzer.for_term(term)), definitions)


def _corpus(path: Path):
    """Load the corpus (untimed) and compare two ids of the bundled data, so the timed runs
    pay no first-call imports; every run then costs what the one call of a command costs."""
    from cs_define import store

    corpus = store.load(path)
    _compare_ids(store.load(store.bundled_data_path()), ["oxford", "dictionary"])
    return corpus


def compare_two(corpus) -> Any:
    """What `compare ID ID` does after loading: find the term and ids, compare, build the view."""
    term = corpus.terms[0]
    return _compare_ids(corpus, [term.definitions[0].id, term.definitions[-1].id])


def _compare_args(path: Path) -> list[str]:
    ids = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("      - id: "):
                ids.append(line.split(": ", 1)[1].strip())
    return ["--data", str(path), "compare", ids[0], ids[-1], "--format", "json"]


def _warm_compare(path: Path) -> list[str]:
    _warm_cache(path)
    return _compare_args(path)


def compare_cli(args: list[str]) -> None:
    _cli(args)


def similarity_top5(state) -> Any:
    """All pairs scored (token_set_ratio), the 5 nearest neighbours of each kept: `matrix`."""
    from cs_define.compare import similarity

    term, analyzer = state
    return similarity(term.definitions, analyzer, "token_set_ratio", top=5)


def _texts(path: Path) -> list[str]:
    term, _ = _term(path)
    return [d.text for d in term.definitions]


def bare_cdist(texts: list[str]) -> Any:
    """rapidfuzz alone on the same strings and scorer: the floor for all-pairs similarity."""
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    return process.cdist(texts, texts, scorer=fuzz.token_set_ratio,
                         processor=utils.default_process, dtype=np.float32, workers=-1)


def _matrix_args(path: Path) -> list[str]:
    return ["--data", str(path), "matrix", "--top", "5"]


def matrix_cli(args: list[str]) -> None:
    _cli(args)


@dataclass(frozen=True)
class Measurement:
    """A named operation: `setup(path)` builds its input (untimed), `run(state)` is timed."""

    name: str
    run: Callable[[Any], Any]
    setup: Callable[[Path], Any] = _path
    corpora: tuple[str, ...] = ALL
    cache: bool = False  # False runs with CS_DEFINE_CACHE=0 (the cold, parse-everything path)
    note: str = ""
    repeats: int | None = None  # None: 3 runs (1 on a 100k corpus), the median reported
    timeout: float | None = None  # seconds for the whole child process; over it: "> timeout"


MEASUREMENTS = (
    Measurement("yaml.CSafeLoader", bare_yaml, note="read + yaml.load(CSafeLoader) only"),
    Measurement("store.load", load, note="read, parse with line numbers, validate, build model"),
    Measurement("list --format json", list_json, setup=_list_args,
                note="whole command in-process, cache off"),
    Measurement("list --format json (cached)", list_json, setup=_warm_cache, cache=True,
                note="whole command, validated-file cache warm"),
    Measurement("threads", threads, setup=_term, corpora=("one-1k", "one-10k"),
                note="common_threads(min_support=2) on every definition"),
    Measurement("synthesize", synthesize, setup=_term, corpora=("one-1k", "one-10k", "many-1k-x10"),
                repeats=1, timeout=300, note="synthesize() with defaults on every definition "
                "(many-1k-x10: its first term, 10 definitions)"),
    Measurement("compare two ids", compare_two, setup=_corpus,
                corpora=("one-1k", "one-10k", "one-100k"), repeats=7,
                note="find term and ids, compare(), compare_view(); loading excluded, imports "
                "warmed in setup; median of 7 on every corpus (a few ms: one run is noise)"),
    Measurement("compare two ids (CLI, cached)", compare_cli, setup=_warm_compare, cache=True,
                corpora=("one-1k", "one-10k", "one-100k"), repeats=1,
                note="whole `compare ID ID -f json` in-process, validated-file cache warm: "
                "what a user waits for, loading included"),
    Measurement("bare cdist", bare_cdist, setup=_texts, corpora=("one-1k", "one-10k"),
                repeats=1, note="rapidfuzz cdist(token_set_ratio, default_process, float32, "
                "workers=-1), n x n result"),
    Measurement("similarity top 5", similarity_top5, setup=_term, corpora=("one-1k", "one-10k"),
                repeats=1, note="compare.similarity(top=5): all pairs, chunked, top 5 kept"),
    Measurement("matrix --top 5 (CLI)", matrix_cli, setup=_matrix_args, cache=True,
                corpora=("one-10k",), repeats=1, note="whole command in-process, cache warm"),
)


@dataclass(frozen=True)
class Ratio:
    """time(measurement) / time(baseline) on each corpus, with a target upper bound."""

    measurement: str
    baseline: str
    target: float
    corpora: tuple[str, ...] = ALL


@dataclass(frozen=True)
class Growth:
    """time(measurement on big) / time(on small), with a target upper bound."""

    measurement: str
    small: str
    big: str
    target: float


RATIOS = (
    Ratio("store.load", "yaml.CSafeLoader", 3.0),
    Ratio("similarity top 5", "bare cdist", 1.3, corpora=("one-1k", "one-10k")),
)
GROWTH = (
    Growth("store.load", "one-10k", "one-100k", 15.0),
    Growth("threads", "one-1k", "one-10k", 15.0),
    Growth("synthesize", "one-1k", "one-10k", 15.0),
    # compare of two ids must not depend on how many other definitions the term has
    Growth("compare two ids", "one-1k", "one-100k", 1.5),
)


# --- running ------------------------------------------------------------------------------


def _child(name: str, corpus: str, repeats: int) -> None:
    """Run one measurement in this (fresh) process and print its figures as JSON."""
    import resource

    measurement = next(m for m in MEASUREMENTS if m.name == name)
    path = generate.OUT / f"{corpus}.yaml"
    state = measurement.setup(path)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        measurement.run(state)
        times.append(time.perf_counter() - start)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": statistics.median(times), "peak_mb": peak_kb / 1024}))


def _measure(measurement: Measurement, corpus: str, repeats: int) -> dict:
    """Run one measurement in a fresh process; a timeout gives {"seconds": t, "timed_out": True}."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CS_DEFINE_MAX_MB": "1024"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("CS_DEFINE_DATA", None)
    if measurement.cache:
        env.pop("CS_DEFINE_CACHE", None)
        env["CS_DEFINE_CACHE_DIR"] = str(generate.OUT / "cache")
    else:
        env["CS_DEFINE_CACHE"] = "0"
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", measurement.name, corpus, str(repeats)],
            env=env, capture_output=True, text=True, timeout=measurement.timeout,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": float(measurement.timeout), "peak_mb": float("nan"), "timed_out": True}
    if done.returncode != 0:
        raise SystemExit(f"{measurement.name} on {corpus} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _baseline_rss() -> float:
    done = subprocess.run(
        [sys.executable, "-c", "import resource; print(resource.getrusage("
         "resource.RUSAGE_SELF).ru_maxrss)"], capture_output=True, text=True, check=True)
    return int(done.stdout) / 1024


def run_all(names: list[str] | None, corpora: list[str] | None) -> dict:
    """Measure everything selected; return results with ratios and growth figures."""
    for corpus in corpora or ALL:
        if not (generate.OUT / f"{corpus}.yaml").exists():
            generate.generate(corpus)
    results: dict[str, dict[str, dict]] = {}
    for measurement in MEASUREMENTS:
        if names and measurement.name not in names:
            continue
        for corpus in measurement.corpora:
            if corpora and corpus not in corpora:
                continue
            repeats = measurement.repeats or (1 if corpus.endswith("100k") else 3)
            figures = _measure(measurement, corpus, repeats)
            results.setdefault(measurement.name, {})[corpus] = figures
            over = ">" if figures.get("timed_out") else " "
            print(f"  {measurement.name:<30} {corpus:<12} {over}{figures['seconds']:>8.3f} s "
                  f"{figures['peak_mb']:>8.1f} MB", file=sys.stderr)
    ratios = []
    for ratio in RATIOS:
        for corpus in ratio.corpora:
            a = results.get(ratio.measurement, {}).get(corpus)
            b = results.get(ratio.baseline, {}).get(corpus)
            if a and b:
                value = a["seconds"] / b["seconds"]
                ratios.append({"measurement": ratio.measurement, "baseline": ratio.baseline,
                               "corpus": corpus, "ratio": round(value, 2),
                               "target": ratio.target, "ok": value <= ratio.target})
    growth = []
    for g in GROWTH:
        small = results.get(g.measurement, {}).get(g.small)
        big = results.get(g.measurement, {}).get(g.big)
        if small and big:
            value = big["seconds"] / small["seconds"]
            bound = bool(big.get("timed_out"))  # the big run was stopped: value is a lower bound
            growth.append({"measurement": g.measurement, "small": g.small, "big": g.big,
                           "ratio": round(value, 2), "target": g.target, "lower_bound": bound,
                           "ok": value <= g.target and not bound and not small.get("timed_out")})
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} "
                   f"{platform.release()}, Python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d"),
        "interpreter_rss_mb": round(_baseline_rss(), 1),
        "sizes_mb": {c: round((generate.OUT / f"{c}.yaml").stat().st_size / 1048576, 1)
                     for c in (corpora or ALL)},
        "results": results, "ratios": ratios, "growth": growth,
    }


def to_markdown(report: dict) -> str:
    """Return the report as Markdown tables (what RESULTS.md records)."""
    corpora = [c for c in ALL if c in report["sizes_mb"]]
    lines = [f"Machine: {report['machine']}. Date: {report['date']}. "
             f"A bare interpreter's peak RSS: {report['interpreter_rss_mb']} MB.", "",
             "| measurement | " + " | ".join(f"{c} ({report['sizes_mb'][c]} MB)" for c in corpora)
             + " |", "| --- |" + " ---: |" * len(corpora)]
    for name, by_corpus in report["results"].items():
        cells = []
        for c in corpora:
            f = by_corpus.get(c)
            if f and f.get("timed_out"):
                cells.append(f"> {f['seconds']:.0f} s (stopped)")
            else:
                cells.append(f"{f['seconds']:.3f} s, {f['peak_mb']:.0f} MB" if f else "")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    if report["ratios"]:
        lines += ["", "| ratio | corpus | value | target | met |", "| --- | --- | ---: | ---: | --- |"]
        for r in report["ratios"]:
            lines.append(f"| {r['measurement']} / {r['baseline']} | {r['corpus']} | "
                         f"{r['ratio']:.2f}x | <= {r['target']}x | {'yes' if r['ok'] else 'NO'} |")
    if report["growth"]:
        lines += ["", "| growth | from | to | value | target | met |",
                  "| --- | --- | --- | ---: | ---: | --- |"]
        for g in report["growth"]:
            more = "> " if g.get("lower_bound") else ""
            lines.append(f"| {g['measurement']} | {g['small']} | {g['big']} | {more}{g['ratio']:.2f}x "
                         f"| <= {g['target']}x | {'yes' if g['ok'] else 'NO'} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=[m.name for m in MEASUREMENTS],
                        help="run only this measurement (repeatable)")
    parser.add_argument("--corpus", action="append", choices=ALL,
                        help="run only on this corpus (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the report as JSON here")
    args = parser.parse_args()
    report = run_all(args.only, args.corpus)
    print(to_markdown(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
