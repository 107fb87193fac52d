"""Entities: the suffix-first scan finds exactly what the patterns say, and the rules keep names."""

import random
import re
from pathlib import Path

from service.entities import (
    HAN_RUN,
    LEFT_JUNK,
    NAME_RUN,
    ORG_PATTERN,
    ORG_TAIL,
    PERSON_PATTERN,
    PERSON_TAIL,
    PLACE_PATTERN,
    PLACE_TAIL,
    _last_of_list,
    _trim_left,
    extract_entities,
    find_prefixed,
)

ROOT = Path(__file__).resolve().parents[1]
# Suffix, role and verb characters of the patterns, common Han, Latin, digits, spaces, punctuation.
ALPHABET = list("县市区镇乡村州省园街道公司集团局厅银行委员会党工书记副长主任经理席负责人总裁说表示的大王李张新开发产业高经")
ALPHABET += list("ab1 　，。：\n")

CASES = [
    (re.compile(PLACE_PATTERN), HAN_RUN, 2, 12, PLACE_TAIL),
    (re.compile(ORG_PATTERN), NAME_RUN, 2, 16, ORG_TAIL),
    (re.compile(PERSON_PATTERN), HAN_RUN, 0, 14, PERSON_TAIL),
]


def _same_matches(text: str) -> None:
    for regex, run, lo, hi, tail in CASES:
        expected = [m.span() for m in regex.finditer(text)]
        found = [(start, m.end()) for start, m in find_prefixed(text, run, lo, hi, tail)]
        assert found == expected, (regex.pattern[:40], text)


def test_suffix_first_scan_equals_the_regex_on_random_text():
    rng = random.Random(12)
    for _ in range(3000):
        _same_matches("".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 120))))


def test_suffix_first_scan_equals_the_regex_on_the_seeds():
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        _same_matches(path.read_text(encoding="utf-8"))


def test_left_trim_cuts_what_its_pattern_does():
    rng = random.Random(3)
    # (junk words, the 受/获/经 that need a place's suffix after them, a run's 年月日, a line break)
    alphabet = ALPHABET + list("推进落实受获经济开营年月日度东至和的")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(5000)]
    texts += ["受县人民政府", "经济开发区", "年度报告期内公司", "推进落实省市县", "东至南京市", "经岚溪市发改委"]
    for text in texts:
        assert _trim_left(text) == LEFT_JUNK.sub("", text), text
    # (but a department's standard name ending the run is never cut: its words read as verbs elsewhere)
    assert _trim_left("组织开展市场监督管理局") == "市场监督管理局" and LEFT_JUNK.sub("", "组织开展市场监督管理局") == "管理局"


def test_a_body_named_past_its_first_suffix_is_one_and_a_proper_head_is_no_common_word():
    e = extract_entities("泓川水务集团供水有限公司承担供水任务，澜江港口集团有限公司与中国银行泓川分行签约，大公司纷纷进驻。")
    assert e.organizations == ["泓川水务集团供水有限公司", "澜江港口集团有限公司", "中国银行泓川分行"]
    e = extract_entities("鹭汀产业投资集团有限公司所属鹭汀宏曜新能源科技有限公司投产。")
    assert e.organizations == ["鹭汀产业投资集团有限公司", "鹭汀宏曜新能源科技有限公司"]


def test_a_departments_standard_name_is_named_whole():
    for department in ("市场监督管理局", "生态环境局", "人力资源和社会保障局", "医疗保障局", "自然资源和规划局", "住房和城乡建设局",
                       "行政审批服务局", "发展和改革委员会", "数据资源管理局", "工业和信息化局", "消防救援支队", "人民法院"):
        e = extract_entities(f"日前，滢川市{department}发布通告。")
        assert e.organizations == [f"滢川市{department}"], department


def test_people_places_organizations_and_projects():
    text = "在金湖县吕良镇，党委书记洪然表示，江苏银河电子有限公司今年新增投资3亿元。县长王伟说，要推进城南新区建设项目。"
    e = extract_entities(text)
    assert e.places == ["金湖县", "吕良镇", "城南新区"]
    assert e.organizations == ["江苏银河电子有限公司"]
    assert [(p.name, p.role) for p in e.people] == [("洪然", "党委书记"), ("王伟", "县长")]
    assert e.projects == ["城南新区建设项目"]


def test_a_place_followed_by_its_party_committee_is_no_place():
    # 金湖县…党委: the Han run goes on to an organization suffix, so 金湖县 names the body, not the place.
    e = extract_entities("金湖县吕良镇党委书记洪然表示，今年要抓项目。")
    assert "金湖县" not in e.places
    assert e.organizations == ["金湖县吕良镇党委"]


