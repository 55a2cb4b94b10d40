import type { Explorer } from "../explorer";

/** What the partnership overview and the path overlay show, for a test to read; the page never uses it. */
export function partnershipHooks(x: Explorer) {
  return {
    overviewShown: () => x.overview.shown,
    overviewNodes: () => x.overview.graph.nodes(),
    overviewSizes: () => x.overview.sizes(),
    overviewLabel: (id: string) => x.overview.graph.getNodeAttribute(id, "label"),
    overviewPosition: (id: string) => x.overview.screenPosition(id),
    /** Each step the overlay drew last: its path, ends, colour and whether dashed. */
    drawnSteps: () => x.paths.drawn(),
    chainSummary: (path: number) => x.paths.summary(path),
  };
}

declare global {
  interface Window {
    __partnership?: ReturnType<typeof partnershipHooks>;
  }
}
