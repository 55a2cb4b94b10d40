import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";

const CYPHER_DIR = path.join(projectRoot, "cypher");
/** Areas of statements that production never runs: loaded only by the tests, benchmarks and tools that `use` them. */
const OPT_IN_AREAS = new Set(["test", "bench", "admin"]);
/** Shared predicates, spliced into statements with {{name: variable}}; never run on their own. */
const FRAGMENTS = "fragments";
const INCLUDE = /\{\{([a-z-]+): ([a-z][A-Za-z0-9]*)\}\}/g;
/** A template's variable part: a relationship type or label, always from a domain enum, never from input. */
const SLOT = "{{TYPE}}";
const IDENTIFIER = /^[A-Z][A-Z0-9_]*$|^[A-Z][A-Za-z0-9]*$/;

const withoutComments = (text: string): string =>
  text
    .split("\n")
    .filter(line => !/^\s*\/\//.test(line))
    .join("\n")
    .trim();

/**
 * Every statement innograph runs, loaded once from cypher/<area>/<name>.cypher and addressed as "area/name".
 * A template (a statement with {{TYPE}}) becomes one statement per value its owner names, "area/name:VALUE",
 * so the planner still sees a literal relationship type.
 */
class CypherRegistry {
  private statements: Map<string, string> | undefined;
  private readonly areas = new Set<string>();
  private readonly variants = new Map<string, readonly string[]>();

  /** A statement without its comment lines: they are for the reader of cypher/, not bytes to send on every run. */
  private read(full: string): string {
    return this.splice(withoutComments(fs.readFileSync(full, "utf8")));
  }

  /** Splices fragments in; a fragment may splice a smaller one, so each predicate is written once. */
  private splice(text: string): string {
    return text.replace(INCLUDE, (_, fragment: string, variable: string) =>
      this.splice(
        withoutComments(fs.readFileSync(path.join(CYPHER_DIR, FRAGMENTS, `${fragment}.cypher`), "utf8"))
          .replaceAll("{{node}}", variable)
          .replaceAll("{{relationship}}", variable),
      ),
    );
  }

  private load(): Map<string, string> {
    const statements = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        const name = path
          .relative(CYPHER_DIR, full)
          .replace(/\\/g, "/")
          .replace(/\.cypher$/, "");
        if (entry.isDirectory()) {
          if (name !== FRAGMENTS && (!OPT_IN_AREAS.has(name) || this.areas.has(name))) walk(full);
        } else if (entry.name.endsWith(".cypher")) {
          const text = this.read(full);
          const values = this.variants.get(name);
          if (!text.includes(SLOT)) statements.set(name, text);
          else for (const value of values ?? []) statements.set(`${name}:${value}`, text.replaceAll(SLOT, value));
        }
      }
    };
    walk(CYPHER_DIR);
    return statements;
  }

  /** Makes an opt-in area's statements (test, bench, admin) loadable; production code never calls this. */
  use(...areas: string[]): void {
    for (const area of areas) this.areas.add(area);
    this.statements = undefined;
  }

  /** Expands a template once per value (the members of a domain enum); returns the statement name of each. */
  expand<V extends string>(template: string, values: readonly V[]): Record<V, string> {
    for (const v of values) {
      if (!IDENTIFIER.test(v)) throw new Error(`"${v}" cannot stand in a Cypher statement as a type`);
    }
    this.variants.set(template, values);
    this.statements = undefined;
    return Object.fromEntries(values.map(v => [v, `${template}:${v}`])) as Record<V, string>;
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

  /** The statements production runs: every loaded one outside the opt-in areas. */
  productionNames(): string[] {
    return this.names().filter(name => !OPT_IN_AREAS.has(name.slice(0, name.indexOf("/"))));
  }
}

export const cypher = new CypherRegistry();
