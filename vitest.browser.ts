import { existsSync } from 'node:fs';

/** Where we look for a Chromium or Chrome when `CHROME_PATH` is not set, in this order. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
] as const;

/**
 * Flags a headless Chromium needs in a root-run sandbox with no network but the registries:
 * without the background-networking ones it keeps dialling Google's hosts at start.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Finds the browser for the `browser` test project: `CHROME_PATH` first, then the usual
 * system paths. Throws with install instructions instead of letting Playwright try to
 * download its own build, which fails on machines without open internet.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROME_PATH points at ${fromEnv}, which does not exist.`);
    }
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium or Chrome found for the browser tests.',
      `Looked at CHROME_PATH and ${CHROMIUM_CANDIDATES.join(', ')}.`,
      'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: install Google Chrome)',
      'or point CHROME_PATH at the executable, e.g. CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome".',
    ].join('\n'),
  );
}
