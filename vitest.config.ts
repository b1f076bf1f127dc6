import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

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
          exclude: ['test/package/**', '**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          setupFiles: ['./test/setup.ts'],
          globals: true,
          testTimeout: 20_000,
        },
      },
      {
        // Node-side tests that drive system Chromium through playwright: server-rendered
        // pages, JavaScript turned off, hydration.
        extends: true,
        test: {
          name: 'chromium-node',
          environment: 'node',
          include: ['test/**/*.browser.test.{ts,tsx}', 'src/**/*.browser.test.{ts,tsx}'],
          globals: true,
          testTimeout: 60_000,
          hookTimeout: 120_000,
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
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
