"""How a figure is read besides its indicator — comparator, measure, sign, status, year — and when a
time phrase is a deadline, as reports write them (#13).

Each rule is shown on sentences of at least two different reports (the report is named in the id);
the sentences are excerpts of `../shared/corpus`, put under a review or plan heading."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.deadlines import find_deadlines, names_part_period
from tests.test_stage_figures import PLAN, REVIEW, figures_of

OLD_PLAN = "二、1989年重点工作\n\n"  # the plan part of a report reviewing 1988 (meta review=1988, plan=1989)


def _fig(text: str, span: str, **meta) -> dict:
    figs = {f["text"]: f for f in figures_of(text, **meta)}
    assert span in figs, sorted(figs)
    return figs[span]


@pytest.mark.parametrize(
    "text, span, comparator",
    [
        # a qualifier before a list holds for every item
        pytest.param(
            PLAN + "到2018年全市生产总值和地方公共财政预算收入分别突破4000亿元和200亿元。",
            "200亿元",
            ">=",
            id="nanyang2014-list-before",
        ),
        pytest.param(
            REVIEW + "节能环保、新能源新材料产业分别突破400亿元和260亿元。", "260亿元", ">=", id="corpus-list-before"
        ),
        # 控制在…以内 around a list bounds every item
        pytest.param(
            PLAN + "城镇调查失业率和城镇登记失业率分别控制在5.5%和3.5%以内。",
            "5.5%",
            "<=",
            id="guangdong2020-control-frame",
        ),
        pytest.param(PLAN + "城镇调查失业率、登记失业率分别控制在5%和4%以内。", "5%", "<=", id="corpus-control-frame"),
        # … but a bare 以上 after the last item bounds only that item (eval/gold README)
        pytest.param(
            PLAN + "全年实际引进内资、实际使用外资分别增长12%和10%以上。", "12%", "=", id="xian2023-last-only"
        ),
        # a character ending another word is no qualifier
        pytest.param(REVIEW + "推动基金峰会已签约12个基金项目落地。", "12个", "=", id="zhengzhou2023-qianyue"),
        pytest.param(
            PLAN + "强化精准定向招商，力争签约80个10亿元以上重大项目。", "80个", "=", id="luoyang2021-qianyue"
        ),
        # 约 before the verb
        pytest.param(REVIEW + "已有近两万个撤并或同机关脱钩，约占80%。", "80%", "~", id="gov1989-yuezhan"),
        # a bound written before the whole the figure is a multiple of
        pytest.param(
            PLAN + "特困人员基本生活标准不低于当地最低生活保障标准的1.6倍。",
            "1.6倍",
            ">=",
            id="guangdong2020-bound-of-whole",
        ),
        pytest.param(PLAN + "合作银行按照不低于财政风险补偿金的8倍放大贷款。", "8倍", ">=", id="corpus-bound-of-whole"),
    ],
)
def test_comparator(text, span, comparator):
    assert _fig(text, span)["comparator"] == comparator


@pytest.mark.parametrize(
    "text, span, measure, sign",
    [
        # a price level written as a percentage is its rise
        pytest.param(PLAN + "居民消费价格指数控制在3.5％以内。", "3.5％", "growth", 1, id="nanyang2014-price-index"),
        pytest.param(PLAN + "物价总水平控制在3%左右。", "3%", "growth", 1, id="corpus-price-level"),
        # … but the index level itself (上年=100) stays a level
        pytest.param(REVIEW + "城市居民消费价格总指数为102.3%。", "102.3%", "share", 1, id="corpus-price-index-level"),
        # an indicator ending in a fall word is a change; one ending in another verb is not
        pytest.param(REVIEW + "坚持厉行节约，一般性支出压减10%以上。", "10%", "growth", -1, id="xian2023-fall-tail"),
        pytest.param(REVIEW + "超60%古建老宅完成改造提升。", "60%", "share", 1, id="corpus-verb-tail-share"),
        # a percentage followed by 增长
        pytest.param(
            REVIEW + "“网上丝绸之路”近年来保持20%以上增长。", "20%", "growth", 1, id="zhengzhou2023-growth-after"
        ),
        pytest.param(REVIEW + "招商引资到位资金保持30%以上增长。", "30%", "growth", 1, id="corpus-growth-after"),
        # the verb before a count whose noun follows is the task, not a change
        pytest.param(
            PLAN + "增加学位3240个，提升4所公办幼儿园办学条件。", "4所", "amount", 1, id="yanshi2021-counted-after"
        ),
        pytest.param(
            PLAN + "做好四篇文章，提升53条、新打造10条市级沟域生态经济示范带。",
            "53条",
            "amount",
            1,
            id="luoyang2021-counted-after",
        ),
        # 增加 with the noun after the count adds those things: an amount of them, not the change of what came before
        pytest.param(
            REVIEW + "新开放了5个沿江城市、18个省会城市、13个沿边城市，增加了34个开放口岸，形成了全方位开放的新格局。",
            "34个",
            "amount",
            1,
            id="gov1993-added-counted-after",
        ),
        pytest.param(
            PLAN + "将小额贷款公司试点范围扩大到有条件的县，增加5家村镇银行，完善富秦卡功能。",
            "5家",
            "amount",
            1,
            id="shaanxi2009-added-counted-after",
        ),
        pytest.param(
            REVIEW + "销售收入过百亿元的企业达到28家，增加22家。", "22家", "change", 1, id="shandong2006-added-bare"
        ),
        # … but a net change stays a change wherever its noun stands
        pytest.param(
            PLAN + "力争今年再净增800家左右规模以上企业。", "800家", "change", 1, id="corpus-net-increase-counted-after"
        ),
        # a change verb before a list holds for every item
        pytest.param(REVIEW + "减少贫困人口47528人、贫困村107个。", "107个", "change", -1, id="wuhan2017-list-change"),
        pytest.param(
            PLAN + "年内减少农村贫困人口30万人、贫困村200个。", "200个", "change", -1, id="constructed-list-change"
        ),
        # a level reached after a change is an amount
        pytest.param(
            REVIEW + "粮食总产量增加109亿公斤，达到4024亿公斤。",
            "4024亿公斤",
            "amount",
            1,
            id="gov1988-level-after-change",
        ),
        pytest.param(
            REVIEW + "农村低保再增加20万人，达到220万人。", "220万人", "amount", 1, id="corpus-level-after-change"
        ),
        # 增加 before a quantity (money, mass, power …) makes a change; before a count, what is added
        pytest.param(
            OLD_PLAN + "农业银行、信用社计划今年增加农业贷款172亿元。",
            "172亿元",
            "change",
            1,
            id="gov1989-increase-quantity",
        ),
        pytest.param(REVIEW + "增加供电能力170万千瓦。", "170万千瓦", "change", 1, id="corpus-increase-quantity"),
        pytest.param(
            PLAN + "推动新寨学校开工建设、增加学位3240个。", "3240个", "amount", 1, id="yanshi2021-increase-count"
        ),
        pytest.param(REVIEW + "规模以上工业增加值447亿元。", "447亿元", "amount", 1, id="corpus-value-added"),
        # 节约 is a fall
        pytest.param(PLAN + "各项开支要比去年预算执行数节约10%。", "10%", "growth", -1, id="gov1987-jieyue"),
        pytest.param(REVIEW + "市机关办公经费压减9.6%，电费节约15.1%。", "15.1%", "growth", -1, id="corpus-jieyue"),
        # the increment of a quantity named as such is a change
        pytest.param(
            REVIEW + "全市生产总值增长6%，增量达到448.2亿元、占全省增量的24.1%。",
            "448.2亿元",
            "change",
            1,
            id="sjz2026-increment",
        ),
        pytest.param(
            REVIEW + "全市GDP历史性完成2071.4亿元，增量超过500亿元。",
            "500亿元",
            "change",
            1,
            id="lvliang2022-increment",
        ),
        # capacity taken out or a use cut (`压减生铁产能`) is the amount removed; a budget cut is a fall
        pytest.param(
            REVIEW + "全市压减生铁产能284万吨、粗钢产能211万吨。", "211万吨", "amount", 1, id="handan2014-capacity-cut"
        ),
        pytest.param(
            REVIEW + "化解钢铁过剩产能690万吨，压减生铁粗钢产能228万吨。",
            "228万吨",
            "amount",
            1,
            id="anhui2019-capacity-cut",
        ),
        pytest.param(
            REVIEW + "压减政府一般性支出571亿元，将有限的财力用在惠企利民上。",
            "571亿元",
            "change",
            -1,
            id="zj2021-budget-cut",
        ),
        # a share that falls or rises to a level (`下降为`, `上升为`) is that level
        pytest.param(
            PLAN + "农业和农村副业所占的比重将下降为48.2%，手工业所占的比重将下降为15.3%。",
            "48.2%",
            "share",
            1,
            id="gov1956-fall-to",
        ),
        pytest.param(REVIEW + "第三产业比重上升为45%。", "45%", "share", 1, id="yunnan2016-rise-to"),
        # 负增长 is a fall, also as the rate a quantity fell to later in the year
        pytest.param(
            REVIEW + "社会消费品零售总额负增长4.3%，地方一般公共预算收入增长3%。",
            "4.3%",
            "growth",
            -1,
            id="ganzi2021-negative-growth",
        ),
        pytest.param(
            REVIEW + "固定资产投资从一季度负增长81.6%收窄到全年负增长11.8%。",
            "11.8%",
            "growth",
            -1,
            id="wuhan2021-negative-growth",
        ),
    ],
)
def test_measure_and_sign(text, span, measure, sign):
    f = _fig(text, span)
    assert (f["measure"], f["sign"]) == (measure, sign)


@pytest.mark.parametrize(
    "text, span, status, year, meta",
    [
        # the base of a change per month or year, and each item of a list of bases
        pytest.param(
            PLAN + "城乡低保对象最低生活保障人均补差水平，分别从每月554元、251元提高到609元、276元。",
            "251元",
            "actual",
            2020,
            {},
            id="guangdong2020-base-per-month",
        ),
        pytest.param(
            PLAN + "城乡低保标准分别由每人每月500元、315元提高到525元、350元。",
            "500元",
            "actual",
            2020,
            {},
            id="corpus-base-per-month",
        ),
        # … and per head (`由人均`), read without the 人均 in the name
        pytest.param(
            PLAN + "新农合筹资标准由人均290元提高到340元。", "290元", "actual", 2020, {}, id="baiyin2014-base-per-head"
        ),
        pytest.param(
            PLAN + "全员劳动生产率从人均8.7万元提高到12万元以上。",
            "8.7万元",
            "actual",
            2020,
            {},
            id="gov2016-base-per-head",
        ),
        pytest.param(
            PLAN + "学前教育生均公用经费最低标准由每生每年300元提高到400元。",
            "400元",
            "target",
            2021,
            {},
            id="guangdong2020-level-reached",
        ),
        # a year's level is a base, not a horizon
        pytest.param(
            OLD_PLAN + "今年的全国社会集团购买力，要在1988年水平的基础上压缩20%。",
            "20%",
            "target",
            1989,
            dict(review=1988, plan=1989),
            id="gov1989-level-base",
        ),
        pytest.param(
            PLAN + "全市节能量要在2020年的基础上再提高10%。", "10%", "target", 2021, {}, id="corpus-base-year"
        ),
        # a date stated before `；` holds after it unless a plan follows
        pytest.param(
            OLD_PLAN + "截至今年1月底，已撤并不具备条件的公司17092个；在党政机关办的24187个公司中，已有近两万个撤并。",
            "24187个",
            "actual",
            1989,
            dict(review=1988, plan=1989),
            id="gov1989-as-of-past-semicolon",
        ),
        pytest.param(
            PLAN + "截至去年底，已建成5G基站1.2万个；今年要新建5G基站5000个。",
            "5000个",
            "target",
            2021,
            {},
            id="constructed-as-of-then-plan",
        ),
        # an existing stock in a plan part
        pytest.param(
            OLD_PLAN + "农业银行、信用社计划今年增加农业贷款172亿元，同时调整原有近800亿元农业贷款的结构。",
            "800亿元",
            "actual",
            1988,
            dict(review=1988, plan=1989),
            id="gov1989-existing",
        ),
        pytest.param(PLAN + "充分发挥好现有132个扶贫车间作用。", "132个", "actual", 2020, {}, id="corpus-existing"),
        # a change from last year's level: the value after 到 is the plan year's
        pytest.param(
            PLAN + "今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元；地方财政也都要增加投入。",
            "1562亿元",
            "target",
            2021,
            {},
            id="gov2008-from-last-year-to",
        ),
        pytest.param(
            PLAN + "城乡居民医保财政补助标准由去年的每人每年450元提高到490元。",
            "490元",
            "target",
            2021,
            {},
            id="corpus-from-last-year-to",
        ),
        # 用N年时间 sets the span's last year …
        pytest.param(
            PLAN + "巩固和发展新型农村合作医疗制度，用两年时间将筹资标准由每人每年50元提高到100元。",
            "100元",
            "target",
            2022,
            {},
            id="gov2008-two-years",
        ),
        pytest.param(
            PLAN + "力争用三年时间引进培养医学博士30名。", "30名", "target", 2023, {}, id="yongzhou2025-three-years"
        ),
        # … but not for this year's share of it
        pytest.param(
            PLAN + "用5年时间新建改扩建公办中小学229所，新增学位约34万个；今年新建改扩建公办中小学29所。",
            "29所",
            "target",
            2021,
            {},
            id="corpus-this-years-share",
        ),
        # a review that names the plan year and then a modal states a plan: a target of the plan year
        pytest.param(
            REVIEW + "今年中央财政预算用于支持这项改革的资金将达305亿元。",
            "305亿元",
            "target",
            2021,
            {},
            id="gov2003-now-will",
        ),
        pytest.param(
            REVIEW + "今年拟从去年超收收入中安排500亿元设立中央预算稳定调节基金。",
            "500亿元",
            "target",
            2021,
            {},
            id="gov2007-now-intend",
        ),
        # (主要 is no modal)
        pytest.param(
            REVIEW + "今年一季度，全市主要经济指标增长8%。", "8%", "actual", 2020, {}, id="constructed-now-main"
        ),
        # the share of a plan fulfilled is an outcome, not a target
        pytest.param(
            REVIEW + "竣工各类政策性住房5万套，完成年度计划的108.7%。",
            "108.7%",
            "actual",
            2020,
            {},
            id="corpus-plan-share",
        ),
        pytest.param(
            REVIEW + "新增城镇就业人数8.6万人，完成全年目标的125.2%。",
            "125.2%",
            "actual",
            2020,
            {},
            id="corpus-goal-share",
        ),
        # a part of the plan year over by a mid-year delivery: outcomes of the plan year
        pytest.param(
            "二、1956年的国家预算\n\n在交通运输业方面，今年1——5月份铁道货运量计划完成105%，江海货运量计划完成104%。",
            "104%",
            "actual",
            1956,
            dict(review=1955, plan=1956, delivered=date(1956, 6, 15)),
            id="gov1956-first-five-months",
        ),
        pytest.param(
            "二、1956年的国家预算\n\n据国家统计局初步统计，本年1——5月份各工业部工业生产总值计划完成102.6%。",
            "102.6%",
            "estimated",
            1956,
            dict(review=1955, plan=1956, delivered=date(1956, 6, 15)),
            id="gov1956-estimated-months",
        ),
        pytest.param(
            PLAN + "预计上半年，全市地区生产总值同比增长13%，公共财政预算收入增长20%。",
            "20%",
            "estimated",
            2012,
            dict(review=2011, plan=2012, delivered=date(2012, 6, 16)),
            id="yancheng2012-first-half",
        ),
        # … but not where that part is still to come (a January report)
        pytest.param(
            PLAN + "一季度全市规模以上工业增加值增长10%。",
            "10%",
            "target",
            2021,
            dict(delivered=date(2021, 1, 20)),
            id="constructed-quarter-to-come",
        ),
        # … nor in the month it ends, unless estimated (a national report given on 5 March)
        pytest.param(
            PLAN + "确保一季度全市规模以上工业增加值增长10%。",
            "10%",
            "target",
            2021,
            dict(delivered=date(2021, 3, 5)),
            id="constructed-quarter-of-delivery",
        ),
    ],
)
def test_status_and_year(text, span, status, year, meta):
    f = _fig(text, span, **meta)
    assert (f["status"], f["year"]) == (status, year)


def _deadlines(sentence: str, plan: int) -> list[tuple[str, str | None, str | None]]:
    return [(d["text"], d["action"], d["subject"]) for d in find_deadlines(sentence, plan)]


@pytest.mark.parametrize(
    "sentence, plan, expect",
    [
        # a quantity set to change by the time: the quantity is the subject, the change verb the action
        pytest.param(
            "本年内铁路货物周转量将比上年增长10%，客运周转量将增长4%。",
            1956,
            ("本年内", "增长", "铁路货物周转量"),
            id="gov1956-quantity-goal",
        ),
        pytest.param(
            "年内，服务业增加值占生产总值的比重提高1.4个百分点。",
            2012,
            ("年内", "提高", "服务业增加值占生产总值的比重"),
            id="yantai2012-quantity-goal",
        ),
        pytest.param(
            "到2016年，全市人均地区生产总值接近东部沿海省份平均水平，城市化率提高到65%左右。",
            2012,
            ("到2016年", "接近", "全市人均地区生产总值"),
            id="yancheng2012-quantity-goal",
        ),
        pytest.param(
            "建立安全生产指标考核体系，到2010年单位国内生产总值生产安全事故死亡率下降35%。",
            2006,
            ("到2010年", "下降", "单位国内生产总值生产安全事故死亡率"),
            id="corpus-quantity-goal",
        ),
        # a time phrase opening a quotation opens the goal it quotes
        pytest.param(
            "回望五年前我们确定的“十四五”发展目标——“到2025年，‘两先区’高质量发展实现新突破”。",
            2025,
            ("到2025年", "实现新突破", "‘两先区’高质量发展"),
            id="dalian2025-quoted-goal",
        ),
        pytest.param(
            "提出了“到2020年全面建成小康社会”的目标。",
            2016,
            ("到2020年", "全面建成", "小康社会"),
            id="corpus-quoted-goal",
        ),
        # an object read by word class may open on its count
        pytest.param(
            "建设“吴韵书香”城市阅读联盟，年内建设50个城市阅读点。",
            2017,
            ("年内", "建设", "城市阅读点"),
            id="wuxi2017-count-object",
        ),
        pytest.param(
            "实施“断头路”连通五年行动计划，年内打通20条“断头路”。",
            2020,
            ("年内", "打通", "“断头路”"),
            id="corpus-count-object",
        ),
        # what the clause before builds, without its verb and counts, is what is due
        pytest.param(
            "建设110千伏及以上输变电工程49项，力争年内投产23项，新增主变容量406万千伏安。",
            2008,
            ("年内", "投产", "110千伏及以上输变电工程"),
            id="dongguan2008-clause-before",
        ),
        pytest.param(
            "投入16.8亿元，新建扩建16所中学，年内建成6所。", 2010, ("年内", "建成", "中学"), id="corpus-clause-before"
        ),
        # a verb after the verb is part of the action; what is due is named in the clause before
        pytest.param(
            "加快北山净水厂建设，年底实现供水，提高城区供水的保障能力和供水质量。",
            2020,
            ("年底", "实现供水", "北山净水厂建设"),
            id="hegang2020-verb-after-verb",
        ),
        pytest.param(
            "协调佛莞城际东莞段工程建设，推动上半年通车运营。",
            2020,
            ("上半年", "通车运营", "协调佛莞城际东莞段工程建设"),
            id="dongguan2020-verb-after-verb",
        ),
        # 全线 says how far the work goes; 原计划 closes no subject
        pytest.param(
            "宝鸡——成都线原计划在1957年底全线通车，也可以提前实现。",
            1956,
            ("1957年底", "全线通车", "宝鸡——成都线"),
            id="gov1956-quanxian",
        ),
        pytest.param(
            "城市交通方面，推进轨道交通1号线东段6月试运营，年底全线试运营。",
            2021,
            ("年底", "全线试运营", "轨道交通"),
            id="corpus-quanxian",
        ),
        # a doubling is the action when nothing else is …
        pytest.param(
            "到2018年，地区生产总值和城乡居民收入比2010年翻一番以上，人民生活品质明显提升。",
            2017,
            ("到2018年", "翻一番以上", "地区生产总值和城乡居民收入"),
            id="wuhan2017-doubling",
        ),
        pytest.param(
            "国内生产总值到2008年比2000年翻一番。", 2004, ("到2008年", "翻一番", "国内生产总值"), id="corpus-doubling"
        ),
        pytest.param(
            "我们已经确定的到本世纪末工农业年总产值翻两番的目标，是以提高经济效益为前提的。",
            1987,
            ("到本世纪末", "翻两番的目标", "工农业年总产值"),
            id="gov1987-doubling",
        ),
        # … after a light verb the light verb stays the action
        pytest.param(
            "2010年，实现国民生产总值比2000年翻一番，使人民的小康生活更加宽裕。",
            1996,
            ("2010年", "实现", None),
            id="gov1996-light-verb",
        ),
        pytest.param(
            "从一九八一年到本世纪末的二十年内力争实现我国工农业年总产值翻两番。",
            1983,
            ("从一九八一年到本世纪末的二十年内", "力争实现", None),
            id="gov1982-light-verb",
        ),
        # 新开工 is one verb; a qualifier leaves the object
        pytest.param(
            "统筹推进两批电网攻坚项目，年内新开工变电站不少于40座、建成30座以上。",
            2023,
            ("年内", "新开工", "变电站"),
            id="xian2023-xinkaigong",
        ),
        pytest.param(
            "力争年内新开工过亿元项目 130个以上。", 2021, ("年内", "新开工", "过亿元项目"), id="corpus-xinkaigong"
        ),
        # 高水平 is how the goal is reached
        pytest.param(
            "到2021年，高水平全面建成小康社会，加快建设现代化大武汉。",
            2017,
            ("到2021年", "高水平全面建成", "小康社会"),
            id="wuhan2017-gaoshuiping",
        ),
        pytest.param(
            "奋斗目标是：确保到2020年高水平全面建成小康社会。",
            2016,
            ("到2020年", "高水平全面建成", "小康社会"),
            id="corpus-gaoshuiping",
        ),
        # a condition clause after a heading time phrase is passed over
        pytest.param(
            "到1992年，力争在不断提高经济效益的基础上，使国民生产总值达到15500亿元左右。",
            1988,
            ("到1992年", "达到", "使国民生产总值"),
            id="gov1988-condition",
        ),
        pytest.param(
            "到2025年，在保持经济稳定增长的前提下，全市生产总值突破5000亿元。",
            2021,
            ("到2025年", "突破", "全市生产总值"),
            id="constructed-condition",
        ),
    ],
)
def test_deadline_reading(sentence, plan, expect):
    text, action, subject = expect  # subject None: not checked
    got = [d for d in _deadlines(sentence, plan) if d[0] == text]
    assert got and got[0][1] == action and (subject is None or got[0][2] == subject), got


@pytest.mark.parametrize(
    "sentence, plan",
    [
        # 今年 heading a statement names the year it is about
        pytest.param("今年，要确保全省一般公共预算民生支出比重稳定在65%左右。", 2015, id="sichuan2014-topic"),
        pytest.param("今年，要确保全社会固定资产投资达到437亿元。", 2013, id="corpus-topic"),
    ],
)
def test_topic_year_is_no_deadline(sentence, plan):
    assert _deadlines(sentence, plan) == []


def test_this_year_before_a_verb_stays_a_deadline():
    # ../shared/gold 004: `12个待建安置小区今年全面开工`
    assert ("今年", "全面开工", "12个待建安置小区") in _deadlines("12个待建安置小区今年全面开工。", 2021)


@pytest.mark.parametrize(
    "text, period, plan, expect",
    [
        # 1982 (planning 1983) presents the sixth five-year plan, 1981–1985: its 五年内 is the plan's span
        pytest.param("五年内", (1981, 1985), 1983, True, id="gov1982-plan-under-way"),
        # 1988 sets goals for 1988–1992: 五年内 counts from the plan year, a deadline
        pytest.param("五年内", (1988, 1992), 1988, False, id="gov1988-plan-from-now"),
        pytest.param("3年内", (2021, 2021), 2021, False, id="xinyang2023-three-years"),
    ],
)
def test_five_years_of_a_plan_under_way(text, period, plan, expect):
    assert names_part_period(text, period, plan) is expect


@pytest.mark.parametrize(
    "text, span",
    [
        # a size class is no figure (GUIDELINES: `10千伏` as a voltage class)
        pytest.param(PLAN + "加快南沙港四期、湛江港30万吨级航道改扩建。", "30万吨", id="guangdong2020-class"),
        pytest.param(REVIEW + "全球首台25兆瓦级风电主轴轴承下线。", "25兆瓦", id="henan2026-class"),
        # a year after a ratio word is a year
        pytest.param(
            PLAN + "到2018年，地区生产总值和城乡居民收入比2010年翻一番以上。", "2010", id="wuhan2017-year-after-bi"
        ),
        pytest.param(
            PLAN + "到2020年，实现地区生产总值和城乡居民人均收入比2010年翻一番。", "2010", id="corpus-year-after-bi"
        ),
        # 二次 is "secondary", not a count of times (两次)
        pytest.param(PLAN + "规范二次供水设施管理。", "二次", id="xinyang2023-erci"),
        pytest.param(PLAN + "推动园区二次创业、转型升级。", "二次", id="sichuan2014-erci"),
    ],
)
def test_not_a_figure(text, span):
    assert span not in {f["text"] for f in figures_of(text)}


@pytest.mark.parametrize(
    "sentence, expect",
    [
        # 建成区 is a noun, 建成区域… is 建成 + 区域…
        pytest.param(
            "“十四五”末建成区域中心城市。", ("“十四五”末", "建成", "区域中心城市"), id="constructed-jiancheng-quyu"
        ),
        pytest.param("年底前建成区域医疗中心。", ("年底前", "建成", "区域医疗中心"), id="constructed-jiancheng-quyu-2"),
        # an event held by a date, a line opened
        pytest.param("5月中旬举办招商大会。", ("5月中旬", "举办", "招商大会"), id="constructed-event-verb"),
        pytest.param("三季度投产运营。", ("三季度", "投产运营", None), id="constructed-compound-action"),
    ],
)
def test_deadline_actions(sentence, expect):
    assert _deadlines(sentence, 2021)[0] == expect


# ---- measure and comparator of increments and crossings (#13, fields) ----------------------------


@pytest.mark.parametrize(
    "text, span, measure",
    [
        # a count after a count of the same unit, joined by 新增: how much the stock grew
        pytest.param(
            REVIEW + "入围世界500强企业9家、新增1家，入围中国民营企业500强107家、新增11家。",
            "1家",
            "change",
            id="zhejiang2023-stock-increment",
        ),
        pytest.param(
            REVIEW + "国家高新技术企业达38家、新增6家，省级工程技术研究中心达12个、新增4个。",
            "4个",
            "change",
            id="leshan2014-stock-increment",
        ),
        pytest.param(
            REVIEW + "铁路运营总里程达到2327公里，新增238公里。", "238公里", "change", id="yunnan2006-length-increment"
        ),
        pytest.param(REVIEW + "入围世界500强企业9家、新增1家。", "9家", "amount", id="zhejiang2023-the-stock"),
        # … but not when the increment counts something named after it
        pytest.param(
            REVIEW + "启动20个现代高效农业示范园建设，园区入驻企业107家，新增63家州级以上龙头企业。",
            "63家",
            "amount",
            id="qiandongnan2014-other-noun",
        ),
        # a change verb read into the indicator (`保证增加运力`, `可压缩今后几年的投资`)
        pytest.param(
            PLAN + "铁路建设要以增强晋煤外运能力为重点，保证每年增加运力4000万吨以上。",
            "4000万吨",
            "change",
            id="gov1988-increase-capacity",
        ),
        pytest.param(
            REVIEW + "截至今年2月底，全国已经停建缓建固定资产投资项目18000个，可压缩今后几年的投资647亿元。",
            "647亿元",
            "change",
            id="gov1989-cut-investment",
        ),
        # 增加值 holds no verb
        pytest.param(
            REVIEW + "全年轻工业完成增加值7668亿元，比上年增长19.6%；重工业完成增加值10691亿元，增长16.5%。",
            "7668亿元",
            "amount",
            id="stats1994-value-added",
        ),
    ],
)
def test_measure_of_increments(text, span, measure):
    assert _fig(text, span)["measure"] == measure


def test_cut_investment_falls():
    text = REVIEW + "截至今年2月底，全国已经停建缓建固定资产投资项目18000个，可压缩今后几年的投资647亿元。"
    assert _fig(text, "647亿元", review=1988, plan=1989)["sign"] == -1


@pytest.mark.parametrize(
    "text, span, comparator",
    [
        pytest.param(
            REVIEW + "地区生产总值迈过6万亿元、7万亿元两个台阶，年均增长5.8%。",
            "6万亿元",
            ">=",
            id="zhejiang2023-crossed",
        ),
        pytest.param(
            REVIEW + "地区生产总值迈过6万亿元、7万亿元两个台阶，年均增长5.8%。",
            "7万亿元",
            ">=",
            id="zhejiang2023-crossed-list",
        ),
        pytest.param(
            REVIEW + "GDP总量连续跨过7000亿元、8000亿元台阶，重回全省第一。", "8000亿元", ">=", id="kunming2026-crossed"
        ),
        # a count of the steps crossed is exact
        pytest.param(
            REVIEW + "推动经济结构和产业结构优化升级，全市地区生产总值跨越3个千亿台阶。",
            "3个",
            "=",
            id="foshan2026-steps",
        ),
    ],
)
def test_comparator_of_a_level_crossed(text, span, comparator):
    assert _fig(text, span)["comparator"] == comparator


@pytest.mark.parametrize(
    "text, span",
    [
        # the rate something is raised by (云南 2017, 陇南 2022): growth, not a share
        pytest.param(
            PLAN + "按照不低于5%和8%的比例分别提高城乡低保人均补助标准。", "5%", id="yunnan2017-raise-by-rate"
        ),
        pytest.param(
            PLAN + "按照不低于5%和8%的比例分别提高城乡低保人均补助标准。", "8%", id="yunnan2017-raise-by-rate-2"
        ),
        pytest.param(
            REVIEW + "城市和农村一二类低保标准每年以8%的幅度增长，困难群众生活得到有效保障。",
            "8%",
            id="longnan2022-by-margin",
        ),
    ],
)
def test_rate_raised_by_is_growth(text, span):
    assert _fig(text, span)["measure"] == "growth"


# ---- a five-year plan named as the span of a planned figure (#13, fields) ------------------------


def _plan_head(meta: dict) -> str:
    return f"二、{meta.get('plan', 2021)}年重点工作\n\n"


@pytest.mark.parametrize(
    "text, span, year, period_start, meta",
    [
        # 偃师 2021 (seed 002): projects planned for the 十四五
        pytest.param(
            "以“十四五”谋划实施的总投资2432.7亿元的331个亿元以上项目为依托，建立健全重大项目库。",
            "331个",
            2025,
            2021,
            {},
            id="yanshi2021-planned-projects",
        ),
        # 西藏 2023: a flow over the plan under way
        pytest.param(
            "力争“十四五”期间新增营造林720万亩，确保生态环境质量稳居全国前列。",
            "720万亩",
            2025,
            2021,
            {"review": 2022, "plan": 2023},
            id="xizang2023-flow",
        ),
        # 佛山 2011: a growth rate over the plan
        pytest.param(
            "力争“十二五”时期全社会固定资产投资年均增长12%；2015年，全社会消费品零售总额超3000亿元。",
            "12%",
            2015,
            2011,
            {"review": 2010, "plan": 2011},
            id="foshan2011-growth",
        ),
        # 浙江 1991: the 八五 in old reports
        pytest.param(
            "“八五”期间，共安排基础设施建设项目32项，投资总规模约190亿元。",
            "32项",
            1995,
            1991,
            {"review": 1990, "plan": 1991},
            id="zhejiang1991-eighth-plan",
        ),
    ],
)
def test_plan_span_sets_year(text, span, year, period_start, meta):
    f = _fig(_plan_head(meta) + text, span, **meta)
    assert (f["status"], f["year"], f["period_start"]) == ("target", year, period_start)


@pytest.mark.parametrize(
    "text, span, year, meta",
    [
        # the plan year named after the plan (西藏 2023, 佛山 2011): the plan year's figure
        pytest.param(
            "加快实施国家“十四五”支持西藏的151个项目，全力服务保障川藏铁路等世纪工程，全年固定资产投资增长13%。",
            "13%",
            2023,
            {"review": 2022, "plan": 2023},
            id="xizang2023-full-year",
        ),
        pytest.param(
            "按照“十二五”发展规划的要求，确定我市今年的发展目标是：地区生产总值增长13%。",
            "13%",
            2011,
            {"review": 2010, "plan": 2011},
            id="plan-document-then-this-year",
        ),
        # its first year (`开局之年`) is the plan year
        pytest.param(
            "今年是“十四五”开局之年，全市地区生产总值增长6.5%左右。",
            "6.5%",
            2021,
            {},
            id="first-year-of-plan",
        ),
    ],
)
def test_plan_span_gives_way_to_the_plan_year(text, span, year, meta):
    assert _fig(_plan_head(meta) + text, span, **meta)["year"] == year


@pytest.mark.parametrize(
    "text, span, status",
    [
        # a state named in a plan part's clause (已经…, 已有…, 全国有…) or a past span opening the
        # sentence (这几年) is what is, not a target (国务院 1997; 兰州/目前 已有…)
        pytest.param(
            "全国有24万多户国有小企业，绝大部分由市、县管理。", "24万多户", "actual", id="gov1997-quanguo-you"
        ),
        pytest.param("国家已经组织了57户企业集团试点，今年要扩大到120户。", "57户", "actual", id="gov1997-yijing"),
        pytest.param(
            "国家已经组织了57户企业集团试点，今年要扩大到120户。", "120户", "target", id="gov1997-yijing-then-plan"
        ),
        pytest.param(
            "这几年，国家先后在58个城市进行了企业优化资本结构的试点。", "58个", "actual", id="gov1997-zhejinian"
        ),
        pytest.param("目前，已有11名B类人才、20名C类人才通过认定。", "11名", "actual", id="nanchang2019-yiyou"),
        pytest.param("全国有线电视入户率达到40%。", "40%", "target", id="plan2001-youxian-not-you"),
    ],
)
def test_standing_states_in_a_plan_part(text, span, status):
    assert {f["text"]: f for f in figures_of(PLAN + text)}[span]["status"] == status


@pytest.mark.parametrize(
    "text, span, field, expected",
    [
        # a goal set a year ago, restated in a review with its plan word, is the reviewed year's target;
        # the outcome after it is actual (国务院 1997)
        pytest.param(
            "去年政府工作报告提出，物价涨幅要从14.8%降到10%左右，经过上下各方面的努力，实际回落到6.1%。",
            "10%",
            "status",
            "target",
            id="gov1997-prior-plan",
        ),
        pytest.param(
            "去年政府工作报告提出，物价涨幅要从14.8%降到10%左右，经过上下各方面的努力，实际回落到6.1%。",
            "6.1%",
            "status",
            "actual",
            id="gov1997-prior-plan-outcome",
        ),
        # … but items a report named, counted as done, stay actual (辽宁 2020)
        pytest.param(
            "去年政府工作报告确定的10件民生实事全部完成，社会大局保持和谐稳定。",
            "10件",
            "status",
            "actual",
            id="liaoning2020-prior-items-done",
        ),
        # a target compared with (低于调控目标…, 超出预定目标…) is the outcome's distance, not a target
        pytest.param(
            "城镇新增就业116.8万人，城镇登记失业率3.5%，低于调控目标1.1个百分点。",
            "1.1个百分点",
            "status",
            "actual",
            id="henan2010-below-target",
        ),
        pytest.param(
            "居民消费价格总水平上涨5.9%，超出预定目标2.9个百分点。",
            "2.9个百分点",
            "status",
            "actual",
            id="sichuan2007-beyond-target",
        ),
        pytest.param("居民消费价格涨幅控制在预期目标3%以内。", "3%", "status", "target", id="corpus-target-still"),
        # 改善 N% is growth; 改善到 a level is a share
        pytest.param(
            "空气质量综合指数同比改善2%，国省控断面水质优良率90%。", "2%", "measure", "growth", id="shaanxi2020-improve"
        ),
        pytest.param(
            "PM2.5年均浓度为34微克/立方米，同比改善11.6%。", "11.6%", "measure", "growth", id="jinzhou2025-improve"
        ),
        pytest.param("环境空气质量优良天数比例改善到85%。", "85%", "measure", "share", id="constructed-improve-to"),
    ],
)
def test_review_words_about_goals(text, span, field, expected):
    """Goals named in a review: set a year ago, compared with, or improved on."""
    assert {f["text"]: f for f in figures_of(REVIEW + text)}[span][field] == expected


@pytest.mark.parametrize(
    "text, span, comparator",
    [
        pytest.param("今年全社会固定资产投资预定增长10%或者更多一些。", "10%", ">=", id="gov1998-or-more"),
        pytest.param("粮食产量达到1.3万亿斤或更多。", "1.3万亿斤", ">=", id="constructed-or-more"),
    ],
)
def test_or_more_is_a_lower_bound(text, span, comparator):
    assert {f["text"]: f for f in figures_of(PLAN + text)}[span]["comparator"] == comparator


@pytest.mark.parametrize(
    "text, span, measure",
    [
        # a stock named right before what it gained is a change (国务院 1995; 黑龙江 2015)
        pytest.param("居民储蓄存款新增6300多亿元。", "6300多亿元", "change", id="gov1995-stock-gained"),
        pytest.param(
            "金融业增加值增长13.5%，全年金融机构贷款余额新增2000亿元，增长17.1%。",
            "2000亿元",
            "change",
            id="heilongjiang2015-stock-gained",
        ),
        pytest.param("力争新增贷款2000亿元左右。", "2000亿元", "amount", id="constructed-new-loans-amount"),
    ],
)
def test_a_stock_then_what_it_gained(text, span, measure):
    assert {f["text"]: f for f in figures_of(REVIEW + text)}[span]["measure"] == measure


@pytest.mark.parametrize(
    "text, expect",
    [
        pytest.param(
            REVIEW + "全市地区生产总值增长5%左右（预计数，下同），地方一般公共预算收入增长7.03%。\n\n"
            "农林牧渔业增加值增长4%，农产品加工销售收入达3380亿元。新增上市企业87家。",
            {"5%": "estimated", "7.03%": "estimated", "4%": "estimated", "3380亿元": "estimated", "87家": "actual"},
            id="changsha2024-carried",
        ),
        pytest.param(
            REVIEW + "地区生产总值增长3.3%左右（预计，下同），总量突破1600亿元。\n\n"
            "粮食产量129.6万吨。发放稳岗返还资金6228万元，新建公办学校29所。",
            {"3.3%": "estimated", "129.6万吨": "estimated", "6228万元": "actual", "29所": "actual"},
            id="meishan2023-carried",
        ),
        # the word before the note (`预计（下同）`), and the counts the statistics offices report
        pytest.param(
            REVIEW + "全市经济回升向好，高质量发展扎实推进。预计（下同）全市地区生产总值增长4.5%左右。\n\n"
            "招商项目签约超1200亿元。城镇新增就业3.8万人，30件年度民生实事全部完成。",
            {"4.5%": "estimated", "1200亿元": "estimated", "3.8万人": "estimated", "30件": "actual"},
            id="leshan2025-word-before-the-note",
        ),
        pytest.param(
            REVIEW
            + "预计（下同），全市地区生产总值（GDP）860亿元，增长11.3%；全社会固定资产投资760亿元，增长26.5%。\n\n"
            "接待游客1200万人次，生猪出栏300万头，新建农村公路500公里。",
            {"860亿元": "estimated", "1200万人次": "estimated", "300万头": "estimated", "500公里": "actual"},
            id="meishan2014-word-before-the-note",
        ),
        # sales, exports and foreign investment are statistics too, whatever gloss follows their name
        pytest.param(
            REVIEW + "全市实现生产总值2700亿元（预计，下同），增长14%。\n\n"
            "实现出口额（海关口径）58亿美元、出口交货值119亿美元，分别增长16%和11%。社会消费品零售额906亿元，增长20%。",
            {"58亿美元": "estimated", "906亿元": "estimated"},
            id="quanzhou2009-gloss-and-sales",
        ),
        pytest.param(
            REVIEW + "全市地区生产总值增长10.5%（预计数，下同）。\n\n"
            "全年实际利用外资8亿美元、增长27.4%，到位内资465亿元、增长17.4%；落户承接产业转移项目400个。",
            {"8亿美元": "estimated", "400个": "actual"},
            id="yongzhou2014-foreign-investment",
        ),
        # the note's own figure is an estimate too, not the one before it
        pytest.param(
            REVIEW + "全年实现地区生产总值3830亿元，同比增长8%左右（预计，下同）；来源于惠州的财政总收入达1000.9亿元。",
            {"3830亿元": "estimated", "8%": "estimated", "1000.9亿元": "estimated"},
            id="huizhou2018-own-figure",
        ),
    ],
)
def test_estimate_carried_to_the_statistics_after_it(text, expect):
    figs = {f["text"]: f for f in figures_of(text)}
    assert {span: figs[span]["status"] for span in expect} == expect


def test_no_estimate_carried_without_the_mark():
    figs = {f["text"]: f for f in figures_of(REVIEW + "地区生产总值增长5%左右。\n\n粮食产量129.6万吨。")}
    assert figs["129.6万吨"]["status"] == "actual"


@pytest.mark.parametrize(
    "text, span",
    [
        pytest.param(
            "全年接待游客1.36亿人次，实现旅游收入1493亿元，分别恢复至2019年的148%和175%。", "175%", id="dalian2024"
        ),
        pytest.param("地区生产总值从一季度下滑40.8%逐季好转，全年恢复到2019年的95%。", "95%", id="jingmen2021"),
    ],
)
def test_a_level_regained_as_a_share_of_a_past_year_is_of_the_year_reviewed(text, span):
    # `恢复至2019年的148%`: 2019 is the base of the comparison, the level is this year's
    figs = {f["text"]: f for f in figures_of(REVIEW + text)}
    assert (figs[span]["status"], figs[span]["year"]) == ("actual", 2020)
