import { EntityKind } from "../domain/entity-kind";
import { RelationType } from "../domain/relation-type";
import { between, pick, rngFor, type Rng } from "./prng";
import { agreementShape, platformType } from "./shapes";
import { govCity } from "./entities";
import { Stream, type World } from "./world";

/** A relation between two entity numbers; `with` is the co-party a PARTY_TO quote names. */
export interface GenRelation {
  type: RelationType;
  from: number;
  to: number;
  role?: string;
  award?: string;
  with?: number;
}

const ROLES: Partial<Record<EntityKind, readonly string[]>> = {
  University: ["教授", "副教授", "校长", "副校长", "研究员", "博士生导师"],
  ResearchInstitute: ["研究员", "所长", "副院长", "首席科学家", "高级工程师"],
  Enterprise: ["董事长", "总经理", "首席技术官", "高级工程师", "副总经理"],
  Organization: ["会长", "秘书长", "理事长", "副会长"],
  GovernmentBody: ["局长", "副局长", "主任", "副主任", "处长", "科长"],
};
const CITY_ROLES = ["市长", "副市长", "市委书记", "市委常委", "市委副书记、市长"];
const DISTRICT_ROLES = ["区长", "副区长", "区委书记"];
const AWARDS = ["高新技术企业", "专精特新“小巨人”企业", "科技创新先进集体", "工程技术研究中心", "创新创业先进单位"];

/**
 * The relations one entity owns (those written in the same file as the entity itself). Each type is
 * owned by one kind only, so no relation is generated twice and the files' relations are the graph's.
 */
export function ownedRelations(world: World, owner: number): GenRelation[] {
  const kind = world.space.kindOf(owner);
  const i = world.space.local(owner);
  const rng = rngFor(world.seed, Stream.Relations, owner);
  const out: GenRelation[] = [];
  const seen = new Set<string>();
  const at = (k: EntityKind, local: number) => world.space.global(k, local);
  const some = (k: EntityKind) => at(k, world.sampler(k).sample(rng));
  const add = (r: GenRelation) => {
    const key = `${r.type}|${r.from}|${r.to}`;
    if (r.from === r.to || seen.has(key)) return;
    seen.add(key);
    out.push(r);
  };
  const industries = (min: number, max: number) => {
    for (let n = between(min, max, rng); n > 0; n--) {
      add({ type: RelationType.FOCUSES_ON, from: owner, to: some(EntityKind.Industry) });
    }
  };
  const anyOf = (kinds: readonly EntityKind[]) => some(pick(kinds, rng));

  switch (kind) {
    case EntityKind.City: {
      const level = world.adminLevel(i);
      const parentRng = rngFor(world.seed, Stream.Parent, owner);
      if (level === "district") {
        add({
          type: RelationType.LOCATED_IN,
          from: owner,
          to: at(EntityKind.City, world.prefectureSampler.sample(parentRng)),
        });
      }
      if (level === "prefecture") {
        add({
          type: RelationType.LOCATED_IN,
          from: owner,
          to: at(EntityKind.Province, world.sampler(EntityKind.Province).sample(parentRng)),
        });
      }
      industries(1, 4);
      if (rng() < 0.3) add({ type: RelationType.COOPERATES_WITH, from: owner, to: some(EntityKind.City) });
      break;
    }
    case EntityKind.Corridor: {
      const central = at(EntityKind.City, world.prefectureSampler.sample(rng));
      add({ type: RelationType.CENTRAL_CITY_OF, from: central, to: owner });
      add({ type: RelationType.MEMBER_OF, from: central, to: owner });
      for (let n = between(4, 12, rng); n > 0; n--) {
        add({
          type: RelationType.MEMBER_OF,
          from: at(EntityKind.City, world.prefectureSampler.sample(rng)),
          to: owner,
        });
      }
      industries(2, 4);
      break;
    }
    case EntityKind.University:
    case EntityKind.ResearchInstitute:
    case EntityKind.Organization:
    case EntityKind.Enterprise:
      add({ type: RelationType.LOCATED_IN, from: owner, to: some(EntityKind.City) });
      if (kind === EntityKind.ResearchInstitute) {
        const r = rng();
        if (r < 0.5) add({ type: RelationType.PART_OF, from: owner, to: some(EntityKind.Academy) });
        else if (r < 0.7) add({ type: RelationType.PART_OF, from: owner, to: some(EntityKind.University) });
      }
      if (rng() < 0.4) {
        add({
          type: RelationType.COOPERATES_WITH,
          from: owner,
          to: anyOf([EntityKind.University, EntityKind.ResearchInstitute, EntityKind.Enterprise]),
        });
      }
      break;
    case EntityKind.GovernmentBody:
      add({ type: RelationType.LOCATED_IN, from: owner, to: at(EntityKind.City, govCity(world, i)) });
      for (let n = between(0, 3, rng); n > 0; n--) {
        add({
          type: RelationType.AWARDED,
          from: owner,
          to: anyOf([EntityKind.Enterprise, EntityKind.Enterprise, EntityKind.Platform]),
          award: pick(AWARDS, rng),
        });
      }
      break;
    case EntityKind.Platform: {
      add({ type: RelationType.LOCATED_IN, from: owner, to: some(EntityKind.City) });
      for (let n = between(1, 2, rng); n > 0; n--) {
        add({
          type: RelationType.FOUNDED,
          from: anyOf([
            EntityKind.University,
            EntityKind.ResearchInstitute,
            EntityKind.GovernmentBody,
            EntityKind.Enterprise,
          ]),
          to: owner,
        });
      }
      industries(1, 2);
      if (platformType(rngFor(world.seed, Stream.Shape, owner)).value === "alliance") {
        for (let n = between(3, 10, rng); n > 0; n--) {
          add({ type: RelationType.MEMBER_OF, from: some(EntityKind.Enterprise), to: owner });
        }
      }
      if (rng() < 0.2) add({ type: RelationType.LAUNCHED_AT, from: owner, to: some(EntityKind.Event) });
      break;
    }
    case EntityKind.Event:
      add({ type: RelationType.HELD_IN, from: owner, to: some(EntityKind.City) });
      for (let n = between(1, 2, rng); n > 0; n--) {
        add({
          type: RelationType.HOSTED,
          from: anyOf([
            EntityKind.City,
            EntityKind.GovernmentBody,
            EntityKind.University,
            EntityKind.ResearchInstitute,
            EntityKind.Platform,
          ]),
          to: owner,
        });
      }
      if (rng() < 0.6) industries(1, 1);
      break;
    case EntityKind.Agreement: {
      const shape = agreementShape(world, i);
      const parties: number[] = [];
      for (let n = between(2, 4, rng); n > 0; n--) {
        const p = anyOf([
          EntityKind.City,
          EntityKind.GovernmentBody,
          EntityKind.University,
          EntityKind.ResearchInstitute,
          EntityKind.Enterprise,
        ]);
        if (!parties.includes(p)) parties.push(p);
      }
      if (parties.length === 1) parties.push(some(EntityKind.Enterprise));
      parties.forEach((p, k) =>
        add({ type: RelationType.PARTY_TO, from: p, to: owner, with: parties[(k + 1) % parties.length] }),
      );
      add({ type: RelationType.SIGNED_AT, from: owner, to: at(EntityKind.Event, shape.event) });
      add({ type: RelationType.FOCUSES_ON, from: owner, to: at(EntityKind.Industry, shape.industry) });
      if (rng() < 0.3) industries(1, 1);
      break;
    }
    case EntityKind.Person:
      personRelations(world, owner, rng, add, some);
      break;
    default:
      break; // provinces, industries and academies are only ever pointed at
  }
  return out;
}

