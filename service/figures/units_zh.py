"""The Chinese units the number grammar (`numbers.py`) reads after a number: currencies, counts, measures and
durations, longest first in `UNITS` so 平方公里 wins over 平方 (万千瓦 is a multiplier and 千瓦)."""

from __future__ import annotations

CURRENCY = ["美元", "欧元", "港元", "港币", "日元", "英镑", "人民币", "元"]
COUNT_UNITS = [
    # Times counted, before their counts' own units: 检查经营主体126家次, 检查工地1260余个次, 开展演练35场次, 检测指标200700项次 (a table's head names them too: 检测指标（项次）).
    "家次", "个次", "场次", "台次", "户次", "班次", "航次", "项次", "份次", "件次", "种次", "座次",
    "个百分点", "百分点", "个", "家", "项", "只", "条", "名", "人次", "人日", "工日", "辆次", "架次", "艘次", "车次", "人", "户", "位", "座", "所",
    "台套", "台",
    "套", "辆", "件", "批次", "批", "次", "场", "篇", "部", "支", "款", "种", "类", "栋", "间", "处", "张",
    "份", "起", "宗", "笔", "幅", "倍", "艘", "架", "头", "株", "棵", "箱", "对", "组", "片", "颗", "枚", "列",
    # Medicine's counts: cases and doses (21436例, 38.62万剂次).
    "例", "剂次", "剂",
    # Sessions of a course or a periodical's issues: 开展电商直播培训326期.
    "期",
    # The size of a ranked list: 50强, 百强.
    "强",
    # Tenths: 近3成, 超4成 (a share).
    "成",
    # Shares of a company: 累计回购公司股份1,286,400股.
    "股",
    # Lamps, licences and documents, and a score's points: 新装路灯4860盏, 暂扣驾驶证2210本, 考评得分91.6分.
    "盏", "本", "分",
    # Rounds of a campaign: 集中执行行动3轮; volumes, standard buses and patrol voyages: 地方文献8600册,
    # 每万人公交车拥有量16.3标台, 海上执法巡航216航次.
    "轮", "册", "册次", "标台", "航次",
    # A lottery's winning bets: 中出500万元以上大奖7注.
    "注",
    # Volumes of files, consignments and orders: 接收文书档案18640卷, 办理“铁路快通”业务3120票, 新设立慈善信托3单;
    # plates and boards: 补挂光荣牌935块; remains cremated, cages and wells, rounds of a rota: 火化遗体3398具, 拆除违规养殖网箱42口,
    # 实施分片轮灌调度5轮次; courses and school visits: 新开发研学课程十门, 检查学校食堂284校次; wells and springs: 新打抗旱水井26眼.
    "卷次", "卷", "票", "单", "块", "具", "口", "轮次", "门", "校次", "眼",
    # Scheduled runs and classes: 每周开行12班, 发送旅客列车86班次, 开设托育班6班.
    "班次", "班",
    # Traditional forms, for text that reaches the grammar unconverted.
    "個", "項", "條", "隻", "臺套", "臺", "輛", "場", "張", "筆", "戶",
]
MEASURE_UNITS = [
    "平方公里", "平方千米", "平方米", "立方米", "公顷", "公里", "千米", "千瓦时", "千瓦", "兆瓦", "吉瓦",
    # Energy, not power (200兆瓦时 is no 200兆瓦), and heat: 储能电站100兆瓦/200兆瓦时, 供热量1260万吉焦.
    "兆瓦时", "吉瓦时", "太瓦时", "吉焦",
    # A transformer's capacity (kVA, no kV), energy in standard coal, work counted in area or length times, and freight and
    # passenger turnover: 新增变电容量226万千伏安, 年综合能耗5000吨标准煤, 农机作业1280万亩次, 巡检1.8万公里次, 货物周转量71.8亿吨公里.
    "千伏安", "吨标准煤", "千克标准煤", "亩次", "公里次", "吨公里", "人公里",
    "噸", "畝",
    "千伏", "公斤", "千克", "万吨", "吨", "亩", "米", "瓦", "度", "标箱", "标准箱", "自然箱", "TEU", "GWh", "MWh", "GW", "MW", "kW", "kWh",
    "km²", "km", "m²", "m³", "㎡", "㎥", "微克", "毫克", "纳克", "毫米", "千焦",
    # A temperature and a noise level, as weather and environment bulletins give them: 38.6℃, 52.3分贝.
    "℃", "摄氏度", "分贝",
    # A grain's weight as farmers give it, a coal rate's grams, and hours of study: 亩产930斤, 297.4克/千瓦时, 人均培训56学时.
    "斤", "克", "学时",
    # A length, a volume and a radiation sum, as weather and health pages give them: 积雪深度9厘米, 每次采集全血200毫升,
    # 太阳总辐射量4326兆焦/平方米; an age: 平均年龄41.6岁, 18周岁至25周岁.
    "厘米", "毫升", "兆焦", "周岁", "岁", "TB",
    # A rate per 100,000 people and a ratio to one: 报告发病率为87.46/10万, 男女性别比为1.17:1.
    "/10万", "/十万", "/万", ":1", "∶1",
    # Computing power and a line's speed, as digital-economy reports give them: 算力总规模1260PFlops, 下载速率每秒168.3兆比特;
    # a building's floors: 地上18层.
    "EFlops", "PFlops", "TFlops", "兆比特", "Mbps", "Gbps", "层", "層",
]
# Durations: 11天完成审批, 工期18个月 (not 18个), 24小时. 年 only in 连续N年: elsewhere N年 is a date
# (2023年), which _is_excluded_zh leaves out.
DURATION_UNITS = ["个工作日", "個工作日", "工作日", "个月", "個月", "小时", "小時", "分钟", "分鐘", "秒", "天", "年"]
UNITS = sorted(CURRENCY + COUNT_UNITS + MEASURE_UNITS + DURATION_UNITS, key=len, reverse=True)
