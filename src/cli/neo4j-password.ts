import { loadConfig } from "../config";
import { instanceRoot, LOCAL_USER, passwordFile, readLocalPassword } from "../neo4j/local-password";

/**
 * npm run neo4j:password: prints the local instance's password (alone on stdout, for scripts) so Neo4j
 * Browser or cypher-shell can log in as the neo4j user, e.g. cypher-shell -p "$(npm run -s neo4j:password)".
 */
function main(): void {
  const config = loadConfig();
  if (config.neo4j.uri) {
    process.stderr.write(
      "NEO4J_URI is set: innograph uses NEO4J_USERNAME and NEO4J_PASSWORD for that server and keeps no password of its own\n",
    );
    process.exit(1);
  }
  const root = instanceRoot(config.local);
  const password = readLocalPassword(root);
  if (!password) {
    process.stderr.write(
      `no password at ${passwordFile(root)} yet: the local Neo4j gets one at its first start (npm start)\n`,
    );
    process.exit(1);
  }
  process.stderr.write(
    `user ${LOCAL_USER} at bolt://127.0.0.1:${config.local.boltPort} (instance "${config.local.instance}"):\n`,
  );
  process.stdout.write(`${password}\n`);
}

main();
