"""The zhaiyao command as a user runs it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
ENV = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}


def run(*args, input=None, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        capture_output=True, input=input, cwd=cwd or ROOT, env=ENV, timeout=120,
    )


def test_summarize_file_to_json_and_markdown():
    r = run("summarize", str(SEEDS / "000_70781640f440581d.txt"))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["method"] == "extractive" and data["figures"]
    r = run("summarize", str(SEEDS / "000_70781640f440581d.txt"), "--format", "md")
    md = r.stdout.decode()
    assert "## Figures" in md and "| 60亿元 | achieved |" in md.replace("规上工业产值 | ", "")


def test_summarize_stdin_and_errors():
    r = run("summarize", "-", input="吕良镇规上工业产值突破60亿元、同比增长86%。".encode())
    assert r.returncode == 0 and json.loads(r.stdout)["figures"]
    r = run("summarize", "-", input=b"   ")
    assert r.returncode == 2 and b"empty_document" in r.stderr
    r = run("summarize", "/nonexistent/file.txt")
    assert r.returncode == 2 and b"cannot read" in r.stderr
    r = run("summarize", "-", "--mode", "llm", input="规上工业产值突破60亿元。".encode())
    assert r.returncode == 2 and b"OPENAI_API_KEY" in r.stderr


def test_schema_prints_json_schema():
    r = run("schema")
    schema = json.loads(r.stdout)
    assert {"summary", "figures", "key_points", "doc_id"} <= set(schema["properties"])


def test_batch_writes_one_file_per_document_and_skips_up_to_date(tmp_path):
    out = tmp_path / "out"
    r = run("batch", str(SEEDS), "--out", str(out))
    assert r.returncode == 0, r.stderr
    files = sorted(p.name for p in out.glob("*.json"))
    assert files == sorted(p.stem + ".json" for p in SEEDS.glob("*.txt"))
    lines = (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and all(json.loads(x)["doc_id"] for x in lines)
    mtimes = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
    r = run("batch", str(SEEDS), "--out", str(out))
    assert b"0 summarized, 5 up to date" in r.stderr
    assert mtimes == {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
    assert len((out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()) == 5
    assert not list(out.glob(".*.tmp"))


def test_batch_reports_a_failing_document_and_finishes_the_others(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    (src / "good.txt").write_text("吕良镇规上工业产值突破60亿元、同比增长86%。", encoding="utf-8")
    (src / "empty.txt").write_text("  \n", encoding="utf-8")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 20)
    r = run("batch", str(src), "--out", str(tmp_path / "out"))
    assert r.returncode == 1
    assert (tmp_path / "out" / "good.json").exists()
    assert not (tmp_path / "out" / "empty.json").exists()
    err = r.stderr.decode()
    assert "empty.txt: empty_document" in err and "binary.txt:" in err


@pytest.mark.parametrize("args", [["batch", "/nonexistent"], ["summarize"]])
def test_usage_errors(args):
    assert run(*args).returncode == 2


def test_batch_queue_without_redis_is_a_usage_error(tmp_path):
    def batch_queue(**env: str) -> subprocess.CompletedProcess:
        environment = {k: v for k, v in ENV.items() if not k.startswith("ZHAIYAO_")}
        return subprocess.run([sys.executable, "-m", "service.cli", "batch", str(SEEDS), "--out", str(tmp_path / "out"),
                               "--queue"], capture_output=True, cwd=tmp_path, env={**environment, **env}, timeout=120)

    r = batch_queue()
    assert r.returncode == 2 and b"--queue needs ZHAIYAO_REDIS_URL" in r.stderr
    r = batch_queue(ZHAIYAO_REDIS_URL="redis://127.0.0.1:9/0")  # nothing listens on the discard port
    assert r.returncode == 2 and b"Redis at redis://127.0.0.1:9/0 is unreachable" in r.stderr
    assert not list((tmp_path / "out").glob("*.json"))
