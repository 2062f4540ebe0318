"""Cold start: `cs-define list`, `--help` and `--version` versus a bare Typer "hello" app.

Both programs run with the same Python, from a temporary directory, alternately in the same
run, so the ratio is fair on a noisy machine. Wall time is the measure; the CPU time (user +
sys) of each run is recorded beside it, because on a shared, oversubscribed machine wall time
also counts the time a run waits for a core. cs-define is started the way its console script
starts it (`from cs_define.cli import main; main()`), importing this checkout's code.

    python bench/coldstart.py              # 21 rounds of each pair
    python bench/coldstart.py --rounds 31 --json bench/out/coldstart.json

Target (issue 7): `list` on the bundled data <= 1.2x the bare app's command. The last line
times the bare app printing the same table with rich (the same bytes as `cs-define list`):
what rich's import and layout add to a Typer app. It is no floor for `list` since the ninth
session: typer 0.29 imports pydantic to convert the bare app's `name` argument (every Typer
app pays it), and cs-define's commands skip that conversion where it changes nothing.
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

# The bare app, whose `hello` prints what `cs-define list` prints in a pipe, with rich as
# cs_define.render does it, and nothing else: what rich adds to a Typer app.
RICH_TABLE_APP = '''\
import typer

app = typer.Typer()

SECTIONS = {sections!r}


@app.command()
def hello(name: str) -> None:
    """Print the bundled definitions as a rich table."""
    import os
    import sys

    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    def text(value, style=""):
        cell = Text()
        cell.append(value, style=style)
        return cell

    wide = not sys.stdout.isatty() and not os.environ.get("COLUMNS")
    console = Console(file=sys.stdout, width=100_000 if wide else None, markup=False,
                      highlight=False, emoji=False, soft_wrap=False)
    for index, (title, caption, rows) in enumerate(SECTIONS):
        if index:
            console.print()
        console.print(text(title, "bold"))
        table = Table(caption=text(caption, "dim") if caption else None, box=box.ROUNDED,
                      show_lines=True, title_justify="left", caption_justify="left")
        for header, ratio in (("id", None), ("source", 1), ("kind", None), ("date", None),
                              ("text", 3)):
            table.add_column(header, ratio=ratio, overflow="fold")
        for row in rows:
            table.add_row(text(row[0], "bold cyan"), *(text(cell) for cell in row[1:]))
        console.print(table)


@app.command()
def goodbye(name: str) -> None:
    """Say goodbye."""
    typer.echo(f"Goodbye {{name}}")


if __name__ == "__main__":
    app()
'''

# The same two lines as the `cs-define` console script that pip writes.
LAUNCHER = "import sys\nfrom cs_define.cli import main\nsys.exit(main())\n"

#: (name, cs-define arguments, bare-app arguments): each pair is timed alternately.
PAIRS = (
    ("list", ["list"], ["hello", "World"]),
    ("list --format json", ["list", "--format", "json"], ["hello", "World"]),
    # the user's own file, named on the command line (a Path option, given)
    ("--data FILE list", ["--data", str(ROOT / "data" / "definitions.yaml"), "list"],
     ["hello", "World"]),
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


def _sections(launcher: Path, cwd: str, env: dict[str, str]) -> list:
    """Return what `cs-define list` shows, as (title, caption, rows) for RICH_TABLE_APP."""
    done = subprocess.run([sys.executable, str(launcher), "list", "--format", "json"], cwd=cwd,
                          env=env, capture_output=True, text=True, check=True)
    records = json.loads(done.stdout)
    rows = {role: [[r["id"], r["source"], r["kind"] or "", r["date"] or "", r["text"]]
                   for r in records if (r["role"] == "source") == (role == "source")]
            for role in ("source", "aggregate")}
    term = records[0]["term"]
    count = len(rows["source"])
    sections = [(f"Definitions of {term!r}", f"{count} definition{'' if count == 1 else 's'}",
                 rows["source"])]
    if rows["aggregate"]:
        sections.append(("Reference aggregates (human-written; not analysed as sources)", None,
                         rows["aggregate"]))
    return sections


def _pair(name: str, baseline: str, ours_argv: list[str], bare_argv: list[str], rounds: int,
          cwd: str, env: dict[str, str]) -> dict:
    """Time two programs alternately; return their medians (wall and CPU) and ratios."""
    for _ in range(2):  # warm the OS file cache and .pyc files
        _time(ours_argv, cwd, env)
        _time(bare_argv, cwd, env)
    ours_times, bare_times = [], []
    for _ in range(rounds):
        ours_times.append(_time(ours_argv, cwd, env))
        bare_times.append(_time(bare_argv, cwd, env))
    ours_median = statistics.median(wall for wall, _ in ours_times)
    bare_median = statistics.median(wall for wall, _ in bare_times)
    ours_cpu = statistics.median(cpu for _, cpu in ours_times)
    bare_cpu = statistics.median(cpu for _, cpu in bare_times)
    return {
        "command": name,
        "baseline": baseline,
        "seconds": round(ours_median, 4),
        "baseline_seconds": round(bare_median, 4),
        "ratio": round(ours_median / bare_median, 3),
        "cpu_seconds": round(ours_cpu, 4),
        "baseline_cpu_seconds": round(bare_cpu, 4),
        "cpu_ratio": round(ours_cpu / bare_cpu, 3),
        "rounds": rounds,
    }


def measure(rounds: int) -> list[dict]:
    """Return one record per pair: medians of both programs and their ratio.

    The last record times the bare app printing `list`'s table with rich (RICH_TABLE_APP,
    checked to print the same bytes) against the bare app: what rich adds to a Typer app.
    """
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
            results.append(_pair(
                f"cs-define {name}", f"bare typer app {' '.join(theirs)}",
                [sys.executable, str(launcher), *ours], [sys.executable, str(bare), *theirs],
                rounds, tmp, env))
        rich_app = Path(tmp, "hello_rich_table.py")
        rich_app.write_text(RICH_TABLE_APP.format(sections=_sections(launcher, tmp, env)))
        rich_argv = [sys.executable, str(rich_app), "hello", "World"]
        printed = [subprocess.run(argv, cwd=tmp, env=env, capture_output=True, check=True).stdout
                   for argv in ([sys.executable, str(launcher), "list"], rich_argv)]
        if printed[0] != printed[1]:
            raise SystemExit("the rich-table app no longer prints what `cs-define list` prints")
        results.append(_pair(
            "bare app + list's rich table", "bare typer app hello World", rich_argv,
            [sys.executable, str(bare), "hello", "World"], rounds, tmp, env))
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
