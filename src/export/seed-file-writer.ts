import { once } from "node:events";
import fs from "node:fs";
import { finished } from "node:stream/promises";

/**
 * Writes one seed file record by record (a source's facts never sit in memory all at once), one record a
 * line so the file diffs well. It is written under a `.partial` name and renamed when complete: an export
 * that fails leaves no file a later `npm run seed` would take for a whole source.
 */
export class SeedFileWriter {
  private readonly partial: string;
  private readonly out: fs.WriteStream;
  private inList = 0;
  bytes = 0;

  constructor(
    private readonly file: string,
    source: Record<string, unknown>,
  ) {
    this.partial = `${file}.partial`;
    this.out = fs.createWriteStream(this.partial);
    this.out.on("error", () => {}); // surfaced by the next write or by close()
    this.raw(`{\n  "formatVersion": 2,\n  "source": ${JSON.stringify(source)},\n  "entities": [`);
  }

  private raw(text: string): boolean {
    this.bytes += Buffer.byteLength(text);
    return this.out.write(text);
  }

  async record(record: unknown): Promise<void> {
    const ok = this.raw(`${this.inList++ ? "," : ""}\n    ${JSON.stringify(record)}`);
    if (!ok) await once(this.out, "drain");
  }

  /** Ends the entities and opens the relations. */
  relations(): void {
    this.raw(`${this.inList ? "\n  " : ""}],\n  "relations": [`);
    this.inList = 0;
  }

  async close(): Promise<void> {
    this.raw(`${this.inList ? "\n  " : ""}]\n}\n`);
    this.out.end();
    await finished(this.out);
    fs.renameSync(this.partial, this.file);
  }

  abort(): void {
    this.out.destroy();
    fs.rmSync(this.partial, { force: true });
  }
}
