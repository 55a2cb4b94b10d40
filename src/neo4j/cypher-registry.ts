import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";

const CYPHER_DIR = path.join(projectRoot, "cypher");

/** Every statement innograph runs, loaded once from cypher/<area>/<name>.cypher and addressed as "area/name". */
class CypherRegistry {
  private statements: Map<string, string> | undefined;

  private load(): Map<string, string> {
    const statements = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".cypher")) {
          const name = path.relative(CYPHER_DIR, full).replace(/\\/g, "/").replace(/\.cypher$/, "");
          statements.set(name, fs.readFileSync(full, "utf8").trim());
        }
      }
    };
    walk(CYPHER_DIR);
    return statements;
  }

  get(name: string): string {
    this.statements ??= this.load();
    const text = this.statements.get(name);
    if (text === undefined) throw new Error(`no Cypher statement named "${name}" under ${CYPHER_DIR}`);
    return text;
  }

  names(): string[] {
    this.statements ??= this.load();
    return [...this.statements.keys()].sort();
  }
}

export const cypher = new CypherRegistry();
