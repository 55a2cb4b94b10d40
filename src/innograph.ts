import type { Config } from "./config";
import { startHttp } from "./http/app";
import type { Logger } from "./logger";
import { Database } from "./neo4j/database";
import { startLocalServer, type LocalServer } from "./neo4j/local-server";
import { applySchema } from "./neo4j/schema";
import { slowQueryLog } from "./observability/slow-query-log";
import { upgradeStoredTies } from "./partnership/tie-upgrade";
import { seedIfEmpty } from "./seed/seed-if-empty";
import { Services } from "./services";
import { rehearseWrites } from "./writes/write-rehearsal";

export interface Innograph {
  url: string;
  /** Where /metrics is served; undefined unless INNOGRAPH_METRICS=true. */
  metricsUrl: string | undefined;
  services: Services;
  /** The driver the services share: for tests and benchmarks that count or clean up after themselves. */
  db: Database;
  localServer: LocalServer | undefined;
  /** Drains HTTP, closes the driver and, when this process started it, stops the local Neo4j. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Load the seeds into an empty graph (default true). */
  seed?: boolean;
  /**
   * Apply the schema, bring stored ties up to date and rehearse the write path (default true). Only for a store
   * that whoever prepared it already did this to, on this server: the test tiers' global set-up does it once
   * per run, and each test file's service then skips about 35 statements of it.
   */
  prepareStore?: boolean;
}

/** Connects to (or starts) Neo4j, applies the schema, loads the seeds into an empty graph and serves HTTP. */
export async function startInnograph(config: Config, log: Logger, opts: StartOptions = {}): Promise<Innograph> {
  let localServer: LocalServer | undefined;
  let uri = config.neo4j.uri;
  if (uri) {
    log.info({ uri, database: config.neo4j.database }, "using the Neo4j given by NEO4J_URI; nothing is started");
  } else {
    localServer = await startLocalServer(config.local, log);
    uri = localServer.uri;
  }
  // The local server's generated password; NEO4J_USERNAME and NEO4J_PASSWORD are for a NEO4J_URI server.
  const db = new Database({ ...config.neo4j, ...localServer?.credentials, uri }, log);
  slowQueryLog.configure(config.observability.slowQueryMs, log);
  try {
    const prepareStore = opts.prepareStore !== false;
    if (prepareStore) {
      await applySchema(db, log);
      await upgradeStoredTies(db, log);
    }
    const services = new Services(db, config, log);
    const versions = await services.meta.get();
    log.info({ uri, ...versions, data: localServer?.dataDir ?? "(external server)" }, "connected to Neo4j");
    if (opts.seed !== false) await seedIfEmpty(db, config, log);
    if (prepareStore) await rehearseWrites(db, services.audit, log);
    const http = await startHttp(services, config, log);
    log.info({ graphql: `${http.url}/graphql`, health: `${http.url}/health` }, "innograph listening");
    return {
      url: http.url,
      metricsUrl: http.metricsUrl,
      services,
      db,
      localServer,
      stop: async () => {
        await http.stop();
        await services.close();
        await db.close();
        if (localServer?.startedHere) await localServer.stop();
      },
    };
  } catch (err) {
    await db.close();
    if (localServer?.startedHere) await localServer.stop();
    throw err;
  }
}
