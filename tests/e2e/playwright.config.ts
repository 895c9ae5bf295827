import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../geo/chromium.ts';

/**
 * A port of this checkout's own, from its path (E2E_PORT overrides it), and never a server that
 * is already running: a busy port fails the run instead of testing another checkout's build.
 */
function portFor(checkout: string): number {
  let hash = 0;
  for (const char of checkout) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return 20000 + (hash % 20000);
}
const PORT = Number(
  process.env.E2E_PORT ?? portFor(fileURLToPath(new URL('../..', import.meta.url))),
);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  // Software WebGL on two cores is slow; give each test room without timing anything.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    // Serves the production build that `npm test` made first.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    cwd: '../..',
  },
});
