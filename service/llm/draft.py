"""Model results -> the `Draft` every summarizer hands to grounding.

Figures and entities of all chunks are unioned here in code (the merge call only merges prose);
numbers are normalized by the service's own number grammar rather than trusted from the model.
Nothing is grounded here: the grounding stage checks every quote for every summarizer.
"""

from __future__ import annotations

from ..figures import check, kind_of_quote, parse_quantity
from ..re_cache import compile_re
from ..schemas import Draft, Entities, FigureDraft, KeyPointDraft, Person
from .prompts import MAX_KEY_POINTS
from .replies import ChunkSummary, LLMKeyPoint, MergedSummary

_SENTENCE_END = compile_re(r"[。！？!?；;]|\.(?=\s|$)")


def partial(r: ChunkSummary | MergedSummary) -> dict:
    """What a merge call sees of one part: title, summary and key points with their evidence."""
    return {
        "title": r.title,
        "summary": r.summary,
        "key_points": [k.model_dump() for k in r.key_points],
    }


def trim(summary: str, limit: int) -> str:
    """Cut at the last sentence end within `limit` characters; failing that at the last word
    boundary (text with spaces), marked with "…"; a hard cut only for text without spaces."""
    head = summary[:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= limit // 3:
        return head[: ends[-1]].strip()
    space = summary.rfind(" ", 0, limit)
    if space > limit // 3:
        return summary[:space].rstrip(" ,;:-") + "…"
    return head.rstrip()


# One figure of an answer, drafted: its (text, quote), the draft, and whether the rules changed
# the model's kind.
Drafted = tuple[tuple[str, str], FigureDraft, bool]


def draft_figures(r: ChunkSummary, language: str) -> list[Drafted]:
    """The figures of one answer. The model's kind is checked against the rules of
    `service.figures.kinds` on its own quote: where they disagree the figure says so, and the
    rules' kind wins when the sentence's grammar leaves no doubt (a plan verb, a project's size).
    (The run drafts each chunk's figures when its answer comes, while other calls are out.)"""
    out: list[Drafted] = []
    for f in r.figures:
        text, quote = f.text.strip(), f.quote.strip()
        if not text:
            continue
        value, unit = f.value, f.unit
        parsed = parse_quantity(text)
        # (the text's own reading wins, but a bare number read alone says less than the model's reading
        # of it in its table: "84.2" under "Net debt ($m)" given as 84,200,000 USD keeps its unit)
        if parsed is not None and (parsed[1] or value is None or not unit):
            value, unit = parsed
        kind, notes, changed = f.kind, [], False
        decision = kind_of_quote(quote, text, language)
        if decision is not None:
            kind, disagree = check(f.kind, decision)
            if disagree:
                notes.append(f"kind_disagrees:model={f.kind},rules={decision.kind}({decision.rule})")
                changed = kind != f.kind
        draft = FigureDraft(subject=f.subject.strip(), text=text, value=value, unit=unit, kind=kind,
                            period=f.period, quote=quote, warnings=notes)
        if language == "en" and "|" in quote and not unit:
            from ..figures.row_units_en import apply_label_unit  # (English only)

            apply_label_unit(quote, [draft])  # ("Net debt ($m) | 84.2": 84,200,000 USD, as the extractive path reads it)
        out.append(((text, quote), draft, changed))
    return out


def figures_of(
    results: list[ChunkSummary], language: str, warnings: list[str], drafted: list[list[Drafted]] | None = None
) -> list[FigureDraft]:
    """The figures of all chunks, once each (`drafted`: each result's `draft_figures`, when made)."""
    out: list[FigureDraft] = []
    corrected = 0
    seen: set[tuple[str, str]] = set()
    for i, r in enumerate(results):
        for key, figure, changed in drafted[i] if drafted is not None else draft_figures(r, language):
            if key in seen:
                continue
            seen.add(key)
            out.append(figure)
            corrected += changed
    if corrected:
        warnings.append(f"llm_kinds_corrected:{corrected}")
    return out


def entities_of(results: list[ChunkSummary]) -> Entities:
    def union(lists) -> list[str]:
        return list(dict.fromkeys(x.strip() for xs in lists for x in xs if x.strip()))

    people: dict[str, Person] = {}
    for r in results:
        for p in r.entities.people:
            name = p.name.strip()
            if name and (name not in people or (p.role and not people[name].role)):
                people[name] = Person(name=name, role=(p.role or "").strip() or None)
    return Entities(
        places=union(r.entities.places for r in results),
        organizations=union(r.entities.organizations for r in results),
        people=list(people.values()),
        projects=union(r.entities.projects for r in results),
    )


def make_draft(
    title: str | None,
    summary: str,
    key_points: list[LLMKeyPoint],
    results: list[ChunkSummary],
    max_chars: int,
    warnings: list[str],
    language: str = "zh",
    drafted: list[list[Drafted]] | None = None,
) -> Draft:
    """The document's draft; a summary over `max_chars` is trimmed and `warnings` says so.
    `drafted`: each result's `draft_figures`, when made already."""
    summary = summary.strip()
    if len(summary) > max_chars:
        summary = trim(summary, max_chars)
        warnings.append("llm_summary_trimmed")
    return Draft(
        title=(title or "").strip() or None,
        summary=summary,
        key_points=[
            KeyPointDraft(text=k.text.strip(), evidence=[q for q in k.evidence if q.strip()])
            for k in key_points[:MAX_KEY_POINTS]
            if k.text.strip()
        ],
        figures=figures_of(results, language, warnings, drafted),
        entities=entities_of(results),
    )
