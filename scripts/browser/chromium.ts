// The one browser setup for the end-to-end suite and the benchmarks, so that both measure and
// test the same Chromium with the same flags.
import { existsSync } from 'node:fs';

/**
 * Debian's Chromium where it exists (or the one RAILWATCH_CHROMIUM names), because
 * `npx playwright install` cannot download a browser on a machine without internet;
 * undefined elsewhere, for Playwright's own browser.
 */
export function systemChromium(): string | undefined {
  return [process.env.RAILWATCH_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate): candidate is string => Boolean(candidate && existsSync(candidate)),
  );
}

/** Nothing fetched from outside (the network is closed and Chromium would flood it), and software WebGL. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** Playwright launch options for that browser. */
export function chromiumLaunchOptions(): { args: string[]; executablePath?: string } {
  const executablePath = systemChromium();
  return { args: [...CHROMIUM_ARGS], ...(executablePath ? { executablePath } : {}) };
}
