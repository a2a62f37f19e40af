import { expect, type Page } from '@playwright/test';

/** Demo accounts of the dev realm (deploy/); the password can be overridden for other environments. */
export const DEMO_PASSWORD = process.env.E2E_PASSWORD ?? 'demo123';

/** Signs in through the real Keycloak login page and waits for the app shell. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/');
  await page.getByTestId('login-button').click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('app-shell')).toBeVisible({ timeout: 30_000 });
}

/** Whether the compact (phone) layout is showing: the menu lives in a drawer there. */
export async function isCompact(page: Page) {
  return page.getByTestId('menu-button').isVisible();
}

/** Opens a sidebar entry; on a phone through the drawer. */
export async function openNav(page: Page, entry: 'home' | 'units') {
  if (await isCompact(page)) {
    await page.getByTestId('menu-button').click();
  }
  await page.getByTestId(`nav-${entry}`).click();
}

/** The signed-in user's display name as the header (or the phone drawer) shows it. */
export async function displayedUserName(page: Page) {
  const compact = await isCompact(page);
  if (compact) await page.getByTestId('menu-button').click();
  const name = page.getByTestId('user-name').first();
  await expect(name).not.toBeEmpty();
  const text = (await name.textContent())?.trim() ?? '';
  if (compact) await page.keyboard.press('Escape');
  return text;
}

/** True when the page is wider than the viewport (the phone layout must never scroll sideways). */
export async function hasHorizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    return document.documentElement.scrollWidth > width || document.body.scrollWidth > width;
  });
}
