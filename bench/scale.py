"""Scale: time and peak memory of named measurements on the synthetic corpora of generate.py.

Each measurement runs in a fresh Python process (so peak memory is its own), on each corpus it
applies to; its time excludes interpreter start-up and the measurement's setup. Ratios are
computed between measurements of the same run, so they hold on a noisy machine.

    python bench/scale.py                       # everything, corpora generated if missing
    python bench/scale.py --only store.load --corpus one-10k
    python bench/scale.py --json bench/out/scale.json

To add a measurement (phase 2: threads, compare, synthesize, all-pairs similarity), write a
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


@dataclass(frozen=True)
class Measurement:
    """A named operation: `setup(path)` builds its input (untimed), `run(state)` is timed."""

    name: str
    run: Callable[[Any], Any]
    setup: Callable[[Path], Any] = _path
    corpora: tuple[str, ...] = ALL
    cache: bool = False  # False runs with CS_DEFINE_CACHE=0 (the cold, parse-everything path)
    note: str = ""


MEASUREMENTS = (
    Measurement("yaml.CSafeLoader", bare_yaml, note="read + yaml.load(CSafeLoader) only"),
    Measurement("store.load", load, note="read, parse with line numbers, validate, build model"),
    Measurement("list --format json", list_json, setup=_list_args,
                note="whole command in-process, cache off"),
    Measurement("list --format json (cached)", list_json, setup=_warm_cache, cache=True,
                note="whole command, validated-file cache warm"),
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


RATIOS = (Ratio("store.load", "yaml.CSafeLoader", 3.0),)
GROWTH = (Growth("store.load", "one-10k", "one-100k", 15.0),)


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
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CS_DEFINE_MAX_MB": "1024"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("CS_DEFINE_DATA", None)
    if measurement.cache:
        env.pop("CS_DEFINE_CACHE", None)
        env["CS_DEFINE_CACHE_DIR"] = str(generate.OUT / "cache")
    else:
        env["CS_DEFINE_CACHE"] = "0"
    done = subprocess.run(
        [sys.executable, __file__, "--child", measurement.name, corpus, str(repeats)],
        env=env, capture_output=True, text=True,
    )
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
            repeats = 1 if corpus.endswith("100k") else 3
            figures = _measure(measurement, corpus, repeats)
            results.setdefault(measurement.name, {})[corpus] = figures
            print(f"  {measurement.name:<30} {corpus:<12} {figures['seconds']:>8.3f} s "
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
            growth.append({"measurement": g.measurement, "small": g.small, "big": g.big,
                           "ratio": round(value, 2), "target": g.target,
                           "ok": value <= g.target})
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
            lines.append(f"| {g['measurement']} | {g['small']} | {g['big']} | {g['ratio']:.2f}x "
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
