import { EntityKind } from "../domain/entity-kind";
import { AttendeeRole, EvidenceKind, HostRole, OfficeRole, SpeakerRole } from "../domain/fact-meaning";
import { RelationType } from "../domain/relation-type";
import { ACADEMICIAN_TITLES, EVENT_ANAPHORA, INDUSTRY_LIST_END, OFFICE_TITLES, SPEAKER_LABELS } from "./lexicon";
import { inside, type Mention } from "./mention";
import { kindBySuffix } from "./mentions";
import { passiveHostLinks } from "./passive-hosts";
import { ACTOR_KINDS, ORG_KINDS, PUBLIC_KINDS } from "./actor-kinds";
import type { Link, LinkContext } from "./link";
import type { Sentence } from "./sentences";

const SPEECH: [RegExp, SpeakerRole][] = [
  [/视频致辞/, SpeakerRole.VIDEO_ADDRESS],
  [/主旨演讲|主题讲话|主旨报告|主题演讲/, SpeakerRole.KEYNOTE],
  [/作.{0,3}报告|做.{0,3}报告/, SpeakerRole.REPORT],
  [/致辞|讲话|发言/, SpeakerRole.ADDRESS],
  [/说。|表示|指出|强调/, SpeakerRole.ADDRESS],
  [/主持/, SpeakerRole.PRESIDED],
];
const ATTEND = /应邀出席|出席|参加|参会|齐聚/;
const HOST: [RegExp, HostRole][] = [
  [/承办/, HostRole.ORGANISER],
  [/共同举办|联合举办|共同主办|联合主办/, HostRole.CO_HOST],
  [/主办|举办|召开|举行/, HostRole.HOST],
  [/指导/, HostRole.GUIDANCE],
];
/** How far after a hosting verb the event's name may start (a series prefix the name scan left out). */
const EVENT_GAP = 12;
const LAUNCH = /揭牌|成立|启动|开园|开馆/;
const FOUND = /发起成立|共同发起|发起|设立|创建|组建/;
const COOPERATE = /合作|共建|携手|对接/;
const WITH = /与|同|和/;

const within = (ms: Mention[], from: number, to: number) => ms.filter(m => m.start >= from && m.end <= to);

/** The event a sentence's facts attach to: one it names, one a bare word refers back to, or the page's own. */
function eventOf(ctx: LinkContext, s: Sentence, after = s.start): { event?: Mention; implied: boolean } {
  // 会上… : what follows happened at the event the page is about, whatever else the sentence names.
  if (/^(会上|大会上|会议上|活动中|会议期间|现场)/.test(ctx.text.slice(s.start, s.end)) && ctx.mentions.mainEvent) {
    return { event: ctx.mentions.mainEvent, implied: false };
  }
  const named = ctx.mentions.occasions.filter(m => m.kind === EntityKind.Event && m.start >= s.start && m.end <= s.end);
  const later = named.filter(m => m.start >= after);
  if (later[0] ?? named[0]) return { event: later[0] ?? named[0], implied: false };
  const sentence = ctx.text.slice(s.start, s.end);
  const word = EVENT_ANAPHORA.find(w => sentence.includes(w));
  if (word) {
    const earlier = ctx.mentions.occasions.filter(
      m => m.kind === EntityKind.Event && m.end <= s.start && m.name.endsWith(word.replace(/上$/, "")),
    );
    return { event: earlier[earlier.length - 1] ?? ctx.mentions.mainEvent, implied: false };
  }
  return { event: ctx.mentions.mainEvent, implied: true };
}

function officeRole(title: string): OfficeRole {
  if (/书记/.test(title)) return OfficeRole.PARTY_SECRETARY;
  if (/常委|委员/.test(title)) return OfficeRole.MEMBER;
  if (/副/.test(title)) return OfficeRole.DEPUTY_HEAD;
  if (/主席|理事长|会长/.test(title)) return OfficeRole.CHAIR;
  if (/主任|秘书长|所长/.test(title)) return OfficeRole.DIRECTOR;
  if (/长$/.test(title)) return OfficeRole.HEAD;
  return OfficeRole.OTHER;
}

