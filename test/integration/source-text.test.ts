import fs from "node:fs";
import path from "node:path";
import { startTestService, type TestService } from "../support/harness";
import { articlesDir, seedFiles } from "../support/seed-fixtures";

// Expectations come from the seed files and the article files beside them, read independently of the service.
const seeds = seedFiles();
const textOf = (file: string) => fs.readFileSync(path.join(articlesDir, file), "utf8");

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

interface SourceAnswer {
  id: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  file: string | null;
  text: string | null;
}
interface EvidenceAnswer {
  quote: string;
  source: { id: string; text: string };
  inText: { offset: number; length: number; paragraph: number; paragraphText: string } | null;
}

describe("source texts", () => {
  it.each(seeds.map(s => [s.seed.source.id, s.seed.source] as const))(
    "should give %s with its metadata and its article text byte for byte",
    async (id, source) => {
      const res = await service.gql<{ source: SourceAnswer }>(
        "query($id: ID!) { source(id: $id) { id title publisher publishedOn file text } }",
        { id },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.source).toEqual({
        id,
        title: source.title,
        publisher: source.publisher ?? null,
        publishedOn: source.publishedOn ?? null,
        file: source.file,
        text: textOf(source.file!),
      });
    },
  );

  it("should answer NOT_FOUND for an unknown source", async () => {
    const res = await service.gql('{ source(id: "src-atlantis") { id } }');
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("should place each quote of an entity in its source's text, within its paragraph", async () => {
    // Every seed entity with a quote, from every article: a quote's place must hold in both scripts.
    const quoted = seeds.flatMap(s =>
      s.seed.entities
        .filter(e => e.evidence.length > 0)
        .slice(0, 3)
        .map(e => e.id),
    );
    expect(quoted.length).toBeGreaterThan(seeds.length);
    for (const id of quoted) {
      const res = await service.gql<{ entity: { evidence: EvidenceAnswer[] } }>(
        "query($id: ID!) { entity(id: $id) { evidence { quote source { id text } inText { offset length paragraph paragraphText } } } }",
        { id },
      );
      expect(res.errors).toBeUndefined();
      for (const e of res.data!.entity.evidence) {
        const text = e.source.text;
        const at = e.inText!;
        expect([...text].slice(at.offset, at.offset + at.length).join("")).toBe(e.quote);
        expect(at.paragraphText).toContain(e.quote);
        const paragraphs = text.split("\n").filter(line => line.trim() !== "");
        expect(paragraphs[at.paragraph - 1]).toBe(at.paragraphText.split("\n")[0]!.replace(/\r$/, ""));
      }
    }
  });
});
