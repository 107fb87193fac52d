"""The words the kind rules read: plan and result verbs, the words around a number that make it a
size, a name, a standing count, a policy's term or another place's figure.

Only vocabulary lives here, as compiled patterns with an example each; the order in which the rules
read them, and what each decides, is `kinds.py`. A new word for an existing rule goes here; a new
rule goes there.
"""

from __future__ import annotations

from ..re_cache import compile_re


def _alt(*words: str) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# ---------------------------------------------------------------- verbs that govern a number

# Plan, goal and commitment words. Modal 要/将 only before a verb-like character (将 also marks an
# object: "将…列为", so it needs the verb right after it); 计划 not as a noun of size (计划总投资)
# or of a share (占年度计划的…).
# The verbs 将 marks the object of, not a will ("将…列为", "将…纳入"): read before the number in TARGET_RE, after it
# in DISPOSAL_AFTER.
_JIANG_OBJECT_VERBS = "作为|列为|纳入|视为"
TARGET_RE = compile_re(
    # (已争取…资金19.6亿元 is money obtained, and so is 争取上级资金2135万元: funds secured, their amount right after)
    _alt("力争", "确保", "(?<![已共])争取(?!到)(?![^，。；！？\\d]{0,20}?(?:资金|经费|补助|补贴|专项债券?|债券|奖补)(?:\\d|$))",
         "力促", "拟", "努力", "(?<!符合)(?<![于超出及])预期(?!寿命|壽命)", "有望", "将要", "(?<![半周])年内", "下一步", "下步", "今后",
         "规划(?!(?:总|建筑|用地|占地)?面积|用地|许可|编制|审批|设计|修编|成果|体系)",  # (规划面积 is a size, 规划许可证 a permit)
         "冲刺", "目标是", "目标为", "目标按", "奋斗目标", "主要指标", "主要目标", "预期目标", "工作目标",
         "计划到", "力求", "谋划", "排定", "排出",
         # (超计划完成, 完成计划进度: done)
         "(?<!占)(?<!占年度)(?<!占全年)(?<!超)(?<!完成)(?<!完成年度)(?<!完成全年)计划(?!总投资|投资的|的|性|内|外)(?=[\\u4e00-\\u9fff\\d]|(?<=今年计划|明年计划|全年计划|年度计划)(?<!超出年度计划)(?<!超过年度计划)$)",
         # (计划性停水, 计划内: done; a year's plan right before its number, the text read ending there: 今年计划12个项目开工,
         # not a programme's name, 入选省级以上科技人才计划67人)
         # (将 right before a number marks its object, 把: 全年将5家乡镇敬老院委托给专业机构运营; a will has its verb next)
         "即将", "将(?!\\d)(?![^，。；！？]{0,30}?(?:" + _JIANG_OBJECT_VERBS + "|打造成|转化为|评为|确定为|划为|整合为|合并为|调整为|改为|改造为|改建为|简化为|用作|用于"
         "|[^，。；！？与]与[^，。；！？]{1,20}?(?:关联|挂钩|衔接)))"  # (将登记结果与户籍迁移等事项关联: 把, a link made)
         "(?!军|近|来)",
         "(?<![纲摘提概主重])要(?=[完实达突新建开推引投确力全继加抓])",
         "可实现", "可达", "可新增", "可带动", "可提供", "可创造", "建成后", "投产后", "达产后", "竣工后", "开业后", "运营后", "投用后",
         "明年", "预计", "(?:提出|明确|要求)[，,]?(?=(?:到|至)(?:19|20)\\d{2}年)")
)
# Result words: something happened in the period.
# (not the verb of a class a year bounds: 2000年底前建成的老旧小区, 建成于2000年以前的老旧小区)
ACHIEVED_RE = compile_re(
    _alt("完成", "实现", "突破", "达到", "达", "新增", "净增", "出台", "引进", "落户", "招引",
         r"(?<!年前)(?<!年底前)(?<!年末前)(?<!年以前)建成(?!区|于(?:19|20)\d\d年以?前)",
         # a level reached by a change: 茶园面积扩大到2.3万亩, 覆盖率提高至41%
         "扩大(?:到|至)", "提高(?:到|至)", "提升(?:到|至)", "增至", "扩至", "升至", "降至", "下降(?:到|至)",
         "减少(?:到|至)", "降低(?:到|至)", "上升(?:到|至)", "发展(?:到|至)",
         "签约", "开工", "竣工", "投产", "提供", "增加", "集聚", "入选", "获批", "获评", "获得", "争取到", "已争取", "共争取",
         "吸引", "带动", "招商", "累计", "创造", "受理", "办理", "解决", "帮助", "发放", "培育", "认定",
         "引导", "(?<![会党层团群])组织", "举办", "开展", "接待", "实施", "落地", "成交", "销售(?!站|网点|门店|人员|渠道|点|经营者|企业|主体|商(?!品)|额[^，。；！？\\d]{0,3}(?:\\d+(?:\\.\\d+)?)?[万亿]?元以上)", "缴纳", "上缴",
         "入库(?!项目|企业|用户|主体)",  # (入库项目: the projects a list holds)
         "通过[^，。；！？\\d]{0,10}?(?:审定|验收|认证|评审|复核|鉴定|认定)")  # (29个新品种通过审定, 通过高新技术企业复核)
)
# Result words that settle the matter even after a plan word earlier in the sentence.
# (and work done in a part of the year already over: "拟建设4个泊位，前三季度完成投资15.2亿元")
STRONG_ACHIEVED_RE = compile_re(
    _alt("已", "截至", "截止", "截止到", "历史新高", "创新高", "成功(?!率)", "共计完成", "以来", "为止", "去年同期")
    + r"|(?<![争划将年保])(?:前三季度|1[—–-]\d{1,2}月|前\d{1,2}个月)(?:累计)?(?:完成|实现)"
)
# The current period's outturn estimated in a review: 预计全年完成…, 全年预计实现….
ESTIMATE_RE = compile_re(
    # (not what it will reach, 预计全市最高用电负荷将达到850万千瓦, unless by the period's end: 预计12月底前…将达到30万吨)
    r"预计(?!年(?![度底末内终]))(?!明年|来年|下一?年)(?:到|至)?(?:全年|今年|年末|年底|年终|当年|本年|上半年|一季度|前三季度)?[^，。；！？将]{0,16}?"
    r"(?:完成|实现|达到|达|增长|突破)"
    r"|预计[^，。；！？]{0,6}?(?:全年|今年|年末|年底|年终|12月底)[^，。；！？]{0,12}?(?:完成|实现|达到|达|增长|突破)"
    r"|(?:全年|年末|年底|全月|本月|当月)[^，。；！？]{0,12}?预计(?:完成|实现|达到|达|增长|为)"  # (8月全月…用电量预计为…)
    r"|预计(?:全年|今年|当年|本年)[^，。；！？可将能]{1,16}?(?:约|为|在)?$"  # (预计今年全县茶叶总产量约1.9万吨)
    r"|(?:全年|今年|当年|本年)[^，。；！？可将能]{1,16}?预计$"  # (今年全市…占比预计超过四成)
    r"|(?:全年|今年|当年|本年)预计[^，。；！？可将能]{1,12}?(?:约|为|在)?$"  # (全年预计处理垃圾39.2万吨)
)
# The year a 预计 estimates the outturn of, right after it: 预计全年…, 预计今年….
OUTTURN_YEAR = compile_re(r"全年|今年|年末|年底|年终|当年|本年")

