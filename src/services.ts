import type { IncomingHttpHeaders } from "node:http";
import { roleFor, type Role } from "./auth";
import type { Config } from "./config";
import type { Logger } from "./logger";
import { MetaService } from "./meta.service";
import type { Database } from "./neo4j/database";

/** The composition root: one instance of each domain service per process. */
export class Services {
  readonly meta: MetaService;

  constructor(
    readonly db: Database,
    readonly config: Config,
    readonly log: Logger,
  ) {
    this.meta = new MetaService(db);
  }

  roleFor(headers: IncomingHttpHeaders): Role {
    return roleFor(headers, this.config.editorKeys);
  }

  /** DataLoaders live per request so one request never sees another's cache. */
  createLoaders() {
    return {};
  }
}
