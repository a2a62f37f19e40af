import { expect, test } from '@playwright/test';
import { displayedUserName, hasHorizontalOverflow, login } from './support';

test('after signing in, the home page greets the user and shows the empty task list', async ({ page }) => {
  await login(page, 'unitofficer.demo');

  const greeting = page.getByTestId('home-greeting');
  await expect(greeting).toHaveText(/^Xin chào, \S/);
  const name = await displayedUserName(page);
  expect(name.length).toBeGreaterThan(0);
  await expect(greeting).toHaveText(`Xin chào, ${name}`);

  await expect(page.getByTestId('tasks-card')).toBeVisible();
  await expect(page.getByTestId('tasks-empty')).toBeVisible();
  await expect(page.getByText('Không có việc cần xử lý')).toBeVisible();

  expect(await hasHorizontalOverflow(page)).toBe(false);
});

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