/** A body named only by context: 市政府 on a page about one city is that city's government. */
function impliedBody(ctx: LinkContext, orgText: string, at: number, end: number): Mention | undefined {
  const place = /^[区县]/.test(orgText) ? ctx.mentions.mainDistrict : ctx.mentions.mainCity;
  const bare = /^[市区县省]/.test(orgText);
  if (bare && !place) return undefined;
  let name = bare ? `${place!.name.replace(/[市区县]$/, "")}${orgText}` : orgText;
  if (name.endsWith("市政府")) name = name.replace(/市政府$/, "市人民政府");
  const kind = kindBySuffix(name) ?? EntityKind.GovernmentBody;
  const known = ctx.extra.find(m => m.name === name);
  const m: Mention = {
    start: at,
    end,
    kind,
    name,
    aliases: bare ? [name.replace(/人民政府$/, "政府")].filter(a => a !== name) : [],
    rule: bare ? "implied-body" : "title-organisation",
    confidence: bare ? 0.5 : 0.6,
    implied: bare,
    known: known?.known,
  };
  ctx.extra.push(m);
  return m;
}

/** Offices, affiliations and academies from the titles before a name. */
function titleLinks(ctx: LinkContext): Link[] {
  const out: Link[] = [];
  for (const { person, segments } of ctx.mentions.people) {
    const s = ctx.sentences.find(x => x.start <= person.start && person.end <= x.end)!;
    let lastPlace: Mention | undefined;
    for (const seg of segments) {
      const orgs = within(ctx.mentions.things, seg.start, seg.end).filter(
        m => m.kind !== EntityKind.Person && m.start < seg.titleStart,
      );
      let org = orgs[orgs.length - 1];
      let roleText = seg.title;
      if (org && org.end < seg.titleStart) {
        const between = ctx.text.slice(org.end, seg.titleStart);
        if (/[科处室部办]$/.test(between)) roleText = between + seg.title;
        else org = impliedBody(ctx, ctx.text.slice(org.start, seg.titleStart), org.start, seg.titleStart) ?? org;
      }
      if (!org && seg.titleStart > seg.start) {
        // 某某市委*, 某某省长: a bare name before a 市/省-led title is the place itself.
        org = titlePlace(ctx, seg.start, seg.titleStart, seg.title);
      }
      if (!org && seg.titleStart > seg.start) {
        // 市科技局协同创新与对外科技合作科: the office is a section of the body named first.
        const orgText = ctx.text.slice(seg.start, seg.titleStart);
        const section = /^(.*?[局厅委办院])([^局厅委办院]+[科处室])$/.exec(orgText);
        if (section) roleText = section[2] + seg.title;
        org = impliedBody(ctx, section ? section[1]! : orgText, seg.start, seg.titleStart);
      }
      if (!org && /^(原|前)?(市|区|县)/.test(seg.title)) {
        const place = /^(原|前)?市/.test(seg.title) ? (lastPlace ?? ctx.mentions.mainCity) : ctx.mentions.mainDistrict;
        if (place) out.push(office(person, place, s, seg.title, !lastPlace || !/^(原|前)?市/.test(seg.title)));
        continue;
      }
      if (!org) continue;
      if (org.kind === EntityKind.City && lastPlace?.kind === EntityKind.Province) {
        out.push(placedIn(org, lastPlace, s, "title-chain-place"));
      }
      if (org.kind === EntityKind.City || org.kind === EntityKind.Province) lastPlace = org;
      const academician = ACADEMICIAN_TITLES.includes(seg.title);
      if (academician) {
        if (org.kind === EntityKind.Academy) {
          out.push({
            type: RelationType.ACADEMICIAN_OF,
            from: person,
            to: org,
            sentence: s,
            rule: "title:院士",
            confidence: 0.8,
            evidenceKind: EvidenceKind.STATED,
          });
        }
      } else if (
        PUBLIC_KINDS.has(org.kind) ||
        (!ORG_KINDS.has(org.kind) && OFFICE_TITLES.some(t => seg.title.endsWith(t)))
      ) {
        out.push(office(person, org, s, roleText, false));
        const committee = committeeOf(ctx, org, seg.title);
        if (committee) out.push(office(person, committee, s, roleText, false));
      } else if (ORG_KINDS.has(org.kind)) {
        out.push({
          type: RelationType.AFFILIATED_WITH,
          from: person,
          to: org,
          sentence: s,
          rule: "title-affiliation",
          confidence: 0.7,
          evidenceKind: EvidenceKind.STATED,
          roleText,
        });
      }
    }
  }
  return out;
}

