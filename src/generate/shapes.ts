import { EntityKind } from "../domain/entity-kind";
import { INDUSTRY_BASES, INDUSTRY_MODIFIERS } from "./characters";
import { between, pick, rngFor, type Rng } from "./prng";
import { Stream, type World } from "./world";

const PLATFORM_TYPES = [
  { value: "innovation-centre", suffix: "创新中心" },
  { value: "laboratory", suffix: "实验室" },
  { value: "alliance", suffix: "产业创新联盟" },
  { value: "industrial-research-institute", suffix: "产业技术研究院" },
  { value: "service-centre", suffix: "科技服务中心" },
  { value: "science-education-town", suffix: "科教城" },
  { value: "incubator", suffix: "科技企业孵化器" },
] as const;

const EVENT_TYPES = [
  { type: "conference", suffix: "科技创新大会", weight: 30 },
  { type: "signing", suffix: "项目集中签约仪式", weight: 25 },
  { type: "launch", suffix: "创新平台启动仪式", weight: 10 },
  { type: "ceremony", suffix: "揭牌仪式", weight: 8 },
  { type: "competition", suffix: "创新创业大赛", weight: 10 },
  { type: "press-conference", suffix: "新闻发布会", weight: 7 },
  { type: "other", suffix: "产学研对接交流会", weight: 10 },
] as const;

const AGREEMENT_TYPES = [
  { type: "strategic cooperation", suffix: "战略合作协议" },
  { type: "project signing", suffix: "项目合作协议" },
  { type: "framework agreement", suffix: "合作框架协议" },
  { type: "joint laboratory", suffix: "共建联合实验室协议" },
] as const;

export function platformType(rng: Rng): (typeof PLATFORM_TYPES)[number] {
  return pick(PLATFORM_TYPES, rng);
}

export function industryName(i: number): string {
  return `${INDUSTRY_MODIFIERS[Math.floor(i / INDUSTRY_BASES.length)] ?? ""}${INDUSTRY_BASES[i % INDUSTRY_BASES.length]}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Twenty years, more of them recent; mostly full dates, some months or years only (as articles give them). */
function partialDate(rng: Rng): string {
  const year = 2005 + Math.min(19, Math.floor(20 * Math.sqrt(rng())));
  const month = between(1, 12, rng);
  const day = between(1, 28, rng);
  const precision = rng();
  if (precision < 0.8) return `${year}-${pad(month)}-${pad(day)}`;
  return precision < 0.9 ? `${year}-${pad(month)}` : String(year);
}

export function eventShape(world: World, i: number) {
  const rng = rngFor(world.seed, Stream.Date, world.space.global(EntityKind.Event, i));
  const date = partialDate(rng);
  let w = rng() * 100;
  const kind = EVENT_TYPES.find(t => (w -= t.weight) < 0) ?? EVENT_TYPES[0];
  return { date, type: kind.type, suffix: kind.suffix };
}

/** An agreement is dated by the event it was signed at, so both are fixed together here. */
export function agreementShape(world: World, i: number) {
  const rng = rngFor(world.seed, Stream.Parent, world.space.global(EntityKind.Agreement, i));
  const event = world.sampler(EntityKind.Event).sample(rng);
  const industry = world.sampler(EntityKind.Industry).sample(rng);
  const kind = pick(AGREEMENT_TYPES, rng);
  return {
    event,
    industry,
    date: eventShape(world, event).date,
    type: kind.type,
    suffix: kind.suffix,
    title: `共同推进${industryName(industry)}领域技术攻关与成果转化`,
  };
}