# ---------------------------------------------------------------- where the number stands

# The size of a project, a batch of projects or a fund.
SIZE_BEFORE = compile_re(
    r"(?<!完成)(?<!实现)(?<!累计)(?<!到位)(?:计划)?(?:总投资(?:额)?|投资总额|总出资(?:额)?|(?<!产业)(?<!经济)(?<!消费)(?<!市场)总规模|总造价|注册资本|计划投资总额|总投入|"
    r"基金规模|集群规模|全长|总长|总金额|预算金额|预算价|(?:最高)?(?:投标)?限价|招标控制价)(?:约|达到|达|为|超过|超|近|逾|共|共计|合计|分别为|分别|是)*"
    r"(?:[:：]\s*)?(?:人民币)?$"  # (a tender's budget and price cap: "预算金额：人民币4,386.52万元")
)
# 完成固定资产总投资…: money that flowed in the period, not a size.
MONEY_FLOWED = compile_re(r"完成|实现|累计|到位|实际|新增")
# 投资2亿元的…项目, 投资5000万元自动化…改造项目: an amount that describes the project after it.
INVEST_BEFORE = compile_re(r"(?<!完成)(?<!实际)(?<!累计)(?<!到位)(?<!新增)(?:投资|规模|资金)(?:约|达|超过|超|近|逾|为)?$")
PROJECT_AFTER = compile_re(r"^[^，。；！？,;:：]{0,30}?(?:项目|工程|基地|生产线|产业园|园区|基金)")
# A fund named by its size: 组建20亿元母基金, 设立规模1亿元的中小微企业应急转贷资金池 (what it holds, not money that flowed).
FUND_AFTER = compile_re(r"^(?:的)?[\u4e00-\u9fff]{0,12}?(?:基金|资金池)(?![\u4e00-\u9fff]{0,2}(?:投资|投入|撬动|带动|完成))")
# A capacity inside a project's name: 年产10万吨…项目, 20兆瓦农光互补项目.
CAPACITY_BEFORE = compile_re(r"(?:年产|年出栏|年加工|年处理|年销售|年生产|日产|年发电|年吞吐|年屠宰|年存栏|年产能)(?:约)?$")
NAME_AFTER = compile_re(r"^[\u4e00-\u9fffA-Za-z“”]{1,24}?(?:项目|工程|基地|生产线)")
# An item of a list of projects: "涵盖A、15万千瓦风能开发、C等10个招商引资签约项目" (the number is in
# the item's name; the list closes with 等 … 项目).
LIST_OF_PROJECTS_AFTER = compile_re(r"^[^，。；！？,;:：]{0,60}?、[^，。；！？,;:：]{0,40}?等[^，。；！？,;]{0,14}?(?:项目|工程)")
ITEM_START = compile_re(r"[、，,：:；]$|^$")
# Units of a capacity or a size (a count of projects, 12个项目, is not a size).
SIZE_UNITS = {"元", "美元", "欧元", "港元", "吨", "万吨", "千瓦", "兆瓦", "吉瓦", "千瓦时", "兆瓦时", "吉瓦时", "平方米", "亩", "公顷",
              "平方公里", "立方米", "标箱", "套", "台套", "只", "头", "张"}
