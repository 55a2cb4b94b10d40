import type { Explorer } from "../explorer";
import type { Script } from "../style/style";
import { byId } from "./dom";
import { bindMenus } from "./menus";

/** The toolbar's own buttons: caption script, layout and clear. */
export class Toolbar {
  constructor(x: Explorer) {
    const script = byId<HTMLSelectElement>("script");
    script.addEventListener("change", () => {
      x.script = script.value as Script;
      void x.labels.update();
      x.refresh();
      x.paths.relabel();
      if (x.details.selected.node) x.details.selectNode(x.details.selected.node);
      x.persist();
    });
    byId("layout").addEventListener("click", () => (x.layout.running ? x.layout.stop() : x.startLayout()));
    byId("clear").addEventListener("click", () => x.scene.clear());
    bindMenus();
  }
}
