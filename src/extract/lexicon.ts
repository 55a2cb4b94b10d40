import { EntityKind } from "../domain/entity-kind";

// The general word lists the rules are made of. Nothing here names a particular entity: a unit test
// greps this file (and every rule file) for each curated entity name.

/** Institutional suffixes, longest first, with the kind a name ending in them has. */
export const ORG_SUFFIXES: [string, EntityKind][] = [
  ["科创走廊", EntityKind.Corridor],
  ["经济走廊", EntityKind.Corridor],
  ["经济区", EntityKind.Corridor],
  ["股份有限公司", EntityKind.Enterprise],
  ["有限责任公司", EntityKind.Enterprise],
  ["有限公司", EntityKind.Enterprise],
  ["公司", EntityKind.Enterprise],
  ["集团", EntityKind.Enterprise],
  ["技术科学与工程院", EntityKind.Academy],
  ["医学科学院", EntityKind.Academy],
  ["自然科学院", EntityKind.Academy],
  ["工程科学院", EntityKind.Academy],
  ["社会科学院", EntityKind.Academy],
  ["科学院", EntityKind.Academy],
  ["工程院", EntityKind.Academy],
  ["产业研究院", EntityKind.Platform],
  ["研究院", EntityKind.ResearchInstitute],
  ["研究所", EntityKind.ResearchInstitute],
  ["分院", EntityKind.ResearchInstitute],
  ["大学", EntityKind.University],
  ["学院", EntityKind.University],
  ["实验室", EntityKind.Platform],
  ["研究中心", EntityKind.Platform],
  ["创新中心", EntityKind.Platform],
  ["服务中心", EntityKind.Platform],
  ["孵化器", EntityKind.Platform],
  ["联盟", EntityKind.Platform],
  ["共同体", EntityKind.Platform],
  ["科教城", EntityKind.Platform],
  ["创新区", EntityKind.Platform],
  ["科技园", EntityKind.Platform],
  ["产业园", EntityKind.Platform],
  ["人民政府", EntityKind.GovernmentBody],
  ["委员会", EntityKind.GovernmentBody],
  ["党工委", EntityKind.GovernmentBody],
  ["政协", EntityKind.GovernmentBody],
  ["专责小组", EntityKind.GovernmentBody],
  ["领导小组", EntityKind.GovernmentBody],
  ["新闻办公室", EntityKind.GovernmentBody],
  ["新闻办", EntityKind.GovernmentBody],
  ["科技局", EntityKind.GovernmentBody],
  ["科学技术局", EntityKind.GovernmentBody],
  ["科技厅", EntityKind.GovernmentBody],
  ["科学技术厅", EntityKind.GovernmentBody],
  ["局", EntityKind.GovernmentBody],
  ["厅", EntityKind.GovernmentBody],
  ["协会", EntityKind.Organization],
  ["学会", EntityKind.Organization],
  ["商会", EntityKind.Organization],
  ["联合会", EntityKind.Organization],
  ["基金会", EntityKind.Organization],
  ["银行", EntityKind.Organization],
  ["医院", EntityKind.Organization],
  ["电视台", EntityKind.Organization],
  ["广播电台", EntityKind.Organization],
  ["报社", EntityKind.Organization],
  ["日报", EntityKind.Organization],
  ["晚报", EntityKind.Organization],
  ["智库", EntityKind.Organization],
  ["民主党", EntityKind.Organization],
];

/** Places an institution can be named after but that are venues, not actors. */
export const VENUE_SUFFIXES = ["会议中心", "会展中心", "展览中心", "国际会议中心", "大厦", "酒店", "宾馆", "礼堂", "发布厅", "报告厅", "会议室"];

/** Words that end the name of an event. */
export const EVENT_SUFFIXES = ["恳谈会", "对接会", "发布会", "报告会", "座谈会", "研讨会", "推介会", "洽谈会", "交流会", "博览会", "对接大会", "大会", "论坛", "峰会", "大赛", "活动", "仪式", "年会", "会议"];
/** Moments inside an event (a plaque unveiled at a conference) rather than events of their own. */
export const SUB_EVENT_SUFFIXES = ["揭牌仪式", "颁奖仪式", "启动仪式", "开幕式"];
/** Words after a date that make the clause before them an event in itself (…签约暨…揭牌). */
export const EVENT_CLAUSE_ENDS = ["签约", "揭牌", "开幕", "启动", "开工", "授牌"];
/** Bare words that refer back to an event already named. */
export const EVENT_ANAPHORA = ["大会", "会上", "会议", "活动", "报告会", "发布会", "仪式", "现场", "会期"];

export const AGREEMENT_SUFFIXES = ["合作协议", "框架协议", "协议", "备忘录"];

/** Titles a person's name follows or precedes; a leading office prefix belongs to the title (市委副书记). */
export const TITLE =
  /(原|前)?(市委|省委|区委|县委|市政府|区政府|党委|党组|市|区|县|省)?(常务)?(副)?(书记|市长|区长|县长|省长|部长|局长|厅长|处长|科长|主任|主席|院长|校长|秘书长|常委|董事长|总经理|总裁|经理|会长|理事长|所长|行长|国际院士|外籍院士|院士|教授|研究员|领导|负责人|\*)$/;
