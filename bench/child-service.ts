/**
 * What the soak and hostile-load benchmarks share: their command-line numbers, and the built service
 * (node dist/index.js) as a child process on 127.0.0.1, so its resident memory is its own to sample. It runs
 * over NEO4J_URI, or its own local instance "soak" seeded with the curated graph.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/config";
import { serviceNodeFlags } from "../src/node-flags";

export function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

export const rssKb = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : NaN;
};

export interface ChildService {
  /** The service's base address, e.g. http://127.0.0.1:41234 (GraphQL at /graphql, health at /health). */
  base: string;
  pid: number;
  stop: () => Promise<number | null>;
}

export async function startChildService(): Promise<ChildService> {
  const child = spawn(process.execPath, [...serviceNodeFlags(), path.join(projectRoot, "dist", "index.js")], {
    cwd: projectRoot,
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "info",
      INNOGRAPH_NEO4J_INSTANCE: process.env.INNOGRAPH_SOAK_INSTANCE ?? "soak",
      INNOGRAPH_NEO4J_BOLT_PORT: process.env.INNOGRAPH_SOAK_BOLT_PORT ?? "7711",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>(resolve => child.once("exit", code => resolve(code)));
  const base = await new Promise<string>((resolve, reject) => {
    let buffered = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split("\n");
      buffered = parts.pop()!;
      for (const line of parts) {
        try {
          const l = JSON.parse(line) as { msg?: string; graphql?: string; level?: number };
          if (l.msg === "innograph listening") resolve(l.graphql!.replace(/\/graphql$/, ""));
          // Warnings and errors from the service are the benchmark's business too.
          if ((l.level ?? 0) >= 40) process.stderr.write(`service: ${line}\n`);
        } catch {
          process.stderr.write(`service: ${line}\n`);
        }
      }
    });
    void exited.then(code => reject(new Error(`the service exited (${code}) before listening`)));
  });
  return {
    base,
    pid: child.pid!,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