/** A link the page implies (by a name, a list or a title chain) rather than states. */
function impliedLink(
  type: RelationType,
  from: Mention,
  to: Mention,
  s: Sentence,
  rule: string,
  confidence: number,
): Link {
  return { type, from, to, sentence: s, rule, confidence, evidenceKind: EvidenceKind.IMPLIED };
}

/** 某省委常委、某市委书记: the city of a later title in the chain lies in the province of an earlier one. */
function placedIn(from: Mention, to: Mention, s: Sentence, rule: string): Link {
  return impliedLink(RelationType.LOCATED_IN, from, to, s, rule, 0.5);
}

/** A bare 2–3 character name right before a 市…/省… title names that city or province. */
function titlePlace(ctx: LinkContext, start: number, end: number, title: string): Mention | undefined {
  const name = ctx.text.slice(start, end);
  const level = /^(市|省)/.exec(title)?.[1];
  if (!level || !/^\p{Script=Han}{2,3}$/u.test(name) || kindBySuffix(name)) return undefined;
  const province = level === "省";
  const m: Mention = {
    start,
    end,
    kind: province ? EntityKind.Province : EntityKind.City,
    name: province ? `${name}省` : name,
    aliases: [],
    rule: "title-place",
    confidence: 0.6,
  };
  ctx.extra.push(m);
  return m;
}

/** 某市委书记 also holds office in the city's party committee when the page names that committee as a body. */
function committeeOf(ctx: LinkContext, place: Mention, title: string): Mention | undefined {
  if (place.kind !== EntityKind.City || !/^市委(副)?书记$/.test(title)) return undefined;
  const name = `中共${place.name.replace(/市$/, "")}市委员会`;
  return [...ctx.mentions.things, ...ctx.extra].find(m => m.kind === EntityKind.GovernmentBody && m.name === name);
}

function office(person: Mention, to: Mention, s: Sentence, title: string, implied: boolean): Link {
  const censored = title.includes("*");
  return {
    type: RelationType.HOLDS_OFFICE_IN,
    from: person,
    to,
    sentence: s,
    rule: implied ? "title-office-implied" : "title-office",
    confidence: implied ? 0.55 : 0.75,
    evidenceKind: implied ? EvidenceKind.IMPLIED : EvidenceKind.STATED,
    ...(censored ? {} : { role: officeRole(title), roleText: title }),
  };
}

