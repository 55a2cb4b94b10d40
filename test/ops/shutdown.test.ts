import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { projectRoot } from "../../src/config";
import { testApiKeys, TEST_KEYS } from "../support/test-env";

// The real entry point (src/index.ts) with the local default: it starts its own Neo4j (an instance of this suite's own)
// and must stop it again on SIGTERM, after the requests in flight are answered.
const INSTANCE = process.env.INNOGRAPH_SHUTDOWN_INSTANCE ?? "shutdown";
const BOLT_PORT = process.env.INNOGRAPH_SHUTDOWN_BOLT_PORT ?? "7710";

interface LogLine {
  msg?: string;
  graphql?: string;
  pid?: number;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let child: ChildProcess;
const lines: LogLine[] = [];
let exit: Promise<number | null>;

function waitFor(test: (l: LogLine) => boolean, ms: number): Promise<LogLine> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const hit = lines.find(test);
      if (hit) return resolve(hit);
      if (Date.now() - started > ms || child.exitCode !== null) {
        return reject(new Error(`not logged in ${ms} ms; got: ${lines.map(l => l.msg).join(" | ")}`));
      }
      setTimeout(tick, 100);
    };
    tick();
  });
}

beforeAll(async () => {
  // The entry point's source through ts-node (transpile only): the same code as dist/index.js without a build.
  child = spawn(
    process.execPath,
    ["--require", "ts-node/register/transpile-only", path.join(projectRoot, "src", "index.ts")],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEO4J_URI: "",
        HOST: "127.0.0.1",
        PORT: "0",
        LOG_LEVEL: "info",
        INNOGRAPH_NEO4J_INSTANCE: INSTANCE,
        INNOGRAPH_NEO4J_BOLT_PORT: BOLT_PORT,
        INNOGRAPH_NEO4J_HEAP: "1g",
        INNOGRAPH_NEO4J_PAGECACHE: "128m",
        INNOGRAPH_EDITOR_KEYS: "",
        INNOGRAPH_API_KEYS: testApiKeys(),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  exit = new Promise(resolve => child.once("exit", code => resolve(code)));
  let buffered = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split("\n");
    buffered = parts.pop()!;
    for (const p of parts) {
      try {
        lines.push(JSON.parse(p) as LogLine);
      } catch {
        lines.push({ msg: p });
      }
    }
  });
  await waitFor(l => l.msg === "innograph listening", 540_000);
}, 600_000);

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
});

describe("SIGTERM", () => {
  it("should answer the request in flight, close, stop its Neo4j and exit 0", async () => {
    const url = new URL(lines.find(l => l.msg === "innograph listening")!.graphql!);
    const neo4jPid = lines.find(l => l.msg === "local Neo4j ready")!.pid!;
    expect(isAlive(neo4jPid)).toBe(true);

    // The body is sent in two halves with SIGTERM in between: the request is in flight, deterministically.
    const body = JSON.stringify({
      query: "mutation($s: SourceInput!) { addSource(source: $s) { id } }",
      variables: { s: { id: "src-shutdown-drain", title: "排空测试", script: "Hans", text: "排空测试" } },
    });
    let during: { newConnectionRefused: boolean; exited: boolean } | undefined;
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        url,
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            authorization: `Bearer ${TEST_KEYS.editor}`,
          },
        },
        res => {
          let text = "";
          res.on("data", (c: Buffer) => (text += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        child.kill("SIGTERM");
        setTimeout(async () => {
          // Draining: no new connections, but the one in flight is still served.
          const newConnectionRefused = await fetch(`${url.origin}/health`).then(
            () => false,
            () => true,
          );
          during = { newConnectionRefused, exited: child.exitCode !== null };
          req.end(body.slice(20));
        }, 800);
      }, 300);
    });

    const { status, text } = await answer;
    expect(during).toEqual({ newConnectionRefused: true, exited: false });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { addSource: { id: "src-shutdown-drain" } } });
    expect(await exit).toBe(0);
    expect(lines.map(l => l.msg)).toEqual(
      expect.arrayContaining([
        "shutting down: draining requests, closing the driver",
        "stopping local Neo4j",
        "stopped",
      ]),
    );
    expect(isAlive(neo4jPid)).toBe(false);
  });
});
