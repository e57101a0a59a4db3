import { defineConfig } from '@playwright/test';

// The other servers' ports follow this one (tests/e2e/helpers.ts).
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Debian's Chromium: browser downloads are blocked here, and these flags keep it off the network. */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  // Builds and serves the fixture site (photos, listings past page one) for the specs that need it.
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunch,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // A trace is recorded when a failed test is run again (CI retries once), not for every test: recording one for
    // each test and keeping it on failure cost a sixth of the suite's time here (page types and axe: 140 s → 113 s).
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
  },
  projects: [
    // Lighthouse emulates its own phone, so it runs once, in the desktop project.
    // The editors' preview (next dev) and the paginated corpus start their own servers (the
    // latter checks both widths itself): desktop only too.
    // A test tagged @phone or @desktop is the same at every width (it reads files, or opens its own window) or too slow to
    // repeat: it runs in that project only. A phone's first screen is the phone's only.
    {
      name: 'phone',
      testIgnore: ['**/lighthouse.e2e.spec.ts', '**/preview.e2e.spec.ts', '**/pagination.e2e.spec.ts'],
      grepInvert: /@desktop/,
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
    { name: 'desktop', testIgnore: ['**/first-screen.e2e.spec.ts'], grepInvert: /@phone/, use: { viewport: { width: 1280, height: 800 } } },
  ],
  // The built static export, served by nginx with the production server block
  // (deploy/site.conf), so what is tested is what is deployed.
  webServer: {
    command: `bash scripts/nginx-test.sh ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    // The default is SIGKILL, which leaves the script no moment to remove its nginx prefix from /tmp.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
