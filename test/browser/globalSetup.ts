// Starts the one Chromium the node-side browser tests share: launched once per run as a
// playwright browser server, its endpoint handed to the test files (`inject('chromiumEndpoint')`),
// closed when the run ends. Each file connects in a few milliseconds instead of starting a
// browser of its own; every test still gets fresh contexts, so nothing leaks between files.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumFound, chromiumPath } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket endpoint of the shared Chromium (playwright `chromium.connect`). */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!chromiumFound()) {
    // The same instructions `npm run test:browser` gives before it starts vitest.
    const check = fileURLToPath(new URL('../../scripts/browser-check.mjs', import.meta.url));
    let message = `No Chromium found at ${chromiumPath()}; set CHROME_PATH.`;
    try {
      execFileSync(process.execPath, [check], { stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      message = String((error as { stderr?: string }).stderr ?? '').trim() || message;
    }
    throw new Error(message);
  }
  const server = await chromium.launchServer({ executablePath: chromiumPath(), args: chromiumArgs });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
