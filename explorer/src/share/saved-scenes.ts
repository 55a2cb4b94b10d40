import { ApiError } from "../api";
import type { Explorer } from "../explorer";
import { t } from "../i18n/language";
import { byId, el } from "../ui/dom";

export interface SavedScene {
  id: string;
  name: string;
  state: string;
  nodes: number;
  savedAt: string;
}

const KEY_STORE = "innograph.editorKey";
const FIELDS = "id name state nodes savedAt";

async function ask<T>(query: string, variables: Record<string, unknown>, key = ""): Promise<T> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map(e => e.message).join("; "));
  if (!body.data) throw new ApiError(`HTTP ${res.status}`);
  return body.data;
}

/**
 * Named scenes kept in the graph: anyone who may read lists and opens them; saving and deleting take an
 * editor key, kept for the browser tab only.
 */
export class SavedScenes {
  scenes: SavedScene[] = [];
  private readonly keyInput = byId<HTMLInputElement>("scene-key");

  constructor(private readonly x: Explorer) {
    this.keyInput.value = sessionStorage.getItem(KEY_STORE) ?? "";
    this.keyInput.addEventListener("change", () => sessionStorage.setItem(KEY_STORE, this.keyInput.value));
    byId("scene-save").addEventListener("click", () => void this.save());
    byId<HTMLDetailsElement>("scenes-menu").addEventListener("toggle", e => {
      if ((e.target as HTMLDetailsElement).open) void this.list();
    });
  }

  async list(): Promise<void> {
    const found = await this.x.busy(t("scenes.loading"), () =>
      ask<{ savedScenes: SavedScene[] }>(`{ savedScenes { ${FIELDS} } }`, {}),
    );
    if (!found) return;
    this.scenes = found.savedScenes;
    this.render();
    this.x.refresh();
  }

  private render(): void {
    const items = this.scenes.map(s => {
      const open = el("button", { className: "scene-open", text: s.name });
      open.type = "button";
      open.title = t("scenes.openTitle", { nodes: s.nodes });
      open.addEventListener("click", () => void this.open(s));
      const remove = el("button", { className: "scene-delete", text: t("scenes.delete") });
      remove.type = "button";
      remove.addEventListener("click", () => void this.remove(s));
      const li = el(
        "li",
        {},
        open,
        " ",
        el("span", { className: "kind", text: t("scenes.nodes", { nodes: s.nodes }) }),
        " ",
        remove,
      );
      li.dataset.id = s.id;
      return li;
    });
    byId("scene-list").replaceChildren(
      ...(items.length ? items : [el("li", { className: "hint", text: t("scenes.none") })]),
    );
  }

  private async save(): Promise<void> {
    const name = byId<HTMLInputElement>("scene-name").value.trim();
    if (!name) {
      this.x.status(t("scenes.needName"), true);
      return;
    }
    await this.x.link.persistNow();
    const state = location.hash.replace(/^#/, "");
    const saved = await this.x.busy(t("scenes.saving"), () =>
      ask<{ saveScene: SavedScene }>(
        `mutation($s: SavedSceneInput!) { saveScene(scene: $s) { ${FIELDS} } }`,
        { s: { name, state, nodes: this.x.graph.order } },
        this.keyInput.value,
      ),
    );
    if (!saved) return;
    await this.list();
    this.x.status(t("scenes.saved", { name }));
  }

  private async open(s: SavedScene): Promise<void> {
    this.x.scene.clear();
    await this.x.link.restore(`#${s.state}`, true);
    this.x.persist();
    byId<HTMLDetailsElement>("scenes-menu").open = false;
  }

  private async remove(s: SavedScene): Promise<void> {
    if (!confirm(t("scenes.confirmDelete", { name: s.name }))) return;
    const done = await this.x.busy(t("scenes.deleting"), () =>
      ask<{ deleteScene: boolean }>("mutation($id: ID!) { deleteScene(id: $id) }", { id: s.id }, this.keyInput.value),
    );
    if (done) await this.list();
  }
}
