import { defineConfig } from '@playwright/test';

/**
 * End-to-end journeys against the running stack (gateway on :8080 serving the SPA, Keycloak on :8180).
 * Browsers are not downloaded: Debian's chromium is used (CHROMIUM_PATH to override).
 *   E2E_BASE_URL=http://localhost:8080 npm run e2e
 */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Kills one instance of each service and one broker mid-stream: ./thidua test runs it against its own stack. */
const scaleOut = { name: 'scale-out', testMatch: 'scale-out/*.spec.ts' };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:8080',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    // journeys test the app and its API; the one test of the installed app allows its service worker
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  // the stack of two instances of each service and three brokers runs only the scale-out journey (E2E_SCALE_OUT)
  projects: process.env.E2E_SCALE_OUT
    ? [scaleOut]
    : [
        {
          name: 'desktop',
          testIgnore: ['system/**', 'awards/**', 'voting/**', 'scale-out/**', 'accessibility.spec.ts'],
          use: { browserName: 'chromium', viewport: { width: 1366, height: 800 } },
        },
        {
          name: 'phone',
          // The home journey (and the read-only units journey) on a 390 px wide phone.
          testMatch: ['home.spec.ts', 'unit-officer-read-only.spec.ts'],
          use: {
            browserName: 'chromium',
            viewport: { width: 390, height: 844 },
            deviceScaleFactor: 2,
            isMobile: true,
            hasTouch: true,
          },
        },
        {
          // The year's awards continue the bloc's year: its confirmed ranking drafted the nominations.
          name: 'awards',
          testMatch: 'awards/*.spec.ts',
          dependencies: ['desktop'],
          use: { browserName: 'chromium', viewport: { width: 1366, height: 800 } },
        },
        {
          // The council's and the bloc's secret ballots: the bloc's year-end vote needs the bloc's year, the
          // council session runs after the awards journey so its votes do not meet that journey's nominations.
          name: 'voting',
          testMatch: 'voting/*.spec.ts',
          dependencies: ['awards'],
          use: { browserName: 'chromium', viewport: { width: 1366, height: 800 } },
        },
        {
          // Every page as each role sees it (axe-core, sideways scrolling, phone tap targets), once they hold content.
          name: 'accessibility',
          testMatch: 'accessibility.spec.ts',
          dependencies: ['desktop', 'phone', 'awards', 'voting'],
        },
        {
          // API journeys that stop parts of the stack (E2E_DATA_DIR names its data directory); run last.
          name: 'system',
          testMatch: 'system/*.spec.ts',
          dependencies: ['desktop', 'phone', 'awards', 'voting', 'accessibility'],
        },
      ],
});
