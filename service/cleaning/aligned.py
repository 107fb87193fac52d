"""The document during cleaning: its text and its Simplified copy, edited together at the same offsets.

Every decision after normalisation (chrome, metadata, broken lines) is taken on the Simplified copy
and applied to both strings through `Aligned.edit`, so they never drift apart. It is also the one
place that sees every edit, so the offset map from the cleaned text back to the input (a later
change) belongs here.
"""

from __future__ import annotations

from ..re_cache import compile_re

# [ \t]*\n[ \t]* where it is more than a bare newline, opening with a class so the regex engine
# skips ahead to spaces, tabs and newlines (see cleaning/normalize.py).
_SPACED_NEWLINE = compile_re(r"[ \t\n](?:(?<=\n)[ \t]+|(?<=[ \t])[ \t]*\n[ \t]*)")
_BLANK_LINES = compile_re(r"\n\n\n+")


class Aligned:
    """The text in its own script and its Simplified copy, edited together at the same offsets."""

    def __init__(self, text: str, simp: str):
        assert len(text) == len(simp)
        self.text, self.simp = text, simp

    def edit(self, edits: list[tuple[int, int, str]]) -> None:
        """Replace spans [(start, end, replacement)] (non-overlapping) in both strings."""
        if not edits:
            return
        edits = sorted(edits)
        t, s, pos = [], [], 0
        for start, end, rep in edits:
            if start < pos:  # overlapping edit: the earlier one already covers it
                start = pos
                if end <= start:
                    continue
            t += [self.text[pos:start], rep]
            s += [self.simp[pos:start], rep]
            pos = end
        t.append(self.text[pos:])
        s.append(self.simp[pos:])
        self.text, self.simp = "".join(t), "".join(s)

    def lines(self) -> list[tuple[int, int]]:
        out, pos = [], 0
        for line in self.simp.split("\n"):
            out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out

    def tidy(self) -> None:
        """Trailing spaces, runs of blank lines and leading/trailing white space."""
        # (Bare newlines need no edit.)
        self.edit([(m.start(), m.end(), "\n") for m in _SPACED_NEWLINE.finditer(self.simp)])
        self.edit([(m.start(), m.end(), "\n\n") for m in _BLANK_LINES.finditer(self.simp)])
        lead = len(self.simp) - len(self.simp.lstrip())
        trail = len(self.simp.rstrip())
        self.text, self.simp = self.text[lead:trail], self.simp[lead:trail]
