"""The wheel carries the bundled data: install it outside the repo and run a command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_and_runs_outside_the_repo(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = wheels.glob("cs_define-*.whl")
    assert "cs_define/data/definitions.yaml" in zipfile.ZipFile(wheel).namelist()

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True, capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "NO_COLOR": "1"}
    env.pop("CS_DEFINE_DATA", None)
    result = subprocess.run(
        [sys.executable, "-m", "cs_define", "list", "--format", "json"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert any(r["id"] == "wikipedia" for r in rows)
    # It really ran the installed copy, whose data sits inside the package.
    probe = subprocess.run(
        [sys.executable, "-c", "from cs_define import store; print(store.bundled_data_path())"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )
    assert Path(probe.stdout.strip()).is_relative_to(target)