/** Speakers, attendees, hosts, launches, foundings and cooperation, from the trigger words of each sentence. */
function triggerLinks(ctx: LinkContext): Link[] {
  const out: Link[] = [];
  const chainOrgs = (m: Mention) =>
    ctx.mentions.people.some(p => p.segments.some(seg => m.start >= seg.start && m.end <= seg.end));
  for (const s of ctx.sentences) {
    const sentence = ctx.text.slice(s.start, s.end);
    const things = within(ctx.mentions.things, s.start, s.end).filter(
      m => !ctx.mentions.occasions.some(o => inside(m, o) && o.kind === EntityKind.Agreement),
    );
    const people = things.filter(m => m.kind === EntityKind.Person);
    const link = (
      type: RelationType,
      from: Mention,
      to: Mention,
      rule: string,
      confidence: number,
      implied: boolean,
      extra: Partial<Link> = {},
    ) =>
      out.push({
        type,
        from,
        to,
        sentence: s,
        rule,
        confidence: implied ? confidence * 0.7 : confidence,
        evidenceKind: implied ? EvidenceKind.IMPLIED : EvidenceKind.STATED,
        ...extra,
      });

    const label = SPEAKER_LABELS.find(l => sentence.startsWith(l));
    const speech = SPEECH.find(([r]) => r.test(sentence));
    if (label || speech) {
      const at = label ? s.end : s.start + (speech![0].exec(sentence)?.index ?? 0);
      const { event, implied } = eventOf(ctx, s);
      const speakers = people.filter(p => p.end <= at);
      for (const p of label ? speakers : speakers.slice(-1)) {
        if (event) {
          link(
            RelationType.SPOKE_AT,
            p,
            event,
            label ? `label:${label}` : `trigger:${speech![0].source}`,
            0.7,
            implied,
            { role: label ? SpeakerRole.PRESENTATION : speech![1], roleText: label ?? speech![0].exec(sentence)?.[0] },
          );
        }
      }
    }
    const attend = ATTEND.exec(sentence);
    if (attend) {
      const { event, implied } = eventOf(ctx, s, s.start + attend.index);
      const guests = things.filter(
        m =>
          m.end <= s.start + attend.index &&
          (m.kind === EntityKind.Person || (ACTOR_KINDS.has(m.kind) && !chainOrgs(m))),
      );
      for (const g of guests) {
        if (event && !inside(g, event)) {
          link(
            RelationType.ATTENDED,
            g,
            event,
            `trigger:${attend[0]}`,
            g.kind === EntityKind.Person ? 0.7 : 0.5,
            implied,
            { role: attend[0].startsWith("应邀") ? AttendeeRole.GUEST : AttendeeRole.ATTENDEE, roleText: attend[0] },
          );
        }
      }
    }
    if (/^参会媒体|^参会单位/.test(sentence) && ctx.mentions.mainEvent) {
      for (const g of things.filter(m => m.rule.startsWith("label:"))) {
        link(RelationType.ATTENDED, g, ctx.mentions.mainEvent, "label:参会", 0.6, false, {
          role: AttendeeRole.ATTENDEE,
        });
      }
    }
    for (const [re, role] of HOST) {
      for (const m of sentence.matchAll(new RegExp(re.source, "g"))) {
        const at = s.start + m.index;
        // The event named after the verb, in the same clause: the nearest, and the longest of those.
        const verbEnd = at + m[0].length;
        const events = ctx.mentions.occasions.filter(
          o =>
            o.kind === EntityKind.Event &&
            o.start >= at &&
            o.start <= verbEnd + EVENT_GAP &&
            o.end <= s.end &&
            !/[，,。；;：:]/.test(ctx.text.slice(verbEnd, o.start)),
        );
        const event = events.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))[0];
        if (!event) continue;
        // Hosts are the actors between the previous verb (or clause mark) and this one, outside a 在… venue phrase.
        const clause = sentence.slice(0, m.index);
        const from =
          s.start +
          Math.max(
            clause.lastIndexOf("，"),
            clause.lastIndexOf(","),
            clause.search(/(承办了|举办了|召开了)(?!.*(承办了|举办了|召开了))/) + 3,
            0,
          );
        const venue = /在[^，,]*$/.exec(clause);
        const hosts = things.filter(
          t =>
            t.start >= from && t.end <= at && ACTOR_KINDS.has(t.kind) && !(venue && t.start >= s.start + venue.index),
        );
        for (const h of hosts) {
          link(RelationType.HOSTED, h, event, `trigger:${m[0]}`, 0.65, false, { role, roleText: m[0] });
        }
        if (venue) {
          for (const c of things.filter(
            t => t.kind === EntityKind.City && t.start >= s.start + venue.index && t.end <= at,
          )) {
            link(RelationType.HELD_IN, event, c, "trigger:在…召开", 0.6, false);
          }
        }
      }
    }
    const found = FOUND.exec(sentence);
    const launch = LAUNCH.exec(sentence);
    if (launch || found) {
      const platforms = things.filter(
        m =>
          m.kind === EntityKind.Platform ||
          (launch && m.kind === EntityKind.ResearchInstitute && m.start > s.start + launch.index - 30),
      );
      const { event, implied } = eventOf(ctx, s);
      for (const p of platforms) {
        if (launch && event && !inside(event, p)) {
          link(RelationType.LAUNCHED_AT, p, event, `trigger:${launch[0]}`, 0.6, implied);
        }
        if (!found) continue;
        const clauseStart = s.start + Math.max(0, sentence.lastIndexOf("，", p.start - s.start));
        const founders = things.filter(
          t =>
            t !== p &&
            t.end <= p.start &&
            t.start >= clauseStart &&
            t.start < s.start + found.index &&
            (t.kind === EntityKind.Person || ACTOR_KINDS.has(t.kind)),
        );
        for (const f of founders) link(RelationType.FOUNDED, f, p, `trigger:${found[0]}`, 0.6, false);
      }
    }
    // 甲研究院、乙智库共同发布…: organisations doing one thing together cooperate (hosting together is HOSTED).
    const together = /共同|联合/.exec(sentence);
    if (together && !/^(共同|联合)(举办|主办|承办)/.test(sentence.slice(together.index))) {
      const partners = things.filter(
        t =>
          ORG_KINDS.has(t.kind) &&
          t.end <= s.start + together.index &&
          t.start >=
            s.start +
              Math.max(
                0,
                sentence.lastIndexOf("，", together.index) + 1,
                sentence.lastIndexOf(",", together.index) + 1,
              ) &&
          !chainOrgs(t),
      );
      // Only a list that is the subject of 共同: its last member stands right before the word.
      if (partners.length && s.start + together.index - partners[partners.length - 1]!.end > 1) partners.length = 0;
      for (let i = 0; i + 1 < partners.length; i++) {
        link(RelationType.COOPERATES_WITH, partners[i]!, partners[i + 1]!, `trigger:${together[0]}`, 0.55, false);
      }
    }
    const coop = COOPERATE.exec(sentence);
    if (coop && !/签约|签署|签订/.test(sentence)) {
      const w = WITH.exec(sentence.slice(0, coop.index));
      if (w) {
        const at = s.start + w.index;
        const actors = things.filter(
          t =>
            ACTOR_KINDS.has(t.kind) && t.kind !== EntityKind.Person && t.end <= s.start + coop.index && !chainOrgs(t),
        );
        const before = actors.filter(t => t.end <= at && t.kind !== EntityKind.Corridor);
        const subject = before[before.length - 1];
        for (const partner of actors.filter(t => t.start > at)) {
          if (subject && subject.name !== partner.name) {
            link(RelationType.COOPERATES_WITH, subject, partner, `trigger:${coop[0]}`, 0.6, false);
          }
        }
      }
    }
  }
  return out;
}

