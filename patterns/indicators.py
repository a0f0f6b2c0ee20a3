"""Indicator lexicon: canonical indicators and the aliases reports use for them.

Why: the same quantity is named many ways across years and governments (地区生产总值 / 生产总值 / GDP);
`indicator_code` lets users compare targets across documents. Loaded into jieba as a user dictionary
and matched longest-first against the phrase before a number.

Conventions (checked by tests/test_indicator_lexicon.py):
- every name and alias is unique across the whole table;
- an alias is another spelling of the *same* quantity. A narrower or differently-scoped quantity gets
  its own entry (城镇居民人均可支配收入 is not 居民人均可支配收入; 财政总收入 is not 一般公共预算收入);
- share indicators ("X占Y比重") are separate entries so that longest-first matching does not assign
  "高新技术产业增加值占GDP比重" to 高新技术产业增加值 or to GDP;
- spellings were checked against /work/shared/corpus (national, provincial and city reports, 1954-2026);
- text is normalised before matching, so aliases use ASCII letters/digits (PM2.5, GDP, R&D, 5G).
"""

# Words that may follow an indicator's name without making it another quantity: the lexicon code
# still applies (`城镇调查失业率平均5.1%`, `居民消费价格涨幅`, `粮食产量首次跃上1.4万亿斤`). Used
# with the trimming vocabulary of patterns/figures.py (TAIL_WORDS) when the exact phrase is unknown.
CODE_TAILS: tuple[str, ...] = (
    "涨幅", "降幅", "增幅", "增速", "增长率", "平均", "平均值", "年均", "首次", "跃上", "稳定", "总体", "水平",
    "五年", "累计", "五年累计", "期间", "速度", "增长速度",
)

