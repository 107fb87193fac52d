"""Part 4: peak resident memory while summarizing a 5 MB document extractively, in a fresh child
process (the peak is a high-water mark for the whole process, so nothing else may run in it).

The peak is read from VmHWM in /proc/self/status: ru_maxrss of a child started by fork + exec
also remembers the parent's size at the fork (Linux keeps it across exec), which made a 1 MB run
report the 750 MB of the benchmark process that started it.

    python bench/memory.py [--bytes 5000000]      # prints one JSON line
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus import big_document  # noqa: E402


def peak_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bytes", type=int, default=5_000_000)
    args = ap.parse_args(argv)
    from service.pipeline import summarize
    from service.schemas import SummaryOptions
    from service.settings import Settings

    text = big_document(args.bytes)
    baseline = peak_mb()  # interpreter, imports and the document itself
    t0 = time.perf_counter()
    summary = summarize(text, SummaryOptions(mode="extractive"), settings=Settings())
    elapsed = time.perf_counter() - t0
    print(json.dumps({
        "document_bytes": len(text.encode("utf-8")),
        "peak_rss_mb": round(peak_mb(), 1),
        "before_summarizing_mb": round(baseline, 1),
        "seconds": round(elapsed, 2),
        "sentences": summary.stats.sentences,
        "figures": len(summary.figures),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
