import * as api from "../api";
import type { Explorer } from "../explorer";
import { byId, el } from "../ui/dom";
import { nameIn } from "../style/labels";
import { kindName, t } from "../i18n/language";

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

  private async lookUp(): Promise<void> {
    const { input, list } = this;
    const text = input.value.trim();
    if (!text) {
      list.hidden = true;
      return;
    }
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
    if (!hits.length) list.append(el("li", { className: "hint", text: t("search.none") }));
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
      this.pick(items[Math.max(0, this.active)]!.dataset.id!);
    } else if (e.key === "Escape") this.list.hidden = true;
  }
}
