/**
 * The toolbar's drop-down menus (<details>): one open at a time, closed by Escape or a click elsewhere.
 */
export function bindMenus(): void {
  const menus = [...document.querySelectorAll<HTMLDetailsElement>("#toolbar details")];
  for (const m of menus) {
    m.addEventListener("toggle", () => {
      if (m.open) for (const other of menus) if (other !== m) other.open = false;
    });
  }
  document.addEventListener("keydown", e => {
    if (e.key !== "Escape") return;
    for (const m of menus) {
      if (!m.open) continue;
      m.open = false;
      m.querySelector("summary")?.focus();
    }
  });
  document.addEventListener("pointerdown", e => {
    for (const m of menus) if (m.open && !m.contains(e.target as Node)) m.open = false;
  });
}
