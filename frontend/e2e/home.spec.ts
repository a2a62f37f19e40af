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
