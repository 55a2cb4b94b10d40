import type { Explorer } from "../explorer";
import { KINDS, RELATION_TYPES, relationTypeName } from "../style/style";
import { kindName } from "../i18n/language";
import { byId } from "../ui/dom";

/** Which neighbours an expansion brings in: kinds of entity and relationship types (none chosen = all). */
export class ExpandFilters {
  kinds: string[] = [];
  via: string[] = [];

  constructor(x: Explorer) {
    const kinds = byId<HTMLSelectElement>("expand-kinds");
    const via = byId<HTMLSelectElement>("expand-via");
    kinds.append(...KINDS.map(k => new Option(k, k)));
    via.append(...RELATION_TYPES.map(t => new Option(t, t)));
    this.translate();
    const selectedOf = (s: HTMLSelectElement) => [...s.selectedOptions].map(o => o.value);
    kinds.addEventListener("change", () => ((this.kinds = selectedOf(kinds)), x.persist()));
    via.addEventListener("change", () => ((this.via = selectedOf(via)), x.persist()));
  }

  /** Option texts in the interface language; the values stay the API's names. */
  translate(): void {
    for (const o of byId<HTMLSelectElement>("expand-kinds").options) o.text = kindName(o.value);
    for (const o of byId<HTMLSelectElement>("expand-via").options) o.text = relationTypeName(o.value);
  }

  set(kinds: string[], via: string[]): void {
    this.kinds = kinds;
    this.via = via;
    for (const o of byId<HTMLSelectElement>("expand-kinds").options) o.selected = kinds.includes(o.value);
    for (const o of byId<HTMLSelectElement>("expand-via").options) o.selected = via.includes(o.value);
  }
}
