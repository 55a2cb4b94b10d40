import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import { projectRoot } from "../config";
import type { Logger } from "../logger";

/** The Neo4j Community + GDS jars, resolved by Maven from neo4j/pom.xml and cached under <home>/runtime. */
export interface Runtime {
  lib: string;
  plugins: string;
}

const POM = path.join(projectRoot, "neo4j", "pom.xml");
const DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies";
// Roughly how many jars the pom resolves to; only used to scale the progress bar.
const EXPECTED_JARS = 344;
const GDS_GROUP = "org.neo4j.gds";
// A Maven run lasts seconds: the optimising compiler and the parallel collector cost more than they bring.
// Put first, so that the user's own MAVEN_OPTS win.
const MAVEN_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

function pomHash(): string {
  return createHash("sha256").update(fs.readFileSync(POM)).digest("hex").slice(0, 16);
}

// Instances started side by side in one process (the test tiers' global set-up) share one provisioning: two
// Maven runs copying into the same staging folder fail each other on a fresh clone.
const provisioning = new Map<string, Promise<Runtime>>();

/** Returns the cached runtime, provisioning it with Maven first when the pom changed or nothing is cached. */
export function ensureRuntime(home: string, log: Logger): Promise<Runtime> {
  const dir = path.join(home, "runtime", pomHash());
  let runtime = provisioning.get(dir);
  if (!runtime) {
    runtime = provision(dir, log);
    provisioning.set(dir, runtime);
    // A failed provisioning is tried again by the next caller, not remembered.
    runtime.catch(() => provisioning.delete(dir));
  }
  return runtime;
}

async function provision(dir: string, log: Logger): Promise<Runtime> {
  const runtime = { lib: path.join(dir, "lib"), plugins: path.join(dir, "plugins") };
  const stamp = path.join(dir, ".complete");
  if (fs.existsSync(stamp)) {
    log.debug({ dir }, "neo4j runtime cached");
    return runtime;
  }
  log.info({ dir, pom: POM }, "provisioning Neo4j Community and GDS jars with Maven (first start only)");
  const staging = `${dir}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const bar = progressBar();
  try {
    // One Maven run (each costs a JVM start and a dependency resolution: two took 21 s of CPU, one 5 s) copies
    // every jar to lib/; GDS jars then move to plugins/ (procedure discovery), which is on the classpath too.
    const lib = path.join(staging, "lib");
    const plugins = path.join(staging, "plugins");
    await copyDependencies([`-DoutputDirectory=${lib}`], lib, bar);
    fs.mkdirSync(plugins);
    // prependGroupId names each jar after its group first.
    for (const jar of fs.readdirSync(lib).filter(f => f.startsWith(`${GDS_GROUP}.`))) {
      fs.renameSync(path.join(lib, jar), path.join(plugins, jar));
    }
  } finally {
    bar.stop();
  }
  fs.writeFileSync(path.join(staging, ".complete"), new Date().toISOString());
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
  log.info({ jars: countJars(runtime) }, "neo4j runtime provisioned");
  return runtime;
}

function countJars(runtime: Runtime): number {
  return [runtime.lib, runtime.plugins].reduce(
    (n, d) => n + fs.readdirSync(d).filter(f => f.endsWith(".jar")).length,
    0,
  );
}

interface Progress {
  /** Raises the bar to n artifacts (downloaded or copied, whichever is further). */
  reach(n: number): void;
  stop(): void;
}

function progressBar(): Progress {
  if (!process.stderr.isTTY) {
    let shown = 0;
    let n = 0;
    return {
      reach: m => {
        n = Math.max(n, m);
        if (n - shown >= 50) {
          shown = n;
          process.stderr.write(`maven: ${n} artifacts\n`);
        }
      },
      stop: () => process.stderr.write(`maven: ${n} artifacts\n`),
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: "Neo4j + GDS jars [{bar}] {value}/{total} artifacts", stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(EXPECTED_JARS, 0);
  return {
    reach: n => bar.update(Math.min(Math.max(n, bar.getProgress() * EXPECTED_JARS), EXPECTED_JARS)),
    stop: () => bar.stop(),
  };
}

function jarsIn(dir: string): number {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith(".jar")).length : 0;
}

/** Maven logs downloads but not copies, so progress counts both the download lines and the jars arriving. */
function copyDependencies(args: string[], outDir: string, progress: Progress): Promise<number> {
  const mvnArgs = ["-B", "-f", POM, DEPENDENCY_PLUGIN, "-DincludeScope=runtime", "-Dmdep.prependGroupId=true", ...args];
  return new Promise((resolve, reject) => {
    const mvn = spawn("mvn", mvnArgs, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, MAVEN_OPTS: [MAVEN_OPTS, process.env.MAVEN_OPTS].filter(Boolean).join(" ") },
    });
    const tail: string[] = [];
    let pending = "";
    let downloaded = 0;
    const poll = setInterval(() => progress.reach(Math.max(downloaded, jarsIn(outDir))), 300);
    mvn.stdout.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (/Downloaded from .*\.jar/.test(line)) downloaded += 1;
        tail.push(line);
        if (tail.length > 40) tail.shift();
      }
    });
    mvn.stderr.on("data", (chunk: Buffer) => tail.push(chunk.toString()));
    mvn.on("error", err => {
      clearInterval(poll);
      reject(new Error(`could not run mvn (is Maven installed?): ${err.message}`));
    });
    mvn.on("exit", code => {
      clearInterval(poll);
      const copied = jarsIn(outDir);
      progress.reach(copied);
      if (code === 0) resolve(copied);
      else reject(new Error(`mvn ${args.join(" ")} exited with ${code}:\n${tail.join("\n")}`));
    });
  });
}