/** Titles that mark a person of an academy rather than an officer. */
export const ACADEMICIAN_TITLES = ["院士", "国际院士", "外籍院士"];
/** Titles of public office: an organisation named before one, without a suffix, is a government body. */
export const OFFICE_TITLES = ["书记", "市长", "区长", "县长", "省长", "部长", "局长", "厅长", "处长", "科长", "秘书长", "常委", "领导"];
/** Labels before a list of people who presented (a press conference's 发布人). */
export const SPEAKER_LABELS = ["发布人", "主讲人", "报告人"];
/** Labels before a list of media or organisations present. */
export const ATTENDEE_LABELS = ["参会媒体", "参会单位", "出席单位", "参与媒体"];

/** Common surnames: a name after a title must start with one (single characters, space-separated). */
export const SURNAMES = new Set(
  `王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 官 封 谈 匡 鞠 惠 荆 乐 冀 郁 胥 南 班 储 原 栗 燕 楚 鄢 劳 谌 奚 皮 粟 冼 蔺 楼 盘 满 闻 位 厉 伊 仝 区 郜 海 阚 花 权 强 帅 屠 豆 朴 盖 练 廉 禹 井 祖 漆 巴 丰 支 卿 国 狄 平 计 索 宣 晋 相 初 门 云 容 敬 来 扈 晁 芮 都 普 阙 浦 戈 伏 鹿 薄 邸 雍 辜 羊 阿 乌 母 裘 亓 修 邰 赫 杭 况 那 宿 鲜 印 逯 隆 茹 诸 战 慕 危 玉 银 亢 嵇 公 哈 湛 宾 戎 勾 茅 利 於 呼 居 揭 干 但 尉 冶 斯 元 束 檀 衣 信 展 阴 昝 智 幸 奉 植 衡 富 尧 闭 由 洪 励 晏 蔚 郦 傅 熊 谭`.split(" "),
);

/** Words that end a person's name when they follow it. */
export const AFTER_NAME = /^(在|作|做|说|表示|指出|强调|介绍|围绕|代表|等|出席|参加|致辞|应邀|主持|为|和|与|同|及|率|一行|以|向|对|从|就|还|也|发表|讲话|认为|希望|要求|提出|局长|院士|教授|书记|市长|:|：|,|，|、|。|；|;|\s|$)/;
/** Words or characters before a name that end what precedes it. */
export const BEFORE_NAME = /(^|[,，、。：:；;\s“”"（）()]|与|和|及|请|邀请|由|同|向|是|对)$/;

/** Name-internal words that are verbs to the segmenter; any other verb ends a name scanned leftwards. */
export const NAME_VERBS = new Set(["创新", "协同", "发展", "研究", "合作", "服务", "创业", "孵化", "管理", "转移", "促进", "交流", "制造", "投资", "融合", "联合", "智能", "集成", "开发", "引领", "设计", "检测", "工程", "科创", "对接"]);
/** Words that never start or sit inside an institution's name. */
export const NAME_STOPS = new Set(["与", "和", "及", "同", "在", "由", "对", "向", "为", "是", "的", "了", "将", "把", "被", "从", "等", "并", "以", "于", "让", "使", "或", "我", "我们", "其", "该", "各", "全", "本", "这", "此", "首个", "一批", "新增", "获批", "来自", "包括", "依托", "通过", "共同", "暨", "均", "已", "还", "也", "又", "更", "着力", "全力", "积极", "邀请", "见证", "支持", "建设", "打造", "推动", "加快", "围绕", "代表", "举行", "召开", "举办", "承办", "主办", "签署", "签订", "建立", "参加", "出席", "成立", "揭牌", "发布", "设立", "走访", "共建", "获批", "授牌", "会上", "上", "市", "省", "区", "县"]);

/** Counted-noun words that make a list before them a list of industries (…等四大产业, …重点产业). */
export const INDUSTRY_LIST_END = /^(等([0-9一二三四五六七八九十]+(大|个))?|[0-9一二三四五六七八九十]+(大|个))?(重点|新兴|主导|战略性新兴|支柱|优势|千亿元?级?|万亿级?)*产业/;

/** Words that are places but never a city of the network (countries, regions, the nation). */
export const NOT_CITIES = new Set(["中国", "美国", "瑞典", "澳大利亚", "欧洲", "俄罗斯", "英国", "日本", "德国", "法国", "韩国", "全国", "国内", "国外", "海外", "国际", "长三角", "苏北", "华东", "全球", "世界", "中华", "中央", "两岸", "城市", "地区", "城乡", "农村", "社会", "市场", "中心"]);

/** Provinces (short forms), so that a place is told apart as a province rather than a city. */
export const PROVINCES = new Set(["河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆"]);
