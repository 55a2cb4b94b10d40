import { BulkGraph } from "../../../src/seed/bulk-graph";
import type { SeedFileInput } from "../../../src/seed/seed.input";

/** A source naming Xuzhou (with its own aliases and English name) and the one event it hosted, in `modality`. */
function source(
  id: string,
  opts: { aliases: string[]; nameEn?: string; modality: string; quote: string },
): SeedFileInput {
  return {
    formatVersion: 2,
    source: { id, title: id, script: "Hans", publishedOn: "2024-09-24", text: opts.quote },
    entities: [
      {
        id: "city-xuzhou",
        kind: "City",
        name: "徐州",
        nameEn: opts.nameEn,
        aliases: opts.aliases,
        evidence: [{ quote: opts.quote }],
      },
      { id: "event-talks", kind: "Event", name: "恳谈会", modality: opts.modality, evidence: [{ quote: opts.quote }] },
    ],
    relations: [
      {
        type: "HOSTED",
        from: "city-xuzhou",
        to: "event-talks",
        modality: opts.modality,
        evidence: [{ quote: opts.quote }],
      },
    ],
  } as unknown as SeedFileInput;
}

describe("BulkGraph", () => {
  const graph = new BulkGraph();
  graph.add(source("src-a", { aliases: ["徐州市"], nameEn: "Xuzhou", modality: "PLANNED", quote: "甲" }));
  graph.add(source("src-b", { aliases: ["彭城"], modality: "ACTUAL", quote: "乙" }));
  const city = graph.entities.get("city-xuzhou")!.props;
  const hosted = graph.relations.get("HOSTED|city-xuzhou|event-talks")!.props;

  it("should merge a shared entity once, with the union of every source's aliases, evidence and sources", () => {
    expect(graph.entities.size).toBe(2);
    expect(city.get("aliases")).toEqual(["徐州市", "彭城"]);
    expect(city.get("sources")).toEqual(["src-a", "src-b"]);
    expect((city.get("evidence") as string[]).map(e => (JSON.parse(e) as { quote: string }).quote)).toEqual([
      "甲",
      "乙",
    ]);
  });

  it("should keep an English name a later source leaves out, and derive search keys from every alias", () => {
    expect(city.get("nameEn")).toBe("Xuzhou");
    expect(city.get("searchKeyText")).toContain("|彭城|");
    expect(city.get("searchKeyText")).toContain("|徐州市|");
  });

  it("should keep each source's modality of a fact and store the most actual", () => {
    expect(hosted.get("sourceModalities")).toEqual(["src-a:PLANNED", "src-b:ACTUAL"]);
    expect(hosted.get("modality")).toBe("ACTUAL");
    expect(graph.entities.get("event-talks")!.props.get("modality")).toBe("ACTUAL");
    expect(city.has("modality")).toBe(false);
  });

  it("should count entities by kind and relationships by type once each, whatever the sources repeat", () => {
    expect(graph.counts()).toEqual({ byKind: { City: 1, Event: 1 }, byRelation: { HOSTED: 1 } });
    expect(graph.entityRecords).toBe(4);
    expect(graph.relationRecords).toBe(2);
  });
});
