import path from "node:path";
import { parseApiKeys, type ApiKey } from "./auth";
import { observabilityConfig, type ObservabilityConfig } from "./observability/observability-config";
import { defaultMaxHeapBytes, type LoadSheddingConfig } from "./http/load-shedding";
import { DEFAULT_NETWORK_CACHE, type NetworkCacheLimits } from "./partnership/network-cache";
import { DEFAULT_PROJECTION_CACHE, type ProjectionCacheLimits } from "./analytics/projection-cache";

/** Everything configurable comes from the environment; defaults work on a fresh machine. */
export interface Config {
  host: string;
  port: number;
  logLevel: string;
  neo4j: {
    /** Set when the user points innograph at a server it does not manage. */
    uri: string | undefined;
    username: string;
    password: string;
    database: string;
    queryTimeoutMs: number;
  };
  local: LocalServerConfig;
  /** Salted scrypt hashes of the API keys and the role each grants (INNOGRAPH_API_KEYS). */
  apiKeys: ApiKey[];
  /** "open": anyone may read; "keyed": reads need a reader key or better. Writes always need an editor key. */
  readAccess: "open" | "keyed";
  http: HttpConfig;
  seedsDir: string;
  articlesDir: string;
  limits: QueryLimits;
  observability: ObservabilityConfig;
  budget: RequestBudget;
  shedding: LoadSheddingConfig;
  /** What the process keeps of the partnership network between requests. */
  networkCache: NetworkCacheLimits;
  /** The GDS projections the process keeps in Neo4j's catalog between requests. */
  projectionCache: ProjectionCacheLimits;
}

/** What one request may spend, whatever its cost estimate said. */
export interface RequestBudget {
  /** Largest response, counted while the result is built (about the size of its JSON). */
  maxResponseBytes: number;
  /** Wall-clock time from the request's arrival to the last field resolved, Node-side work included. */
  requestTimeoutMs: number;
}

/** What one GraphQL document may ask for; anything beyond is refused before it reaches Neo4j. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** The most a query may cost: every answered value costs 1 and a list multiplies by its size. */
  maxCost: number;
  /** Size of a typed link list (no `first`/`limit`, no cap of its own): the estimate counts it and it is cut there. */
  listCap: number;
  maxDirectives: number;
  /** Hide "Did you mean …?" hints; the schema is public, so they are shown unless this is set. */
  blockFieldSuggestions: boolean;
}

/** What the HTTP layer exposes; production turns the developer conveniences off. */
export interface HttpConfig {
  /** Largest request body accepted; a larger one gets 413 before it is parsed. */
  maxBodyBytes: number;
  /** Origins a browser may call from; "*" for any; empty: same origin only. */
  corsOrigins: string[];
  introspection: boolean;
  landingPage: boolean;
}

export interface LocalServerConfig {
  /** Where jars are cached and instances live; git-ignored. */
  home: string;
  instance: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  javaHome: string;
  /**
   * A throw-away instance that lives for one test run: tuned for start-up over long-run speed (see
   * local-server.ts). INNOGRAPH_NEO4J_DISPOSABLE=true; the test configuration sets it.
   */
  disposable?: boolean;
}

