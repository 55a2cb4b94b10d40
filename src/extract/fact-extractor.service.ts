import type { Database } from "../neo4j/database";
import type { Extraction } from "./extract.service";
import { gazetteerOf, type Gazetteer } from "./gazetteer";
import { GazetteerRepository } from "./gazetteer.repository";

/** How long a gazetteer read from the graph is reused: entities written since show up after this. */
const GAZETTEER_TTL_MS = 30_000;

/** Drafts candidate facts from a page against every entity in the graph; never writes. */
export class FactExtractorService {
  private readonly repository: GazetteerRepository;
  private cached: { at: number; gazetteer: Promise<Gazetteer> } | undefined;

  constructor(db: Database) {
    this.repository = new GazetteerRepository(db);
  }

  /** Candidates for a curator; BAD_USER_INPUT for an empty or non-Chinese page, LIMIT_EXCEEDED over 2 MB. */
  async extract(
    text: string,
    options: { url?: string; publishedOn?: string; rejected?: string[] } = {},
  ): Promise<Extraction> {
    const gazetteer = await this.gazetteer();
    // Loaded on first use: the rules, linkedom and Readability take a few hundred ms to load, which every start
    // (and every test file) paid although extraction is a curator's occasional request.
    const { extractFacts } = await import("./extract.service");
    return extractFacts(text, { ...options, gazetteer, field: "text" });
  }

  private gazetteer(): Promise<Gazetteer> {
    if (!this.cached || Date.now() - this.cached.at > GAZETTEER_TTL_MS) {
      const gazetteer = this.repository.entities().then(entities => gazetteerOf([{ entities }]));
      gazetteer.catch(() => (this.cached = undefined));
      this.cached = { at: Date.now(), gazetteer };
    }
    return this.cached.gazetteer;
  }
}
