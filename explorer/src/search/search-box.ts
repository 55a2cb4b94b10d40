import * as api from "../api";
import type { Explorer } from "../explorer";
import { byId, el } from "../ui/dom";
import { nameIn } from "../style/labels";
import { kindName, t } from "../i18n/language";
import { parsePhrase, type SearchPhrase } from "./search-phrase";
import { phraseLabel, runPhrase } from "./phrase-actions";

/** The search field: ranked matches as you type, arrow keys and Enter to pick one onto the canvas. */
export class SearchBox {
  private readonly input = byId<HTMLInputElement>("search");
  private readonly list = byId("search-results");
  private timer = 0;
  private active = -1;

  constructor(private readonly x: Explorer) {
    this.input.addEventListener("input", () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.lookUp(), 200);
    });
    this.input.addEventListener("keydown", e => this.onKey(e));
  }

  private pick(id: string): void {
    this.list.hidden = true;
    void this.x.scene.add(id);
  }

  private ask(phrase: SearchPhrase): void {
    this.list.hidden = true;
    void runPhrase(this.x, phrase);
  }

  /** The first row when the text is a question: it offers the answer, in the interface language. */
  private phraseRow(phrase: SearchPhrase): HTMLLIElement {
    const li = el("li", { className: "phrase" }, el("span", { className: "name", text: phraseLabel(phrase) }));
    li.dataset.id = "";
    li.dataset.phrase = phrase.ask;
    li.setAttribute("role", "option");
    li.addEventListener("click", () => this.ask(phrase));
    return li;
  }

  private async lookUp(): Promise<void> {
    const { input, list } = this;
    const text = input.value.trim();
    if (!text) {
      list.hidden = true;
      return;
    }
    const phrase = parsePhrase(text);
    const hits = await this.x.busy(t("search.busy"), () => api.search(text));
    if (input.value.trim() !== text) return;
    // A failed search is not an empty one: the status line says what went wrong, and the list closes.
    if (!hits) {
      list.hidden = true;
      return;
    }
    this.active = -1;
    const script = this.x.script;
    list.replaceChildren(
      ...hits.map(h => {
        const name = nameIn(h, script);
        const other = script === "en" ? h.name : (h.nameEn ?? "");
        // What tells two same-named entities apart: the province of a city, the name in the other script.
        const aside = [h.province ? nameIn(h.province, script) : "", other !== name ? other : ""]
          .filter(Boolean)
          .join(" · ");
        const li = el(
          "li",
          { title: h.id },
          this.x.colourBy.dotOf(h.id, h.kind),
          el("span", { className: "name", text: name }),
          aside ? el("span", { className: "aside", text: aside }) : null,
          el("span", { className: "kind", text: kindName(h.kind) }),
        );
        li.dataset.id = h.id;
        li.setAttribute("role", "option");
        li.addEventListener("click", () => this.pick(h.id));
        return li;
      }),
    );
    if (phrase) list.prepend(this.phraseRow(phrase));
    else if (!hits.length) list.append(el("li", { className: "hint", text: t("search.none") }));
    list.hidden = false;
    this.x.refresh();
  }

  private onKey(e: KeyboardEvent): void {
    const items = [...this.list.querySelectorAll<HTMLLIElement>("li[data-id]")];
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      this.active = Math.max(0, Math.min(items.length - 1, this.active + (e.key === "ArrowDown" ? 1 : -1)));
      items.forEach((li, i) => li.classList.toggle("active", i === this.active));
      e.preventDefault();
    } else if (e.key === "Enter" && items.length) {
      const item = items[Math.max(0, this.active)]!;
      if (item.dataset.phrase) item.click();
      else this.pick(item.dataset.id!);
    } else if (e.key === "Escape") this.list.hidden = true;
  }
}