/** Facts a name states by itself: X市人民政府 is in X; 中国科学院某分院 is part of 中国科学院. */
function nameLinks(ctx: LinkContext): Link[] {
  const out: Link[] = [];
  const all = [...ctx.mentions.things, ...ctx.extra.filter(e => !e.implied)];
  const places = all.filter(m => m.kind === EntityKind.City || m.kind === EntityKind.Province);
  const orgs = all.filter(m => ACTOR_KINDS.has(m.kind) && m.kind !== EntityKind.City && m.kind !== EntityKind.Province);
  const seen = new Set<string>();
  for (const o of [...orgs, ...ctx.extra.filter(e => e.implied)]) {
    if (seen.has(o.name)) continue;
    seen.add(o.name);
    const s = ctx.sentences.find(x => x.start <= o.start && o.start < x.end);
    if (!s) continue;
    const bare = o.name.replace(/^中共/, "");
    const place = places.find(
      p =>
        bare.startsWith(p.name.replace(/省$/, "")) ||
        o.name.includes(`(${p.name})`) ||
        o.name.includes(`（${p.name}）`),
    );
    if (place) {
      out.push(impliedLink(RelationType.LOCATED_IN, o, place, s, "name-place", 0.55));
    }
    const parent =
      orgs.find(p => p !== o && p.name !== o.name && o.name.startsWith(p.name) && !PUBLIC_KINDS.has(p.kind)) ??
      parentInName(ctx, o, places);
    if (parent) {
      out.push(impliedLink(RelationType.PART_OF, o, parent, s, "name-parent", 0.55));
    }
  }
  return out;
}

/** 某地科创走廊研究中心, …科创走廊…大会: a body, event or agreement named after a corridor is part of it. */
function corridorPartLinks(ctx: LinkContext): Link[] {
  const out: Link[] = [];
  const corridors = ctx.mentions.things.filter(m => m.kind === EntityKind.Corridor);
  const seen = new Set<string>();
  for (const o of [...ctx.mentions.things, ...ctx.mentions.occasions]) {
    if (o.kind === EntityKind.Corridor || o.kind === EntityKind.Person || seen.has(o.name)) continue;
    const corridor = corridors.find(c => o.name.includes(c.name) && o.name !== c.name);
    const s = ctx.sentences.find(x => x.start <= o.start && o.start < x.end);
    if (!corridor || !s) continue;
    seen.add(o.name);
    out.push(impliedLink(RelationType.PART_OF, o, corridor, s, "name-corridor", 0.5));
  }
  return out;
}

