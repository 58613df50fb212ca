import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium (package `chromium`) against the built
 * sites: `dist/` at the root and `dist-subpath/` under /showcase/. Playwright's own
 * browser download is never used.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Another checkout's preview on the same machine would be reused in place of this one's:
// E2E_PORT moves both servers (root on it, sub-path on the next port).
const PORT = Number(process.env.E2E_PORT) || 4321;
export const ROOT_URL = `http://127.0.0.1:${PORT}`;
export const SUBPATH_URL = `http://127.0.0.1:${PORT + 1}/showcase/`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'line' : 'list',
  // Searches load pagefind's index first; on a busy 2-core machine that can take seconds.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `${ROOT_URL}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: `astro preview --ignore-lock --port ${PORT} --host 127.0.0.1`,
      url: `${ROOT_URL}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `astro preview --ignore-lock --port ${PORT + 1} --host 127.0.0.1 --base /showcase/ --outDir dist-subpath`,
      url: SUBPATH_URL,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
