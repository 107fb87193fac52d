"""Part 1: extractive throughput of zhaiyao, sumy (LexRank, Chinese tokenizer) and snownlp on
the same documents with the same length budget, in one warm process; ROUGE of each on the seeds
with the shared scorer.

Length budget: zhaiyao's default for Chinese (300 characters). The peers pick sentences in their
own rank order and keep each one that still fits, as zhaiyao's composer does, then restore
document order. Peers read the raw document (they have no cleaner); that is how they are used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from corpus import ROOT, make_corpus, seed_texts

from service.schemas import DEFAULT_MAX_CHARS_ZH, SummaryOptions

BUDGET = DEFAULT_MAX_CHARS_ZH
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = ROOT.parent / "shared" / "eval" / "gold"

Summarizer = Callable[[str], dict]


def _fill(ranked: list[tuple[int, str]], budget: int = BUDGET) -> str:
    """Sentences in rank order, each kept if it still fits; then in document order."""
    kept, used = [], 0
    for order, text in ranked:
        text = text.strip()
        if not text or used + len(text) > budget:
            continue
        kept.append((order, text))
        used += len(text)
    kept.sort()
    return "".join(t for _, t in kept)


# ---------------------------------------------------------------- the three summarizers


def zhaiyao() -> Summarizer:
    from service.pipeline import summarize
    from service.settings import Settings

    options = SummaryOptions(mode="extractive")
    settings = Settings()  # read once, as the API does (summarize() would read the environment per call)

    def run(text: str) -> dict:
        return summarize(text, options, settings=settings).model_dump(mode="json")

    return run


def sumy_lexrank() -> Summarizer:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba  # sumy's Chinese word tokenizer; its dictionary ships in the wheel (offline)

        jieba.setLogLevel(60)
        from sumy.nlp.stemmers import Stemmer
        from sumy.nlp.tokenizers import Tokenizer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words

    tokenizer = Tokenizer("chinese")
    summarizer = LexRankSummarizer(Stemmer("chinese"))
    summarizer.stop_words = get_stop_words("chinese")

    def within_budget(infos):
        # sumy calls this with sentences sorted best first; keep those that fit the budget.
        kept, used = [], 0
        for info in infos:
            n = len(str(info.sentence).strip())
            if used + n <= BUDGET:
                kept.append(info)
                used += n
        return kept

    def run(text: str) -> dict:
        doc = PlaintextParser.from_string(text, tokenizer).document
        chosen = summarizer(doc, within_budget)
        return {"summary": "".join(str(s).strip() for s in chosen), "key_points": [], "figures": []}

    return run


def snownlp_textrank() -> Summarizer:
    from snownlp import SnowNLP, normal, seg
    from snownlp.summary import textrank

    def run(text: str) -> dict:
        # SnowNLP.summary(limit), but ranking every sentence so the budget decides how many.
        sents = SnowNLP(text).sentences
        doc = [normal.filter_stop(seg.seg(s)) for s in sents]
        rank = textrank.TextRank(doc)
        rank.solve()
        ranked = [(i, sents[i]) for i in rank.top_index(len(sents))]
        # snownlp's units are clauses (split at ，。；), joined back with a comma.
        kept, used = [], 0
        for i, s in ranked:
            if used + len(s) + 1 > BUDGET:
                continue
            kept.append((i, s))
            used += len(s) + 1
        kept.sort()
        return {"summary": "，".join(s for _, s in kept) + ("。" if kept else ""), "key_points": [], "figures": []}

    return run


TOOLS: dict[str, Callable[[], Summarizer]] = {
    "zhaiyao": zhaiyao,
    "sumy_lexrank": sumy_lexrank,
    "snownlp": snownlp_textrank,
}


# ---------------------------------------------------------------- measuring


def time_tool(fn: Summarizer, docs: list[tuple[str, str]], time_cap: float | None = None) -> dict:
    """Per-document seconds; stops early (keeping what it measured) past `time_cap` seconds."""
    fn(docs[0][1])  # warm: imports, dictionaries, regex caches
    per_doc: dict[str, float] = {}
    started = time.perf_counter()
    for name, text in docs:
        t0 = time.perf_counter()
        fn(text)
        per_doc[name] = time.perf_counter() - t0
        if time_cap is not None and time.perf_counter() - started > time_cap:
            break
    return per_doc


def throughput(per_doc: dict[str, float], sizes: dict[str, int]) -> dict:
    secs = sum(per_doc.values())
    nbytes = sum(sizes[n] for n in per_doc)
    return {
        "documents": len(per_doc),
        "bytes": nbytes,
        "seconds": round(secs, 3),
        "mb_per_s": round(nbytes / secs / 1e6, 4) if secs else None,
        "ms_per_doc": round(1000 * secs / len(per_doc), 2) if per_doc else None,
    }


def rouge_on_seeds(tools: dict[str, Summarizer]) -> dict:
    """Mean scores of each tool's seed summaries, by the shared scorer (run as a program)."""
    if not SCORER.exists() or not GOLD.is_dir():
        return {"error": f"scorer not found at {SCORER}"}
    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="zhaiyao-bench-rouge-") as tmp:
        for name, fn in tools.items():
            folder = Path(tmp) / name
            folder.mkdir()
            for stem, text in seed_texts().items():
                (folder / f"{stem}.json").write_text(json.dumps(fn(text), ensure_ascii=False), encoding="utf-8")
            proc = subprocess.run(
                [sys.executable, str(SCORER), "--docs", str(ROOT / "seeds"), "--gold", str(GOLD),
                 "--out", str(folder), "--json"],
                capture_output=True, text=True, timeout=120,
            )
            if proc.returncode != 0:
                out[name] = {"error": proc.stderr.strip()[-500:]}
                continue
            mean = json.loads(proc.stdout)["mean"]
            out[name] = {k: round(mean[k], 4) for k in ("rouge1", "rouge2", "rougeL", "summary_chars")}
            out[name]["fig_recall"] = round(mean["fig_recall"], 4)
    return out