# The time a project or a task is given, not a result: 工期18个月, 为期3天, 建设周期2年; how long an
# event lasted, in a clause of its own: "春运自1月14日开始，至2月22日结束，共40天", or named so: "运动会历时4个月".
PERIOD_OF_WORKS = compile_re(r"(?:工期|建设期|建设周期|周期|期限|为期)(?:为|约|仅|只有|共)?$|^\s*共计?$|历时(?:约|近|长达|达)?$")
# A rate a rule applies, no result: 按25%的企业所得税税率计算, 减按1%征收, 适用3%征收率, 按100%比例加计扣除.
RATE_APPLIED_BEFORE = compile_re(r"(?:按照?|减按|适用)$")
RATE_NAMED_AFTER = compile_re(r"的?[\u4e00-\u9fff]{0,6}?(?:征收率|税率|费率|扣除率|比例)")
# A sum a rule sets per unit or as a band: 按每吨每年100元的标准拨付, 按3万元至5万元给予一次性建设补助.
SUM_APPLIED_BEFORE = compile_re(r"按照?(?:每[^，。；！？\d]{1,6})?$")
# A price, a fee or a sum set per unit, a rate and no amount of the period: 上网电价执行每千瓦时0.65元, 每户每月8元,
# 流转租金每亩每年30至50元, 每个中心给予省级补助资金200万元. Not what a market paid on average in the period
# (收购均价每斤1.33元, 平均价格每吨2460元, 成交均价为每平方米6420元), what a work saved or earned per unit (每亩节省…
# 约420元), nor a standard raised to a new level (提高到每人每月880元): writers read those as results.
PRICE_PER_UNIT = compile_re(r"每[^\d，。；！？每]{1,4}?(?:每[年月日天季次周人])?[^\d，。；！？每]{0,8}$")
# A price a rule sets, whatever the words of prices seen around it: 三等小麦最低收购价为每斤1.18元, 普通公交线路票价为1元.
PRICE_SET = compile_re(r"(?:最低收购价|指导价|限价|票价)(?:格)?(?:为|是)?(?:每[^\d，。；！？每]{1,4})?$")
PRICE_OBSERVED = compile_re(r"提高|调整|上调|下调|增加|降低|减少|提升|下降|上涨|均|平均|收购|成交|售价|价格|节省|节本|增收|成本|每股|每笔")
# What a place can hold at once, its capacity (可同时容纳旅客3000人, 可容纳避难人员3.6万人), not what a work to be built
# will hold (建成后可容纳…, the plan's).
CAPACITY_HELD = compile_re(r"(?<!后)可(?:同时)?(?:容纳|停放)[^，。；！？\d]{0,8}$")
# A limit or a standard a measure is held to: 低于国家标准限值250毫克/立方米, 低于省定0.3%的控制标准, 低于70分贝的评价限值.
LIMIT_BEFORE = compile_re(r"(?:限值|标准值|控制标准|最低标准)(?:为|是)?$")
LIMIT_AFTER = compile_re(r"[^，。；！？\d]{0,12}?的?(?:排放|评价)?(?:限值|控制标准|最低标准|标准值)")
# What a duration names that is no work of the period: a service round the clock (24小时值班制度, 24小时服务热线), a
# time limit a response is held to (5个工作日内答复, 接到报修后2小时内上门), the window a rainfall is measured over
# (24小时降雨量达到50毫米).
DURATION_AS_RULE = compile_re(r"(?:[^\d，。；]{0,2}?(?:值班|值守|服务|受理|自助|热线|应急|在线|营业|开放|不间断|监测|监控|巡查|接警)"
                              r"|内[^\d，。；]{0,4}?(?:须|答复|回复|响应|上门|到达|到场|办结|处理|直报|报告|反馈|处置|发布|启动)"
                              r"|(?:最大)?(?:降雨量|降水量|雨量))")
# Measures of land and floor space: with no verb in their clause they profile a place.
AREA_UNITS = {"平方米", "亩", "公顷", "平方公里", "平方千米", "㎡", "m²"}
# Work done on land, before its area: 新建高标准农田5.3万亩 is work of the period (or its plan), no profile.
# (and the sowing of a season: 今年全县秋粮播种78.3万亩)
AREA_WORK = compile_re(r"新建|新增|新造|新种|新植|补植|栽植|建成|改造|整治|修复|治理|造林|绿化|流转|盘活|收储|出让|腾退|复垦|拆除|改善|恢复"
                       r"|(?<!常年)(?:播种|收获)|供应|供地|划拨|消化|处置|占用|征收|收回")  # (全年共供应国有建设用地186.42公顷)
# Work done on an area, as a verb of its clause (新建建筑面积 in a project's scale is its size).
# A rate's base before 拥有: "每千人拥有社会体育指导员2.6名" is a rate, not what the place holds.
RATE_BASE = compile_re(r"(?:每[\d一二三四五六七八九十百千万]+(?:人口?|户|名|平方公里)|人均)$")
# The area or the people an event or a work of the period measures, not a place's: 受灾人口, 受益人口, 出生人口, 过火面积,
# 农作物受旱面积, 房屋施工面积, 征收房屋面积, 机采面积, 改善灌溉面积, 恢复粮食生产面积, 新增服务面积, 秸秆还田面积,
# 农机作业服务面积, 全程托管服务面积, 制种面积 (the seed grown in the season), 推广面积 (where a variety was spread).
EVENT_MEASURED = compile_re(r"(?:受灾|受旱|受涝|受影响|过火|受害|受益|惠及[\u4e00-\u9fff]{0,4}|出生|死亡|施工|征收[\u4e00-\u9fff]{0,2}|机采|机收"
                            r"|机播|灌溉|恢复[\u4e00-\u9fff]{0,4}|用地|购建房|可售|销售|成交|竣工|开工|治理|修复|整治|造林|复垦|流转"
                            r"|转移|搬迁|还田|受害森林|防治|(?:作业|托管)(?:服务)?|制种|推广(?:种植)?)$")  # (not 服务人口约182万人: whom a utility serves)
