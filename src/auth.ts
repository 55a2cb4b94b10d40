import { createHash, randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/** What a request may do; each role includes the ones before it. */
export const ROLES = ["anonymous", "reader", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];
export type KeyRole = Exclude<Role, "anonymous">;

export const atLeast = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

/** A configured key: only its salt and scrypt hash are ever known to the service. */
export interface ApiKey {
  /** Names the key in audit records: the start of its entry's salt, which is random and not secret. */
  id: string;
  role: KeyRole;
  salt: Buffer;
  hash: Buffer;
}

// Keys are 32 random bytes, so the KDF need not be slow against guessing; N=2^14 keeps a check at ~20 ms
// on the thread pool while still making a leaked env line useless for offline look-ups.
const SCRYPT: ScryptOptions = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

const b64 = (b: Buffer) => b.toString("base64url");

/** `role:salt:hash` (base64url), the entry of INNOGRAPH_API_KEYS for `key`. */
export function hashApiKey(role: KeyRole, key: string, salt: Buffer = randomBytes(16)): string {
  return `${role}:${b64(salt)}:${b64(scryptSync(key, salt, KEY_LENGTH, SCRYPT))}`;
}

/** A fresh random key for `npm run key:hash`. */
export function generateApiKey(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Parses INNOGRAPH_API_KEYS: comma-separated `role:salt:hash` entries.
 * @throws naming the entry (by position, never by content) that is malformed.
 */
export function parseApiKeys(raw: string): ApiKey[] {
  return raw
    .split(",")
    .map(e => e.trim())
    .filter(Boolean)
    .map((entry, i) => {
      const [role, salt, hash, ...rest] = entry.split(":");
      const problem = (why: string) =>
        new Error(
          `INNOGRAPH_API_KEYS entry ${i + 1}: ${why} (expected role:salt:hash from \`npm run key:hash -- <role>\`)`,
        );
      if (rest.length || !role || !salt || !hash) throw problem("not three fields");
      if (role === "anonymous" || !(ROLES as readonly string[]).includes(role)) {
        throw problem(`unknown role "${role}"; use reader, editor or admin`);
      }
      const hashBytes = Buffer.from(hash, "base64url");
      if (hashBytes.length !== KEY_LENGTH) throw problem(`the hash must be ${KEY_LENGTH} bytes`);
      return { id: salt.slice(0, 12), role: role as KeyRole, salt: Buffer.from(salt, "base64url"), hash: hashBytes };
    });
}

const scryptAsync = (key: string, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(key, salt, KEY_LENGTH, SCRYPT, (err, out) => (err ? reject(err) : resolve(out))),
  );

/** The key a request presents: `Authorization: Bearer <key>` or `x-api-key: <key>`. */
export function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const bearer = /^Bearer\s+(\S.*)$/i.exec(headers.authorization ?? "")?.[1];
  const header = headers["x-api-key"];
  return bearer ?? ((Array.isArray(header) ? header[0] : header) || undefined);
}

/**
 * Resolves presented keys to roles. Every configured key is checked (no early exit) with a constant-time
 * compare, so timing does not tell which entry nearly matched. Results are remembered by the key's
 * SHA-256 (never the key), because dashboards send the same key on every poll and scrypt is
 * deliberately costly; the memory is bounded so random keys cannot grow it.
 */
/** The role a request's key grants and which configured key it is (null without a valid one). */
export interface Identity {
  role: Role;
  keyId: string | null;
}

export class KeyRing {
  private readonly known = new Map<string, Identity>();

  constructor(
    private readonly keys: ApiKey[],
    private readonly remember = 1_024,
  ) {}

  async roleFor(headers: IncomingHttpHeaders): Promise<Role> {
    return (await this.identify(headers)).role;
  }

  async identify(headers: IncomingHttpHeaders): Promise<Identity> {
    const key = presentedKey(headers);
    if (!key) return { role: "anonymous", keyId: null };
    const id = createHash("sha256").update(key).digest("base64url");
    const cached = this.known.get(id);
    if (cached) return cached;
    let found: Identity = { role: "anonymous", keyId: null };
    for (const k of this.keys) {
      const match = timingSafeEqual(await scryptAsync(key, k.salt), k.hash);
      if (match && !atLeast(found.role, k.role)) found = { role: k.role, keyId: k.id };
    }
    if (this.known.size >= this.remember) this.known.delete(this.known.keys().next().value!);
    this.known.set(id, found);
    return found;
  }
}
