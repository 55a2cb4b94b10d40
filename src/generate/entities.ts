import { EntityKind, ID_PREFIX } from "../domain/entity-kind";
import { pick, rngFor } from "./prng";
import { DEPARTMENTS_PER_CITY } from "./sizes";
import { personName as personNameOf, placeWord } from "./words";
import { Stream, type World } from "./world";
import { agreementShape, eventShape, industryName, platformType } from "./shapes";

export interface GenEntity {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn?: string;
  aliases?: string[];
  properties?: Record<string, string>;
}

/** Two-character place words are 12,100; provinces, corridors and academies take theirs from the far end. */
const PLACE_WORDS_2 = 12_100;

const DEPARTMENTS = [
  "人民政府",
  "科学技术局",
  "发展和改革委员会",
  "工业和信息化局",
  "教育局",
  "商务局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源和规划局",
  "生态环境局",
  "交通运输局",
  "农业农村局",
  "卫生健康委员会",
  "市场监督管理局",
  "投资促进局",
  "大数据管理局",
  "科学技术协会",
  "外事办公室",
  "统计局",
  "审计局",
  "文化广电和旅游局",
  "住房和城乡建设局",
  "水务局",
  "应急管理局",
];
const UNIVERSITY = [
  "大学",
  "理工大学",
  "师范大学",
  "科技大学",
  "医科大学",
  "工业大学",
  "农业大学",
  "财经大学",
  "职业技术学院",
];
const INSTITUTE = ["研究院", "研究所", "技术研究院", "产业研究院", "工程技术研究中心"];
const ORGANIZATION = ["科技协会", "商会", "农商银行", "人民医院", "日报社", "科技基金会", "科学技术学会", "企业家协会"];
const ENTERPRISE_FIELD = ["科技", "智能", "生物", "新材料", "电子", "信息", "能源", "装备", "医药", "汽车"];
const ENTERPRISE_FORM = ["有限公司", "股份有限公司", "集团有限公司"];

export function entityId(kind: EntityKind, local: number): string {
  return `${ID_PREFIX[kind]}g-${String(local).padStart(6, "0")}`;
}

/** How quotes refer to a city: 徐州市, 武进区. */
export function cityDisplay(world: World, city: number): string {
  const w = placeWord(city).name;
  return world.adminLevel(city) === "district" ? `${w}区` : `${w}市`;
}

export function govCity(world: World, gov: number): number {
  return gov % world.counts.City;
}

/** The whole record of one entity, a pure function of (world, kind, index): stubs equal their owner's copy. */
export function entity(world: World, kind: EntityKind, i: number): GenEntity {
  const id = entityId(kind, i);
  const shape = rngFor(world.seed, Stream.Shape, world.space.global(kind, i));
  switch (kind) {
    case EntityKind.Region: {
      const w = placeWord(PLACE_WORDS_2 - 201 - i);
      return { id, kind, name: `${w.name}地区`, nameEn: `${w.pinyin} Region` };
    }
    case EntityKind.Province: {
      const w = placeWord(PLACE_WORDS_2 - 1 - i);
      return { id, kind, name: `${w.name}省`, nameEn: `${w.pinyin} Province` };
    }
    case EntityKind.Corridor: {
      const w = placeWord(PLACE_WORDS_2 - 101 - i);
      return i % 2 === 0
        ? { id, kind, name: `${w.name}科创走廊`, nameEn: `${w.pinyin} Science and Technology Innovation Corridor` }
        : { id, kind, name: `${w.name}经济区`, nameEn: `${w.pinyin} Economic Zone` };
    }
    case EntityKind.Academy: {
      const w = placeWord(PLACE_WORDS_2 - 201 - i);
      return { id, kind, name: `${w.name}科学院`, nameEn: `${w.pinyin} Academy of Sciences` };
    }
    case EntityKind.City: {
      const w = placeWord(i);
      const level = world.adminLevel(i);
      return level === "district"
        ? { id, kind, name: `${w.name}区`, nameEn: `${w.pinyin} District`, properties: { adminLevel: level } }
        : { id, kind, name: w.name, nameEn: w.pinyin, aliases: [`${w.name}市`], properties: { adminLevel: level } };
    }
    case EntityKind.Industry:
      return { id, kind, name: industryName(i) };
    case EntityKind.University:
      return { id, kind, name: placeWord(i).name + pick(UNIVERSITY, shape) };
    case EntityKind.ResearchInstitute:
      return { id, kind, name: placeWord(i).name + pick(INSTITUTE, shape) };
    case EntityKind.Organization:
      return { id, kind, name: placeWord(i).name + pick(ORGANIZATION, shape) };
    case EntityKind.Enterprise:
      return { id, kind, name: placeWord(i).name + pick(ENTERPRISE_FIELD, shape) + pick(ENTERPRISE_FORM, shape) };
    case EntityKind.GovernmentBody: {
      const department = DEPARTMENTS[Math.floor(i / world.counts.City) % DEPARTMENTS_PER_CITY]!;
      return { id, kind, name: cityDisplay(world, govCity(world, i)) + department };
    }
    case EntityKind.Platform: {
      const type = platformType(shape);
      return { id, kind, name: placeWord(i).name + type.suffix, properties: { platformType: type.value } };
    }
    case EntityKind.Event: {
      const e = eventShape(world, i);
      return {
        id,
        kind,
        name: `${e.date.slice(0, 4)}${placeWord(i).name}${e.suffix}`,
        properties: { date: e.date, eventType: e.type },
      };
    }
    case EntityKind.Agreement: {
      const a = agreementShape(world, i);
      return {
        id,
        kind,
        name: `${placeWord(i).name}${a.suffix}`,
        properties: { date: a.date, title: a.title, agreementType: a.type },
      };
    }
    case EntityKind.Person:
      return { id, kind, name: personNameOf(i) };
  }
}