def test_english_people_organizations_and_places():
    text = (Path(__file__).parent / "data" / "exports_news_en.txt").read_text(encoding="utf-8")
    e = extract_entities(text, "en")
    people = {p.name: p.role for p in e.people}
    assert people == {"Choi Sang-mok": "Finance Minister", "Park Ji-won": "chief economist at Hana Bank",
                      "Kim Min-jae": "analyst at Mirae Asset Securities"}
    assert {"Ministry of Finance", "Bank of Korea", "Hana Bank", "Federal Reserve", "European Central Bank",
            "Korea International Trade Association", "Mirae Asset Securities"} <= set(e.organizations)
    assert "South Korea's Ministry" not in e.organizations  # the name is "Ministry of Finance"
    assert set(e.places) == {"China", "Sejong", "Incheon", "Vietnam", "Japan", "Busan"}


def test_a_council_member_is_titled_and_a_law_named_after_a_body_is_no_body():
    e = extract_entities("Council member Ana Ruiz voted against the plan. This release contains forward-looking "
                         "statements within the meaning of the Private Securities Litigation Reform Act of 1995.", "en")
    assert {p.name: p.role for p in e.people} == {"Ana Ruiz": "Council member"}
    assert e.organizations == []


def test_english_rules_name_no_months_days_or_sentence_openers():
    e = extract_entities("The council met in March. Officials said on Tuesday that In Brief the plan was "
                         "approved. The Portland city council voted 9-2, Mayor Dana Whitfield said.", "en")
    assert [(p.name, p.role) for p in e.people] == [("Dana Whitfield", "Mayor")]
    assert e.places == ["Portland"] and e.organizations == []


def test_an_english_speaker_is_named_once_with_the_whole_title():
    e = extract_entities("Executive Director Ana Ruiz said two new berths would open in 2027. Critics, including "
                         "the Green Coast Alliance, say dredging will harm the bay.", "en")
    assert [(p.name, p.role) for p in e.people] == [("Ana Ruiz", "Executive Director")]  # not "Director Ana Ruiz"
    assert e.organizations == ["Green Coast Alliance"]


def test_a_person_is_named_before_what_they_do_in_this_genre():
    text = ("涟水县委书记洪然接受采访时表示，要加快项目建设。镇长吕善勇主持会议。"
            "火炬开发区党工委书记刘云梅带队调研重点项目。")
    e = extract_entities(text)
    assert [(p.name, p.role) for p in e.people] == [
        ("洪然", "涟水县委书记"), ("吕善勇", "镇长"), ("刘云梅", "火炬开发区党工委书记")]


def test_an_english_title_is_never_part_of_a_name():
    e = extract_entities("The Prime Minister Jane Holt spoke first. The plan was welcomed, said Executive Director "
                         "Ana Ruiz.", "en")
    assert [(p.name, p.role) for p in e.people] == [("Jane Holt", "Prime Minister"), ("Ana Ruiz", "Executive Director")]


def test_the_left_edge_of_a_name_stops_at_the_last_function_word_or_verb():
    e = extract_entities("成立由镇党委、政府主要领导任组长的工作专班。全面贯彻落实省市各项决策部署，有效助力芜湖市经济发展。"
                         "依法监督和县政协民主监督相结合。")
    assert e.places == ["芜湖市"]  # not 落实省, 有效助力芜湖市
    assert set(e.organizations) == {"镇党委", "县政协"}  # not 由镇党委, 依法监督和县政协


def test_common_words_that_end_like_a_name_are_no_entities():
    e = extract_entities("紧盯城市副中心建设，积极争取11.9亿元城市副中心专项债。聚焦乡村振兴，唯有创新，方能破局。"
                         "打造城市客厅和核心区，打造工业园区。宣城市、盐城市来考察。")
    assert e.places == ["宣城市", "盐城市"] and e.organizations == []


def test_counts_and_batches_of_projects_are_no_project_names():
    e = extract_entities("举行招商引资签约暨第二批重点项目集中开工仪式，签约10个项目，推进13个重点项目，加快引进产业项目，"
                         "推进年产300吨纯粮白酒项目。加快家具制造和客运站场建设等一大批项目。")
    assert e.projects == ["年产300吨纯粮白酒项目"]  # nor 等一大批项目, the end of a list


def test_a_word_with_a_particle_or_the_noun_village_is_no_place():
    e = extract_entities("溪水绕着村子流淌，三乡镇的村子都通了路。")
    assert e.places == ["三乡镇"]  # not 溪水绕着村


def test_officials_are_named_before_announcing_or_where_they_speak():
    e = extract_entities("县委书记汪小波宣布项目正式开工。县委副书记、县长曹宏伟在致辞中表示，要早落地、早投产。")
    assert [(p.name, p.role) for p in e.people] == [("汪小波", "县委书记"), ("曹宏伟", "县长")]


