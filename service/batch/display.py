"""The batch's progress bar (rich): documents done, LLM calls in flight, tokens, cache hits, ETA.

Fed with `service.progress.Progress` events, the one progress event of the service: the LLM
path's events per chunk while a document is worked on, then one `done` event per document with
its final counts. Without a terminal nothing is drawn; the counts are kept either way.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ..progress import Progress as ProgressEvent
from ..progress import ProgressCallback


def _compact(n: int) -> str:
    """1,234 / 12.3k / 4.5M: short enough for an 80-column line."""
    if n < 10_000:
        return f"{n:,}"
    return f"{n / 1000:.1f}k" if n < 1_000_000 else f"{n / 1_000_000:.1f}M"


class _CountsColumn(ProgressColumn):
    def __init__(self, display: BatchDisplay):
        super().__init__()
        self.display = display

    def render(self, task: Task) -> Text:
        d = self.display
        failed = f" ({d.failed} failed)" if d.failed else ""
        parts = [f"{d.done}/{d.total} docs{failed}", f"{d.in_flight()} in flight", f"{_compact(d.tokens)} tokens",
                 f"{d.cache_hits} cache hits"]
        return Text(" · ".join(parts), style="progress.data.speed", no_wrap=True)


class BatchDisplay:
    """Counts of a running batch, drawn as a progress bar on a terminal."""

    def __init__(self, total: int, in_flight: Callable[[], int] = lambda: 0, console: Console | None = None,
                 show: bool = True):
        self.total = total
        self.in_flight = in_flight
        self.done = 0
        self.failed = 0
        self.tokens = 0
        self.cache_hits = 0
        # Each document's latest counts: its events carry totals so far, so the sums add differences.
        self._seen: dict[str, tuple[int, int]] = {}
        self._bar: Progress | None = None
        if show:
            self._bar = Progress(
                BarColumn(bar_width=12), _CountsColumn(self), TextColumn("ETA"), TimeRemainingColumn(),
                console=console, transient=True,
            )
            self._task = self._bar.add_task("summarizing", total=total)

    def __enter__(self) -> BatchDisplay:
        if self._bar:
            self._bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._bar:
            self._bar.stop()

    def refresh(self) -> None:
        """Draw now (rich's own thread draws ten times a second)."""
        if self._bar:
            self._bar.refresh()

    def update(self, doc: str, event: ProgressEvent) -> None:
        tokens = event.prompt_tokens + event.completion_tokens
        old_tokens, old_hits = self._seen.get(doc, (0, 0))
        self.tokens += tokens - old_tokens
        self.cache_hits += event.cache_hits - old_hits
        self._seen[doc] = (tokens, event.cache_hits)
        if event.stage == "done":
            self._finished(doc)

    def _finished(self, doc: str) -> None:
        self._seen.pop(doc, None)
        self.done += 1
        if self._bar:
            self._bar.advance(self._task)

    def events_of(self, doc: str) -> ProgressCallback:
        """The progress callback for one document."""
        return lambda event: self.update(doc, event)

    def failure(self, doc: str, line: str) -> None:
        """A document failed: counted, and its line shown (above the bar on a terminal)."""
        self.failed += 1
        self._finished(doc)  # the tokens it spent before failing stay counted
        self.note(line)

    def note(self, line: str) -> None:
        """A line for the user: above the bar on a terminal, else on stderr."""
        if self._bar:
            self._bar.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=sys.stderr)
