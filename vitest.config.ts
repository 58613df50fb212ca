import { defineConfig } from 'vitest/config';

// tests/e2e holds Playwright specs, which `playwright test` runs against the built site.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/schema/**/*.test.ts'],
    globalSetup: ['tests/tempFolder.ts'],
  },
});
