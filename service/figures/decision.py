"""A kind decision and what it is decided in: the types the Chinese and English kind rules share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["achieved", "target", "other"]

# How far back a cue word or a year may stand and still govern a number. Bounding it keeps one
# pathological line with thousands of numbers linear, and a cue 200 characters back governs
# nothing in real prose anyway.
CUE_WINDOW = 200


# Rules that say what a number describes (a size, a name, the goal a result is measured against): a
# share or a growth rate after such a number continues the result before it, not the description.
DESCRIBING_RULES = frozenset({"project_size", "size_in_name", "capacity_in_name", "inside_name", "policy_count",
                              "goal_named", "goal_named_after", "class_bound", "doers_counted", "age", "share_base", "quota", "benchmark_elsewhere",
                              # (an earlier time's figure in brackets is an aside: "集装箱吞吐量41.7万标箱（上年同期为
                              # 37.0万标箱），同比增长12.7%", "（上年为5.37万户），其中企业1.74万户" are this year's)
                              "earlier_period",
                              # (a part-year report's forecast of the year: "…全年预计发稿3.2万条以上。其中原创稿件1.42万条" breaks
                              # down the months' result)
                              "year_forecast",
                              # (and so is the plan for what is left of a task done: "已整改4318项，剩余78项…确保…清零；
                              # 排查出重大事故隐患12项" goes on from the work done)
                              "remaining_committed"})


@dataclass(frozen=True)
class Decision:
    """A kind, the rule that gave it, and whether the grammar leaves no doubt."""

    kind: Kind
    rule: str
    certain: bool = False


@dataclass
class SentenceContext:
    """What the surrounding text says: the section's default kind and the kind the previous
    sentence ended on (for "其中…")."""

    section: Kind | None = None
    previous: Kind | None = None
    continued: bool = False  # the previous sentence ended with "；": this one shares its verb
    # the document reports part of a year, to October at the latest ("…前三季度…", "2024年1—10月…"): its estimate of the
    # whole year (预计全年…) is a forecast, not the outturn a year-end review estimates
    part_year: bool = False
    # the sentence stands under a head over a profile ("一、机构概况"): a figure nothing else speaks for is standing
    profile: bool = False
    # the unit of the last figure of the paragraph's sentence before: "34 hostels. We own 27 of them" (English)
    counted: str | None = None