# What a number after 人口 measures when a noun stands between them: 脱贫人口人均纯收入11840元 is an income.
NOUN_AFTER_POPULATION = compile_re(r"[\u4e00-\u9fff]{2,}")
LAND_WORK_DONE = compile_re(r"落实|完成|(?<!常年)(?<!常年粮食)(?:播种|收获)|已[夏秋春]?(?:播|种|收|机收|收割|插秧|栽插)")
HELD_AT = compile_re(r"(?:稳定|保持|稳)在$")
RESULT_IN_GAP = compile_re(r"开工|投产|签约|落地|竣工|完成|建成|达产|实施|引进|落户|开建|推进")
# A sentence that opens on where a place lies profiles it, every figure in it (`other`): "青峦县地处青峦山脉东麓，县域面积
# 1863平方公里，森林覆盖率78.4%，辖9个镇…", "桐坝镇位于县境东北部，距县城28公里…". Not past a period or the work done in it:
# "公司位于高新区的募投项目一期工程已于2025年8月建成投产，新增产能120万套/年".
PLACE_PROFILE = compile_re(r"^(?![在对从由])[^，。；！？\d]{1,20}?(?:位于|地处|坐落于?|地跨)")  # (not "在位于…的项目现场": a place named)
PROFILE_ENDS = compile_re(r"(?:19|20)\d\d年|今年|本年|上半年|下半年|全年|年内|前三季度|一季度|截至|以来|完成|新增|新建|建成|投产|引进|实现")
# Standing counts and profiles: what a place has, not what happened.
# (A profile's own verb, the 达 of 面积达 or 存量达, makes no result of it: see `_position_rules`.)
# The verbs both a standing count and the list it governs are read with: what the whole place has (全镇共有行政村23个),
# the resources a place keeps (全市共配置应急抢修队伍86支), how a body is made up (中心设7个处).
# (a noun between: 全市2000年底前建成的老旧小区共有1126个; or 有 alone: 全市有…的老旧小区1140个, 全区仍有…, 全市年初有…; not the
# firms the period's trade counts: 全市有进出口实绩的企业2,143家)
_WHOLE_PLACE_HAS = r"全(?:国|省|市|区|州|县|镇|乡|村)(?:[^，。；！？]{0,24}?共有|(?:年初|年末|目前)?(?:仍|尚|还|另)?有(?![效序力所望关的]|[^，。；！？]{0,6}实绩))"
_KEEPS = r"(?<![新增])共配(?:置|备|有)"
_SET_UP = r"(?<![建增新开铺架敷布装安假])设有?"
STANDING_BEFORE = compile_re(
    r"(?<!新)(?P<word>拥有|现有|目前已?(?:集聚|聚集|入驻|拥有|共有|有|运营|管理)|辖区内|境内|下辖|辖|存量(?:为|达(?![到成]))?"
    r"|(?:规划(?:总|建筑|用地|占地)?|总)?面积(?:为|约|达(?![到成]))?|(?<![千万])人口|占地(?:面积)?(?:约)?|常住|户籍|在建"
    r"|在谈|在库|在孵|(?:入库)?储备项目|储备库|项目库|入库(?:项目|企业|用户|主体)|(?:目前|现)[^，。；！？]{0,8}?共有"
    r"|馆藏|在用|备有"  # (馆藏文物12.7万件, 在用特种设备9.86万台, 备有应急发电车46台: what is held, in use, kept)
    # (a body's staff and a register's entries: 在职职工3860人, 在岗乡村医生236人, 在编132人, 登记在册渔船1632艘; not what is
    # on a register at the period's end, 截至11月30日，全市在册地质灾害隐患点1186处)
    r"|(?:在职|在岗|在编|登记在册)(?:在岗)?(?:职工|员工|教职工|人员|乡村医生|医生|教师|护士|民警|渔船|船舶)?"
    r"|" + _WHOLE_PLACE_HAS +
    r"|保有量(?:为|约|达(?![到成]))?"  # (电动自行车保有量约168万辆: a stock, the place's)
    r"|(?<![新增扩建造修])(?:总|有效|设计|兴利)?(?:仓容|库容)(?:为|约)?"  # (仓容5.4万吨, 总库容1.86亿立方米: what a store holds)
    r"|" + _KEEPS +
    r"|(?:^|(?<=[\u4e00-\u9fff]))" + _SET_UP + r"(?=$))"  # (设 right before its number)
    # (a noun of a few words, an age, a model code or a class bound in it: 现有60周岁以上老年人, 目前全市共有汽车品牌4S店87家,
    # 境内共有流域面积10平方公里以上河流86条; not a rate's base: 每千人口执业医师3.35人)
    r"(?:[^，。；！？、\d]|\d+周?岁|\d+[A-Z](?=[\u4e00-\u9fff])|\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff]{1,4}以上"
    r"|(?:19|20)\d\d年(?:底|末)?以?前){0,16}$"  # (a class a year bounds: 建成于2000年以前的老旧小区)
)
# A standing count's verb, which governs a list: 现有国家级“小巨人”企业9家、省级专精特新中小企业57家.
LIST_GOVERNOR = compile_re(r"(?<!新)(?P<word>拥有|现有|目前有|目前共有|" + _WHOLE_PLACE_HAS + r"|下辖|" + _KEEPS
                           + r"|(?:^|(?<=[\u4e00-\u9fff，,]))" + _SET_UP + r"(?=\d))")
