"""Stage 3, chunk: sentences -> chunks of whole sentences under a token budget.

Tokens are counted exactly with bpe-openai's o200k_base (the encoding of the gpt-4o family),
offline. Chunks prefer to end at a paragraph break; a single sentence longer than the budget
becomes its own chunk, split at clause punctuation (，、,) so no chunk exceeds the budget by more
than one clause. Each chunk carries an id (hash of its text) so the LLM cache is keyed on content:
editing one paragraph changes only the ids of the chunks it touches.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .segment import Sentence

ENCODING = "o200k_base"


@lru_cache(maxsize=1)
def _counter() -> Callable[[str], int]:
    """Exact o200k_base token counts from bpe-openai's Rust tokenizer.

    The compiled module is loaded by itself: importing the `bpe_openai` package first parses
    three vocabularies in Python (well over a second) for a tiktoken-compatible layer this
    service does not use, and the LLM path would pay that at every start. Same counts for all
    text; text holding special-token strings ("<|endoftext|>") is counted as ordinary text
    rather than refused. Falls back to the package when the module is not where it was.
    """
    try:
        spec = importlib.util.find_spec("bpe_openai")
        folder = Path(spec.submodule_search_locations[0])  # type: ignore[union-attr,index]
        path = next(folder / f"_bindings{suffix}" for suffix in importlib.machinery.EXTENSION_SUFFIXES
                    if (folder / f"_bindings{suffix}").is_file())
        bindings_spec = importlib.util.spec_from_file_location("bpe_openai._bindings", path)
        bindings = importlib.util.module_from_spec(bindings_spec)  # type: ignore[arg-type]
        bindings_spec.loader.exec_module(bindings)  # type: ignore[union-attr]
        return bindings.tokenizer_for_encoding(ENCODING).count
    except (ImportError, AttributeError, OSError, StopIteration, TypeError):
        import bpe_openai

        encoding = bpe_openai.get_encoding(ENCODING)
        return lambda text: len(encoding.encode_ordinary(text))


def count_tokens(text: str) -> int:
    if not text:
        return 0
    try:
        return _counter()(text)
    except UnicodeEncodeError:  # lone surrogates: counted as the replacement character
        return _counter()(text.encode("utf-16", "surrogatepass").decode("utf-16", "replace"))


def sentence_tokens(sentences: list[Sentence]) -> list[int]:
    """Tokens of every sentence (what `chunk` needs; pass it to chunk one text at several budgets
    without tokenizing it again)."""
    return [count_tokens(s.text) for s in sentences]


@dataclass
class Chunk:
    id: str
    index: int
    start: int  # offsets into the analysis text
    end: int
    text: str
    tokens: int
    first_sentence: int
    last_sentence: int  # inclusive


# A piece of text no chunk splits: (start, end, tokens, paragraph, sentence index). Plain tuples:
# the plan groups a document's pieces several ways, and building objects was most of that.
_Piece = tuple[int, int, int, int, int]


def _pieces(text: str, sentences: list[Sentence], budget: int, counts: list[int]) -> list[_Piece]:
    """Sentences, with any sentence over budget cut at clause punctuation."""
    out: list[_Piece] = []
    for s, n in zip(sentences, counts, strict=True):
        if n <= budget:
            out.append((s.start, s.end, n, s.paragraph, s.index))
            continue
        pos = s.start
        for m in re.finditer(r"[，、,:：]", s.text):
            cut = s.start + m.end()
            if count_tokens(text[pos:cut]) >= budget * 0.8:
                out.append((pos, cut, count_tokens(text[pos:cut]), s.paragraph, s.index))
                pos = cut
        if pos < s.end:
            out.append((pos, s.end, count_tokens(text[pos:s.end]), s.paragraph, s.index))
    return out


def _group(pieces: list[_Piece], budget: int, overlap: int, min_fill: float) -> list[list[_Piece]]:
    """Consecutive pieces under `budget` tokens (see `chunk`)."""
    groups: list[list[_Piece]] = []
    cur: list[_Piece] = []
    cur_tokens = 0
    fill = budget * min_fill
    for p in pieces:
        # Joining text adds at most one token for the separator between pieces.
        n = p[2] + 1
        if cur:
            if cur_tokens + n > budget:
                groups.append(cur)
                cur = cur[-overlap:] if overlap else []
                cur_tokens = sum(x[2] + 1 for x in cur)
                if cur_tokens + n > budget:
                    cur, cur_tokens = [], 0
            elif p[3] != cur[-1][3] and cur_tokens >= fill:
                groups.append(cur)
                cur = cur[-overlap:] if overlap else []
                cur_tokens = sum(x[2] + 1 for x in cur)
        cur.append(p)
        cur_tokens += n
    if cur:
        groups.append(cur)
    return groups


def _chunks(text: str, groups: list[list[_Piece]], exact: bool) -> list[Chunk]:
    chunks: list[Chunk] = []
    for g in groups:
        start, end = g[0][0], g[-1][1]
        body = text[start:end]
        chunks.append(
            Chunk(
                id=hashlib.sha256(body.encode("utf-8")).hexdigest()[:16],
                index=len(chunks),
                start=start,
                end=end,
                text=body,
                tokens=count_tokens(body) if exact else sum(p[2] + 1 for p in g),
                first_sentence=g[0][4],
                last_sentence=g[-1][4],
            )
        )
    return chunks


def chunk(
    text: str, sentences: list[Sentence], budget: int = 1500, overlap: int = 0, min_fill: float = 0.5,
    counts: list[int] | None = None, exact: bool = True,
) -> list[Chunk]:
    """Group sentences into chunks of at most `budget` tokens.

    `overlap` repeats that many trailing sentences of a chunk at the start of the next one, for
    summarizers that need context across the cut. A chunk is closed early at a paragraph break
    once it holds at least `min_fill` of the budget, so chunks follow the document's own structure.
    `counts` are the sentences' tokens (`sentence_tokens`), when already known. With `exact`
    false a chunk's `tokens` is the sum of its sentences' (plus one per join, an upper bound)
    instead of a count of its text: for trying several budgets without tokenizing each result.
    """
    if budget < 1:
        raise ValueError("budget must be positive")
    pieces = _pieces(text, sentences, budget, counts if counts is not None else sentence_tokens(sentences))
    return _chunks(text, _group(pieces, budget, overlap, min_fill), exact)


def chunkings(
    text: str, sentences: list[Sentence], tries: list[tuple[int, float]], counts: list[int]
) -> list[list[Chunk]]:
    """`chunk(text, sentences, budget, min_fill=f, counts=counts, exact=False)` for every (budget,
    f) of `tries`, the sentences cut into pieces once per budget."""
    pieces: dict[int, list[_Piece]] = {}
    out = []
    for budget, min_fill in tries:
        if budget < 1:
            raise ValueError("budget must be positive")
        if budget not in pieces:
            pieces[budget] = _pieces(text, sentences, budget, counts)
        out.append(_chunks(text, _group(pieces[budget], budget, 0, min_fill), exact=False))
    return out