def test_an_officer_title_in_full_and_a_company_named_once():
    e = extract_entities("Northfield Energy Inc. (NYSE: NFE) today reported results. \"Our backlog has never been "
                         "stronger,\" said Chief Executive Officer Laura Chen. Northfield Energy builds solar farms.", "en")
    assert [(p.name, p.role) for p in e.people] == [("Laura Chen", "Chief Executive Officer")]
    assert e.organizations == ["Northfield Energy Inc"]


def test_a_posts_title_of_several_words_is_the_role_not_part_of_the_name():
    e = extract_entities("\"Every hectare counts,\" said Forest Management Officer Imogen Castellane. Deputy Chief "
                         "Constable Oren Whitlake said patrols would rise. The report went to General Manager Investor "
                         "Relations, said City Manager Tobias Renshaw.", "en")
    assert [(p.name, p.role) for p in e.people] == [
        ("Imogen Castellane", "Forest Management Officer"), ("Oren Whitlake", "Deputy Chief Constable"),
        ("Tobias Renshaw", "City Manager")]  # not "Forest Management Officer", "Constable Oren Whitlake", "Investor Relations"


def test_an_honorific_is_no_role_and_a_place_may_follow_the():
    e = extract_entities("\"These are strong results,\" said Dr. Sarah Kim, a cardiologist at Johns Hopkins University "
                         "who led the study. Helix Pharma expects the pill to cost $1,500 a year in the United States, "
                         "according to the Centers for Disease Control and Prevention. Fed Chair Jerome Powell spoke.",
                         "en")
    assert {p.name: p.role for p in e.people} == {"Sarah Kim": "cardiologist at Johns Hopkins University",
                                                  "Jerome Powell": "Fed Chair"}
    assert e.places == ["United States"]  # not "Centers": the name goes on ("… for Disease Control")
    assert "Helix Pharma" in e.organizations


def test_a_body_named_for_something_is_no_speaker_and_a_chancellor_is_titled():
    e = extract_entities("The economy grew 0.3%, the Office for National Statistics said on Friday. Chancellor "
                         "Rachel Reeves said the figures were not good enough.", "en")
    assert {p.name: p.role for p in e.people} == {"Rachel Reeves": "Chancellor"}  # not "National Statistics"
    assert "Office for National Statistics" in e.organizations


def test_a_chief_executive_in_lower_case_and_a_port_named_of_its_city():
    e = extract_entities("The Port of Rotterdam handled 435.8 million tonnes of cargo. Chief executive Boudewijn "
                         "Siemons said the energy transition would reshape the port's business.", "en")
    assert {p.name: p.role for p in e.people} == {"Boudewijn Siemons": "Chief executive"}
    assert e.organizations == ["Port of Rotterdam"]


def test_english_people_named_by_occupation_or_side_and_by_surname_after_their_full_name():
    text = ("Democrat Angela Carver defeated Republican Tom Reiner, elections director Karen Whitlow said. "
            "Harrow City beat Millbrook Rovers 3-1 as Emeka Okafor scored twice. Okafor's brace lifted Harrow "
            "City's hopes, and Millbrook manager Graham Tully was left to rue his side's chances. \"We had 11 "
            "shots,\" Tully said.")
    people = {p.name: p.role for p in extract_entities(text, "en").people}
    assert people == {"Angela Carver": "Democrat", "Tom Reiner": "Republican", "Karen Whitlow": "elections director",
                      "Graham Tully": "Millbrook manager", "Emeka Okafor": None}


def test_a_situation_or_a_won_game_is_no_bureau():
    e = extract_entities("后通过轮换逐渐稳住局面，最终锁定胜局。市统计局发布数据显示，经济局势总体平稳。")
    assert e.organizations == ["市统计局"]


def test_a_project_named_after_its_size_is_a_project():
    e = extract_entities("重点项目方面，总投资65亿元的华曜半导体封装测试基地项目于2月28日正式签约，一期计划于今年6月开工。")
    assert e.projects == ["华曜半导体封装测试基地项目"]


def test_verbs_common_nouns_and_times_before_a_suffix_name_no_place_or_body():
    text = ("全年实施省市重点项目396个，安排市重点建设项目420个，改造城镇老旧小区317个，均超额完成省下达任务。"
            "春运期间全省高速公路服务区充电量累计1426.5万千瓦时，功能区声环境昼间达标率为96.8%。"
            "报告期内公司营业收入增长，叠加公司降本增效，全面推进法治澄州建设，乡镇覆盖率100%。"
            "业绩区间为3.2亿元至3.8亿元，来自澄州的选手领先，青岚县列第一。请韩立东局长作发布。")
    e = extract_entities(text)
    assert e.places == ["青岚县"]
    assert "韩立东局" not in e.organizations and not any(o.endswith("期内公司") or o.startswith("叠加") for o in
                                                           e.organizations)
    assert _last_of_list("人力资源和社会保障局") == "人力资源和社会保障局"
    assert _last_of_list("广星产业园和三乡镇人民政府") == "三乡镇人民政府"


