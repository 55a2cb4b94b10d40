import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

export type Role = "anonymous" | "editor";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Reads `Authorization: Bearer <key>` or `x-api-key`, compared in constant time against the editor keys. */
export function roleFor(headers: IncomingHttpHeaders, editorKeys: string[]): Role {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? "")?.[1];
  const header = headers["x-api-key"];
  const key = bearer ?? (Array.isArray(header) ? header[0] : header);
  if (!key) return "anonymous";
  const given = digest(key);
  let match = false;
  for (const editorKey of editorKeys) match = timingSafeEqual(given, digest(editorKey)) || match;
  return match ? "editor" : "anonymous";
}
