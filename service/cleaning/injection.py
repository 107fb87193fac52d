"""Instructions to a language model inside the document ("ignore all previous instructions")."""

from __future__ import annotations

import re

from ..re_cache import compile_re

# Sentences that address a language model rather than a reader: "ignore all previous
# instructions", "忽略以上所有指令", "you are now …", "system prompt". They are text, never
# orders; marking them suspect keeps them out of summary prose and key points.
INSTRUCTION_RE = compile_re(
    r"(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|preceding)\s+"
    r"(?:instructions?|prompts?|rules?|messages?)"
    r"|you\s+are\s+now\s+(?:a|an|in)\b|(?:reveal|print|show)\s+(?:your|the)\s+system\s+prompt"
    r"|(?:忽略|无视|忘记|忘掉)(?:掉)?(?:以上|上面|之前|前面|先前|上述)(?:的)?(?:所有|全部|一切)?(?:的)?(?:指令|指示|提示|要求|规则|内容)"
    r"|(?:你现在是|从现在起你是|系统提示词|输出你的提示词)",
    re.IGNORECASE,
)


_SENTENCE_END = compile_re(r"[。！？!?\n]|\.(?=\s|$)")


# Words one of which every INSTRUCTION_RE match contains: substring tests in C are far cheaper
# than the regex over a whole page that has none of them (the common case).
_INSTRUCTION_WORDS = ("ignore", "disregard", "forget", "you are now", "system prompt", "忽略", "无视", "忘记",
                      "忘掉", "你现在是", "从现在起你是", "系统提示词", "输出你的提示词")


def find_instructions(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences that carry an instruction to a model."""
    low = text.lower()
    if not any(w in low for w in _INSTRUCTION_WORDS):
        return []
    spans: list[tuple[int, int]] = []
    for m in INSTRUCTION_RE.finditer(text):
        before = [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 500), m.start())]
        start = before[-1] if before else 0
        end_match = _SENTENCE_END.search(text, m.end())
        end = end_match.end() if end_match else len(text)
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans
