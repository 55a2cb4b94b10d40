// `npm test`: the unit tier runs while the integration tier's global set-up starts and seeds its Neo4j
// instances (a wait spent mostly in the JVM), then integration runs on two workers, each with an instance
// of its own. The unit tier's report is held back and printed whole when it ends, so the two reports do
// not interleave. Arguments go to both jest runs. Exits non-zero when either tier fails.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import process from "node:process";

const jest = createRequire(import.meta.url).resolve("jest/bin/jest");
const workers = 2;

function jestRun(tier, options, { held } = {}) {
  // Options first: --selectProjects takes every word after it.
  const argv = [jest, ...process.argv.slice(2), ...options, "--selectProjects", tier];
  const child = spawn(process.execPath, argv, {
    stdio: held ? ["ignore", "pipe", "pipe"] : "inherit",
    env: {
      ...process.env,
      INNOGRAPH_TEST_NEO4J_INSTANCES: String(workers),
      FORCE_COLOR: process.stderr.isTTY ? "1" : "0",
    },
  });
  const out = [];
  child.stdout?.on("data", chunk => out.push(chunk));
  child.stderr?.on("data", chunk => out.push(chunk));
  return new Promise(resolve =>
    child.once("close", code => {
      process.stderr.write(Buffer.concat(out));
      resolve(code ?? 1);
    }),
  );
}

const codes = await Promise.all([
  jestRun("unit", [], { held: true }),
  jestRun("integration", [`--maxWorkers=${workers}`]),
]);
process.exitCode = codes.some(code => code !== 0) ? 1 : 0;
