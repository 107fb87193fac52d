"""The white-space patterns, written for speed, replace what their plain forms replace."""

import random
import re

from service.cleaning.normalize import _SPACE_RUN, _SPACED_NEWLINE


def test_white_space_patterns_equal_their_plain_forms():
    rng = random.Random(7)
    pieces = [" ", "  ", "\t", "\f", "\v", "\n", "\n\n", "a", "中"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(40))
        assert _SPACE_RUN.sub(" ", text) == re.sub(r"[ \t\f\v]+", " ", text)
        assert _SPACED_NEWLINE.sub("\n", text) == re.sub(r" *\n *", "\n", text)
