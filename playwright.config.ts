import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { appPort as port, hostedBasePath, hostedPort, hostedUrl } from './e2e/fixtures/servers';

// Browser choice: an explicit CHROMIUM_PATH, then Debian's chromium, then Playwright's own browser.
const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  timeout: process.env.CI ? 90_000 : 40_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1680, height: 1000 },
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
          ],
        }
      : {},
  },
  // Playwright starts these one after the other, each once the previous one answers: the first
  // builds dist/ (once), the second serves that same dist/ under a sub-path (e2e/hosted-page.spec.ts).
  webServer: [
    {
      command: `npx vite build --mode test && npx vite preview --mode test --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `node scripts/serve-under-path.mjs dist ${hostedBasePath} ${hostedPort}`,
      url: hostedUrl,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
