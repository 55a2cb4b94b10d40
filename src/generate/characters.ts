/** Characters common in place names, each with its pinyin, so English names need no dictionary look-up. */
export const PLACE_CHARS: readonly (readonly [string, string])[] = (
  "长chang 江jiang 宁ning 安an 平ping 阳yang 南nan 东dong 西xi 北bei 山shan 河he 湖hu 海hai 州zhou 城cheng " +
  "昌chang 明ming 德de 兴xing 华hua 泰tai 丰feng 庆qing 嘉jia 宜yi 永yong 新xin 金jin 云yun 清qing 临lin " +
  "淮huai 沂yi 泗si 洪hong 阜fu 溧li 睢sui 丹dan 常chang 武wu 文wen 信xin 盛sheng 鹤he 桐tong 松song " +
  "柳liu 梅mei 兰lan 桂gui 石shi 玉yu 凤feng 龙long 鹿lu 青qing 白bai 黄huang 瑞rui 祥xiang 康kang 乐le " +
  "福fu 寿shou 吉ji 顺shun 通tong 达da 远yuan 源yuan 泉quan 溪xi 湾wan 岭ling 峰feng 林lin 桥qiao 塘tang " +
  "浦pu 滨bin 汇hui 杭hang 苏su 徐xu 宿su 邳pi 沛pei 萧xiao 砀dang 亳bo 蚌bang 滁chu 池chi 舒shu " +
  "巢chao 靖jing 泽ze 昆kun 崇chong 启qi 皋gao 如ru 仪yi 湘xiang 荆jing 襄xiang 睦mu 鄞yin 婺wu 衢qu"
)
  .split(" ")
  .map(s => [s.slice(0, 1), s.slice(1)] as const);

export const SURNAMES: readonly string[] = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];

export const GIVEN_CHARS: readonly string[] = [
  ...new Set(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子昌成康星光天达安岩中茂进林有坚和博诚先敬震振会思群豪心邦承乐绍功松善厚庆民友裕河哲江浩亮政谦奇之翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以家致树德行时泰盛雄琛钧冠策腾楠榕航弘",
  ),
];

export const INDUSTRY_BASES: readonly string[] = [
  "新能源汽车",
  "集成电路",
  "生物医药",
  "人工智能",
  "高端装备",
  "新材料",
  "节能环保",
  "数字经济",
  "工业互联网",
  "智能制造",
  "现代农业",
  "航空航天",
  "海洋工程",
  "医疗器械",
  "光伏",
  "储能",
  "氢能",
  "软件和信息服务",
  "智能网联汽车",
  "大数据",
  "物联网",
  "机器人",
  "新一代信息技术",
  "现代物流",
  "文化创意",
  "金融科技",
  "工程机械",
  "纺织服装",
  "精细化工",
  "食品加工",
];

export const INDUSTRY_MODIFIERS: readonly string[] = ["", "高端", "绿色", "先进", "新型", "智慧"];