STANDING_AFTER = compile_re(r"^[^，。；！？]{0,3}(?:在建|在谈|储备|正在(?:施工|建设))")  # (另有28部正在施工: under way, 在建)
# A count of a list or of a policy document: 18条意见, 营商环境10条, 217家…开发区综合考评中.
POLICY_AFTER = compile_re(r"^[”’\"」]?(?:意见|措施|举措|政策|条款|规定|细则|办法|承诺|服务承诺|工作法|机制)")
RANKING_AFTER = compile_re(r"^[^，。；！？]{0,24}?(?:中|之中)(?:位列|位居|排名|排|居|名列|列)")
BASIS = compile_re(r"在[^，。；！？]{0,40}$")
BASIS_AFTER = compile_re(r"^[^。；！？]{0,40}?的?基础上")
# Examples from elsewhere: 如…, 比如…, 例如….
EXAMPLE_START = compile_re(r"^(?:如|比如|例如|譬如|像)")
# 其中…, 包括…: parts of a batch take the batch's kind.
PART_START = compile_re(r"^(?:其中|包括|含)")
# A sentence or a clause that breaks a whole down into its parts: "其中，…", "从用途看，…", "分品种看，…".
_BREAKDOWN = r"(?:其中|从[^，。；！？]{1,8}(?:看|来看|上看)|分[^，。；！？]{1,6}看)[，,：:]"
BREAKDOWN = compile_re(f"^{_BREAKDOWN}")  # (opening the sentence)
BREAKDOWN_BEFORE = compile_re(f"{_BREAKDOWN}$")  # (right before the clause)
# A growth rate or a share continues the figure before it: 同比增长8%, 占…的73.7%.
CONTINUES = compile_re(
    r"(?:同比|比上年|较上年|比去年|较去年|比年初|较年初|环比)?(?:分别)?(?:增长|下降|增加|减少|提高|提升|上升|回落|增幅|降幅)"
    r"(?:了|约|达|为)?$|占[^，。；]{0,20}?(?:的|比重|比例)?(?:为|达|约|超)?$|占比(?:为|达|约)?$|分别(?:为|达|达到)?$|[、和及与]$"
)
# The whole a share is of, written before it: 占年度计划投资182.2亿元的81.6%.
# (为年度计划15万亩的124%, 为年初预算41.80亿元的101.3%)
# (and what a share done is of: 完成年度计划投资54.25亿元的108.2%)
SHARE_OF = compile_re(r"占[^，。；！？]{0,20}$|(?:为|是|相当于)(?:年初|年度|全年|调整|上级下达的?)?(?:计划|目标|任务|预算)(?:数)?$"
                      r"|完成(?:年初|年度|全年)?(?:计划|目标|任务|预算)[^，。；！？\d]{0,8}$")
TARGET_WORD = compile_re(r"计划|目标|任务|预算")
# A clause of progress after a plan's amount: 年度计划投资1.5亿元，累计完成0.38亿元.
# (after the plan as a noun only: 力争…，实际到位资金不低于160亿元 is still the plan)
PROGRESS = compile_re(r"^(?:累计|已经?|实际上?)(?:完成|实现|到位|建成|争取到?)")  # (…；实际完成管网18.6公里)
# The plan's own figure, in brackets after its name: 超过年度计划（280公里）, 完成年度目标(2.5万人)的107.2%.
# (a goal's value and a control quota too: 优于年度目标值（33微克/立方米）, 占市政府下达控制指标（27人）的70.4%, 目标值为95%)
PLAN_IN_BRACKETS = compile_re(r"(?:(?:计划|目标|任务|预期|预算)值?|(?:控制|考核|约束性)指标)[（(](?:为|是|约)?$|(?:目标|计划)值(?:为)?$")
# A benchmark's or an earlier time's figure in brackets after its name: 高于全省平均水平（5.4%）, 恢复至2019年
# 同期(157.4万人次)的118.6%, 比上月（87.1%）下降7.1个百分点.
# (any average's: 高于全国规模以上工业企业平均水平（1.43%）, 行业平均水平（4.8%）; and a year's label inside the brackets:
# 营业收入：1,486.3亿元（2023年：1,391.7亿元）)
REFERENCE_IN_BRACKETS = compile_re(r"(?:(?:全国|全省|全市|全区|全州|全县)?(?:同期)?平均(?:水平|值|增速|增幅)?|(?:19|20)\d{2}年同期"
                                   r"|上年同期|去年同期|上年|去年|上月|上季度|上期|年初)(?:末|底)?[（(](?:为|是|约)?$"
                                   # (an earlier time's aside naming what it measures: （上年同期当期结余14.65亿元）)
                                   r"|[（(](?:上年同期|去年同期|上年|去年|上月|上季度|上期)(?:末|底)?[\u4e00-\u9fff]{1,8}?(?:为|是|约)?$"
                                   r"|[（(](?:19|20)\d{2}年(?:度|末|底)?[:：](?:为|是|约)?$"
                                   # (and the base a change is measured from: 较2023届的90.53%提高0.84个百分点)
                                   r"|(?:较|比|相比)(?:(?:19|20)\d{2}(?:年度?|届)|上年|去年|上届|上月|上季度|年初)(?:同期)?的$"
                                   # (or the whole's own figure in brackets: 比全省平均水平高1.1个百分点（全省为增长6.1%）)
                                   r"|[（(](?:全国|全省|全市|全区|全州|全县)(?:同期|平均)?(?:水平)?(?:为|是)?"
                                   r"(?:增长|下降|增速|增幅)?(?:为|了)?$")
# The outturn reported against a plan named before it: 计划新建12所，实际建成投用13所 (a clause of its own
# that opens with 实际, 累计 or 已 and a verb of work done). The plan's clause is over there.
OUTTURN_AFTER_PLAN = compile_re(r"[，；,;][^，。；！？\d]{0,6}?(?:实际上?[\u4e00-\u9fff]|(?:累计|已经?)[\u4e00-\u9fff]{0,4}?"
                                r"(?:完成|实现|到位|建成|新增|完工|竣工|开工|投用|投入使用|改造|发放|新建|招引|引进|签约))"
                                # (or done in the months gone by: 年度计划完成投资86亿元，1至11月完成投资79.3亿元)
                                r"|[，；,;](?:1|一)\s*[至—–~－-]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?:累计|共|已)?(?:完成|实现)"
                                r"|[，；,;]前[一二三]季度(?:累计|共|已)?(?:完成|实现)")
