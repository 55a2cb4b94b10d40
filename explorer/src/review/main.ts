import { byId, el } from "../ui/dom";
import { addSource, extract, upsertEntity, upsertRelation, type Extraction } from "./api";
import { renderCards, type AnyCandidate, type Verdict } from "./candidates";
import { entityInput, relationInput } from "./commit-input";
import { renderMarked, type Mark } from "./highlight";

// The curator's review view at /explore/review: paste or upload a page, see the drafted candidates
// highlighted, accept / edit / reject each, and commit the accepted ones through the validated write
// mutations with an editor key. Rejections are remembered per page (and go into the downloaded draft),
// and are sent back to extractFacts so a second run does not propose them again.

interface State {
  draft?: Extraction;
  verdicts: Map<string, Verdict>;
  rejected: Set<string>;
  busy: boolean;
  log: string[];
}
const state: State = { verdicts: new Map(), rejected: new Set(), busy: false, log: [] };

const keyInput = byId<HTMLInputElement>("editor-key");
const pageInput = byId<HTMLTextAreaElement>("page");
const status = byId("status");

const storageKey = (text: string) => {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return `innograph.review.rejected.${h}`;
};
const remembered = (text: string): string[] => JSON.parse(localStorage.getItem(storageKey(text)) ?? "[]") as string[];
const remember = (text: string) => localStorage.setItem(storageKey(text), JSON.stringify([...state.rejected]));

function say(message: string, error = false): void {
  status.textContent = message;
  status.className = error ? "error" : "";
  state.log.push(message);
}

function candidates(): AnyCandidate[] {
  const d = state.draft;
  if (!d) return [];
  return [
    ...d.entities.map(e => ({ what: "entity" as const, ...e })),
    ...d.relations.map(r => ({ what: "relation" as const, ...r })),
    ...d.numbers.map(n => ({ what: "figure" as const, ...n })),
  ];
}

const nameOf = (id: string) => state.draft?.entities.find(e => e.id === id)?.name ?? id;

function render(): void {
  const d = state.draft;
  if (!d) return;
  const marks: Mark[] = [
    ...d.entities.map(e => ({
      start: e.nameStart,
      end: e.nameEnd,
      key: e.candidateKey,
      className: `hl-entity hl-${state.verdicts.get(e.candidateKey) ?? "proposed"}`,
    })),
    ...d.numbers.map(n => {
      const at = d.text.indexOf(n.text, n.start);
      return {
        start: at,
        end: at + n.text.length,
        key: n.candidateKey,
        className: `hl-figure hl-${state.verdicts.get(n.candidateKey) ?? "proposed"}`,
      };
    }),
  ].filter(m => m.start >= 0);
  renderMarked(byId("text"), d.text, marks, key => {
    const card = document.querySelector<HTMLElement>(`li.card[data-key="${CSS.escape(key)}"]`);
    card?.scrollIntoView({ block: "center" });
    card?.classList.add("picked");
    setTimeout(() => card?.classList.remove("picked"), 1200);
  });
  renderCards(
    byId("cards"),
    candidates(),
    {
      verdict: k => state.verdicts.get(k) ?? "proposed",
      setVerdict: (k, v) => {
        state.verdicts.set(k, v);
        if (v === "rejected") state.rejected.add(k);
        else state.rejected.delete(k);
        remember(pageInput.value);
      },
      edit: (k, changes) => {
        const c = candidates().find(x => x.candidateKey === k);
        const target = c && [...d.entities, ...d.relations, ...d.numbers].find(x => x.candidateKey === k);
        if (!target) return;
        if (c.what === "entity" && changes.id && changes.id !== c.id) {
          for (const r of d.relations) {
            if (r.from === c.id) r.from = changes.id;
            if (r.to === c.id) r.to = changes.id;
          }
          for (const n of d.numbers) if (n.owner === c.id) n.owner = changes.id;
        }
        Object.assign(
          target,
          c.what === "figure" && changes.value !== undefined ? { ...changes, value: Number(changes.value) } : changes,
        );
      },
      nameOf,
    },
    render,
  );
  const counts = { accepted: 0, rejected: 0, proposed: 0 };
  for (const c of candidates()) counts[state.verdicts.get(c.candidateKey) ?? "proposed"]++;
  byId("counts").textContent =
    `${candidates().length} candidates · ${counts.accepted} accepted · ${counts.rejected} rejected`;
  byId<HTMLButtonElement>("commit").disabled = counts.accepted === 0;
}

