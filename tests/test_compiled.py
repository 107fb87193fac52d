"""The compiled build (setup.py, `make compiled`: the CPU stages compiled by mypyc) says what the pure-Python code
says: the same summaries of the same pages, the same batch output across worker processes.

mypyc checks every annotation at run time and compiles classes without an instance dictionary, so code that is right
in Python can fail or slow down there (a functools.cached_property computed at every read). Skipped where no fresh
build is (a developer's checkout before `make compiled`); in CI (.ci/run builds it) a missing build fails.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from service.document import prepare
from service.schemas import SummaryOptions

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import compiled_build  # noqa: E402

DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"


def _compiled_env() -> dict[str, str]:
    built = compiled_build.state()
    if built != "fresh":
        if os.environ.get("CI"):
            pytest.fail(f"the compiled build is {built}: .ci/run runs `make compiled` before the tests")
        pytest.skip(f"the compiled build is {built}: `make compiled` builds it")
    return compiled_build.environment()


def _pure_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


# Summarizes the files named on stdin (one path a line) extractively; prints one JSON object per file, without the
# time it took.
_SUMMARIZE = """
import json, sys
import service
from service.pipeline import summarize
from service.schemas import SummaryOptions
from service.settings import Settings
settings, options = Settings(_env_file=None, openai_api_key=None), SummaryOptions(mode="extractive")
print(json.dumps({"package": service.__file__}))
for line in sys.stdin:
    path = line.strip()
    out = summarize(open(path, "rb").read(), options, settings=settings).model_dump(mode="json")
    out["stats"].pop("elapsed_ms")
    print(json.dumps({"file": path, "summary": out}, ensure_ascii=False))
"""


def _summaries(env: dict[str, str], files: list[Path], cwd: Path) -> tuple[str, dict[str, dict]]:
    proc = subprocess.run([sys.executable, "-c", _SUMMARIZE], input="\n".join(map(str, files)), env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    first, *rest = proc.stdout.splitlines()
    return json.loads(first)["package"], {(r := json.loads(line))["file"]: r["summary"] for line in rest}


def _pages() -> list[Path]:
    """The seeds, the dev set's pages, and every third annotated page of each language."""
    pages = sorted((ROOT / "seeds").glob("*.txt"))
    pages += sorted(p for p in DEV_DOCS.glob("*") if p.is_file()) if DEV_DOCS.is_dir() else []
    for folder in ("annotated", "annotated_en"):
        pages += sorted((ROOT / "tests" / "data" / folder).glob("*.txt"))[::3]
    return pages


def test_the_compiled_build_summarizes_every_page_as_the_pure_python_code_does(tmp_path):
    env = _compiled_env()
    pages = _pages()
    compiled_at, compiled = _summaries(env, pages, tmp_path)
    pure_at, pure = _summaries(_pure_env(), pages, tmp_path)
    assert compiled_at.startswith(str(compiled_build.BUILD)) and pure_at.startswith(str(ROOT / "service"))
    # (the stages are the compiled ones: an extension module, not the .py beside it)
    probe = subprocess.run([sys.executable, "-c", "import service.figures.kinds as m, service.cleaning.stage as c; "
                            "print(m.__file__); print(c.__file__)"], env=env, cwd=tmp_path, capture_output=True,
                           text=True, timeout=60)
    assert all(line.endswith(".so") for line in probe.stdout.split()), probe.stdout + probe.stderr
    assert len(compiled) == len(pages) > 200
    differing = [page for page in pure if compiled[page] != pure[page]]
    assert not differing, f"{len(differing)} pages differ, first {differing[0]}"


def test_a_batch_with_worker_processes_writes_the_same_output_compiled(tmp_path):
    env = _compiled_env()
    outputs = {}
    for name, run_env in (("compiled", env), ("pure", _pure_env())):
        out = tmp_path / name
        proc = subprocess.run([sys.executable, "-c", "from service.cli import run; run()", "batch", str(ROOT / "seeds"),
                               "--out", str(out), "--jobs", "2"], env={**run_env, "OPENAI_API_KEY": ""}, cwd=tmp_path,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr[-3000:]
        outputs[name] = (out / "figures.csv").read_text(encoding="utf-8")
    assert outputs["compiled"] == outputs["pure"]
    assert outputs["pure"].count("\n") > 50


_ROUND_TRIP = """
import pickle, sys
from service.document import prepare
from service.schemas import SummaryOptions
p = prepare(open(sys.argv[1], encoding="utf-8").read(), SummaryOptions())
before = p.clean.source_map.span(10, 30), p.sentences[0].dense
q = pickle.loads(pickle.dumps(p))
assert q.clean == p.clean and q.sentences == p.sentences, "changed in the round trip"
assert (q.clean.source_map.span(10, 30), q.sentences[0].dense) == before, "its source map changed"
print("ok")
"""


@pytest.mark.parametrize("build", ["pure", "compiled"])
def test_a_prepared_document_goes_between_processes_with_its_source_map_built(tmp_path, build):
    # (the batch prepares a document in one process and grounds it in another: a map built before must pickle)
    env = _pure_env() if build == "pure" else _compiled_env()
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    proc = subprocess.run([sys.executable, "-c", _ROUND_TRIP, str(seed)], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert proc.stdout.strip() == "ok", proc.stderr[-3000:]


def test_a_source_map_pickles_as_what_it_is_made_of():
    p = prepare("今年全县规上工业产值突破60亿元，同比增长86%。\n力争明年达到80亿元。", SummaryOptions())
    span = p.clean.source_map.span(0, 12)
    again = pickle.loads(pickle.dumps(p.clean.source_map))
    assert again._view is None  # (its view of the input is built again where it is read, not sent)
    assert again.span(0, 12) == span == (0, 12)


@pytest.mark.parametrize("build", ["pure", "compiled"])
def test_readiness_says_which_build_answers(tmp_path, build):
    env = _pure_env() if build == "pure" else _compiled_env()
    code = ("from fastapi.testclient import TestClient; from service.http.app import create_app; "
            "print(TestClient(create_app()).get('/readyz').json()['build'])")
    proc = subprocess.run([sys.executable, "-c", code], env={**env, "ZHAIYAO_CACHE_DIR": str(tmp_path / "cache")},
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == ("python" if build == "pure" else "compiled (mypyc)"), proc.stderr[-3000:]
