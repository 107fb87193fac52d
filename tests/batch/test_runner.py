"""`run_batch`: many documents at once against the stub LLM, failures listed, finished outputs skipped."""

from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path

from service.batch import run_batch
from service.schemas import SCHEMA_VERSION, SummaryOptions
from service.testing.stub_llm import StubLLM, delay, rate_limit
from tests.support import SEEDS_DIR, extractive_settings, llm_settings

FAKE_KEY = "sk-test-ZHAIYAO-BATCH-RUNNER-0000"


def one_chunk_documents(folder: Path, n: int) -> list[Path]:
    """`n` short, different documents (one chunk each, none answered from another's cache entry)."""
    sentences = []
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        sentences += [s.strip() + "。" for s in seed.read_text(encoding="utf-8").split("。") if len(s.strip()) > 20]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"doc{i:02d}.txt"
        path.write_text(f"第{i}号材料。" + "".join(sentences[(2 * i + k) % len(sentences)] for k in range(2)),
                        encoding="utf-8")
        paths.append(path)
    return paths


def test_calls_of_all_documents_share_the_concurrency_limit(tmp_path: Path):
    n, concurrency, one_call = 16, 4, 0.4
    one_chunk_documents(tmp_path / "docs", n)
    with StubLLM(default=delay(one_call)) as stub:
        settings = llm_settings(tmp_path / "cache", stub.base_url, FAKE_KEY, max_concurrency=concurrency, jobs=2)
        report = run_batch(tmp_path / "docs", tmp_path / "out", SummaryOptions(), settings)
        times = sorted(stub.times)
    assert report.summarized == n and not report.failed
    assert stub.calls == n and stub.max_in_flight == concurrency
    # One call after another would take n x one call; c at a time, ceil(n/c) rounds. (The target,
    # 1.3x the ideal, is measured by bench/batch_bench.py; here, only that the calls overlap.)
    wall = times[-1] - times[0] + one_call
    rounds = math.ceil(n / concurrency)
    print(f"\n{n} docs at concurrency {concurrency}: {wall:.2f} s of calls, ideal {rounds * one_call:.2f} s")
    assert wall < n * one_call / 2


def test_a_429_with_retry_after_pauses_every_document_not_only_its_own(tmp_path: Path):
    one_chunk_documents(tmp_path / "docs", 6)
    # The call beside the 429 takes 0.5 s: no document can finish and start the next call before
    # the 429 has been seen, even on a slow machine.
    with StubLLM(default=delay(0.5)) as stub:
        stub.script(rate_limit(1.0))
        settings = llm_settings(tmp_path / "cache", stub.base_url, FAKE_KEY, max_concurrency=2, jobs=1)
        report = run_batch(tmp_path / "docs", tmp_path / "out", SummaryOptions(), settings)
        times, answers = list(stub.times), list(stub.answers)
    assert report.summarized == 6 and answers[0] == "rate_limit"
    # The call in flight beside the 429 finishes; every call after it waits out the Retry-After.
    later = sorted(times)[2:]
    assert len(later) == 5 and min(later) >= times[0] + 0.95, [round(t - times[0], 2) for t in times]


def test_failures_are_listed_at_the_end_and_the_rest_is_written(tmp_path: Path):
    src = tmp_path / "docs"
    one_chunk_documents(src, 3)
    (src / "empty.txt").write_text("  \n", encoding="utf-8")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 20)
    report = run_batch(src, tmp_path / "out", SummaryOptions(), extractive_settings(jobs=2))
    assert report.summarized == 3 and report.exit_code == 1
    assert set(report.failed) == {"empty.txt", "binary.txt"}
    assert report.failed["empty.txt"].startswith("empty_document: ")
    lines = report.lines()
    assert "3 summarized, 0 up to date, 2 failed" in lines[0]
    assert lines[1:] == ["zhaiyao: 2 failed:", f"  binary.txt: {report.failed['binary.txt']}",
                         f"  empty.txt: {report.failed['empty.txt']}"]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json")) == ["doc00.json", "doc01.json", "doc02.json"]


def test_files_that_are_no_documents_are_named_at_the_end(tmp_path: Path):
    src = tmp_path / "docs"
    one_chunk_documents(src, 1)
    (src / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    (src / "slides.pptx").write_bytes(b"PK\x03\x04")
    (src / ".DS_Store").write_bytes(b"\x00")
    report = run_batch(src, tmp_path / "out", SummaryOptions(), extractive_settings(jobs=1))
    assert report.summarized == 1 and report.exit_code == 0
    assert report.lines()[1] == ("zhaiyao: 2 other files not read (documents are .docx, .htm, .html, .md, .pdf, "
                                 ".txt): sheet.xlsx, slides.pptx")


def test_a_rerun_skips_finished_outputs_and_redoes_stale_ones(tmp_path: Path):
    src, out = tmp_path / "docs", tmp_path / "out"
    docs = one_chunk_documents(src, 4)
    settings = extractive_settings(jobs=2)
    assert run_batch(src, out, SummaryOptions(), settings).summarized == 4
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}

    # doc01: an output of another schema version; doc02: its input edited after its output; doc03: empty output.
    old = json.loads((out / "doc01.json").read_text(encoding="utf-8"))
    old["schema_version"] = SCHEMA_VERSION + "-old"
    (out / "doc01.json").write_text(json.dumps(old, ensure_ascii=False, indent=2), encoding="utf-8")
    os.utime(out / "doc01.json", ns=(stamps["doc01.json"], stamps["doc01.json"]))
    time.sleep(0.01)
    docs[2].write_text(docs[2].read_text(encoding="utf-8") + "新增一句。", encoding="utf-8")
    (out / "doc03.json").write_text("", encoding="utf-8")
    os.utime(out / "doc03.json", ns=(stamps["doc03.json"], stamps["doc03.json"]))

    chars_before = json.loads((out / "doc02.json").read_text(encoding="utf-8"))["stats"]["chars_in"]
    report = run_batch(src, out, SummaryOptions(), settings)
    assert (report.summarized, report.up_to_date) == (3, 1)
    assert (out / "doc00.json").stat().st_mtime_ns == stamps["doc00.json"]
    assert json.loads((out / "doc01.json").read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert json.loads((out / "doc02.json").read_text(encoding="utf-8"))["stats"]["chars_in"] > chars_before
    assert (out / "doc03.json").stat().st_size > 0
    assert len((out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()) == 4
