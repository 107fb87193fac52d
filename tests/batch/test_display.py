"""The batch's progress bar, drawn as a terminal shows it."""

from __future__ import annotations

import io

from rich.console import Console

from service.batch.display import BatchDisplay
from service.progress import Progress


def test_the_bar_shows_documents_calls_in_flight_tokens_cache_hits_and_eta():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100, color_system=None)
    in_flight = 3
    display = BatchDisplay(10, in_flight=lambda: in_flight, console=console)
    with display:
        # A document's events carry its totals so far: the bar adds the differences.
        display.update("a.txt", Progress(stage="map", llm_calls=1, prompt_tokens=100, completion_tokens=20))
        display.update("a.txt", Progress(stage="map", llm_calls=2, cache_hits=1, prompt_tokens=150,
                                         completion_tokens=30))
        display.update("b.txt", Progress(stage="done", llm_calls=1, prompt_tokens=1000, completion_tokens=200))
        display.failure("c.txt", "zhaiyao: c.txt: empty_document: the document is empty")
        display.refresh()
    text = out.getvalue()
    assert (display.done, display.tokens, display.cache_hits, display.failed) == (2, 1380, 1, 1)
    assert "2/10 docs" in text and "3 in flight" in text and "1,380 tokens" in text
    assert "1 cache hits" in text and "1 failed" in text and "ETA" in text
    assert "c.txt: empty_document" in text
