import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/browser/chromium.ts';

// Several engineers may run suites side by side: each can pick its own port, build folder
// and results folder.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_RESULTS_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // Software WebGL on a shared 2-core machine: a map test can take a minute when the box is busy.
  timeout: 150_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    viewport: { width: 1400, height: 900 },
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    // Software WebGL on a shared 2-core machine: a map test can take a minute when the box is busy.
  timeout: 150_000,
  },
});
