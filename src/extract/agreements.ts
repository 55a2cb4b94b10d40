import { EntityKind } from "../domain/entity-kind";
import { EvidenceKind, PartyRole } from "../domain/fact-meaning";
import { RelationType } from "../domain/relation-type";
import type { Mention } from "./mention";
import { ACTOR_KINDS } from "./actor-kinds";
import type { Link, LinkContext } from "./link";
import type { Sentence } from "./sentences";

const SIGN = /签约|签署|签订/;
// A corridor signs nothing: its members do.
const ACTORS: ReadonlySet<EntityKind> = new Set([...ACTOR_KINDS].filter(k => k !== EntityKind.Corridor));
// 等6个…合作项目: the category after 等N个 names the batch signed.
const PROJECT_BATCH = /等(\d+)个([^、，,。等]{2,20}?项目)/g;
const PROJECT_SIGNED = /([^、，,。：:]{4,40}?项目)(集中|现场|进行)*签约/;

/** Agreements signed in a sentence (…协议, A与B…签约, batches of projects) with their parties and event. */
export function signingLinks(ctx: LinkContext, eventOf: (s: Sentence) => Mention | undefined): Link[] {
  const out: Link[] = [];
  for (const s of ctx.sentences) {
    const sentence = ctx.text.slice(s.start, s.end);
    const sign = SIGN.exec(sentence);
    if (!sign) continue;
    const things = ctx.mentions.things.filter(m => m.start >= s.start && m.end <= s.end && ACTORS.has(m.kind));
    const agreements = ctx.mentions.occasions.filter(
      m => m.kind === EntityKind.Agreement && m.start >= s.start && m.end <= s.end,
    );
    const clauseStart =
      s.start + Math.max(sentence.lastIndexOf("，", sign.index), sentence.lastIndexOf(",", sign.index), -1) + 1;
    if (!agreements.some(a => a.rule !== "generic")) {
      agreements.length = 0;
      const withAt = sentence.indexOf("与", clauseStart - s.start);
      const a = things.filter(t => t.start >= clauseStart && t.end <= s.start + withAt).pop();
      const b = things.find(t => t.start > s.start + withAt && t.end <= s.start + sign.index);
      if (withAt >= 0 && withAt < sign.index && a && b) {
        const end = s.start + sign.index;
        // 某学院与某公司签署全面战略合作协议: the parties, then what the page calls the agreement.
        const what = /^[^，,。]{0,12}?(协议|备忘录)/.exec(ctx.text.slice(end + sign[0].length, s.end));
        // A 在… phrase between the parties and the verb says where, not what: it is not part of the name.
        const middle = ctx.text.slice(b.end, end).replace(/^在[^，,]*$/, "");
        const name = `${ctx.text.slice(a.start, b.end)}${middle}${what ? what[0] : "协议"}`;
        const m: Mention = {
          start: a.start,
          end: end + sign[0].length,
          kind: EntityKind.Agreement,
          name,
          aliases: [],
          rule: "A与B签约",
          confidence: 0.6,
        };
        ctx.extra.push(m);
        agreements.push(m);
      }
      for (const p of sentence.matchAll(PROJECT_BATCH)) {
        agreements.push(batch(ctx, s.start + p.index + p[0].length - p[2]!.length, p[2]!));
      }
      const single = agreements.length ? null : PROJECT_SIGNED.exec(sentence);
      if (single && !/了|举行|开展|举办/.test(single[1]!)) {
        agreements.push(batch(ctx, s.start + single.index, single[1]!.replace(/^(会上|同时|此外|现场)/, "")));
      }
    }
    const event = eventOf(s);
    for (const ag of agreements) {
      const parties = things.filter(
        t =>
          t.start >= Math.min(clauseStart, ag.start) &&
          t.end <= Math.max(s.start + sign.index, ag.end) &&
          !(t.start >= ag.end),
      );
      for (const p of parties) {
        out.push({
          type: RelationType.PARTY_TO,
          from: p,
          to: ag,
          sentence: s,
          rule: `trigger:${sign[0]}`,
          confidence: 0.65,
          evidenceKind: EvidenceKind.STATED,
          role: PartyRole.SIGNATORY,
          roleText: sign[0],
        });
      }
      if (event) {
        out.push({
          type: RelationType.SIGNED_AT,
          from: ag,
          to: event,
          sentence: s,
          rule: `trigger:${sign[0]}`,
          confidence: 0.6,
          evidenceKind: EvidenceKind.STATED,
        });
      }
    }
  }
  return out;
}

function batch(ctx: LinkContext, start: number, name: string): Mention {
  const m: Mention = {
    start,
    end: start + name.length,
    kind: EntityKind.Agreement,
    name,
    aliases: [],
    rule: "project-batch",
    confidence: 0.55,
  };
  ctx.extra.push(m);
  return m;
}
