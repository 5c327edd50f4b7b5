// Finds the system's Chromium (these machines cannot download Playwright's own browsers, so
// never run `npx playwright install`) and launches it headless through playwright-core.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';

export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The Chromium to drive: `RAPPORT_CHROMIUM` or `CHROME_PATH` when set, else the first of the
 * usual install paths that exists. Throws, naming the install command, when there is none.
 */
export function findChromium(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (file: string) => boolean = existsSync,
): string {
  for (const name of ['RAPPORT_CHROMIUM', 'CHROME_PATH'] as const) {
    const value = env[name];
    if (value) {
      if (!exists(value))
        throw new Error(`${name} is set to ${value}, but there is no file there.`);
      return value;
    }
  }
  const found = CHROMIUM_PATHS.find((file) => exists(file));
  if (found) return found;
  throw new Error(
    `No Chromium found (looked at ${CHROMIUM_PATHS.join(', ')}). Install it with: ${INSTALL_CHROMIUM}`,
  );
}

/** A headless Chromium with a fresh profile (playwright makes a temp user-data dir). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