# The verb 将 marks the object of, after that object: 将14家用人单位列入…名单 (把, no will).
DISPOSAL_AFTER = compile_re(r"[^，。；！？]{0,24}?(?:" + _JIANG_OBJECT_VERBS + r"|列入|移送|移交)")
# A clause's own plan verb, which no result before it overrides: 可将电站占地面积减少约20% (将 alone is
# also the object marker: 将个人最好成绩提高了近1分钟).
OWN_PLAN_VERB = compile_re(r"可(?:将|使|让|把)|力争|确保|(?<![已共])争取|有望")
# A clause's own verb of work done: the change after a standing count is of the work (在建项目412个，完成投资增长8.3%).
OWN_RESULT_VERB = compile_re(r"完成|实现")
# "…超千亿”奋斗目标", "…的目标任务": the goal is named right after the number.
TARGET_AFTER = compile_re(r"^[”’\"」]?(?:左右|以上|以内)?(?:的)?(?:奋斗|发展|年度|工作|规划|预期|主要|调控|考核|控制){0,2}"
                          r"(?:目标|任务)|^(?:左右|以上)?的(?:规划|计划|年度)预期"  # (低于6%的规划预期)
                          r"|^(?:以内|以下)?的(?:年度)?(?:控制|考核)指标")  # (远低于省定0.9‰的控制指标)
# A share of its goal reached is a result: 完成规划目标的87.2%, 完成年度目标任务的81%.
# (the plan's amount may stand before 的: 完成年度投资计划160亿元的52.2%)
# (and how far the work is ahead of the time elapsed: 完成年度计划的84.8%，高于时间进度1.5个百分点)
# (and a share of a quota used: 占市政府下达控制指标（27人）的70.4%)
ATTAINMENT = compile_re(r"(?:完成|达到|实现|为)了?[^，。；！？]{0,16}?(?:目标|计划|任务)(?:任务)?(?:[\d.,]+[万亿]?[\u4e00-\u9fff]{0,2})?的$"
                        r"|占[^，。；！？]{0,16}?(?:控制|考核)指标(?:[（(][\d.,]+[万亿]?[\u4e00-\u9fff]{0,2}[）)])?的$"
                        r"|(?:高于|快于|超过|超|低于|慢于|落后于?)(?:序时|时间)进度$")
# A list of projects whose spending is the result: 全区83个市级以上重点项目完成投资118.6亿元.
LIST_OF_WORKS_SPENT = compile_re(r"^[^，。；！？\d]{0,12}?项目(?:累计|共|已|共计)?完成(?:年度)?投资")
# The same, its noun before the number: 全年亿元以上施工项目153个，完成投资201.6亿元.
WORKS_SPENT_AFTER = compile_re(r"^[，,](?:累计|共|共计)?完成(?:年度)?投资")
# A policy's terms, neither a result nor a goal: a standard (补贴标准为每辆3000元), a cap (单个项目最高1000万元),
# a rate it pays at (按新品销售价格的15%给予补贴, 按每人1500元的标准给予…补助).
POLICY_TERM_BEFORE = compile_re(r"(?:标准为|标准是)[^，。；！？\d]{0,12}$"
                                # (补贴标准根据家庭人口和收入情况确定为每户每月300—800元)
                                r"|标准[^，。；！？\d的]{0,20}?(?:确定|核定|设定|统一)为[^，。；！？\d]{0,8}$"
                                r"|(?:单个项目|每[\u4e00-\u9fff]{1,3}|给予|提供|发放)最高(?:不超过)?$"
                                # (单人最高救助额5万元, 单户最高补助金额…)
                                r"|(?:单|每)[\u4e00-\u9fff]{1,3}最高(?:救助|补助|补贴|奖励|资助|贷款)(?:额度?|金额)(?:为|不超过)?$"
                                r"|最高(?:额度|限额)(?:为|不超过)?$|(?:企业|个人|单位|项目|家庭|每户)最高(?:不超过|可达)?$"  # (小微企业最高400万元)
                                r"|每(?:新增|新引进|引进|增加)?$"  # (每新增1家: the unit a grant is paid per)
                                r"|(?<!提高至)(?<!提高到)(?<!调整为)(?<!调整至)(?<!上调至)(?:每人|人均)每(?:月|年)$"  # (a standard raised is news)
                                r"|每[^，。；！？]{1,3}(?:加价|补贴|补助|奖励)$|每新增[^，。；！？]{1,12}(?:补贴|补助|奖励)$"
                                # (a grant's or a loan's cap: 单件补贴最高不超过2000元, 单户借款额度不超过30万元, 最高额度仍为60万元,
                                # 贷款最高额度由70万元提高至80万元)
                                r"|(?:补贴|补助|奖励|奖补|资助|额度|限额)最高(?:不超过|不得超过|可达|为|仍为)?$"
                                r"|(?:额度|限额)(?:不超过|不得超过|仍为)$|最高(?:额度|限额)(?:由[\d.]+万?元)?(?:提高|上调|调整)(?:至|到|为)$"
                                # (a fund's bounds and the rates it pays at: 缴存基数上限为31,452元, 下限为2,190元, 缴存比例均为5%—12%,
                                # 保费补贴比例为75%, 每日预约上限由1.8万人次…)
                                r"|(?:上限|下限)(?:为|是|由)?$|(?:缴存|补贴|补助)比例(?:为|是|均为)?$")
