import { expect, test } from '@playwright/test';
import { login, openNav } from './support';

test('a unit officer sees the units but no controls to change them', async ({ page }) => {
  await login(page, 'unitofficer.demo');
  await openNav(page, 'units');
  await expect(page.getByRole('heading', { name: 'Đơn vị', level: 3 })).toBeVisible();

  await expect(page.getByTestId('unit-row').first()).toBeVisible();
  expect(await page.getByTestId('unit-row').count()).toBeGreaterThan(0);
  await expect(page.getByTestId('unit-kind').first()).not.toBeEmpty();

  await expect(page.getByRole('button', { name: 'Thêm đơn vị' })).toHaveCount(0);
  await expect(page.getByTestId('unit-add')).toHaveCount(0);
  await expect(page.getByTestId('unit-edit')).toHaveCount(0);
  await expect(page.getByTestId('unit-deactivate')).toHaveCount(0);
  await expect(page.getByTestId('unit-activate')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Sửa|Ngừng hoạt động|Kích hoạt)$/ })).toHaveCount(0);

  // The tree is there too (on a phone behind its tab).
  const treeTab = page.getByRole('tab', { name: 'Cây đơn vị' });
  if (await treeTab.isVisible()) await treeTab.click();
  await expect(page.getByTestId('unit-tree')).toBeVisible();
  await expect(page.getByTestId('unit-tree-node').first()).toBeVisible();
});

test('a unit officer is not offered the councils, which the API would refuse', async ({ page }) => {
  await login(page, 'unitofficer.demo');
  await openNav(page, 'voting');
  await expect(page.getByRole('tab', { name: 'Phiên bỏ phiếu' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Hội đồng' })).toHaveCount(0);
  await page.goto('/voting/councils');
  await expect(page.getByRole('tab', { name: 'Phiên bỏ phiếu', selected: true })).toBeVisible();
  await expect(page.getByText('Không tải được danh sách hội đồng')).toHaveCount(0);
});
