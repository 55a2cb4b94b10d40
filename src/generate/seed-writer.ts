import fs from "node:fs";
import path from "node:path";
import { EntityKind } from "../domain/entity-kind";
import { RELATION_TYPES } from "../domain/relation-type";
import { cityDisplay, entity, type GenEntity } from "./entities";
import { hash32, mulberry32 } from "./prng";
import { entityQuote, relationQuote } from "./quotes";
import { ownedRelations } from "./relations";
import { Stream, type World } from "./world";

export interface WriterStats {
  files: number;
  entityRecords: number;
  relations: number;
  bytes: number;
}

/**
 * Fills one seed file after another with owners and the relations they own. An entity a relation
 * names but another file owns is repeated here as a stub with its own evidence, as the curated
 * seeds repeat Shanghai; MERGE makes the repetition idempotent.
 */
export class SeedWriter {
  readonly stats: WriterStats = { files: 0, entityRecords: 0, relations: 0, bytes: 0 };
  private entities = new Map<number, string>();
  private names = new Map<number, string>();
  private ids = new Map<number, string>();
  private relationLines: string[] = [];
  /** The file's article: every quote of the file, one a line (quotes are checked against it like any source's). */
  private quotes: string[] = [];

  constructor(
    private readonly world: World,
    private readonly outDir: string,
    private readonly recordsPerFile: number,
  ) {}

  add(owner: number): void {
    const fileNo = this.stats.files;
    this.include(owner, fileNo);
    for (const r of ownedRelations(this.world, owner)) {
      for (const e of [r.from, r.to]) this.include(e, fileNo);
      const rng = mulberry32(hash32(this.world.seed, Stream.Quote, r.from, r.to, RELATION_TYPES.indexOf(r.type)));
      const names = {
        from: this.names.get(r.from)!,
        to: this.names.get(r.to)!,
        with: r.with === undefined ? undefined : this.display(r.with),
      };
      const props = r.role ? { role: r.role } : r.award ? { award: r.award } : undefined;
      const quote = relationQuote(r, names, rng);
      this.quotes.push(quote);
      this.relationLines.push(
        JSON.stringify({
          type: r.type,
          from: this.idOf(r.from),
          to: this.idOf(r.to),
          ...(props ? { properties: props } : {}),
          evidence: [{ quote }],
        }),
      );
    }
    if (this.entities.size + this.relationLines.length >= this.recordsPerFile) this.flush();
  }

  /** Writes what is pending as the last file. */
  finish(): void {
    if (this.entities.size) this.flush();
  }

  private idOf(global: number): string {
    return this.ids.get(global)!;
  }

  private display(global: number): string {
    const kind = this.world.space.kindOf(global);
    const local = this.world.space.local(global);
    return kind === EntityKind.City ? cityDisplay(this.world, local) : entity(this.world, kind, local).name;
  }

  private include(global: number, fileNo: number): void {
    if (this.entities.has(global)) return;
    const kind = this.world.space.kindOf(global);
    const local = this.world.space.local(global);
    const e: GenEntity = entity(this.world, kind, local);
    const display = kind === EntityKind.City ? cityDisplay(this.world, local) : e.name;
    const quote = entityQuote(kind, display, mulberry32(hash32(this.world.seed, Stream.Quote, global, fileNo)));
    this.quotes.push(quote);
    this.names.set(global, display);
    this.ids.set(global, e.id);
    this.entities.set(global, JSON.stringify({ ...e, evidence: [{ quote }] }));
  }

  private flush(): void {
    const n = this.stats.files + 1;
    const { seed, nodes } = this.world;
    const stem = `${String(n).padStart(5, "0")}-synthetic`;
    // Beside the files, as seeds/sources is beside seeds/: the loader looks for a source's text there.
    const texts = path.join(this.outDir, "sources");
    fs.mkdirSync(texts, { recursive: true });
    fs.writeFileSync(path.join(texts, `${stem}.txt`), this.quotes.join("\n") + "\n");
    const source = {
      id: `src-gen-s${seed}-n${nodes}-${String(n).padStart(5, "0")}`,
      file: `${stem}.txt`,
      title: `合成区域创新网络（种子${seed}，${nodes}个节点）第${n}卷`,
      publisher: "innograph generator",
      publishedOn: "2024-12-31",
      script: "Hans",
    };
    const file = path.join(this.outDir, `${stem}.json`);
    const fd = fs.openSync(file, "w");
    let bytes = 0;
    const write = (text: string) => (bytes += fs.writeSync(fd, text));
    try {
      write(`{"formatVersion":1,\n"source":${JSON.stringify(source)},\n"entities":[\n`);
      writeLines([...this.entities.values()], write);
      write(`],\n"relations":[\n`);
      writeLines(this.relationLines, write);
      write(`]}\n`);
    } finally {
      fs.closeSync(fd);
    }
    this.stats.files = n;
    this.stats.entityRecords += this.entities.size;
    this.stats.relations += this.relationLines.length;
    this.stats.bytes += bytes;
    this.entities = new Map();
    this.names = new Map();
    this.ids = new Map();
    this.relationLines = [];
    this.quotes = [];
  }
}

/** A few thousand lines per write: one file's text is never built as a single string. */
function writeLines(lines: string[], write: (text: string) => void): void {
  const CHUNK = 2_000;
  for (let i = 0; i < lines.length; i += CHUNK) {
    const last = i + CHUNK >= lines.length;
    write(lines.slice(i, i + CHUNK).join(",\n") + (last ? "\n" : ",\n"));
  }
}
