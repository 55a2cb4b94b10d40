import { EntityKind } from "../domain/entity-kind";
import { EvidenceKind, HostRole } from "../domain/fact-meaning";
import { RelationType } from "../domain/relation-type";
import type { Mention } from "./mention";
import { valueOf } from "./numbers";
import { ACTOR_KINDS } from "./actor-kinds";
import type { Link, LinkContext } from "./link";

const PASSIVE = /由([^，,。；;]{1,60}?)(共同|联合)?(主办|承办|举办|指导)/g;
const COLLECTIVE = /^([0-9]+|[一二两三四五六七八九十]+)(个)?(城市|城|市)/;

/** 大赛由某某联合举办: the hosts follow 由, the event is named before it or referred back to by its last word. */
export function passiveHostLinks(ctx: LinkContext): Link[] {
  const out: Link[] = [];
  for (const s of ctx.sentences) {
    const sentence = ctx.text.slice(s.start, s.end);
    for (const m of sentence.matchAll(PASSIVE)) {
      const by = s.start + m.index + 1;
      const event = eventBefore(ctx, s.start, s.start + m.index);
      if (!event) continue;
      const role =
        m[3] === "承办"
          ? HostRole.ORGANISER
          : m[3] === "指导"
            ? HostRole.GUIDANCE
            : m[2]
              ? HostRole.CO_HOST
              : HostRole.HOST;
      const named = ctx.mentions.things.filter(
        t => t.start >= by && t.end <= by + m[1]!.length && ACTOR_KINDS.has(t.kind),
      );
      const hosts = named.length ? named : listedCities(ctx, m[1]!, s.start);
      for (const h of hosts) {
        out.push({
          type: RelationType.HOSTED,
          from: h,
          to: event,
          sentence: s,
          rule: named.length ? `passive:由…${m[3]}` : `passive-collective:由…${m[3]}`,
          confidence: named.length ? 0.6 : 0.45,
          evidenceKind: named.length ? EvidenceKind.STATED : EvidenceKind.IMPLIED,
          role,
          roleText: `${m[2] ?? ""}${m[3]}`,
        });
      }
    }
  }
  return out;
}

/** The event a passive clause is about: named in it, or a bare word (大赛, 活动) an earlier event's name ends with. */
function eventBefore(ctx: LinkContext, from: number, to: number): Mention | undefined {
  const named = ctx.mentions.occasions.filter(o => o.kind === EntityKind.Event && o.start >= from && o.end <= to);
  if (named.length) return named[named.length - 1];
  const word = ctx.text.slice(from, to).replace(/^(本次|此次|该|本届|这次)/, "");
  if (!/^\p{Script=Han}{2,4}$/u.test(word)) return undefined;
  const earlier = ctx.mentions.occasions.filter(
    o => o.kind === EntityKind.Event && o.end <= from && o.name.endsWith(word),
  );
  return earlier[earlier.length - 1];
}

/** 九城市: a count of cities stands for the page's latest earlier list of exactly that many cities. */
function listedCities(ctx: LinkContext, words: string, before: number): Mention[] {
  const c = COLLECTIVE.exec(words);
  const n = c && valueOf(c[1]!);
  if (!n || n < 2) return [];
  const lists: Mention[][] = [];
  for (const m of ctx.mentions.things.filter(
    t => t.rule === "place-list" && t.kind === EntityKind.City && t.end <= before,
  )) {
    const last = lists[lists.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && /^[、,，和与及]$/.test(ctx.text.slice(prev.end, m.start))) last!.push(m);
    else lists.push([m]);
  }
  return lists.reverse().find(l => l.length === n) ?? [];
}
