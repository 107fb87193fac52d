"""Benchmark documents made from the seeds, deterministically (same seed, same corpus).

Each document keeps the page header of one seed (title lines, bylines, chrome) and then
paragraphs drawn from every seed, reordered, until it reaches a size drawn between 2 and 20 KB.
Very long paragraphs (one seed is a single 7 KB line) are cut at sentence ends first, so that
recombining them yields varied documents rather than copies.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
MAX_PIECE = 900  # characters: longer paragraphs are cut at sentence ends
HEADER_LINES = 4  # lines of the primary seed kept at the top, as a page would have them


def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def _pieces(paragraph: str) -> list[str]:
    if len(paragraph) <= MAX_PIECE:
        return [paragraph]
    sentences = re.findall(r"[^。！？!?]+[。！？!?”]*|[^。！？!?]+$", paragraph)
    out, cur = [], ""
    for s in sentences:
        if cur and len(cur) + len(s) > MAX_PIECE:
            out.append(cur)
            cur = ""
        cur += s
    if cur:
        out.append(cur)
    return out


def _split(text: str) -> tuple[list[str], list[str]]:
    """(header lines, body pieces) of one seed."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    header = lines[:HEADER_LINES] if len(lines) > HEADER_LINES + 2 else lines[:1]
    body = [p for ln in lines[len(header):] for p in _pieces(ln)]
    return header, body


# The evaluation set beside the repository (absent in a lone clone: then the seeds alone).
DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"


def dev_texts() -> dict[str, str]:
    if not DEV_DOCS.is_dir():
        return {}
    return {p.stem: p.read_text(encoding="utf-8", errors="replace") for p in sorted(DEV_DOCS.iterdir())
            if p.is_file() and p.suffix.lower() in {".txt", ".md", ".html", ".htm"}}


def make_corpus(n: int = 200, seed: int = 20240318, min_bytes: int = 2_000,
                max_bytes: int = 20_000, with_dev: bool = False) -> list[tuple[str, str]]:
    """`n` (name, text) pairs, `min_bytes`-`max_bytes` of UTF-8 each (2-20 KB by default), made
    from the seeds (and the evaluation set's dev documents with `with_dev`)."""
    rng = random.Random(seed)
    texts = list(seed_texts().values()) + (list(dev_texts().values()) if with_dev else [])
    seeds = [_split(t) for t in texts]
    pool = [p for _, body in seeds for p in body]
    docs = []
    for i in range(n):
        header, own = seeds[i % len(seeds)]
        target = rng.randint(min_bytes, max_bytes)
        parts = list(header)
        size = sum(len(p.encode()) + 2 for p in parts)
        # Mostly the primary seed's own paragraphs (an article stays about one thing), then others.
        candidates = rng.sample(own, len(own)) + rng.sample(pool, len(pool))
        while size < target:
            for p in candidates:
                b = len(p.encode()) + 2
                if size + b > max_bytes:
                    continue
                parts.append(p)
                size += b
                if size >= target:
                    break
            else:
                if size >= min_bytes:
                    break
                candidates = rng.sample(pool, len(pool))
        docs.append((f"doc{i:03d}", "\n\n".join(parts)))
    return docs


def big_document(target_bytes: int = 5_000_000, seed: int = 5) -> str:
    """About `target_bytes` of article text: every seed's paragraphs, shuffled, repeated."""
    rng = random.Random(seed)
    pool = [p for _, body in (_split(t) for t in seed_texts().values()) for p in body]
    out, size = [], 0
    while size < target_bytes:
        p = rng.choice(pool)
        out.append(p)
        size += len(p.encode()) + 2
    return "\n\n".join(out)
