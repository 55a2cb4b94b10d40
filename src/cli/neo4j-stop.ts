import { loadConfig } from "../config";
import { logger } from "../logger";
import { stopLocalServer } from "../neo4j/local-server";

/** Stops the local Neo4j left running by an earlier `npm start` that was killed without its shutdown. */
stopLocalServer(loadConfig().local, logger).then(stopped => {
  process.stdout.write(stopped ? "stopped the local Neo4j\n" : "no local Neo4j of innograph was running\n");
});
