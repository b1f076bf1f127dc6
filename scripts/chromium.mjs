// Where the browser lane finds Chromium. CHROME_PATH (or CHROMIUM_PATH) overrides the default,
// so the tests also run on machines where Chromium lives elsewhere.
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath() {
  return process.env.CHROME_PATH || process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

export function chromiumFound() {
  return existsSync(chromiumPath());
}

// Flags for a headless run as root in a sandbox with no network beyond localhost.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