INDICATORS: list[dict] = [
    # code (ascii snake_case, stable forever), name (canonical Chinese), aliases (other spellings as written in reports)

    # --- economy: aggregate output -------------------------------------------------------------
    {"code": "gdp", "name": "地区生产总值", "family": "money",
     "aliases": ["生产总值", "国内生产总值", "GDP", "全区生产总值", "全市生产总值", "全省生产总值", "全州生产总值",
                 "经济总量", "GDP总量", "本地生产总值",
                 # how growth targets are often written (`经济增长4.5%—5%`, `经济增速保持在6%左右`): GDP growth
                 "经济增长", "经济增速", "经济增长速度", "国民经济增长", "地区经济增长"]},
    # Gross national product: the headline aggregate of reports up to the early 1990s. A separate
    # series (GNP ≠ GDP by net factor income); compare with gdp only where a user asks.
    {"code": "gnp", "name": "国民生产总值", "family": "money", "aliases": ["GNP"]},
    # National income (国民收入, material product system) of 1950s–1980s reports.
    {"code": "national_income", "name": "国民收入", "family": "money", "aliases": []},
    {"code": "gdp_per_capita", "name": "人均地区生产总值", "family": "money",
     "aliases": ["人均生产总值", "人均GDP", "人均国内生产总值"]},
    {"code": "primary_industry_value_added", "name": "第一产业增加值", "family": "money",
     "aliases": ["一产增加值"]},
    {"code": "secondary_industry_value_added", "name": "第二产业增加值", "family": "money",
     "aliases": ["二产增加值"]},
    # 第三产业 = 服务业 in Chinese national accounts, so one code.
    {"code": "tertiary_industry_value_added", "name": "第三产业增加值", "family": "money",
     "aliases": ["服务业增加值", "三产增加值"]},
    {"code": "services_share_of_gdp", "name": "服务业增加值占地区生产总值比重", "family": "ratio",
     "aliases": ["服务业增加值占GDP比重", "服务业增加值占生产总值比重", "服务业增加值占地区生产总值的比重",
                 "服务业占GDP比重", "服务业占地区生产总值比重", "服务业占生产总值比重", "服务业占地区生产总值的比重",
                 "第三产业增加值占地区生产总值比重", "第三产业增加值占GDP比重", "服务业增加值占比", "服务业比重",
                 "服务业占比", "第三产业比重", "第三产业增加值比重"]},
    {"code": "construction_value_added", "name": "建筑业增加值", "family": "money", "aliases": []},
    {"code": "construction_output", "name": "建筑业总产值", "family": "money", "aliases": ["建筑业产值"]},
    {"code": "financial_value_added", "name": "金融业增加值", "family": "money", "aliases": []},
    {"code": "private_economy_value_added", "name": "民营经济增加值", "family": "money",
     "aliases": ["非公经济增加值", "非公有制经济增加值"]},
    {"code": "private_economy_share_of_gdp", "name": "民营经济增加值占地区生产总值比重", "family": "ratio",
     "aliases": ["民营经济增加值占GDP比重", "民营经济增加值占生产总值比重", "民营经济占GDP比重", "民营经济比重",
                 "民营经济占比"]},
    {"code": "digital_economy_core_value_added", "name": "数字经济核心产业增加值", "family": "money", "aliases": []},
    {"code": "digital_economy_core_share_of_gdp", "name": "数字经济核心产业增加值占地区生产总值比重", "family": "ratio",
     "aliases": ["数字经济核心产业增加值占GDP比重", "数字经济核心产业增加值占生产总值比重"]},
    {"code": "cultural_industry_value_added", "name": "文化产业增加值", "family": "money", "aliases": []},
    {"code": "cultural_industry_share_of_gdp", "name": "文化产业增加值占地区生产总值比重", "family": "ratio",
     "aliases": ["文化产业增加值占GDP比重", "文化产业增加值占生产总值比重"]},
    {"code": "marine_gdp", "name": "海洋生产总值", "family": "money", "aliases": []},

    # --- public finance ---------------------------------------------------------------------------
    # 一般公共预算收入 (since 2014) = 公共财政预算收入 (2011-2013) = 地方财政一般预算收入 (earlier): local-level
    # general budget revenue. 财政总收入 / 全口径财政收入 also count the part handed up to the centre.
    {"code": "general_budget_revenue", "name": "一般公共预算收入", "family": "money",
     "aliases": ["地方一般公共预算收入", "地方财政一般预算收入", "财政一般预算收入", "地方一般预算收入", "一般预算收入",
                 "公共财政预算收入", "地方公共财政预算收入", "地方公共财政收入", "公共财政收入", "公共预算收入"]},
    {"code": "fiscal_revenue_total", "name": "财政总收入", "family": "money",
     "aliases": ["财政收入", "全口径财政收入", "全部财政收入", "一般公共预算总收入"]},
    {"code": "local_fiscal_revenue", "name": "地方级财政收入", "family": "money", "aliases": ["地方财政收入"]},
    {"code": "tax_revenue", "name": "税收收入", "family": "money", "aliases": ["税收总额", "地方税收收入"]},
    {"code": "general_budget_expenditure", "name": "一般公共预算支出", "family": "money",
     "aliases": ["地方一般公共预算支出", "公共财政预算支出", "一般预算支出", "地方财政一般预算支出"]},
    {"code": "fiscal_expenditure", "name": "财政支出", "family": "money", "aliases": ["财政总支出"]},
    {"code": "livelihood_expenditure", "name": "民生支出", "family": "money", "aliases": []},
    {"code": "livelihood_expenditure_share", "name": "民生支出占一般公共预算支出比重", "family": "ratio",
     "aliases": ["民生支出占比", "民生支出占一般公共预算支出", "民生支出占财政支出比重", "民生支出占公共财政支出比重",
                 "民生支出占财政支出"]},
    {"code": "tax_and_fee_cuts", "name": "新增减税降费", "family": "money", "aliases": ["减税降费"]},
    {"code": "special_purpose_bonds", "name": "地方政府专项债券", "family": "money",
     "aliases": ["专项债券", "新增专项债券", "专项债"]},
    {"code": "ultra_long_special_treasury_bonds", "name": "超长期特别国债", "family": "money", "aliases": []},
    {"code": "fiscal_deficit", "name": "财政赤字", "family": "money", "aliases": []},
    {"code": "deficit_ratio", "name": "赤字率", "family": "ratio", "aliases": ["财政赤字率"]},

    # --- industry -----------------------------------------------------------------------------------
    {"code": "industrial_value_added", "name": "工业增加值", "family": "money", "aliases": ["全部工业增加值"]},
    {"code": "above_scale_industrial_value_added", "name": "规模以上工业增加值", "family": "money",
     "aliases": ["规上工业增加值", "规模工业增加值", "规模以上工业企业增加值"]},
    {"code": "industrial_output", "name": "工业总产值", "family": "money", "aliases": ["全部工业总产值"]},
    {"code": "above_scale_industrial_output", "name": "规模以上工业总产值", "family": "money",
     "aliases": ["规上工业总产值", "规模工业总产值"]},
    {"code": "above_scale_industrial_profit", "name": "规模以上工业企业利润", "family": "money",
     "aliases": ["规上工业企业利润", "规模以上工业利润", "规上工业利润"]},
    {"code": "hightech_industry_value_added", "name": "高新技术产业增加值", "family": "money", "aliases": []},
    {"code": "hightech_share_of_industry", "name": "高新技术产业增加值占规上工业增加值比重", "family": "ratio",
     "aliases": ["高新技术产业增加值占规模以上工业增加值比重", "高新技术产业增加值占规上工业比重",
                 "高新技术产业增加值占规模以上工业比重", "高新技术产业增加值占规模工业比重",
                 "高新技术产业增加值占工业增加值比重", "高新技术产业增加值占工业增加值的比重"]},
    {"code": "hightech_share_of_gdp", "name": "高新技术产业增加值占地区生产总值比重", "family": "ratio",
     "aliases": ["高新技术产业增加值占GDP比重", "高新技术产业增加值占生产总值比重"]},
    {"code": "hightech_industry_output", "name": "高新技术产业产值", "family": "money", "aliases": []},
    {"code": "hightech_output_share_of_industry", "name": "高新技术产业产值占规上工业总产值比重", "family": "ratio",
     "aliases": ["高新技术产业产值占规模以上工业总产值比重", "高新技术产业产值占规模以上工业总产值的比重",
                 "高新技术产业产值占规模以上工业产值比重", "高新技术产业产值占规上工业产值比重",
                 "高新技术产业产值占规模以上工业比重", "高新技术产业产值占规上工业比重", "高新技术产业产值占比"]},
    {"code": "hightech_manufacturing_value_added", "name": "高技术制造业增加值", "family": "money", "aliases": []},
    {"code": "equipment_manufacturing_value_added", "name": "装备制造业增加值", "family": "money", "aliases": []},
    {"code": "strategic_emerging_value_added", "name": "战略性新兴产业增加值", "family": "money", "aliases": []},
    {"code": "strategic_emerging_output", "name": "战略性新兴产业产值", "family": "money", "aliases": []},
    {"code": "manufacturing_share_of_gdp", "name": "制造业增加值占地区生产总值比重", "family": "ratio",
     "aliases": ["制造业增加值占GDP比重", "制造业增加值占生产总值比重", "制造业增加值占比", "制造业比重"]},

    # --- enterprises and market entities -------------------------------------------------------------
    # 市场主体 was renamed 经营主体 in 2023; same register.
    {"code": "market_entities", "name": "市场主体", "family": "count",
     "aliases": ["各类市场主体", "市场主体总量", "实有市场主体", "经营主体总量", "各类经营主体", "实有经营主体"]},
    {"code": "new_market_entities", "name": "新增市场主体", "family": "count",
     "aliases": ["新登记市场主体", "新设立市场主体", "新增经营主体", "新登记经营主体"]},
    {"code": "above_scale_industrial_enterprises", "name": "规模以上工业企业", "family": "count",
     "aliases": ["规上工业企业", "规模工业企业"]},
    {"code": "new_above_scale_industrial_enterprises", "name": "新增规模以上工业企业", "family": "count",
     "aliases": ["新增规上工业企业", "新增规模工业企业"]},
    {"code": "listed_companies", "name": "上市公司", "family": "count", "aliases": ["上市企业", "境内外上市公司"]},
    {"code": "new_listed_companies", "name": "新增上市公司", "family": "count", "aliases": ["新增上市企业"]},

    # --- investment ---------------------------------------------------------------------------------
    {"code": "fixed_asset_investment", "name": "固定资产投资", "family": "money",
     "aliases": ["全社会固定资产投资", "社会固定资产投资", "固定资产投资总额"]},
    {"code": "industrial_investment", "name": "工业投资", "family": "money", "aliases": ["工业固定资产投资"]},
    {"code": "technical_renovation_investment", "name": "技改投资", "family": "money",
     "aliases": ["工业技改投资", "技术改造投资", "工业技术改造投资"]},
    {"code": "manufacturing_investment", "name": "制造业投资", "family": "money", "aliases": []},
    {"code": "private_investment", "name": "民间投资", "family": "money", "aliases": ["民间固定资产投资"]},
    {"code": "real_estate_investment", "name": "房地产开发投资", "family": "money", "aliases": ["房地产投资"]},
    {"code": "infrastructure_investment", "name": "基础设施投资", "family": "money", "aliases": ["基础设施建设投资"]},
    {"code": "key_projects", "name": "重点项目", "family": "count", "aliases": ["重点建设项目"]},
    {"code": "projects_over_100m_yuan", "name": "亿元以上项目", "family": "count", "aliases": []},
    {"code": "actual_fdi", "name": "实际利用外资", "family": "money",
     "aliases": ["实际使用外资", "实际利用外商直接投资", "实际使用外商直接投资", "外商直接投资"]},
    # Domestic capital from outside the jurisdiction; 省外 in provincial reports, 市外 in city reports.
    {"code": "domestic_capital_inflow", "name": "实际到位省外资金", "family": "money",
     "aliases": ["到位省外资金", "实际到位市外资金", "到位市外资金", "实际利用内资", "实际到位内资",
                 "到位内资", "引进内资"]},
    {"code": "investment_attraction_funds", "name": "招商引资到位资金", "family": "money",
     "aliases": ["招商引资实际到位资金"]},

    # --- consumption, prices, tourism ---------------------------------------------------------------
    {"code": "retail_sales", "name": "社会消费品零售总额", "family": "money", "aliases": ["社会消费品零售额"]},
    {"code": "online_retail_sales", "name": "网络零售额", "family": "money", "aliases": ["网上零售额"]},
    {"code": "ecommerce_transactions", "name": "电子商务交易额", "family": "money", "aliases": ["电商交易额"]},
    {"code": "express_delivery_volume", "name": "快递业务量", "family": "count", "aliases": []},
    {"code": "cpi", "name": "居民消费价格", "family": "rate",
     "aliases": ["CPI", "居民消费价格涨幅", "居民消费价格指数", "居民消费价格指数涨幅", "居民消费价格总水平",
                 "居民消费价格总水平涨幅"]},
    {"code": "commodity_housing_sales_area", "name": "商品房销售面积", "family": "area", "aliases": []},
    {"code": "tourism_revenue", "name": "旅游总收入", "family": "money",
     "aliases": ["旅游收入", "旅游业总收入", "旅游综合收入", "旅游业收入"]},
    {"code": "tourist_arrivals", "name": "接待游客", "family": "count",
     "aliases": ["游客接待量", "接待游客人数", "接待游客总人数", "接待国内外游客", "接待海内外游客", "接待境内外游客",
                 "接待国内外旅游者", "旅游人数", "旅游总人数", "旅游接待人数", "旅游接待总人数", "接待旅游总人数",
                 "旅游接待量", "旅游接待人次"]},

    # --- foreign trade and logistics ------------------------------------------------------------------
    {"code": "total_trade", "name": "进出口总额", "family": "money",
     "aliases": ["外贸进出口总额", "进出口额", "外贸进出口", "进出口总值", "外贸进出口总值", "进出口贸易总额",
                 "货物进出口总额"]},
    {"code": "exports", "name": "出口总额", "family": "money",
     "aliases": ["外贸出口", "外贸出口总额", "出口总值", "出口额"]},
    {"code": "imports", "name": "进口总额", "family": "money", "aliases": ["进口额"]},
    {"code": "trade_dependence", "name": "外贸依存度", "family": "ratio", "aliases": []},
    {"code": "cross_border_ecommerce", "name": "跨境电商交易额", "family": "money",
     "aliases": ["跨境电子商务交易额", "跨境电商进出口额"]},
    {"code": "port_cargo_throughput", "name": "港口货物吞吐量", "family": "mass",
     "aliases": ["货物吞吐量", "港口吞吐量"]},
    {"code": "container_throughput", "name": "集装箱吞吐量", "family": "count", "aliases": ["港口集装箱吞吐量"]},
    {"code": "airport_passenger_throughput", "name": "机场旅客吞吐量", "family": "count", "aliases": ["旅客吞吐量"]},

    # --- income and living standards -----------------------------------------------------------------
    {"code": "disposable_income_per_capita", "name": "居民人均可支配收入", "family": "money",
     "aliases": ["全体居民人均可支配收入"]},
    {"code": "urban_disposable_income_per_capita", "name": "城镇居民人均可支配收入", "family": "money",
     "aliases": ["城镇常住居民人均可支配收入", "城市居民人均可支配收入", "城镇居民可支配收入"]},
    # 农民人均纯收入 (pre-2013 survey) is kept as an alias because reports use it for the same series.
    {"code": "rural_disposable_income_per_capita", "name": "农村居民人均可支配收入", "family": "money",
     "aliases": ["农村常住居民人均可支配收入", "农民人均可支配收入", "农村居民可支配收入", "农牧民人均可支配收入",
                 "农民人均纯收入", "农村居民人均纯收入", "农牧民人均纯收入"]},
    # Paired mention ("城乡居民人均可支配收入分别达到X元和Y元"): two values, urban first then rural. Kept as its own
    # code so that it is not mistaken for 居民人均可支配收入 (all residents).
    {"code": "urban_and_rural_disposable_income", "name": "城乡居民人均可支配收入", "family": "money",
     "aliases": ["城乡常住居民人均可支配收入", "城乡居民人均收入", "城乡居民收入"]},
    {"code": "urban_rural_income_ratio", "name": "城乡居民收入比", "family": "ratio",
     "aliases": ["城乡居民人均收入倍差", "城乡居民收入倍差", "城乡收入比", "城乡收入倍差", "城乡居民人均可支配收入比"]},
    {"code": "consumption_expenditure_per_capita", "name": "居民人均消费支出", "family": "money", "aliases": []},
    {"code": "urban_consumption_expenditure_per_capita", "name": "城镇居民人均消费支出", "family": "money", "aliases": []},
    {"code": "rural_consumption_expenditure_per_capita", "name": "农村居民人均消费支出", "family": "money", "aliases": []},
    {"code": "low_income_household_income", "name": "低收入农户人均可支配收入", "family": "money", "aliases": []},
    {"code": "minimum_wage", "name": "最低工资标准", "family": "money", "aliases": []},
    {"code": "household_savings", "name": "城乡居民储蓄存款余额", "family": "money",
     "aliases": ["居民储蓄存款余额", "储蓄存款余额"]},

    # --- poverty alleviation --------------------------------------------------------------------------
    {"code": "poverty_exit_population", "name": "脱贫人口", "family": "count",
     "aliases": ["减少贫困人口", "减少农村贫困人口"]},
    {"code": "poverty_exit_income", "name": "脱贫人口人均纯收入", "family": "money",
     "aliases": ["脱贫人口人均收入", "脱贫人口人均年收入", "脱贫人口人均可支配收入", "脱贫人口收入"]},
    {"code": "poverty_exit_employment", "name": "脱贫人口就业", "family": "count",
     "aliases": ["脱贫劳动力转移就业", "脱贫人口务工就业", "脱贫劳动力务工就业"]},
    {"code": "poverty_incidence", "name": "贫困发生率", "family": "rate", "aliases": []},

    # --- employment ---------------------------------------------------------------------------------
    # 新增就业 without 城镇 is, in these reports, the same urban series.
    {"code": "urban_new_jobs", "name": "城镇新增就业", "family": "count",
     "aliases": ["新增城镇就业", "城镇新增就业人数", "新增就业"]},
    {"code": "registered_unemployment_rate", "name": "城镇登记失业率", "family": "rate",
     "aliases": ["登记失业率", "城镇居民登记失业率"]},
    {"code": "surveyed_unemployment_rate", "name": "城镇调查失业率", "family": "rate", "aliases": ["调查失业率"]},
    {"code": "rural_labor_transfer", "name": "农村劳动力转移就业", "family": "count",
     "aliases": ["转移农村劳动力", "农村劳动力转移", "农村富余劳动力转移"]},
    {"code": "graduate_employment_rate", "name": "高校毕业生就业率", "family": "rate",
     "aliases": ["应届高校毕业生就业率", "高校毕业生初次就业率"]},
    {"code": "vocational_training", "name": "职业技能培训", "family": "count", "aliases": []},

    # --- population -----------------------------------------------------------------------------------
    {"code": "resident_population", "name": "常住人口", "family": "count", "aliases": ["年末常住人口"]},
    {"code": "registered_population", "name": "户籍人口", "family": "count", "aliases": []},
    {"code": "urbanization_rate", "name": "常住人口城镇化率", "family": "rate",
     "aliases": ["城镇化率", "城市化率", "城镇化水平", "城市化水平"]},
    {"code": "registered_urbanization_rate", "name": "户籍人口城镇化率", "family": "rate", "aliases": []},
    {"code": "natural_population_growth_rate", "name": "人口自然增长率", "family": "rate", "aliases": ["自然增长率"]},
    {"code": "birth_rate", "name": "人口出生率", "family": "rate", "aliases": ["出生率"]},
    {"code": "life_expectancy", "name": "人均预期寿命", "family": "other",
     "aliases": ["人均期望寿命", "平均预期寿命", "人口平均预期寿命"]},

    # --- agriculture --------------------------------------------------------------------------------
    {"code": "agriculture_value_added", "name": "农业增加值", "family": "money", "aliases": ["农林牧渔业增加值"]},
    {"code": "agriculture_output", "name": "农林牧渔业总产值", "family": "money", "aliases": ["农业总产值"]},
    {"code": "grain_output", "name": "粮食产量", "family": "mass", "aliases": ["粮食总产", "粮食总产量"]},
    {"code": "grain_sown_area", "name": "粮食播种面积", "family": "area",
     "aliases": ["粮食种植面积", "粮食作物播种面积"]},
    {"code": "high_standard_farmland", "name": "高标准农田", "family": "area",
     "aliases": ["高标准基本农田", "高标准农田建设"]},
    {"code": "cultivated_land_retention", "name": "耕地保有量", "family": "area", "aliases": []},
    {"code": "permanent_basic_farmland", "name": "永久基本农田", "family": "area",
     "aliases": ["永久基本农田保护面积", "基本农田保护面积"]},
    {"code": "meat_output", "name": "肉类总产量", "family": "mass", "aliases": ["肉类产量"]},
    {"code": "hogs_slaughtered", "name": "生猪出栏", "family": "count", "aliases": ["生猪出栏量"]},
    {"code": "aquatic_output", "name": "水产品产量", "family": "mass", "aliases": ["水产品总产量"]},
    {"code": "crop_mechanization_rate", "name": "农作物耕种收综合机械化率", "family": "rate",
     "aliases": ["主要农作物耕种收综合机械化率", "综合机械化率", "农业机械化率"]},
    {"code": "agro_processing_conversion_rate", "name": "农产品加工转化率", "family": "rate", "aliases": []},
    {"code": "agri_tech_progress_contribution", "name": "农业科技进步贡献率", "family": "rate", "aliases": []},

    # --- environment: air ---------------------------------------------------------------------------
    {"code": "good_air_days", "name": "空气质量优良天数", "family": "count",
     "aliases": ["优良天数", "空气优良天数", "环境空气质量优良天数"]},
    {"code": "good_air_days_ratio", "name": "空气质量优良天数比例", "family": "rate",
     "aliases": ["优良天数比例", "空气优良天数比例", "空气质量优良天数比率", "优良天数比率", "优良天数率", "空气质量优良天数率", "空气质量优良率",
                 "空气优良率", "环境空气质量优良率"]},
    {"code": "pm25_concentration", "name": "PM2.5浓度", "family": "other",
     "aliases": ["PM2.5", "PM2.5平均浓度", "PM2.5年均浓度", "细颗粒物浓度", "细颗粒物平均浓度", "细颗粒物"]},
    {"code": "pm10_concentration", "name": "PM10浓度", "family": "other",
     "aliases": ["PM10", "PM10平均浓度", "可吸入颗粒物浓度", "可吸入颗粒物"]},
    {"code": "heavy_pollution_days", "name": "重污染天数", "family": "count", "aliases": []},

    # --- environment: water, waste, greening ----------------------------------------------------------
    # 优良 = class III or better; 达标 = meets the section's assigned target class. Different measures.
    {"code": "surface_water_good_ratio", "name": "地表水水质优良比例", "family": "rate",
     "aliases": ["水质优良比例", "优良水体比例", "地表水优良水体比例", "地表水水质优良率", "国考断面水质优良比例",
                 "国考断面优良水体比例", "国控断面水质优良比例", "国省控断面水质优良比例"]},
    {"code": "surface_water_compliance_rate", "name": "地表水达标率", "family": "rate",
     "aliases": ["地表水水质达标率", "断面水质达标率", "国省控断面水质达标率", "国控断面水质达标率"]},
    {"code": "drinking_water_source_compliance", "name": "饮用水水源地水质达标率", "family": "rate",
     "aliases": ["集中式饮用水水源地水质达标率", "集中式饮用水源地水质达标率", "饮用水源地水质达标率"]},
    {"code": "sewage_treatment_rate", "name": "污水处理率", "family": "rate",
     "aliases": ["城市污水处理率", "城镇污水处理率", "生活污水处理率", "城市生活污水处理率", "城镇生活污水处理率",
                 "县城污水处理率"]},
    {"code": "rural_sewage_treatment_rate", "name": "农村生活污水治理率", "family": "rate",
     "aliases": ["农村生活污水处理率"]},
    {"code": "garbage_harmless_treatment_rate", "name": "生活垃圾无害化处理率", "family": "rate",
     "aliases": ["城市生活垃圾无害化处理率", "城镇生活垃圾无害化处理率", "垃圾无害化处理率", "生活垃圾无害化处置率"]},
    {"code": "rural_tap_water_coverage", "name": "农村自来水普及率", "family": "rate", "aliases": []},
    {"code": "built_up_green_coverage", "name": "建成区绿化覆盖率", "family": "rate",
     "aliases": ["城市绿化覆盖率", "城市建成区绿化覆盖率", "绿化覆盖率"]},
    {"code": "park_green_space_per_capita", "name": "人均公园绿地面积", "family": "area", "aliases": []},
    {"code": "straw_utilization_rate", "name": "秸秆综合利用率", "family": "rate", "aliases": []},
    {"code": "livestock_manure_utilization_rate", "name": "畜禽粪污综合利用率", "family": "rate",
     "aliases": ["畜禽粪污资源化利用率"]},
    {"code": "soil_erosion_control_area", "name": "水土流失治理面积", "family": "area",
     "aliases": ["水土流失综合治理面积", "治理水土流失"]},

    # --- environment: forests and land --------------------------------------------------------------
    {"code": "forest_coverage", "name": "森林覆盖率", "family": "rate", "aliases": []},
    {"code": "tree_coverage", "name": "林木覆盖率", "family": "rate", "aliases": []},
    {"code": "afforestation", "name": "造林", "family": "area",
     "aliases": ["人工造林", "植树造林", "造林面积", "造林绿化"]},
    # 营造林 = new planting plus tending of existing forest; larger than 造林.
    {"code": "afforestation_and_forest_tending", "name": "营造林", "family": "area", "aliases": []},

    # --- environment: energy and emissions ----------------------------------------------------------
    {"code": "energy_intensity", "name": "单位生产总值能耗", "family": "other",
     "aliases": ["单位地区生产总值能耗", "单位GDP能耗", "单位国内生产总值能耗", "万元生产总值能耗", "万元GDP能耗",
                 "万元地区生产总值能耗", "万元GDP综合能耗", "万元生产总值综合能耗", "单位生产总值能源消耗",
                 "能耗强度"]},
    {"code": "industrial_energy_intensity", "name": "单位工业增加值能耗", "family": "other",
     "aliases": ["万元工业增加值能耗", "规模以上工业单位增加值能耗"]},
    {"code": "carbon_intensity", "name": "单位生产总值二氧化碳排放", "family": "other",
     "aliases": ["单位地区生产总值二氧化碳排放", "单位GDP二氧化碳排放", "单位国内生产总值二氧化碳排放",
                 "单位生产总值二氧化碳排放量", "单位地区生产总值二氧化碳排放量", "碳排放强度", "二氧化碳排放强度"]},
    {"code": "non_fossil_energy_share", "name": "非化石能源占一次能源消费比重", "family": "ratio",
     "aliases": ["非化石能源消费比重"]},
    {"code": "energy_saving_emission_reduction", "name": "节能减排", "family": "other", "aliases": []},
    {"code": "cod_emissions", "name": "化学需氧量排放量", "family": "mass", "aliases": ["化学需氧量排放"]},
    {"code": "so2_emissions", "name": "二氧化硫排放量", "family": "mass", "aliases": ["二氧化硫排放"]},
    {"code": "nox_emissions", "name": "氮氧化物排放量", "family": "mass", "aliases": ["氮氧化物排放"]},
    {"code": "ammonia_nitrogen_emissions", "name": "氨氮排放量", "family": "mass", "aliases": ["氨氮排放"]},
    {"code": "power_consumption", "name": "全社会用电量", "family": "other", "aliases": ["社会用电量"]},
    {"code": "industrial_power_consumption", "name": "工业用电量", "family": "other", "aliases": []},
    {"code": "power_generation_capacity", "name": "电力装机容量", "family": "other",
     "aliases": ["发电装机容量", "电力装机", "发电装机"]},

    # --- innovation ---------------------------------------------------------------------------------
    {"code": "hightech_enterprises", "name": "高新技术企业", "family": "count",
     "aliases": ["国家高新技术企业", "国家级高新技术企业", "高新技术企业总数"]},
    {"code": "new_hightech_enterprises", "name": "新增高新技术企业", "family": "count",
     "aliases": ["新认定高新技术企业", "新增国家高新技术企业"]},
    {"code": "tech_smes", "name": "科技型中小企业", "family": "count",
     "aliases": ["入库科技型中小企业", "国家科技型中小企业"]},
    {"code": "srdi_enterprises", "name": "专精特新企业", "family": "count", "aliases": ["专精特新中小企业", "专精特新"]},
    {"code": "srdi_little_giants", "name": "专精特新小巨人企业", "family": "count",
     "aliases": ["专精特新小巨人", "国家级专精特新", "小巨人企业"]},
    # Municipal/provincial programme (Shanghai, Hubei, ...), not the national SRDI list.
    {"code": "tech_little_giants", "name": "科技小巨人企业", "family": "count", "aliases": ["科技小巨人"]},
    {"code": "rd_expenditure", "name": "研发经费投入", "family": "money",
     "aliases": ["研究与试验发展经费", "研究与试验发展经费支出", "R&D经费", "R&D经费支出", "研发经费", "研发经费支出",
                 "全社会研发经费投入", "社会研发投入", "全社会研发投入", "研发投入"]},
    {"code": "rd_intensity", "name": "研发投入强度", "family": "ratio",
     "aliases": ["研发经费投入强度", "全社会研发投入强度", "社会研发投入强度", "R&D经费投入强度",
                 "研究与试验发展经费投入强度", "研发投入占地区生产总值比重", "研发投入占地区生产总值的比重",
                 "研发投入占GDP比重", "研发投入占生产总值比重", "研发经费投入占地区生产总值比重", "研发经费投入占GDP比重",
                 "研发经费支出占地区生产总值比重", "研发经费支出占GDP比重", "研发经费支出占生产总值比重",
                 "研发支出占地区生产总值比重", "研究与试验发展经费支出占地区生产总值比重",
                 "研究与试验发展经费支出占地区生产总值的比重", "研究与试验发展经费支出占生产总值比重",
                 "研究与试验发展经费支出占国内生产总值比重", "R&D经费支出占GDP比重"]},
    {"code": "tech_contract_turnover", "name": "技术合同成交额", "family": "money",
     "aliases": ["技术合同交易额", "技术交易额", "技术合同登记额"]},
    {"code": "invention_patents_per_10k", "name": "每万人发明专利拥有量", "family": "other",
     "aliases": ["每万人口发明专利拥有量", "万人发明专利拥有量", "每万人有效发明专利拥有量", "每万人口有效发明专利拥有量",
                 "万人有效发明专利拥有量"]},
    {"code": "high_value_patents_per_10k", "name": "每万人口高价值发明专利拥有量", "family": "other",
     "aliases": ["每万人高价值发明专利拥有量", "万人高价值发明专利拥有量"]},
    {"code": "patent_grants", "name": "专利授权量", "family": "count", "aliases": []},
    {"code": "invention_patent_grants", "name": "发明专利授权量", "family": "count", "aliases": []},
    {"code": "sci_tech_progress_contribution", "name": "科技进步贡献率", "family": "rate", "aliases": []},

    # --- finance --------------------------------------------------------------------------------------
    {"code": "deposit_balance", "name": "金融机构存款余额", "family": "money",
     "aliases": ["金融机构各项存款余额", "金融机构本外币存款余额", "金融机构人民币存款余额", "本外币存款余额",
                 "各项存款余额", "存款余额"]},
    {"code": "loan_balance", "name": "金融机构贷款余额", "family": "money",
     "aliases": ["金融机构各项贷款余额", "金融机构本外币贷款余额", "金融机构人民币贷款余额", "本外币贷款余额",
                 "人民币贷款余额", "各项贷款余额", "贷款余额"]},

    # Paired mention ("存贷款余额分别为X亿元和Y亿元"): deposits first, then loans.
    {"code": "deposit_and_loan_balance", "name": "金融机构存贷款余额", "family": "money",
     "aliases": ["金融机构本外币存贷款余额", "本外币存贷款余额", "人民币存贷款余额", "各项存贷款余额", "存贷款余额"]},
    {"code": "small_micro_loan_balance", "name": "小微企业贷款余额", "family": "money", "aliases": []},
    {"code": "inclusive_small_micro_loan_balance", "name": "普惠小微贷款余额", "family": "money",
     "aliases": ["普惠型小微企业贷款余额"]},

    # --- social security, health, education ---------------------------------------------------------
    {"code": "pension_insurance_coverage", "name": "基本养老保险参保率", "family": "rate",
     "aliases": ["养老保险参保率"]},
    {"code": "medical_insurance_coverage", "name": "基本医疗保险参保率", "family": "rate",
     "aliases": ["医疗保险参保率", "基本医保参保率", "医保参保率"]},
    {"code": "ncms_participation_rate", "name": "新型农村合作医疗参合率", "family": "rate",
     "aliases": ["新农合参合率", "参合率"]},
    {"code": "elderly_care_beds", "name": "养老床位", "family": "count", "aliases": ["养老服务床位", "养老机构床位"]},
    {"code": "compulsory_education_retention", "name": "义务教育巩固率", "family": "rate",
     "aliases": ["九年义务教育巩固率"]},
    {"code": "preschool_gross_enrollment", "name": "学前教育毛入园率", "family": "rate",
     "aliases": ["学前三年毛入园率", "学前三年教育毛入园率", "毛入园率"]},
    {"code": "inclusive_kindergarten_coverage", "name": "普惠性幼儿园覆盖率", "family": "rate", "aliases": []},
    {"code": "high_school_gross_enrollment", "name": "高中阶段毛入学率", "family": "rate",
     "aliases": ["高中阶段教育毛入学率"]},
    {"code": "higher_education_gross_enrollment", "name": "高等教育毛入学率", "family": "rate", "aliases": []},

    # --- housing and urban renewal --------------------------------------------------------------------
    {"code": "affordable_housing", "name": "保障性住房", "family": "count", "aliases": ["保障房"]},
    {"code": "affordable_rental_housing", "name": "保障性租赁住房", "family": "count", "aliases": []},
    {"code": "shantytown_renovation", "name": "棚户区改造", "family": "count",
     "aliases": ["城镇棚户区改造", "棚户区住房改造", "棚改"]},
    {"code": "old_community_renovation", "name": "老旧小区改造", "family": "count",
     "aliases": ["城镇老旧小区改造", "改造老旧小区", "改造城镇老旧小区"]},
    {"code": "rural_dilapidated_housing_renovation", "name": "农村危房改造", "family": "count", "aliases": []},

    # --- infrastructure -------------------------------------------------------------------------------
    {"code": "rural_roads", "name": "农村公路", "family": "other",
     "aliases": ["新改建农村公路", "改造农村公路", "新建农村公路", "改建农村公路"]},
    {"code": "expressway_mileage", "name": "高速公路通车里程", "family": "other",
     "aliases": ["高速公路里程", "高速公路总里程", "高速公路通车总里程"]},
    {"code": "railway_mileage", "name": "铁路营业里程", "family": "other", "aliases": ["铁路运营里程"]},
    {"code": "base_stations_5g", "name": "5G基站", "family": "count", "aliases": ["5G基站数"]},
    {"code": "charging_piles", "name": "充电桩", "family": "count", "aliases": []},
]
