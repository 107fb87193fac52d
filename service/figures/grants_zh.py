"""The amount of a Chinese grant, subsidy or award per recipient: "给予最高30万元购房补贴" is the cap of a home-buying subsidy
(购房补贴上限), "按每人1500元的标准给予一次性扩岗补助" the rate of a one-off subsidy (一次性扩岗补助标准) — not the words before it
("对首次在岚泽购房的青年人才给予最高", "标准给予一次性扩岗补助"); and the count of those a grant or a service went to, by
what they received ("为5860户困难重度残疾人家庭实施无障碍改造": 实施无障碍改造的困难重度残疾人家庭)."""

from __future__ import annotations

from ..re_cache import compile_re
from .clauses import clause_start
from .numbers import NumberSpan

# The grant named right after its amount, past the words of paying it: 的标准给予…, 给予…, 的….
_GRANT_AFTER = compile_re(r"(?:的标准)?(?:给予|予以|发放|拨付|获得|提供)?的?(?P<grant>(?:一次性)?[\u4e00-\u9fff]{0,8}?"
                          r"(?:补贴|补助|奖励|资助|奖补|补偿|奖金))")
# Who gets it, for a grant of no name of its own (补助, 奖励): "对每部加装电梯给予", "对顶尖人才及其团队给予最高".
_RECIPIENT = compile_re(r"(?:对|为|向)(?:每[\u4e00-\u9fff](?=[\u4e00-\u9fff]{2}))?(?P<who>[^，,。；;]{2,20}?)(?:按|给予|提供|发放)")
# The next amounts of a list or a range before the grant they all are of.
_MORE_AMOUNTS = compile_re(r"(?:[、和及至到—–~～-]|元?至)(?:每[人户亩年月吨头台部个家]{1,3})?\d[\d.,]*(?:万|亿)?元")
_CAP = compile_re(r"最高(?:可)?$")


def grant_subject(sentence: str, span: NumberSpan) -> str | None:
    """The subject of an amount of money that is a grant's rate or cap (None when it is none)."""
    if not span.unit.endswith("元"):
        return None
    end = span.end
    while (more := _MORE_AMOUNTS.match(sentence, end)) is not None:
        end = more.end()  # ("给予30万元、20万元、10万元一次性奖励", "按3万元至5万元给予…": the grant after the last)
    if (grant := _GRANT_AFTER.match(sentence, end)) is None:
        return None
    name = grant["grant"]
    if len(name.removeprefix("一次性")) <= 2 and (who := list(_RECIPIENT.finditer(sentence, clause_start(sentence, span.start),
                                                                              span.start))):
        name = who[-1]["who"] + name  # ("对每部加装电梯给予20万元补助": 加装电梯补助)
    capped = _CAP.search(sentence, max(0, span.start - 4), span.start) is not None
    return f"{name}{'上限' if capped else '标准'}"[:40]


# The people or places a service or a grant went to, counted after its preposition: "为5860户困难重度残疾人家庭实施无障碍改造",
# "对11名年满70周岁以上的代表性传承人开展抢救性记录" (a count of the recipients, named by what they received: 实施无障碍改造的…).
_TO_WHOM_BEFORE = compile_re(r"(?:(?<![\u4e00-\u9fff])|(?<=[年再共累计全]))(?:为|对|向|给)(?:[^，,。；;为对向给\d]{0,12}的)?$")
_RECEIVED_AFTER = compile_re(r"(?P<who>[^，,。；;]{1,20}?)(?P<verb>提供|发放|实施|开展|给予|办理|落实|兑现|减免|进行|送去|送达|上门)"
                             r"(?P<what>[^，,。；;\d]{2,16}?)(?:共计|合计|累计|总计|共)?(?=[，,。；;\d]|$)")
# Adverbs between the recipients and the verb: 为3.2万名适龄妇女免费开展…, 对…集中开展….
_HOW = compile_re(r"(?:免费|集中|全部|分别|累计|共|统一|及时|全面)+$")
_LISTED_COUNT = compile_re(r"、\d")  # (the next count of a list: "为56家重点企业、8家旅游景区提供…")
_RECIPIENT_UNITS = frozenset(("名", "人", "户", "家", "位", "人次", "户次", "所", "个"))


def recipients_subject(sentence: str, span: NumberSpan) -> str | None:
    """The subject of a count of the recipients of a service or a grant (None when `span` is none)."""
    if span.unit not in _RECIPIENT_UNITS or (received := _RECEIVED_AFTER.match(sentence, span.end)) is None \
            or _TO_WHOM_BEFORE.search(sentence, clause_start(sentence, span.start), span.start) is None:
        return None
    if _LISTED_COUNT.search(who := received["who"]):
        return None
    return f"{received['verb']}{received['what']}的{_HOW.sub('', who)}"[:40]
