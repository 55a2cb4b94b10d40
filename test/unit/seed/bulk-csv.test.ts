import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BulkGraph } from "../../../src/seed/bulk-graph";
import { ARRAY_DELIMITER, BulkCsvError, writeImportFiles } from "../../../src/seed/bulk-csv";

/** RFC 4180 fields of one CSV line (quotes doubled inside quoted fields), as neo4j-admin reads them. */
function fields(line: string): { text: string; quoted: boolean }[] {
  const out: { text: string; quoted: boolean }[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let text = "";
      i += 1;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') {
          text += '"';
          i += 2;
        } else if (line[i] === '"') break;
        else text += line[i++];
      }
      out.push({ text, quoted: true });
      i += 2;
    } else {
      const end = line.indexOf(",", i) < 0 ? line.length : line.indexOf(",", i);
      out.push({ text: line.slice(i, end), quoted: false });
      i = end + 1;
    }
  }
  return out;
}

function graphWith(props: Record<string, unknown>): BulkGraph {
  const graph = new BulkGraph();
  graph.entities.set("city-a", {
    labels: new Set(["Entity", "City"]),
    props: new Map(Object.entries({ id: "city-a", ...props })) as never,
  });
  return graph;
}

describe("writeImportFiles", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "innograph-bulk-csv-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("should type each column and keep quotes, commas, empty strings, empty lists and absent values apart", () => {
    const graph = graphWith({
      name: 'say "徐州", then',
      aliasText: "",
      aliases: [],
      evidence: ["a;b", '{"q":1}'],
      year: 2022,
    });
    graph.entities.set("city-b", { labels: new Set(["Entity", "City"]), props: new Map([["id", "city-b"]]) });
    const files = writeImportFiles(graph, dir);
    const city = files.nodes.find(f => f.labels.join(":") === "City:Entity")!;
    const [header, a, b] = fs.readFileSync(city.path, "utf8").split("\n").map(fields);
    expect(header!.map(f => f.text)).toEqual([
      "id:ID(Entity)",
      "aliasText:string",
      "aliases:string[]",
      "evidence:string[]",
      "name:string",
      "year:double",
    ]);
    expect(a).toEqual([
      { text: "city-a", quoted: true },
      { text: "", quoted: true },
      { text: "", quoted: true },
      { text: `a;b${ARRAY_DELIMITER}{"q":1}`, quoted: true },
      { text: 'say "徐州", then', quoted: true },
      { text: "2022", quoted: false },
    ]);
    expect(b!.slice(1).every(f => f.text === "" && !f.quoted)).toBe(true);
    expect(city.rows).toBe(2);
  });

  it("should mark a file whose values span lines, so the importer is told", () => {
    const graph = graphWith({});
    graph.sources.set("src-a", new Map([["id", "src-a"]]));
    graph.sourceTexts.set("src-a", "第一段\n第二段");
    const files = writeImportFiles(graph, dir);
    expect(files.nodes.find(f => f.labels[0] === "SourceText")!.multiline).toBe(true);
    expect(files.nodes.find(f => f.labels[0] === "Source")!.multiline).toBe(false);
  });

  it("should refuse a list holding an empty string, which would read back as an empty list", () => {
    expect(() => writeImportFiles(graphWith({ aliases: [""] }), dir)).toThrow(BulkCsvError);
  });
});
