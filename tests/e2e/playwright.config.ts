/**
 * Browser tests in Debian's Chromium against the real server serving the built app
 * (`npm run build` first; `npm test` does it in order).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// Each run starts on an empty database (demo accounts seeded), so referral counts are the run's own.
// Kept in the environment so the test workers (which load this file again) see the same folder.
const DATA_DIR = (process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'guichet-e2e-')));

export default defineConfig({
  testDir: '..',
  testMatch: ['e2e/**/*.spec.ts', 'build/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  // Two workers share two cores with the server, which also rebuilds the bundle when a spec
  // publishes: what the page shows can take longer than Playwright's default 5 s to appear.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
    trace: 'off',
  },
  webServer: {
    command: 'node --import tsx src/server/main.ts',
    cwd: '../..',
    env: { PORT: String(PORT), HOST: '127.0.0.1', DIRECTORY_FILE: 'data/demo/london-middlesex.json', DATA_DIR },
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
