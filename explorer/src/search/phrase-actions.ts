import * as api from "../api";
import type { Explorer } from "../explorer";
import { t } from "../i18n/language";
import { partnersOf } from "../partnership/partnership-api";
import type { SearchPhrase } from "./search-phrase";

/** The entity a typed name means: one whose name in some script is the name, else the search's best match. */
async function resolve(name: string): Promise<api.SearchHit> {
  const hits = await api.search(name);
  const want = name.toLowerCase();
  const exact = hits.find(h => [h.name, h.nameHant, h.nameEn].some(n => n?.toLowerCase() === want));
  const hit = exact ?? hits[0];
  if (!hit) throw new Error(t("phrase.notFound", { name }));
  return hit;
}

/** Puts an entity's partners on the canvas (as the partnership API finds them); a year sets the time window. */
async function showPartners(x: Explorer, name: string, since: number | null): Promise<void> {
  const hit = await resolve(name);
  // A city's partners are cities (the CITY-level network); any other entity's are entities.
  const partners = await partnersOf(hit.id, hit.kind === "City" ? "CITY" : "ENTITY", since);
  const had = new Set(x.graph.nodes());
  const c = x.scene.centre();
  await x.scene.connect([hit.id, ...partners], c);
  const added = [hit.id, ...partners].filter(id => !had.has(id));
  if (since !== null) x.time.since(since);
  x.sceneChanged(added.length > 0, added);
  x.details.selectNode(hit.id);
  x.status(t("phrase.partnersFound", { name, count: partners.length }));
}

/** Finds the paths between two named entities with the path finder, both ends joining the scene. */
async function showPath(x: Explorer, from: string, to: string): Promise<void> {
  const [a, b] = await Promise.all([resolve(from), resolve(to)]);
  const had = new Set(x.graph.nodes());
  await x.scene.connect([a.id, b.id], x.scene.centre());
  x.sceneChanged(
    true,
    [a.id, b.id].filter(id => !had.has(id)),
  );
  x.paths.setEnd("from", a.id);
  x.paths.setEnd("to", b.id);
  await x.paths.show();
}

/** Answers a search phrase through the API, on the canvas. */
export async function runPhrase(x: Explorer, phrase: SearchPhrase): Promise<void> {
  await x.busy(t("phrase.busy"), () =>
    phrase.ask === "partners" ? showPartners(x, phrase.name, phrase.since) : showPath(x, phrase.from, phrase.to),
  );
}

/** The row that offers the phrase, in the interface language. */
export function phraseLabel(phrase: SearchPhrase): string {
  if (phrase.ask === "path") return t("phrase.path", { from: phrase.from, to: phrase.to });
  return t("phrase.partners", { name: phrase.name }) + (phrase.since ? t("phrase.since", { year: phrase.since }) : "");
}
