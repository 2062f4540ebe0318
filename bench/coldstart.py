"""Cold start: `cs-define list`, `--help` and `--version` versus a bare Typer "hello" app.

Both programs run with the same Python, from a temporary directory, alternately in the same
run, so the ratio is fair on a noisy machine. Wall time is the measure; the CPU time (user +
sys) of each run is recorded beside it, because on a shared, oversubscribed machine wall time
also counts the time a run waits for a core. cs-define is started the way its console script
starts it (`from cs_define.cli import main; main()`), importing this checkout's code.

    python bench/coldstart.py              # 21 rounds of each pair
    python bench/coldstart.py --rounds 31 --json bench/out/coldstart.json

Target (issue 7): `list` on the bundled data <= 1.2x the bare app's command.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_APP = '''\
import typer

app = typer.Typer()


@app.command()
def hello(name: str) -> None:
    """Say hello."""
    typer.echo(f"Hello {name}")


@app.command()
def goodbye(name: str) -> None:
    """Say goodbye."""
    typer.echo(f"Goodbye {name}")


if __name__ == "__main__":
    app()
'''

# The same two lines as the `cs-define` console script that pip writes.
LAUNCHER = "import sys\nfrom cs_define.cli import main\nsys.exit(main())\n"

#: (name, cs-define arguments, bare-app arguments): each pair is timed alternately.
PAIRS = (
    ("list", ["list"], ["hello", "World"]),
    ("list --format json", ["list", "--format", "json"], ["hello", "World"]),
    ("--help", ["--help"], ["--help"]),
    ("--version", ["--version"], ["hello", "World"]),
)


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time(argv: list[str], cwd: str, env: dict[str, str]) -> tuple[float, float]:
    """Run argv; return its wall time and its CPU time (user + sys), in seconds."""
    cpu = _cpu_of_children()
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr.decode(errors='replace')}")
    return elapsed, _cpu_of_children() - cpu


def measure(rounds: int) -> list[dict]:
    """Return one record per pair: medians of both programs and their ratio."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    env.pop("CS_DEFINE_DATA", None)
    env.pop("CS_DEFINE_CACHE", None)
    # An installed package has .pyc files; let this checkout get them too (the warm-up writes them).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp, "hello.py")
        bare.write_text(BARE_APP)
        launcher = Path(tmp, "cs_define_launcher.py")
        launcher.write_text(LAUNCHER)
        env["CS_DEFINE_CACHE_DIR"] = str(Path(tmp, "cache"))  # filled by the warm-up runs
        for name, ours, theirs in PAIRS:
            ours_argv = [sys.executable, str(launcher), *ours]
            bare_argv = [sys.executable, str(bare), *theirs]
            for _ in range(2):  # warm the OS file cache and .pyc files
                _time(ours_argv, tmp, env)
                _time(bare_argv, tmp, env)
            ours_times, bare_times = [], []
            for _ in range(rounds):
                ours_times.append(_time(ours_argv, tmp, env))
                bare_times.append(_time(bare_argv, tmp, env))
            ours_median = statistics.median(wall for wall, _ in ours_times)
            bare_median = statistics.median(wall for wall, _ in bare_times)
            ours_cpu = statistics.median(cpu for _, cpu in ours_times)
            bare_cpu = statistics.median(cpu for _, cpu in bare_times)
            results.append({
                "command": f"cs-define {name}",
                "baseline": f"bare typer app {' '.join(theirs)}",
                "seconds": round(ours_median, 4),
                "baseline_seconds": round(bare_median, 4),
                "ratio": round(ours_median / bare_median, 3),
                "cpu_seconds": round(ours_cpu, 4),
                "baseline_cpu_seconds": round(bare_cpu, 4),
                "cpu_ratio": round(ours_cpu / bare_cpu, 3),
                "rounds": rounds,
            })
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21, help="timed runs of each program")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = parser.parse_args()
    results = measure(args.rounds)
    print(f"{'command':<30} {'median s':>9} {'bare s':>9} {'ratio':>7}   "
          f"{'cpu s':>7} {'bare cpu':>8} {'cpu ratio':>9}")
    for r in results:
        print(f"{r['command']:<30} {r['seconds']:>9.3f} {r['baseline_seconds']:>9.3f} "
              f"{r['ratio']:>6.2f}x   {r['cpu_seconds']:>7.3f} {r['baseline_cpu_seconds']:>8.3f} "
              f"{r['cpu_ratio']:>8.2f}x")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
