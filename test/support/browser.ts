import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium, which .ci/run installs: no browser is downloaded. */
export const CHROMIUM = process.env.INNOGRAPH_CHROMIUM ?? "/usr/bin/chromium";
export const haveChromium = fs.existsSync(CHROMIUM);

/**
 * Headless Chromium for the browser tests, with nothing that reaches the network on its own. playwright
 * gives each launch a fresh temporary profile (its own --user-data-dir). `extra` adds flags a test needs,
 * such as software WebGL for the explorer's canvas.
 */
export function launchChromium(extra: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extra,
    ],
  });
}
