import { expect, test } from '@playwright/test';
import { displayedUserName, hasHorizontalOverflow, login, seriousViolations } from './support';

/**
 * The demo year (deploy/launcher, demo/DemoYear) leaves every demo account work to do: each finds it on the home page,
 * greeted by name, counted as many as it can reach, and opens it. Runs before the other journeys change anything.
 */
const DEMO_USERS = [
  'admin.demo',
  'officer.demo',
  'unitofficer.demo',
  'leader.demo',
  'council.demo',
  'police.officer',
  'px03.officer',
  'pc02.leader',
  'pc08.officer',
  'pc08.leader',
  'daklak.officer',
  'thanhtra.leader',
  'hdtd02',
  'hdtd15',
];

for (const username of DEMO_USERS) {
  test(`${username} finds the demo year's work on the home page and opens it`, async ({ page }) => {
    await login(page, username);
    const name = await displayedUserName(page);
    expect(name.length).toBeGreaterThan(0);
    await expect(page.getByTestId('home-greeting')).toHaveText(`Xin chào, ${name}`);

    const tasks = page.getByTestId('task-item');
    await expect(tasks.first()).toBeVisible();
    const shown = await tasks.count();
    await expect(page.getByTestId('tasks-card').locator('.ant-badge')).toHaveText(String(shown));
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    await tasks.first().getByRole('link').first().click();
    await expect(page).not.toHaveURL(/\/$/);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0, { timeout: 20_000 });
    await expect(page.locator('.ant-result')).toHaveCount(0);
  });
}

test('the landing page asks a signed-out visitor to sign in, in Vietnamese', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Hệ thống quản lý Thi đua – Khen thưởng' })).toBeVisible();
  await expect(page.getByTestId('login-button')).toHaveText(/Đăng nhập/);
  expect(await hasHorizontalOverflow(page)).toBe(false);
});

test('the sign-in page is the app’s own, in Vietnamese', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('login-button').click();
  await expect(page.locator('.kc-logo-text')).toHaveText('Thi đua – Khen thưởng');
  await expect(page.getByRole('heading', { name: 'Đăng nhập hệ thống Thi đua – Khen thưởng' })).toBeVisible();
  await expect(page.locator('#kc-login')).toHaveText('Đăng nhập');
  await expect(page.locator('#kc-login')).toHaveCSS('background-color', 'rgb(179, 38, 30)');
  expect(await hasHorizontalOverflow(page)).toBe(false);
});

test('a leader can install the app on the phone: its manifest, icons and a working service worker', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await page.request.get(href ?? '/manifest.webmanifest');
  expect(manifest.ok()).toBe(true);
  const m = (await manifest.json()) as { name: string; icons: { src: string; sizes: string; purpose?: string }[] };
  expect(m).toMatchObject({ name: 'Thi đua – Khen thưởng', lang: 'vi', display: 'standalone', start_url: '/' });
  expect(m.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of m.icons) expect((await page.request.get(icon.src)).headers()['content-type']).toBe('image/png');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? null))
    .toBe('activated');
  await context.close();
});
