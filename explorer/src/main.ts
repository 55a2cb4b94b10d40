import { Explorer } from "./explorer";
import { initialLanguage } from "./i18n/language";
import { testHooks } from "./test-hooks";
import { partnershipHooks } from "./partnership/partnership-hooks";

async function main(): Promise<void> {
  const explorer = new Explorer();
  // A shared scene brings its own language; otherwise the remembered one or the browser's.
  explorer.setLanguage(initialLanguage(), false);
  window.__explorer = testHooks(explorer);
  window.__partnership = partnershipHooks(explorer);
  const range = explorer.time.load();
  if (location.hash) await explorer.link.restore(location.hash);
  explorer.link.begin();
  // The first screen is the partnership network, unless a link brought a scene.
  explorer.overview.follow();
  await range;
  explorer.showLayoutState();
  explorer.refresh();
  // refresh() drew synchronously; the next frame is the first one on screen.
  await new Promise(requestAnimationFrame);
  explorer.timings.firstRender = performance.now();
  document.body.dataset.ready = "true";
}

void main();