function personRelations(
  world: World,
  owner: number,
  rng: Rng,
  add: (r: GenRelation) => void,
  some: (k: EntityKind) => number,
): void {
  const role = rng();
  const attend = (min: number, max: number) => {
    for (let n = between(min, max, rng); n > 0; n--) {
      add({ type: RelationType.ATTENDED, from: owner, to: some(EntityKind.Event) });
    }
  };
  const speak = (min: number, max: number) => {
    for (let n = between(min, max, rng); n > 0; n--) {
      add({ type: RelationType.SPOKE_AT, from: owner, to: some(EntityKind.Event) });
    }
  };
  if (role < 0.05) {
    add({ type: RelationType.ACADEMICIAN_OF, from: owner, to: some(EntityKind.Academy) });
    const k = rng() < 0.6 ? EntityKind.University : EntityKind.ResearchInstitute;
    add({ type: RelationType.AFFILIATED_WITH, from: owner, to: some(k), role: pick(ROLES[k]!, rng) });
    speak(1, 4);
    attend(0, 2);
  } else if (role < 0.25) {
    if (rng() < 0.6) {
      add({
        type: RelationType.HOLDS_OFFICE_IN,
        from: owner,
        to: some(EntityKind.GovernmentBody),
        role: pick(ROLES.GovernmentBody!, rng),
      });
    } else {
      const city = world.sampler(EntityKind.City).sample(rng);
      const roles = world.adminLevel(city) === "district" ? DISTRICT_ROLES : CITY_ROLES;
      add({
        type: RelationType.HOLDS_OFFICE_IN,
        from: owner,
        to: world.space.global(EntityKind.City, city),
        role: pick(roles, rng),
      });
    }
    attend(1, 9);
    if (rng() < 0.3) speak(1, 1);
  } else {
    const k = pick(
      [
        EntityKind.Enterprise,
        EntityKind.Enterprise,
        EntityKind.University,
        EntityKind.ResearchInstitute,
        EntityKind.Organization,
      ],
      rng,
    );
    add({ type: RelationType.AFFILIATED_WITH, from: owner, to: some(k), role: pick(ROLES[k]!, rng) });
    attend(1, 9);
  }
}
