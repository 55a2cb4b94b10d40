import type { Explorer } from "../explorer";
import { isLanguage, t } from "../i18n/language";
import { byId } from "./dom";
import { bindMenus } from "./menus";

/** The toolbar's own controls: interface language, layout and clear. */
export class Toolbar {
  constructor(x: Explorer) {
    const script = byId<HTMLSelectElement>("script");
    script.addEventListener("change", () => {
      if (isLanguage(script.value)) x.setLanguage(script.value);
      x.persist();
    });
    byId("layout").addEventListener("click", () => (x.layout.running ? x.layout.stop() : x.startLayout()));
    // Ask first: a Clear is undone only by Back or Ctrl-Z.
    byId("clear").addEventListener("click", () => {
      if (x.graph.order && window.confirm(t("clear.confirm"))) x.scene.clear();
    });
    bindMenus();
  }
}
