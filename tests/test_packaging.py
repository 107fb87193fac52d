"""The built wheel works on its own: prompts and the web page ship inside it, from any folder.

The wheel is built from a copy of the sources (so the checkout is not written to), installed
with --no-deps --no-index into a fresh virtual environment that sees the project's installed
dependencies through a .pth line, and run from a folder outside the repository. No network.
"""

from __future__ import annotations

import json
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.support import ROOT, SEEDS

PACKAGE_PARTS = ("service", "prompts", "pyproject.toml", "README.md")


def run(*args: str | Path, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    out = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, f"{args}:\n{out.stdout}\n{out.stderr}"
    return out


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for part in PACKAGE_PARTS:
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, src / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / part, src / part)
    dist = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
        "-w", dist, src, cwd=src)
    (built,) = dist.glob("zhaiyao-*.whl")
    return built


def test_the_wheel_holds_every_package_the_prompts_and_the_page(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in (ROOT / "prompts").glob("*.txt"):
        assert f"service/prompts/{template.name}" in names
    for page in ("index.html", "app.js", "app.css"):
        assert f"service/static/{page}" in names
    source_modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "service").rglob("*.py")}
    assert source_modules <= names, sorted(source_modules - names)


def test_installed_wheel_summarizes_a_seed_from_another_folder(wheel: Path, tmp_path: Path):
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path).stdout
    # The project's dependencies (not the project itself: it is installed editable, which a plain
    # path line does not activate) are visible to the new environment.
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    Path(purelib.strip(), "project_dependencies.pth").write_text("\n".join(deps) + "\n")
    run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel,
        cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path), "ZHAIYAO_CACHE_DIR": str(tmp_path / "c")}
    where = run(python, "-c", "import service; print(service.__file__)", cwd=elsewhere, env=env).stdout
    assert where.startswith(str(venv)), where
    seed = next(p for p in SEEDS if p.name.startswith("000"))
    out = run(venv / "bin" / "zhaiyao", "summarize", seed, "--mode", "extractive", cwd=elsewhere, env=env).stdout
    summary = json.loads(out)
    assert summary["method"] == "extractive" and summary["summary"] and summary["figures"]
    # The LLM path's prompts load from inside the installed package, no ZHAIYAO_PROMPTS_DIR.
    probe = ("from service.llm.prompts import prompt_version, prompts_dir; "
             "print(prompts_dir().joinpath('map.system.txt')); print(prompt_version())")
    prompts = run(python, "-c", probe, cwd=elsewhere, env=env).stdout.splitlines()
    assert str(venv) in prompts[0] and prompts[1].startswith("map.system@"), prompts
