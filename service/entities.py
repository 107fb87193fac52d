"""Entities by surface patterns: places, organizations, people with roles, projects.

Chinese names of places and bodies end in a small set of suffixes (县, 镇, 开发区, 公司, 局 …);
people in this genre are introduced by their role (县委书记洪然, 总经理刘峰). English has its own
rules (entities_en.py). These rules favour precision: an entity list that names junk is worse
than a short one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache

from .re_cache import compile_re
from .schemas import Entities, Person

PLACE_SUFFIX = "自治区|经开区|高新区|开发区|新区|产业园|园区|街道|省|市|州|县|区|镇|乡|村"
ORG_SUFFIX = (
    "有限公司|股份公司|集团|公司|银行|分行|支行|委员会|发改委|办公室|党工委|党委|政府|人大|政协|"
    "协会|商会|大学|学院|研究院|医院|局(?![面势长])|厅(?!长)|人民法院|人民检察院|支队|大队"  # (局面, 局势: a situation; 局长 a person)
)
# The standard names of government departments, whose words would read as verbs or joiners before a name (市场监督管理局,
# 生态环境局, 人力资源和社会保障局, 数据资源管理局): the left edge of a body's name is never cut inside one.
_DEPARTMENT = compile_re(
    r"(?:市场监督管理|生态环境(?:保护)?(?:综合行政执法)?|人力资源和社会保障|人力资源社会保障|医疗保障|自然资源和规划|"
    r"住房和城乡建设|行政审批服务|政务服务(?:和大?数据)?(?:管理)?|发展和改革|卫生健康|(?:大)?数据(?:资源)?(?:管理|服务)?|"
    r"工业和信息化|经济和信息化|科学技术和工业信息化|综合行政执法|劳动保障监察|消防救援|应急管理|机关事务管理)"
    r"(?:局|委员会|委|厅|办公室|中心|支队|大队)$")
# Han runs that end in a suffix; the left edge is trimmed of function words below. Each pattern is
# "a lazy run of name characters, then a suffix": PLACE_PATTERN, ORG_PATTERN and PERSON_PATTERN say
# what is found, and `find_prefixed` finds exactly their matches from the suffixes (TAIL), which are
# rare. (They stay strings: only the tests that hold the two to each other compile them.)
PLACE_PATTERN = rf"[\u4e00-\u9fff]{{2,12}}?(?:{PLACE_SUFFIX})(?![\u4e00-\u9fff]*?(?:{ORG_SUFFIX}))"
PLACE_TAIL = compile_re(rf"(?:{PLACE_SUFFIX})(?![\u4e00-\u9fff]*?(?:{ORG_SUFFIX}))")
ORG_PATTERN = rf"[\u4e00-\u9fffA-Za-z0-9]{{2,16}}?(?:{ORG_SUFFIX})"
ORG_TAIL = compile_re(rf"(?:{ORG_SUFFIX})")
HAN_RUN = compile_re(r"[\u4e00-\u9fff]+")
_JOINER = compile_re(r"[和与及暨]")
_NAME_END = compile_re(rf"(?:{PLACE_SUFFIX}|{ORG_SUFFIX}|项目|工程|园)$")  # a name before a joiner
NAME_RUN = compile_re(r"[\u4e00-\u9fffA-Za-z0-9]+")
# Everything up to the last function word or verb of the run is not part of the name: "成立由镇党委"
# names 镇党委, "全面贯彻落实省…" no place at all. A run after a date starts with its 年/月/日.
_JUNK_WORD = compile_re(
    r"(?:的|了|着|在|赴|到|对|与|和|及|暨|等|访|是|由|从|向|为|将|以|于|随|跟随|跟着|围绕|落实|贯彻|推进|推动|加快|"
    r"支持|发挥|成立|接受|据|让|被|把|待|前往|来到|走进|位于|地处|今年|去年|近年来|目前|同时|按照|形成|打造|确保|"
    r"实施|获批|获评|助推|助力|聚焦|聚力|完善|有效|代表|请|方能|依法|监督|宣布|展现|展示|体现|转换|建成|不断|如|重点培育|培育|"
    r"对接|接|保障|优化|环境|完成|安排|力争|所有|改造|提升|新增|开展|实现|覆盖|服务|来自|印发|会同|[东南西北]至|"
    # campaign names built on a place's name (法治澄州), and times before a company (报告期内公司)
    r"法治|技能|期内|期末|期间|叠加|约占|"
    # (verbs and quantifiers before a place's suffix that name nothing: 超过市平均水平, 启动市级…, 部分县, 集团还联合街道)
    r"超过|超出|启动|联合|建立|设立|组建|入选|深入|实行|执行|依托|依照|委托|协助|配合|带动|引导|吸引|拉动|争取|开通|列入|"
    r"参加|承担|指导|利用|监测|整治|整顿|拓宽|硬化|评定|规范|构建|补齐|缓解|抽查|仍有|还有|共有|现有|部分|少数|多数|严格|"
    r"获得|设置|至|距|邻近|即|占|位列|"
    # (and before a body's: 桐岚县通过政府, 局长许明川受县人民政府, 一批项目通过集团, 柔性引进省级医院, 经岚溪市…委员会)
    r"通过|引进|成功发行|签约|预约|帮助|加强|共建|组织|登录|拓展|投运后|季度|"
    # (and what is handed to a body: 书面报送市生态环境局, 移送县公安局, 申请人民法院强制执行)
    r"报送|报请|提交|移交|移送|交由|申请|所属|下属|旗下|"
    r"(?:受|获|经(?![济开营]))(?=[\u4e00-\u9fff]{0,4}[省市县区]))"
)
# What _trim_left cuts: everything up to the end of the last junk word, else the 年月日 a run opens with.
LEFT_JUNK = compile_re(rf"^(?:.*{_JUNK_WORD.pattern}|^[年月日度]+)")
# A date inside a run of name characters: "1993年经省政府批准" names no body.
_DATED = compile_re(r"\d[年月日]")
# Kinds of area, not names: 核心区, 工业园区, 经济开发区; and the common nouns that end in a suffix.
GENERIC_PLACE_STEMS = {"核心", "工业", "经济", "产业", "示范", "重点", "高标准", "中心", "城", "老城", "新城", "革命老", "主城",
                       "行政", "自然", "建制", "信用", "脱贫", "淘宝", "共建", "偏远", "受损", "参赛", "完整", "专业", "特色",
                       "先进", "兄弟", "设区", "城市", "城乡", "跨", "分", "县乡", "名", "家", "居住", "作业", "功能", "行政分"}
GENERIC_PLACE_TAIL = ("小区", "街区", "景区", "服务区", "功能区", "片区", "厂区", "校区", "展区", "山区", "库区", "矿区",
                      "灾区", "评论区", "留言区", "停放区", "农村",
                      # (campaigns that go to a place, 城管进社区, 快递进村, and kinds of area, 监控盲区, 夜间消费集聚区)
                      "进社区", "进村", "进乡村", "进园区", "盲区", "集聚区", "居住区", "疫区", "风险区", "危险区", "交易区",
                      "阅览区", "游乐区", "候车区", "项目区", "出村")
# Words that open a kind of place, no name: 周边村, 沿线产业园, 偏远林区, 主要县.
GENERIC_PLACE_HEADS = ("周边", "沿线", "偏远", "部分", "主要", "余名")
BAD_STEM = frozenset("的了在是和将为强兴富美新好大全各该本我其此每这那上下中里外内个些辖级型地")
# Proper names that open with one of those characters: a body named after the country or a city (中国银行, 中铁…局,
# 上海交通大学, 大连理工大学, 内蒙古…公司), not 大公司 or 上级政府.
_PROPER_HEADS = ("中国", "中华", "中共", "中央", "中铁", "中建", "中交", "中冶", "中粮", "中航", "中电", "中核", "中信",
                 "中石油", "中石化", "中科院", "中山", "上海", "大连", "大庆", "大同", "大理", "新疆", "新乡", "新余", "内蒙古",
                 "内江", "本溪")
# Kinds of body, no names: 综合医院, 互联网医院, 商业银行, 集团公司, 股份有限公司 (and those a count opens: 多家…公司).
GENERIC_ORGS = frozenset(("综合医院", "现代化医院", "互联网医院", "智慧医院", "哨点医院", "公立医院", "私立医院", "民营医院", "基层医院", "上级医院",
                          "商业银行", "集团公司", "股份有限公司", "有限公司", "航运公司", "营业厅", "行业协会"))
# A count right after a body's suffix: the words before it name a kind of body ("表演服饰有限公司160余家").
_COUNTED = compile_re(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)余?(?:家|个|所)")
GENERIC_ORG_HEADS = ("多家", "不少", "一批", "部分", "各家", "一流")
# Words that end in a body's suffix but name no body.
BAD_ORG_TAIL = ("布局", "格局", "新局", "大局", "全局", "开局", "当局", "结局", "变局", "好局", "破局", "定局", "出局",
                "入局", "战局", "时局", "胜局", "残局", "僵局", "败局", "终局", "棋局", "赌局", "骗局", "饭局", "党政府", "上市公司", "企业政府", "客厅", "一厅", "大厅", "展厅", "餐厅", "门厅")
ROLE = (
    "党工委书记|党委书记|县委书记|市委书记|区委书记|副书记|书记|副县长|副市长|副区长|副镇长|县长|市长|区长|"
    "镇长|乡长|副主任|主任|副局长|局长|董事长|总经理|经理|副主席|主席|负责人|总裁|厂长|站长|所长"
)
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
    "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项"
    "连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞"
    "敖巩明佘池查麻苑迟邝洪栾谈克"
)
# After the role: the name, then what people in this genre do next (speak) or punctuation.
_NAME = (
    r"[ 　]?(?P<name>[\u4e00-\u9fff](?:[ 　]?[\u4e00-\u9fff]){1,2}?)"
    r"(?=说|表示|介绍|指出|认为|强调|坦言|告诉|称|接受|主持|出席|带队|率队|一行|调研|讲话|要求|提出|宣布|在|代表|致辞|"
    r"发言|汇报|部署|会见|陪同|看望|慰问|察看|参加|先生|女士|同志|[，,：:。；;\s]|$)"
)
PERSON_PATTERN = rf"(?P<role>[\u4e00-\u9fff]{{0,14}}?(?:{ROLE})){_NAME}"
PERSON_TAIL = compile_re(rf"(?P<word>{ROLE}){_NAME}")
PROJECT_RE = compile_re(
    # (or named after its size: "总投资65亿元的华曜半导体封装测试基地项目")
    r"(?:推进|加快|实施|推动|签约|开工|建设|落地|引进|招引|培育|助推|跟进|建成|[亿万]元的)"
    r"([\u4e00-\u9fff0-9]{2,18}?(?:项目|工程))"
)
# A count, a batch or a list of kinds of project names none: 10个项目, 第二批重点项目, 引进产业项目.
GENERIC_PROJECT = compile_re(
    r"^(?:[\d一二三四五六七八九十百千两几]+[个项批家]|第[\d一二三四五六七八九十]+批|一大批|一批|"
    r"(?:重点|重大|开工|新开工|续建|在建|签约|产业|招商|优质|引进|建设|民生|基础设施)+(?:项目|工程)$)"
)
BAD_PROJECT_START = ("一批", "重大", "重点", "各类", "在建", "已签约", "亿元", "过亿", "的", "或", "置于", "推进", "加快",
                     "实施", "推动", "建设", "企业", "产业", "投资", "相关", "有关", "新建", "续建", "签约")
NOT_A_NAME = set("的了在说和与及将已为是对把被从向以于该台")

def find_prefixed(text: str, run: re.Pattern[str], lo: int, hi: int, tail: re.Pattern[str]) -> Iterator[tuple[int, re.Match]]:
    """(start, match of TAIL) for every match of  C{lo,hi}? TAIL  in `text`, exactly the matches
    re.finditer finds, where C is one character class (`run` is C+) and TAIL looks at nothing
    before itself.

    The regex engine tries the lazy run at every position, and each try re-tests the suffix
    alternation after every character. Here the positions q where TAIL matches (rare) come first:
    a match starting at p uses the nearest such q with lo <= q - p <= hi and text[p:q] all in C, so
    the earliest start the next match can have is max(where the last one ended, q - hi, the start
    of the run of C before q) — the leftmost start from which C*\\Z matches up to q; that bound only
    grows with q, so the first q where it is at most q - lo gives the next match, starting there."""
    run_to_end = _run_to_end(run.pattern)
    pos = 0
    m = tail.search(text)
    while m is not None:
        q = m.start()
        p = run_to_end(text, max(pos, q - hi), q).start()  # type: ignore[union-attr]
        if p <= q - lo:
            yield p, m
            pos = m.end()
            m = tail.search(text, pos + lo)
        else:
            m = tail.search(text, q + 1)


@cache
def _run_to_end(run: str) -> Callable[[str, int, int], re.Match | None]:
    """The search for C*\\Z (C+ is `run`): from `pos`, where the run of C that ends at `endpos` starts."""
    assert run.endswith("+")
    return compile_re(run[:-1] + r"*\Z").search


def _trim_left(s: str) -> str:
    """LEFT_JUNK.sub("", s), but never inside a department's standard name that ends `s` (市场监督管理局 keeps its 监督).
    The pattern's greedy .* tries every alternative at every position from the end back; here the engine skips to where
    a junk word can begin (the last one that matches ends what is cut)."""
    end = department.start() if (department := _DEPARTMENT.search(s)) else len(s)
    head, tail = s[:end], s[end:]
    if "\n" in head:  # (. stops at a line break; a run of name characters holds none)
        return LEFT_JUNK.sub("", head) + tail
    last = None
    pos = 0
    while (m := _JUNK_WORD.search(head, pos)) is not None:
        last, pos = m, m.start() + 1
    return (head[last.end() :] if last is not None else head.lstrip("年月日度")) + tail


def _last_of_list(s: str) -> str:
    """'广星产业园和三乡镇人民政府' -> 三乡镇人民政府: of names joined by 和/与/及/暨, the one the suffix ends.
    A 和 inside one name stays: 住房和城乡建设局, 人力资源和社会保障局 (the words before it name nothing)."""
    cut = 0
    for m in _JOINER.finditer(s):
        if _NAME_END.search(s, 0, m.start()):
            cut = m.end()
    return s[cut:]


_PLACES = compile_re(rf"[\u4e00-\u9fff]+?(?:{PLACE_SUFFIX})")
_PLACE_SUFFIX_END = compile_re(rf"(?:{PLACE_SUFFIX})$")


def _split_places(s: str) -> list[str]:
    """金湖县吕良镇 -> 金湖县, 吕良镇 (a county and the town in it)."""
    parts = _PLACES.findall(s)
    return parts if parts and "".join(parts) == s else [s]


def _good_place(p: str) -> bool:
    m = _PLACE_SUFFIX_END.search(p)
    stem = p[: m.start()] if m else p
    # 城市 and 城镇 are words ("广德城市副中心", "消费城镇"); a city named …城 has one character before it
    # (宣城市, 盐城市).
    if stem.endswith("城") and len(stem) > 2:
        return False
    return (2 <= len(stem) <= 6 and BAD_STEM.isdisjoint(stem) and stem not in GENERIC_PLACE_STEMS
            and not p.endswith(GENERIC_PLACE_TAIL) and not p.startswith(GENERIC_PLACE_HEADS))


_NOT_AFTER_A_PLACE = frozenset("委级长属域内外直管民政场村子镇间")


def _place_follows_ok(text: str, end: int, place: str) -> bool:
    """市委, 县级, 镇长: a one-character suffix followed by these is not the end of a place name."""
    if len(place) and place[-1] in "省市县区镇乡村州":
        # (乡村 and 乡镇 are no 乡, 村子 no 村, 区间 no 区)
        return text[end : end + 1] not in _NOT_AFTER_A_PLACE
    return True


def _clean_name(s: str) -> str:
    return s.replace(" ", "").replace("　", "")


def with_dateline_place(entities: Entities, place: str | None) -> Entities:
    """The entities with the place a news story was filed from (its dateline, which cleaning
    removes from the text every summarizer reads) first among the places."""
    if not place or place in entities.places:
        return entities
    return entities.model_copy(update={"places": [place, *entities.places]})


def extract_entities(text: str, language: str = "zh", limit: int = 8) -> Entities:
    if language != "zh":
        from .entities_en import extract_entities_en

        return extract_entities_en(text, limit)
    places: Counter[str] = Counter()
    for start, m in find_prefixed(text, HAN_RUN, 2, 12, PLACE_TAIL):
        found = text[start : m.end()]
        if start and text[start - 1].isdigit():
            found = found.lstrip("个名份座篇家项届批")  # (a count's word after its digits: 3座城镇, 5家国家高新区)
        if not _place_follows_ok(text, m.end(), found):
            continue
        for p in _split_places(_trim_left(found)):
            if _good_place(p):
                places[p] += 1
    orgs: Counter[str] = Counter()
    last_org, last_end = "", -1
    for start, m in find_prefixed(text, NAME_RUN, 2, 16, ORG_TAIL):
        if _COUNTED.match(text, m.end()):
            continue  # a kind of body counted, no name: 表演服饰有限公司160余家, 新增科技型公司12家
        o = _last_of_list(_trim_left(text[start : m.end()]))
        if start == last_end and last_org and o == text[start : m.end()]:
            # a body's name that goes on past a suffix names a part of it: 泓川水务集团供水有限公司, 市人民政府办公室
            orgs[last_org] -= 1
            if orgs[last_org] <= 0:
                del orgs[last_org]
            o = last_org + o
        last_end = m.end()
        # (not a run that opens on a number's last digits: a table row's "3,962,810.27主要系购买银行理财产品")
        if len(o) >= 3 and not o[0].isdigit() and not o.endswith(BAD_ORG_TAIL) \
                and (BAD_STEM.isdisjoint(o[:2]) or o.startswith(_PROPER_HEADS) and len(o) >= 4) \
                and not _DATED.search(o) and o not in GENERIC_ORGS and not o.startswith(GENERIC_ORG_HEADS):
            orgs[o] += 1
            last_org = o
        else:
            last_org = ""
    people: dict[str, str] = {}
    for start, m in find_prefixed(text, HAN_RUN, 0, 14, PERSON_TAIL):
        name = _clean_name(m.group("name"))
        role = _trim_left(text[start : m.end("word")].strip())
        if (len(name) < 2 or name[0] not in SURNAMES or name[-1] in NOT_A_NAME or name in people
                or any(c in NOT_A_NAME for c in name)):
            continue
        people[name] = role
    projects: Counter[str] = Counter()
    for m in PROJECT_RE.finditer(text):
        p = m.group(1)
        p = _JOINER.split(p)[-1]
        # "客运站场建设等一大批项目": what follows 等 closes a list; it names no project.
        listed = p[p.rfind("等") + 1 :] if "等" in p else None
        if listed is not None and (len(listed) < 5 or GENERIC_PROJECT.match(listed)):
            continue
        if len(p) >= 5 and not p.startswith(BAD_PROJECT_START) and "的" not in p and not GENERIC_PROJECT.match(p):
            projects[p] += 1
    return Entities(
        places=[p for p, _ in places.most_common(limit)],
        organizations=[o for o, _ in orgs.most_common(limit)],
        people=[Person(name=n, role=r) for n, r in list(people.items())[:limit]],
        projects=[p for p, _ in projects.most_common(limit)],
    )
