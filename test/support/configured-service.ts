import { Writable } from "node:stream";
import pino from "pino";
import type { Config } from "../../src/config";
import { startInnograph } from "../../src/innograph";
import { serviceOver, type TestService } from "./harness";
import { testConfig } from "./test-env";

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A test service with some configuration changed, whose log lines the test can read. */
export async function startConfiguredService(
  change: (config: Config) => Config = c => c,
): Promise<TestService & { logs: LogLine[] }> {
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const app = await startInnograph(change(testConfig()), pino({ level: "info" }, sink), { seed: false });
  return { ...serviceOver(app), logs };
}