async function draft(): Promise<void> {
  const text = pageInput.value;
  state.rejected = new Set(remembered(text));
  state.busy = true;
  say("drafting…");
  try {
    state.draft = await extract(
      text,
      byId<HTMLInputElement>("url").value,
      byId<HTMLInputElement>("published").value,
      [...state.rejected],
      keyInput.value,
    );
    state.verdicts = new Map([...state.rejected].map(k => [k, "rejected" as Verdict]));
    say(
      `drafted ${state.draft.entities.length} entities, ${state.draft.relations.length} relations, ${state.draft.numbers.length} figures (${state.rejected.size} rejected before, not proposed again)`,
    );
    render();
  } catch (err) {
    say((err as Error).message, true);
  } finally {
    state.busy = false;
  }
}

/** Commits the accepted candidates: the source, then entities (with their accepted figures), then relations. */
async function commit(): Promise<void> {
  const d = state.draft;
  if (!d) return;
  const key = keyInput.value;
  const accepted = (k: string) => state.verdicts.get(k) === "accepted";
  state.busy = true;
  say("committing…");
  try {
    await addSource(
      {
        id: d.sourceId,
        title: d.title ?? d.text.slice(0, 40),
        publishedOn: d.publishedOn,
        script: d.script,
        text: d.text,
      },
      key,
    );
    const written = new Set<string>();
    for (const e of d.entities.filter(x => accepted(x.candidateKey))) {
      const figures = d.numbers.filter(n => n.owner === e.id && accepted(n.candidateKey));
      await upsertEntity(d.sourceId, entityInput(e, figures), key);
      written.add(e.id);
    }
    const known = (id: string) => written.has(id) || d.entities.some(e => e.id === id && e.mergeWith);
    let skipped = 0;
    for (const r of d.relations.filter(x => accepted(x.candidateKey))) {
      if (!known(r.from) || !known(r.to)) {
        skipped++;
        continue;
      }
      await upsertRelation(d.sourceId, relationInput(r), key);
    }
    say(
      `committed ${written.size} entities and ${d.relations.filter(x => accepted(x.candidateKey)).length - skipped} relations to ${d.sourceId}${skipped ? `; ${skipped} relations skipped: accept both their ends first` : ""}`,
    );
  } catch (err) {
    say((err as Error).message, true);
  } finally {
    state.busy = false;
  }
}

/** The draft as a seed file, accepted facts in it and every rejection kept under review.rejected. */
function downloadDraft(): void {
  const d = state.draft;
  if (!d) return;
  const accepted = (k: string) => state.verdicts.get(k) === "accepted";
  const file = {
    formatVersion: 2,
    source: { id: d.sourceId, title: d.title, publishedOn: d.publishedOn ?? undefined, script: d.script },
    entities: d.entities
      .filter(e => accepted(e.candidateKey))
      .map(e =>
        entityInput(
          e,
          d.numbers.filter(n => n.owner === e.id && accepted(n.candidateKey)),
        ),
      ),
    relations: d.relations.filter(r => accepted(r.candidateKey)).map(relationInput),
    review: {
      rejected: [...state.rejected],
      entries: candidates().map(c => ({
        key: c.candidateKey,
        confidence: c.confidence,
        rule: c.rule,
        verdict: state.verdicts.get(c.candidateKey) ?? "proposed",
      })),
    },
  };
  const a = el("a");
  a.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }));
  a.download = `${d.sourceId}.draft.json`;
  a.click();
}

keyInput.value = sessionStorage.getItem("innograph.editorKey") ?? "";
keyInput.addEventListener("change", () => sessionStorage.setItem("innograph.editorKey", keyInput.value));
byId("upload").addEventListener("change", async ev => {
  const file = (ev.target as HTMLInputElement).files?.[0];
  if (file) pageInput.value = await file.text();
});
byId("draft").addEventListener("click", () => void draft());
byId("commit").addEventListener("click", () => void commit());
byId("download").addEventListener("click", downloadDraft);

/** What the browser test reads; nothing else uses it. */
(window as unknown as { __review: unknown }).__review = {
  idle: () => !state.busy,
  keys: () => candidates().map(c => c.candidateKey),
  entities: () => state.draft?.entities ?? [],
  relations: () => state.draft?.relations ?? [],
  verdicts: () => Object.fromEntries(state.verdicts),
  status: () => status.textContent,
};