/** 某市科技局, 某市政府新闻办: a city's bureau or office is part of its government, when the page names that government. */
function bureauLinks(ctx: LinkContext): Link[] {
  const out: Link[] = [];
  const bodies = [...ctx.mentions.things, ...ctx.extra].filter(m => m.kind === EntityKind.GovernmentBody);
  const seen = new Set<string>();
  for (const o of bodies) {
    const m = /^(\p{Script=Han}{2,3}?)市(政府)?(?!人民政府$|政府$|委)\p{Script=Han}{1,8}(局|办|办公室|委员会)$/u.exec(
      o.name,
    );
    const government = m && bodies.find(b => b.name === `${m[1]}市人民政府`);
    const s = ctx.sentences.find(x => x.start <= o.start && o.start < x.end);
    if (!government || !s || seen.has(o.name)) continue;
    seen.add(o.name);
    out.push(impliedLink(RelationType.PART_OF, o, government, s, "city-bureau", 0.5));
  }
  return out;
}

/** 中国科学院某分院: a name that starts with another institution's full name is a unit of it. */
function parentInName(ctx: LinkContext, o: Mention, places: Mention[]): Mention | undefined {
  if (o.kind === EntityKind.GovernmentBody) return undefined;
  for (let cut = o.name.length - 3; cut >= 4; cut--) {
    const head = o.name.slice(0, cut);
    const rest = o.name.slice(cut);
    const kind = kindBySuffix(head);
    // The unit is named by a place (or a bracketed place) and its own suffix: 上海研究院, (某市)服务中心.
    const placed = /^[(（]/.test(rest) || places.some(p => rest.startsWith(p.name.replace(/[省市]$/, "")));
    if (!kind || PUBLIC_KINDS.has(kind) || !kindBySuffix(rest) || !placed) continue;
    const m: Mention = {
      start: o.start,
      end: o.start + cut,
      kind,
      name: head,
      aliases: [],
      rule: "name-parent",
      confidence: 0.5,
    };
    ctx.extra.push(m);
    return m;
  }
  return undefined;
}

/** Industries a city, platform or event focuses on: a list in its sentence, or an industry in its name. */
function industryLinks(ctx: LinkContext): Link[] {
  const out: Link[] = [];
  const industries = ctx.mentions.things.filter(m => m.kind === EntityKind.Industry);
  for (const i of industries) {
    const s = ctx.sentences.find(x => x.start <= i.start && i.end <= x.end)!;
    const holder = ctx.mentions.occasions.find(
      o => o.kind === EntityKind.Event && i.start >= o.start && i.end <= o.end,
    );
    if (holder) {
      out.push(impliedLink(RelationType.FOCUSES_ON, holder, i, s, "industry-in-name", 0.55));
      continue;
    }
    const next = ctx.mentions.things.find(
      m => m.start >= i.end && m.start <= i.end + 1 && m.kind === EntityKind.Platform,
    );
    if (next) {
      out.push({
        type: RelationType.FOCUSES_ON,
        from: next,
        to: i,
        sentence: s,
        rule: "industry-before-platform",
        confidence: 0.55,
        evidenceKind: EvidenceKind.STATED,
      });
    }
    const inList =
      i.rule === "industry-list" ||
      INDUSTRY_LIST_END.test(
        ctx.text.slice(i.end, s.end).replace(/^[^，,。；;]*?(?=等|重点|[0-9一二三四五六七八九十]+大|产业)/, ""),
      );
    if (!inList) continue;
    const before = ctx.mentions.things.filter(
      m => m.end <= i.start && m.start >= s.start && (m.kind === EntityKind.City || m.kind === EntityKind.Platform),
    );
    const subject = before[before.length - 1] ?? ctx.mentions.mainCity;
    if (subject) {
      out.push({
        type: RelationType.FOCUSES_ON,
        from: subject,
        to: i,
        sentence: s,
        rule: "industry-list",
        confidence: 0.55,
        evidenceKind: EvidenceKind.STATED,
      });
    }
  }
  return out;
}

/** 某科教城举行…大会: an event named with its host was hosted by it. */
function hostNamedLinks(ctx: LinkContext): Link[] {
  const out: Link[] = [];
  for (const e of ctx.mentions.occasions.filter(o => o.rule === "host-named-event")) {
    const host = ctx.mentions.things.find(t => t.start === e.start && ACTOR_KINDS.has(t.kind));
    const s = ctx.sentences.find(x => x.start <= e.start && e.end <= x.end);
    const verb = host && /^(举行|召开|举办)/.exec(ctx.text.slice(host.end, e.end));
    if (host && s && verb) {
      out.push({
        type: RelationType.HOSTED,
        from: host,
        to: e,
        sentence: s,
        rule: `host-named:${verb[0]}`,
        confidence: 0.6,
        evidenceKind: EvidenceKind.STATED,
        role: HostRole.HOST,
        roleText: verb[0],
      });
    }
  }
  return out;
}

/** 大会在国家会展中心(上海)会议中心举行: the cities in the 在… phrase after an event are where it was held. */
function heldInLinks(ctx: LinkContext): Link[] {
  const out: Link[] = [];
  for (const e of ctx.mentions.occasions.filter(o => o.kind === EntityKind.Event)) {
    const m = /^在([^，,。]{1,30}?)(召开|举行|举办|开幕)/.exec(ctx.text.slice(e.end, e.end + 40));
    const s = ctx.sentences.find(x => x.start <= e.start && e.end <= x.end);
    if (!m || !s) continue;
    const at = { start: e.end + 1, end: e.end + 1 + m[1]!.length };
    for (const c of ctx.mentions.things.filter(
      t => t.kind === EntityKind.City && t.start >= at.start && t.end <= at.end,
    )) {
      out.push({
        type: RelationType.HELD_IN,
        from: e,
        to: c,
        sentence: s,
        rule: "event-在…举行",
        confidence: 0.6,
        evidenceKind: EvidenceKind.STATED,
      });
    }
  }
  return out;
}

/** 甲、乙、丙…九城 in a sentence that names a corridor: a list of cities is its membership. */
function memberLinks(ctx: LinkContext): Link[] {
  const out: Link[] = [];
  for (const s of ctx.sentences) {
    const corridor = ctx.mentions.things.find(
      m => m.kind === EntityKind.Corridor && m.start >= s.start && m.end <= s.end,
    );
    const listed = ctx.mentions.things.filter(
      m => m.rule === "place-list" && m.kind === EntityKind.City && m.start >= s.start && m.end <= s.end,
    );
    if (corridor && listed.length >= 3) {
      for (const c of listed) {
        out.push(impliedLink(RelationType.MEMBER_OF, c, corridor, s, "city-list-with-corridor", 0.45));
      }
    }
  }
  return out;
}

/** X将以建设某经济区中心城市为…: the city before a corridor's 中心城市 is its central city. */
function centralCityLinks(ctx: LinkContext): Link[] {
  const out: Link[] = [];
  for (const c of ctx.mentions.things.filter(
    m => m.kind === EntityKind.Corridor && ctx.text.startsWith("中心城市", m.end),
  )) {
    const s = ctx.sentences.find(x => x.start <= c.start && c.end <= x.end)!;
    const city = ctx.mentions.things
      .filter(m => m.kind === EntityKind.City && m.start >= s.start && m.end <= c.start)
      .pop();
    if (city) {
      out.push({
        type: RelationType.CENTRAL_CITY_OF,
        from: city,
        to: c,
        sentence: s,
        rule: "corridor-central-city",
        confidence: 0.55,
        evidenceKind: EvidenceKind.STATED,
      });
    }
  }
  return out;
}

export type { Link, LinkContext };

export function linksOf(ctx: LinkContext): Link[] {
  return [
    ...titleLinks(ctx),
    ...triggerLinks(ctx),
    ...nameLinks(ctx),
    ...industryLinks(ctx),
    ...centralCityLinks(ctx),
    ...heldInLinks(ctx),
    ...memberLinks(ctx),
    ...hostNamedLinks(ctx),
    ...passiveHostLinks(ctx),
    ...corridorPartLinks(ctx),
    ...bureauLinks(ctx),
  ];
}
