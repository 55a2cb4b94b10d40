import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { LocalServerConfig } from "../config";
import type { Logger } from "../logger";
import { cypher } from "./cypher-registry";

/** The only user of a local instance: Community edition has no other roles to give. */
export const LOCAL_USER = "neo4j";
/** What Neo4j gives that user when nobody set a password before its first start. */
export const DEFAULT_PASSWORD = "neo4j";
const PASSWORD_FILE = "password";

export interface LocalCredentials {
  username: string;
  password: string;
}

/** Where a local instance keeps its configuration, data, logs and password. */
export function instanceRoot(cfg: Pick<LocalServerConfig, "home" | "instance">): string {
  return path.join(cfg.home, "instances", cfg.instance);
}

export function passwordFile(instanceRoot: string): string {
  return path.join(instanceRoot, PASSWORD_FILE);
}

/** The stored password of an instance, or undefined before its first start with authentication. */
export function readLocalPassword(instanceRoot: string): string | undefined {
  const file = passwordFile(instanceRoot);
  if (!fs.existsSync(file)) return undefined;
  const password = fs.readFileSync(file, "utf8").trim();
  return password || undefined;
}

/** Written owner-only from the start (never world-readable, not even for a moment). */
export function writeLocalPassword(instanceRoot: string, password: string): void {
  const file = passwordFile(instanceRoot);
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  fs.writeFileSync(partial, `${password}\n`, { mode: 0o600 });
  fs.renameSync(partial, file);
  fs.chmodSync(file, 0o600);
}

export function generatePassword(): string {
  // URL-safe, so it can be pasted into a connection string or a shell without quoting.
  return randomBytes(24).toString("base64url");
}

/** An instance whose system database exists has its users already: set-initial-password no longer applies. */
export function hasSystemDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, "databases", "system"));
}

// What `neo4j-admin dbms set-initial-password` writes: a salted SHA-256 applied ITERATIONS times (Neo4j's
// own credential format). Written by us rather than by the admin tool, which takes the password on its
// command line, where any local user could read it in the process list while the JVM starts.
const ITERATIONS = 1024;

export function initialCredential(user: string, password: string, salt: Buffer = randomBytes(32)): string {
  let hash = createHash("sha256").update(salt).update(password, "utf8").digest();
  for (let i = 1; i < ITERATIONS; i++) hash = createHash("sha256").update(hash).digest();
  return `${user}:SHA-256,${hash.toString("hex")},${salt.toString("hex")},${ITERATIONS}:`;
}

/** The password a fresh instance's `neo4j` user gets when its system database is created at first start. */
export function writeInitialPassword(dataDir: string, password: string): void {
  const dir = path.join(dataDir, "dbms");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "auth.ini"), `${initialCredential(LOCAL_USER, password)}\n`, { mode: 0o600 });
}

/**
 * Migrates an instance made before passwords, now started with authentication on: its `neo4j` user still
 * has Neo4j's default password, which may do nothing but change it. Every database and user is kept.
 */
export async function replaceDefaultPassword(uri: string, password: string, log: Logger): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(LOCAL_USER, DEFAULT_PASSWORD), { connectionTimeout: 5_000 });
  try {
    await driver.executeQuery(
      cypher.get("admin/change-default-password"),
      { old: DEFAULT_PASSWORD, password },
      { database: "system" },
    );
    log.info({ uri }, "local Neo4j: authentication is on now; the neo4j user got a generated password");
  } finally {
    await driver.close();
  }
}

/**
 * Gives the `neo4j` user of a running instance that still has authentication off (started before passwords
 * and reused as it runs) the password, through the system database. It applies from its next start.
 */
export async function setPasswordOverBolt(uri: string, password: string, log: Logger): Promise<void> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 5_000 });
  try {
    await driver.executeQuery(
      cypher.get("admin/set-local-password"),
      { user: LOCAL_USER, password },
      { database: "system" },
    );
    log.info({ uri }, "local Neo4j: password set for the neo4j user (migrating to authentication on)");
  } finally {
    await driver.close();
  }
}

/** How the instance about to start is reached: its password, and whether it must first be migrated. */
export interface LocalAuth {
  credentials: LocalCredentials;
  /** An instance made before passwords: start with authentication on, then replace the default password. */
  migrate: boolean;
}

/**
 * Decides, before a start, which password the instance will have. A fresh instance gets its password
 * stored and set before its system database exists; an existing one without a stored password is migrated.
 */
export function prepareLocalAuth(instanceRoot: string, dataDir: string): LocalAuth {
  const stored = readLocalPassword(instanceRoot);
  if (!hasSystemDatabase(dataDir)) {
    const password = stored ?? generatePassword();
    if (!stored) writeLocalPassword(instanceRoot, password);
    writeInitialPassword(dataDir, password);
    return { credentials: { username: LOCAL_USER, password }, migrate: false };
  }
  if (stored) return { credentials: { username: LOCAL_USER, password: stored }, migrate: false };
  return { credentials: { username: LOCAL_USER, password: generatePassword() }, migrate: true };
}

/** Completes a migration once the server answers; the password is stored only once Neo4j has it. */
export async function finishLocalAuth(uri: string, auth: LocalAuth, instanceRoot: string, log: Logger): Promise<void> {
  if (!auth.migrate) return;
  await replaceDefaultPassword(uri, auth.credentials.password, log);
  writeLocalPassword(instanceRoot, auth.credentials.password);
}

/**
 * The credentials of an instance that is already running and is reused. One started before passwords
 * (authentication still off) gets its password now; it is enforced from the instance's next start.
 */
export async function credentialsForRunning(uri: string, instanceRoot: string, log: Logger): Promise<LocalCredentials> {
  const stored = readLocalPassword(instanceRoot);
  if (stored) return { username: LOCAL_USER, password: stored };
  const password = generatePassword();
  try {
    await setPasswordOverBolt(uri, password, log);
  } catch (err) {
    throw new Error(
      `the running local Neo4j at ${uri} has authentication on but ${passwordFile(instanceRoot)} is missing; ` +
        "write its neo4j user's password there (mode 0600), or stop it with `npm run neo4j:stop` and start again",
      { cause: err },
    );
  }
  writeLocalPassword(instanceRoot, password);
  return { username: LOCAL_USER, password };
}