def run(n_docs: int = 200, snownlp_every: int = 5, snownlp_cap: float = 120.0, log=print) -> dict:
    docs = make_corpus(n_docs)
    sizes = {n: len(t.encode("utf-8")) for n, t in docs}
    log(f"  corpus: {len(docs)} documents, {sum(sizes.values()) / 1e6:.2f} MB, "
        f"{min(sizes.values())}-{max(sizes.values())} bytes each")
    tools = {}
    unavailable = {}
    for name, make in TOOLS.items():
        try:
            tools[name] = make()
        except Exception as e:  # a peer that cannot run here is reported, not fatal
            unavailable[name] = f"{type(e).__name__}: {e}"
    timings: dict[str, dict[str, float]] = {}
    for name, fn in tools.items():
        subset = docs
        cap = None
        if name == "snownlp":
            # snownlp is slow (its own HMM word segmenter in pure Python): a fixed subset of every
            # `snownlp_every`-th document, compared with the others on exactly those documents.
            subset = docs[::snownlp_every]
            cap = snownlp_cap
        log(f"  timing {name} on {len(subset)} documents ...")
        timings[name] = time_tool(fn, subset, cap)
    results: dict = {"budget_chars": BUDGET, "corpus_mb": round(sum(sizes.values()) / 1e6, 3),
                     "tools": {}, "ratios": {}, "unavailable": unavailable}
    for name, per_doc in timings.items():
        results["tools"][name] = throughput(per_doc, sizes)
    z = timings.get("zhaiyao", {})
    for name, per_doc in timings.items():
        if name == "zhaiyao" or not z:
            continue
        common = [n for n in per_doc if n in z]
        zs = sum(z[n] for n in common)
        ps = sum(per_doc[n] for n in common)
        results["ratios"][name] = {"documents": len(common), "speedup": round(ps / zs, 2) if zs else None}
    results["compiled"] = compiled_throughput(n_docs, log)
    log("  ROUGE on the seeds ...")
    results["rouge"] = rouge_on_seeds(tools)
    return results


def compiled_throughput(n_docs: int, log=print) -> dict:
    """zhaiyao's throughput on the same documents in the compiled build (`make compiled`), in a process of its own
    (one process holds one build of the package); the state of the build when there is none up to date."""
    import compiled_build

    if (built := compiled_build.state()) != "fresh":
        log(f"  the compiled build is {built} (`make compiled`): not timed")
        return {"state": built}
    log(f"  timing zhaiyao, compiled build, on {n_docs} documents ...")
    proc = subprocess.run([sys.executable, __file__, "--zhaiyao-only", str(n_docs)], env=compiled_build.environment(),
                          cwd=Path(__file__).parent, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        return {"state": "failed", "error": proc.stderr.strip()[-500:]}
    return {"state": "fresh", **json.loads(proc.stdout)}


def _zhaiyao_only(n_docs: int) -> dict:
    import service

    docs = make_corpus(n_docs)
    sizes = {n: len(t.encode("utf-8")) for n, t in docs}
    return {"package": str(Path(service.__file__).parent), **throughput(time_tool(zhaiyao(), docs), sizes)}


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(__file__))
    if sys.argv[1:2] == ["--zhaiyao-only"]:  # (compiled_throughput's process)
        print(json.dumps(_zhaiyao_only(int(sys.argv[2]))))
    else:
        print(json.dumps(run(), ensure_ascii=False, indent=2))
