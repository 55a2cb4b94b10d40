import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config";

interface SeedEntity {
  id: string;
  kind: string;
  modality?: string;
  properties?: Record<string, string>;
}
interface SeedRelation {
  type: string;
  from: string;
  to: string;
  modality?: string;
}

/** The graph the seed files describe, merged the way the loader merges it: entities by id, relations by (type, from, to). */
export function seedGraph() {
  const dir = loadConfig().seedsDir;
  const entities = new Map<string, SeedEntity>();
  const relations = new Map<string, SeedRelation>();
  const sources = new Set<string>();
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith(".json"))) {
    const seed = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    sources.add(seed.source.id);
    for (const e of seed.entities as SeedEntity[]) {
      entities.set(e.id, {
        ...entities.get(e.id),
        ...e,
        properties: { ...entities.get(e.id)?.properties, ...e.properties },
      });
    }
    for (const r of seed.relations as SeedRelation[]) relations.set(`${r.type}|${r.from}|${r.to}`, r);
  }
  const rels = [...relations.values()];
  const out = (from: string, type: string) => rels.filter(r => r.from === from && r.type === type).map(r => r.to);
  return { entities, rels, sources, out };
}

export type SeedGraph = ReturnType<typeof seedGraph>;

/**
 * The partnership rules (src/partnership/tie-rules.ts) restated over the seed files at CITY level: two entities
 * are partners when a cooperation joins them or they share an agreement, a founding, a hosted event or an
 * alliance/corridor; each rolls up to the top-level cities it is located in (a person or body without a place,
 * to those of what it is affiliated with or holds office in). The default network is ACTUAL: a joint fact
 * counts only when its links and its hub (a planned agreement, say) are all ACTUAL (stated or by default).
 */
function topCities(g: SeedGraph, id: string): Set<string> {
  const out = new Set<string>();
  let frontier = [id];
  for (let depth = 0; depth <= 3 && frontier.length; depth++) {
    for (const f of frontier) {
      if (g.entities.get(f)?.kind === "City" && g.out(f, "LOCATED_IN").every(o => g.entities.get(o)?.kind !== "City")) {
        out.add(f);
      }
    }
    frontier = frontier.flatMap(f => g.out(f, "LOCATED_IN"));
  }
  return out;
}

function placesOf(g: SeedGraph, id: string): Set<string> {
  const own = topCities(g, id);
  if (own.size) return own;
  return new Set([...g.out(id, "AFFILIATED_WITH"), ...g.out(id, "HOLDS_OFFICE_IN")].flatMap(o => [...topCities(g, o)]));
}

const actual = (fact: { modality?: string } | undefined) => (fact?.modality ?? "ACTUAL") === "ACTUAL";

export function partnerCitiesOf(g: SeedGraph, city: string): Set<string> {
  const hubTypes = [["PARTY_TO"], ["FOUNDED"], ["HOSTED"], ["MEMBER_OF", "CENTRAL_CITY_OF"]];
  const pairs: [string, string][] = g.rels
    .filter(r => r.type === "COOPERATES_WITH" && actual(r))
    .flatMap(
      r =>
        [
          [r.from, r.to],
          [r.to, r.from],
        ] as [string, string][],
    );
  for (const types of hubTypes) {
    const byHub = new Map<string, string[]>();
    for (const r of g.rels) {
      if (types.includes(r.type) && actual(r) && actual(g.entities.get(r.to))) {
        byHub.set(r.to, [...(byHub.get(r.to) ?? []), r.from]);
      }
    }
    for (const members of byHub.values()) {
      for (const a of members) for (const b of members) if (a !== b) pairs.push([a, b]);
    }
  }
  const partners = new Set<string>();
  for (const [a, b] of pairs) {
    if (!placesOf(g, a).has(city)) continue;
    for (const c of placesOf(g, b)) if (c !== city) partners.add(c);
  }
  return partners;
}
