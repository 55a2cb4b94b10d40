import { generateApiKey, hashApiKey, ROLES, type KeyRole } from "../auth";

/**
 * npm run key:hash -- <reader|editor|admin>: makes a random key, prints it once (for the client) and
 * the salted hash entry (for INNOGRAPH_API_KEYS). The service never sees or stores the key itself.
 */
function main(): void {
  const role = process.argv[2];
  if (!role || role === "anonymous" || !(ROLES as readonly string[]).includes(role)) {
    process.stderr.write("usage: npm run key:hash -- <reader|editor|admin>\n");
    process.exit(2);
  }
  const key = generateApiKey();
  const entry = hashApiKey(role as KeyRole, key);
  process.stderr.write(
    `key for the client (shown once; send as "Authorization: Bearer <key>" or "x-api-key: <key>"):\n${key}\n\n`,
  );
  process.stderr.write("add this entry to INNOGRAPH_API_KEYS (comma-separate several):\n");
  process.stdout.write(`INNOGRAPH_API_KEYS=${entry}\n`);
}

main();