def test_a_person_introduced_with_an_honorific_after_the_name():
    e = extract_entities("今天我们邀请到市人力社保局局长韩立东先生，市发改委副主任宋嘉女士，请他们介绍有关情况。")
    assert [(p.name, p.role) for p in e.people] == [("韩立东", "市人力社保局局长"), ("宋嘉", "市发改委副主任")]


def test_a_date_before_a_bodys_suffix_and_a_kind_of_village_name_nothing():
    e = extract_entities("开发区规划面积58.6平方公里，1993年经省政府批准设立。2024年公司营业收入增长18%。"
                         "全县213个行政村集体经济收入均超10万元，新庄村村民人均增收3000元。")
    assert not any(any(c.isdigit() for c in o) for o in e.organizations)
    assert "行政村" not in e.places


def test_verbs_quantifiers_campaigns_and_kinds_of_area_before_a_places_suffix_name_no_place():
    text = ("全县部分村集体经济薄弱，城管进社区活动覆盖现有社区。集团还联合街道办开展服务，超过市平均水平2.1个百分点。"
            "澜州市梧溪县吕良镇新建3座城镇污水处理厂，南岙作业区吞吐量增长，周边村和视频监控盲区也纳入巡查。")
    # (were: 部分村, 城管进社区, 现有社区, 集团还联合街道, 超过市, 座城镇, 周边村, 视频监控盲区)
    assert extract_entities(text).places == ["澜州市", "梧溪县", "吕良镇", "南岙作业区"]


def test_verbs_before_a_bodys_suffix_and_kinds_of_body_name_no_body():
    text = ("局长许明川受县人民政府委托作报告。桐岚县通过政府采购引进设备，经岚溪市住房公积金管理委员会批准，"
            "柔性引进省级医院专家，签约居民预约上级医院服务。岚峪出版发行集团与多家国际班轮公司合作，商业银行和互联网医院参与。")
    orgs = extract_entities(text).organizations
    assert "县人民政府" in orgs and "岚溪市住房公积金管理委员会" in orgs and "岚峪出版发行集团" in orgs
    # (were: 局长许明川受县人民政府, 桐岚县通过政府, 经岚溪市…, 柔性引进省级医院, 签约居民预约上级医院, 多家国际班轮公司, 商业银行…)
    assert not any(o.startswith(("局长", "桐岚县通过", "经", "柔性", "签约", "多家")) for o in orgs)
    assert "商业银行" not in orgs and "互联网医院" not in orgs


def test_surname_uses_are_where_the_pattern_of_each_surname_finds_them():
    from service.entities_en import SURNAME_USE, _surname_uses

    rng = random.Random(5)
    words = ["Lee", "Al-Lee", "Leeds", "lee", "_Lee", "9Lee", "Lee's", "Lee’s", " said", " says", ", who", " told", "s", "-",
             " ", ",", "'", "Kim", "Lee-Kim", " scored"]
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        for surname in ("Lee", "Kim", "Lee-Kim", "Al-Lee"):
            expected = [start + u.start() for u in re.finditer(rf"\b{re.escape(surname)}{SURNAME_USE}", text[start:])]
            assert list(_surname_uses(text, surname, start)) == expected, (text, start, surname)


def test_a_kind_of_body_counted_is_no_organization():
    text = ("目前，全村有网店2600余个，表演服饰有限公司160余家。全镇建立人民调解委员会18个，"
            "培育山东鸿泰昆仑能源科技有限公司等企业完成升规纳统工作。私立學校、私立医院陆续落户。")
    orgs = extract_entities(text).organizations
    assert "山东鸿泰昆仑能源科技有限公司" in orgs
    assert not {"表演服饰有限公司", "人民调解委员会", "私立医院"} & set(orgs)


def test_an_english_common_word_capitalized_in_a_heading_is_no_place():
    text = ("Tarnside Zoo annual review. Visitors to Zoo events rose 9%, and the zoo opened a new aviary. "
            "Our work at Home and in the Community reached 4,000 families; at home, the community team grew. "
            "Most visitors came from Tarnside and Merecroft (see www.tarnside.gov.uk). The City Museum, in the city "
            "centre, reopened in May; more people travelled to the City Museum than in any museum year before.")
    places = extract_entities(text, "en").places
    assert {"Tarnside", "Merecroft", "City Museum"} <= set(places)
    assert not {"Zoo", "Home", "Community"} & set(places)
