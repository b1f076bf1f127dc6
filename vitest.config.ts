import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { DEVICES, isDeviceKey } from './.storybook/viewports';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// The device the storybook project plays the stories on: STORYBOOK_VIEWPORT=phone375 for the
// English lane (npm run test:stories:en), the desktop otherwise.
const storyDevice = isDeviceKey(process.env.STORYBOOK_VIEWPORT) ? process.env.STORYBOOK_VIEWPORT : 'desktop1280';

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: process.env.AK_JSON_REPORT
      ? ['default', ['json', { outputFile: process.env.AK_JSON_REPORT }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: ['test/package/**', 'test/cli/**', '**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          setupFiles: ['./test/setup.ts'],
          globals: true,
          testTimeout: 20_000,
        },
      },
      {
        // Node-side tests that drive system Chromium through playwright: server-rendered
        // pages, JavaScript turned off, hydration. One Chromium for the whole run, started by the
        // global setup; each file connects to it (test/browser/shared.ts).
        extends: true,
        test: {
          name: 'chromium-node',
          environment: 'node',
          include: ['test/**/*.browser.test.{ts,tsx}', 'src/**/*.browser.test.{ts,tsx}'],
          globalSetup: ['./test/browser/globalSetup.ts'],
          globals: true,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // Host apps that install the packed tarball (e2e/consumers): plain Node SSR with React 18.3
        // and 19, a Vite SPA and a Next.js App Router app, driven in system Chromium.
        extends: true,
        test: {
          name: 'consumers',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          exclude: ['e2e/consumers/**', '**/node_modules/**'],
          globals: true,
          testTimeout: 60_000,
          // The first hook installs and builds the consumers when the tarball changed.
          hookTimeout: 480_000,
        },
      },
      {
        // The built `article-kit` command, run as a host runs it: `node dist/esm/cli/bin.js …`
        // in scratch folders (`npm run test:cli` builds first). One file at a time: the batch
        // tests time worker threads and kill runs, and compete for the same two cores.
        extends: true,
        test: {
          name: 'cli',
          environment: 'node',
          include: ['test/cli/**/*.test.ts'],
          globals: true,
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          globals: true,
          testTimeout: 60_000,
        },
      },
      {
        // The stories in Chromium: each play function and axe. The window is a device of the
        // viewport toolbar (.storybook/viewports.ts), STORYBOOK_VIEWPORT's or the 1280 px desktop;
        // a story made for another device gets that one's window for its run.
        extends: true,
        plugins: [
          storybookTest({
            configDir: path.join(dirname, '.storybook'),
            initialGlobals: { viewport: { value: storyDevice, isRotated: false } },
          }),
        ],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
            }),
            instances: [
              {
                browser: 'chromium',
                viewport: { width: DEVICES[storyDevice].width, height: DEVICES[storyDevice].height },
              },
            ],
          },
        },
      },
    ],
  },
});