// src/config.ts and dist/config.js both sit one level below the project root.
export const projectRoot = path.resolve(__dirname, "..");

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`Environment variable ${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

/** A JVM heap size as -Xmx takes it ("512m", "2g"); anything else would only fail later, inside Neo4j's start. */
function heapSize(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^[1-9]\d*[kmgt]?$/i.test(raw)) {
    throw new Error(`Environment variable ${name} must be a JVM heap size such as 512m or 2g, got "${raw}"`);
  }
  return raw;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "false") return raw === "true";
  throw new Error(`Environment variable ${name} must be true or false, got "${raw}"`);
}

function readAccess(env: NodeJS.ProcessEnv): "open" | "keyed" {
  const raw = env.INNOGRAPH_READ_ACCESS || "open";
  if (raw !== "open" && raw !== "keyed") {
    throw new Error(`Environment variable INNOGRAPH_READ_ACCESS must be open or keyed, got "${raw}"`);
  }
  return raw;
}

function apiKeys(env: NodeJS.ProcessEnv): ApiKey[] {
  // Plain-text keys in the environment end up in shell histories and unit files; refuse rather than ignore them.
  if (env.INNOGRAPH_EDITOR_KEYS) {
    throw new Error(
      "INNOGRAPH_EDITOR_KEYS (plain-text keys) is no longer read; run `npm run key:hash -- editor` and set INNOGRAPH_API_KEYS",
    );
  }
  return parseApiKeys(env.INNOGRAPH_API_KEYS || "");
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: env.HOST || "127.0.0.1",
    port: int(env, "PORT", 4000),
    logLevel: env.LOG_LEVEL || "info",
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      username: env.NEO4J_USERNAME || "neo4j",
      password: env.NEO4J_PASSWORD || "",
      database: env.NEO4J_DATABASE || "neo4j",
      queryTimeoutMs: int(env, "NEO4J_QUERY_TIMEOUT_MS", 15_000),
    },
    local: {
      home: path.resolve(env.INNOGRAPH_NEO4J_HOME || path.join(projectRoot, ".neo4j")),
      instance: env.INNOGRAPH_NEO4J_INSTANCE || "default",
      boltPort: int(env, "INNOGRAPH_NEO4J_BOLT_PORT", 7687),
      heap: heapSize(env, "INNOGRAPH_NEO4J_HEAP", "2g"),
      pageCache: env.INNOGRAPH_NEO4J_PAGECACHE || "512m",
      startTimeoutMs: int(env, "INNOGRAPH_NEO4J_START_TIMEOUT_MS", 180_000),
      javaHome: env.INNOGRAPH_JAVA_HOME || "/usr/lib/jvm/java-17-openjdk-amd64",
      disposable: env.INNOGRAPH_NEO4J_DISPOSABLE === "true",
    },
    apiKeys: apiKeys(env),
    readAccess: readAccess(env),
    http: {
      maxBodyBytes: int(env, "INNOGRAPH_MAX_BODY_BYTES", 1024 * 1024),
      corsOrigins: (env.INNOGRAPH_CORS_ORIGINS || "")
        .split(",")
        .map(o => o.trim())
        .filter(Boolean),
      // Developer conveniences, on for a local run; a production deployment must opt in to them.
      introspection: bool(env, "INNOGRAPH_INTROSPECTION", env.NODE_ENV !== "production"),
      landingPage: bool(env, "INNOGRAPH_LANDING_PAGE", env.NODE_ENV !== "production"),
    },
    seedsDir: path.resolve(env.INNOGRAPH_SEEDS_DIR || path.join(projectRoot, "seeds")),
    articlesDir: path.resolve(env.INNOGRAPH_ARTICLES_DIR || path.join(projectRoot, "seeds", "sources")),
    limits: {
      maxDepth: int(env, "INNOGRAPH_MAX_DEPTH", 12),
      maxAliases: int(env, "INNOGRAPH_MAX_ALIASES", 30),
      maxTokens: int(env, "INNOGRAPH_MAX_TOKENS", 2_000),
      maxCost: int(env, "INNOGRAPH_MAX_COST", 1_000_000),
      listCap: int(env, "INNOGRAPH_LIST_CAP", 50),
      maxDirectives: int(env, "INNOGRAPH_MAX_DIRECTIVES", 50),
      blockFieldSuggestions: env.INNOGRAPH_BLOCK_FIELD_SUGGESTIONS === "true",
    },
    observability: observabilityConfig(env),
    budget: {
      maxResponseBytes: int(env, "INNOGRAPH_MAX_RESPONSE_BYTES", 10 * 1024 * 1024),
      requestTimeoutMs: int(env, "INNOGRAPH_REQUEST_TIMEOUT_MS", 30_000),
    },
    shedding: {
      maxHeapBytes: env.INNOGRAPH_SHED_HEAP_MB
        ? int(env, "INNOGRAPH_SHED_HEAP_MB", 0) * 1024 * 1024
        : defaultMaxHeapBytes(),
      retryAfterSeconds: int(env, "INNOGRAPH_RETRY_AFTER_SECONDS", 5),
    },
    networkCache: {
      entries: int(env, "INNOGRAPH_NETWORK_CACHE_ENTRIES", DEFAULT_NETWORK_CACHE.entries),
      bytes: int(env, "INNOGRAPH_NETWORK_CACHE_MB", DEFAULT_NETWORK_CACHE.bytes / 2 ** 20) * 2 ** 20,
    },
    projectionCache: {
      graphs: int(env, "INNOGRAPH_GDS_CACHE_GRAPHS", DEFAULT_PROJECTION_CACHE.graphs),
      elements: int(env, "INNOGRAPH_GDS_CACHE_ELEMENTS", DEFAULT_PROJECTION_CACHE.elements),
    },
  };
}