_GRANT = r"(?:奖励|补贴|补助|资助|奖补)"
# A grant on a condition, to whoever meets it: 对首次认定的国家级“小巨人”企业，给予一次性奖励100万元.
CONDITIONAL_GRANT = compile_re(rf"对[^。；]{{2,60}}?的[^。；，,]{{0,12}}[，,]?[^。；，,]{{0,6}}?给予(?:一次性|最高)?{_GRANT}(?:资金)?$")
POLICY_RATE_BEFORE = compile_re(r"按(?:每[\u4e00-\u9fff]{1,3}|[^，。；！？]{1,16}的)$")
POLICY_RATE_AFTER = compile_re(rf"^(?:、[^，。；！？]{{0,12}}?)?(?:的标准)?(?:给予|予以|进行|发放)?(?:一次性)?[\u4e00-\u9fff]{{0,4}}?{_GRANT}")
# What a works is designed for is its size: 设计年通过能力180万标箱, 设计产能.
# (and what a work is designed to handle or run at: 设计日处理厨余垃圾500吨, 设计时速200公里)
# (and the area it is designed to serve or the beds and seats it is built with: 设计灌溉面积12.6万亩, 设计床位800张)
DESIGN_CAPACITY = compile_re(r"设计(?:年|日)?(?:[\u4e00-\u9fff]{0,4}(?:能力|产能|规模|面积|床位|车位|座位|泊位|流量)|时速|速度|容量|库容"
                             r"|处理[\u4e00-\u9fff]{0,10}?"
                             r"|吞吐[\u4e00-\u9fff]{0,6}?)(?:为|达|约)?$")
# A quota handed down (the convention's "quota"), and the rate a plan is done at.
QUOTA = compile_re(r"限额(?:为|达|共)?$|下达[^，。；！？]{0,30}?(?:任务|目标|计划|指标)(?:为|共)?$")
# The goal a share of it is reached of: 完成市下达年度任务2500辆的75.0%.
GOAL_OF_ATTAINMENT = compile_re(r"(?:完成|达到|实现)[^，。；！？]{0,24}?(?:任务|目标|计划|指标)$")
COMPLETION_RATE = compile_re(r"(?<![预计划])完成率(?:为|达|达到)?$")
# Last year's same period as the time of the figure, not the base of a change (比去年同期增长8%).
SAME_PERIOD_LAST_YEAR = compile_re(r"(?<![比较与同])(?:去年|上年)同期(?:的)?(?:增速为|增速|为|下降|增长|仅为|仅)?$"
                                   # (a clause of its own on an earlier time: 上年为29.6%, 去年四季度为298.5亿元, 当时为21.6亿元)
                                   r"|^(?:上年|去年|上季度|上月|当时|此前|年初)[^，。；！？\d]{0,6}?(?:为|是|仅为|只有)$"
                                   r"|^(?:19|20)\d{2}年同期[^，。；！？\d]{0,12}?(?:为|达)?$")  # (2022年同期消费季带动消费为2.1亿元)
# A budget's sum, set for its year: 2025年市级防震减灾经费预算安排860万元, 部门预算安排人防经费2150万元 (the plan's).
BUDGET_PLANNED = compile_re(r"预算(?:拟)?安排[^，。；！？\d]{0,10}$")
# The data a statement rests on: 根据全市14个国控、省控空气质量自动监测站点数据.
SOURCE_OF_DATA = compile_re(r"^(?:根据|依据)[^，。；！？]*$")
# The field a count or a share is taken from: 全县287家规上工业企业中，196家产值实现正增长.
FIELD_AFTER = compile_re(r"^[^，。；！？,;\d]{0,16}?(?:中|之中|当中)(?:[，,]|有(?=\d))")  # (…29个工业行业大类中有21个…)
# The field of a rank: 居全市9个县（市、区）第3位.
FIELD_OF_RANK = compile_re(r"^[^，。；！？\d]{0,14}?第[\d一二三四五六七八九十]+(?:位|名)")
RANKED_IN = compile_re(r"(?:居|位居|位列|排名|排|列)(?P<scope>全国|全省|全市|全区|全县|全州)?$")
# A run of years: 连续8年, 连续三年 (a streak, or how long a floor has held).
YEARS_RUNNING = r"连续(?:\d{1,2}|[两二三四五六七八九十]{1,2})年"
# What is left of the work, before the plan that finishes it: 剩余3项民生实事确保年底前全部完成.
REMAINING = compile_re(r"(?:剩余|其余|尚余|余下|剩下)$")
# What is still left, a stock: 全县大班额还有19个, 仍有近三成山塘存在渗漏问题.
STILL_LEFT = compile_re(r"(?:还有|仍有|尚有)$")
# What a place has only so much of, a shortfall its writer laments: 全县农村供水专职管护人员仅56人, 全院仅有全科医生8名,
# 枯水期供水保证率不足90% (not a result that fell short, 三季度新开工项目仅5个, nor a rate 仅为: both have their verb).
SHORTFALL = compile_re(r"(?:仅有|只有)[^，。；！？\d]{0,10}$|(?:(?<![不])仅(?![为占])|(?:仍|尚)?不足|不到)$")
# A stock's change over the period, in the clause after it: 年末全县户籍人口61.38万人，比上年末减少0.42万人
# (the stock is reported as the period's outcome then, not as the place's profile).
STOCK_CHANGED_AFTER = compile_re(r"[，,](?:比|较|同比|与)(?:上年末|上年底|去年底|去年末|年初|上年度|上年|去年)(?:相比)?[，,]?"
                                 r"(?:净?增加|净?减少|净增|净减|增长|下降|提高|降低|增|减)")
