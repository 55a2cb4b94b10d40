import type { EntityKind } from "../domain/entity-kind";
import type { RelationType } from "../domain/relation-type";
import { pick, type Rng } from "./prng";
import type { GenRelation } from "./relations";

/** Sentences in the voice of a local news article, built from names; synthetic sources have no text to check against. */
const ENTITY_QUOTES: Record<EntityKind, readonly ((n: string) => string)[]> = {
  Province: [n => `${n}推进长三角科技创新共同体建设`, n => `${n}出台支持科技创新的若干政策措施`],
  City: [n => `${n}深入实施创新驱动发展战略`, n => `${n}加快建设区域科技创新中心`, n => `${n}与会代表共话产学研合作`],
  Corridor: [n => `${n}建设持续推进`, n => `${n}联席会议在此召开`],
  Industry: [n => `${n}产业集群加快发展`, n => `重点发展${n}等产业`],
  Academy: [n => `${n}与地方开展院地合作`, n => `${n}专家团队参加活动`],
  University: [n => `${n}积极参与区域创新合作`, n => `${n}相关负责人出席活动`],
  ResearchInstitute: [n => `${n}积极推动科技成果转化`, n => `${n}相关负责人出席活动`],
  Platform: [n => `${n}已集聚一批创新团队`, n => `${n}建设取得积极进展`],
  Enterprise: [n => `${n}相关负责人参加活动`, n => `${n}加大研发投入`],
  GovernmentBody: [n => `${n}相关负责同志出席活动`, n => `${n}有关负责人介绍情况`],
  Organization: [n => `${n}积极服务科技创新`, n => `${n}相关负责人出席活动`],
  Event: [n => `${n}举行`, n => `${n}隆重开幕`],
  Agreement: [n => `双方签署《${n}》`, n => `《${n}》正式签订`],
  Person: [n => `${n}出席活动并讲话`, n => `${n}参加会议`],
  Region: [n => `${n}地区协同创新`],
};

export function entityQuote(kind: EntityKind, display: string, rng: Rng): string {
  return pick(ENTITY_QUOTES[kind], rng)(display);
}

type Names = { from: string; to: string; with?: string };

const RELATION_QUOTES: Record<RelationType, readonly ((n: Names, r: GenRelation) => string)[]> = {
  LOCATED_IN: [n => `${n.from}位于${n.to}`, n => `${n.from}坐落于${n.to}`],
  MEMBER_OF: [n => `${n.from}是${n.to}成员`, n => `${n.from}加入${n.to}`],
  CENTRAL_CITY_OF: [n => `${n.from}是${n.to}中心城市`],
  PART_OF: [n => `${n.from}是${n.to}下属单位`],
  AFFILIATED_WITH: [(n, r) => `${n.to}${r.role ?? ""}${n.from}`],
  ACADEMICIAN_OF: [n => `${n.to}院士${n.from}`],
  HOLDS_OFFICE_IN: [(n, r) => `${n.to}${r.role ?? ""}${n.from}`],
  SPOKE_AT: [n => `${n.from}在${n.to}上致辞`, n => `${n.from}在${n.to}上作主旨报告`],
  ATTENDED: [n => `${n.from}出席${n.to}`, n => `${n.from}参加了${n.to}`],
  HOSTED: [n => `${n.to}由${n.from}主办`, n => `${n.from}举办${n.to}`],
  HELD_IN: [n => `${n.from}在${n.to}举行`, n => `${n.from}在${n.to}召开`],
  PARTY_TO: [n => `${n.from}与${n.with ?? "有关单位"}签署《${n.to}》`],
  SIGNED_AT: [n => `《${n.from}》在${n.to}上正式签约`],
  FOUNDED: [n => `${n.from}牵头组建${n.to}`, n => `${n.to}由${n.from}发起成立`],
  LAUNCHED_AT: [n => `${n.from}在${n.to}上正式启动`],
  FOCUSES_ON: [n => `${n.from}聚焦${n.to}产业`, n => `${n.from}重点布局${n.to}领域`],
  COOPERATES_WITH: [n => `${n.from}与${n.to}开展深度合作`],
  AWARDED: [(n, r) => `${n.from}授予${n.to}“${r.award ?? ""}”称号`],
};

export function relationQuote(r: GenRelation, names: Names, rng: Rng): string {
  return pick(RELATION_QUOTES[r.type], rng)(names, r);
}