# A life span measured, whose years are an outcome (人均预期寿命80.2岁), not an age that names people.
LIFE_SPAN = compile_re(r"寿命|壽命")
# A band that defines a class, its two bounds together: 造成3人以上10人以下死亡, 1000万元以上5000万元以下直接财产损失.
BAND_UPPER_AFTER = compile_re(r"[0-9][0-9.,]*(?:万|亿)?[^\d，。；、,;]{0,4}?以下")
BAND_LOWER_BEFORE = compile_re(r"[0-9][0-9.,]*(?:万|亿)?[^\d，。；、,;]{0,4}?以上$")
# The places a place is made of: 全县213个行政村 (a profile, whatever the villages did).
# (at the present too: 目前全市156个行政村已全部通达公交; and counties, 全省104个县（市、区）均已建立…)
WHOLE_OF_PLACE = compile_re(r"(?:^|[占覆盖]|目前|当前|(?<!实)现)(?:全(?:县|市|区|镇|乡|省|州|旗)|辖区内?|境内)(?:共有|共|现有)?$")
# The places a work done reached: 向全县86个行政村农家书屋配送图书, 在全县二十个乡镇设立法官工作站 (a plan's reach is its
# goal: 计划年内在全县16个乡镇设立…).
WHOLE_PLACE_REACHED = compile_re(r"[向在对为给](?:全(?:县|市|区|镇|乡|省|州|旗)|辖区内?|境内)$")
# A class a year bounds, counted whole: 全市2000年底前建成的城镇老旧小区共1,057个 (how many there are, a profile).
YEAR_BOUNDED_CLASS = compile_re(r"(?:^|全[县市区镇乡省州旗]|辖区内?)(?:19|20)\d{2}年(?:底|末)?以?前(?:建成|建设|建造|修建)的[^，。；！？\d]{1,12}(?:共有|共|有|约)?$")
PLACES_AFTER = compile_re(r"(?:行政村|自然村|村（社区）|村居|村|社区|乡镇|街道|乡|镇|县（市、区）|县（区、市）|县市区|县区|区县|县(?![、级])|市（县、区）)")
# The members of a place's class, counted before what the clause then measures of them: 全县36家星级饭店
#平均客房出租率为81.4%, 全市2家5A级景区共接待游客148.9万人次 (the class's size, as 88个重点项目完成投资93亿元).
MEMBERS_COUNTED = ("个", "個", "家", "所", "座", "处", "處")
MEASURED_AFTER = compile_re(r"^[^，。；！？,;\d]{2,24}?[^，。；！？,;]*?\d")
_ABOVE_OR_BELOW = "高于|低于|快于|慢于|好于|优于|超过|超出"
# Another place's level a figure is compared with: 增速高于全省9.6%的平均水平.
BENCHMARK_BEFORE = compile_re(rf"(?:{_ABOVE_OR_BELOW}|比)(?:同期)?(?:全国|全省|全市|全区|全州)(?:同期|平均)?$")
# Figures of other places: a neighbour's, or the average of its peers (全县乡镇平均; 全省平均 is a province's own).
ELSEWHERE = compile_re(r"(?:邻近|相邻|周边|毗邻)的?[\u4e00-\u9fff]{1,8}(?:县|市|区|镇|乡|园|开发区)|(?<![至到往与和同])邻(?:省|市|县|区)"
                       r"|(?:乡镇|县区|区县|县市|各[县市区镇])[^，。；！？]{0,10}平均")
# (but a gap from them is this place's: 高于全省平均水平2.1个百分点)
COMPARED = compile_re(rf"{_ABOVE_OR_BELOW}|比|较|高出|低出")
BENCHMARK_AFTER = compile_re(r"^的?(?:平均(?:水平|值|增速|增幅)|增速|增幅|水平)")
# The level of a benchmark named before it, not a gap from it: 高于全省平均水平10.8‰, 低于国家标准规定的1.2%,
# 高于全省法官人均结案358件的水平 (but 高于全省平均水平2.1个百分点 is this place's lead).
BENCHMARK_LEVEL_BEFORE = compile_re(rf"(?:{_ABOVE_OR_BELOW})(?:同期)?(?:全国|全省|全市|全区|全州|国家)[^，。；！？\d（(]{{0,14}}?"
                                    # (or an average named by what it measures: 也低于全省城市公共供水管网平均漏损率9.1%)
                                    r"(?:平均[\u4e00-\u9fff]{0,5}(?:率|增速|增幅)|平均水平|平均值|平均|均值|标准规定的|规定的|标准的)(?:为|约)?$"
                                    rf"|(?:{_ABOVE_OR_BELOW})(?:全国|全省|全市|全区|全州)[\u4e00-\u9fff]{{1,8}}人均[\u4e00-\u9fff]{{0,6}}$"
                                    # (a long-term normal a year's weather or water is set against: 比多年平均值1391.7毫米偏多)
                                    r"|(?:比|较|与|低于|高于)(?:多年平均|常年|历年同期平均|历年平均)(?:值|水平)?(?:为)?$")
# A clause that gives the province's or the country's figure for the same period, to set this place's against: 同期全省
# 图书零售市场同比下降2.7% (not 同期全市, which a city's or a county's report may give as its own).
SAME_PERIOD_WHOLE = compile_re(r"(?:而|但|同时|与此同时)?(?:去年|上年)?同期(?:全国|全省)")
GAP_UNITS = frozenset(("个百分点", "百分点", "倍", "位"))
COMMIT_BEFORE_NAME = compile_re(r"(?:确保|力争|实现|完成|冲刺|迈向|奋力|全力)[^，。；！？]{0,6}$")
# What once was, cited as background: "2021年曾达到81.2万头", "受理欠薪投诉举报曾高达3260件".
ONCE_BEFORE = compile_re(r"曾(?:经)?(?:一度)?[\u4e00-\u9fff]{0,4}$")
