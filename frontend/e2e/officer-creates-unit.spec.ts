import { expect, test } from '@playwright/test';
import { chooseOption, chooseTreeNode, login, openNav } from './support';

const PARENT = 'Ủy ban nhân dân tỉnh Kon Tum';

test('an officer creates a unit under Ủy ban nhân dân tỉnh Kon Tum and finds it in the list', async ({ page }) => {
  const name = `Ban kiểm thử tự động ${Date.now()}`;

  await login(page, 'officer.demo');
  await openNav(page, 'units');
  await expect(page.getByRole('heading', { name: 'Đơn vị', level: 3 })).toBeVisible();
  await expect(page.getByTestId('unit-row').first()).toBeVisible();

  await page.getByTestId('unit-add').click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị' });
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Tên đơn vị').fill(name);
  await dialog.getByLabel('Tên viết tắt').fill('BKT');

  await chooseOption(page, dialog.getByLabel('Loại đơn vị'), 'Cơ quan, sở, ban, ngành');
  await chooseTreeNode(page, dialog.getByLabel('Đơn vị cấp trên'), 'Kon Tum', PARENT);
  await expect(dialog.getByTestId('unit-form')).toContainText(PARENT);

  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText(`Đã thêm đơn vị “${name}”.`)).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.getByLabel('Tìm đơn vị').fill(name);
  await page.getByLabel('Tìm đơn vị').press('Enter');
  await expect(page).toHaveURL(/[?&]q=/);
  const row = page.getByTestId('unit-row').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Cơ quan, sở, ban, ngành');
  await expect(row).toContainText(PARENT);
  await expect(row).toContainText('Đang hoạt động');
});

test('the same form works with the keyboard alone', async ({ page }) => {
  const name = `Ban kiểm thử bàn phím ${Date.now()}`;
  await login(page, 'officer.demo');
  await openNav(page, 'units');
  await page.getByTestId('unit-add').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị' });
  await expect(dialog.getByLabel('Tên đơn vị')).toBeFocused();

  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type('BKP');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Loại đơn vị')).toBeFocused();
  await page.keyboard.type('Cơ quan');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Đơn vị cấp trên')).toBeFocused();
  await page.keyboard.type('Kon Tum');
  await expect(page.locator('.ant-select-tree-treenode').filter({ hasText: PARENT })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('unit-form')).toContainText(PARENT);
  // on through the dialog's buttons to "Lưu"
  const save = dialog.getByRole('button', { name: 'Lưu' });
  for (let i = 0; i < 4 && !(await save.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByText(`Đã thêm đơn vị “${name}”.`)).toBeVisible();
  await expect(dialog).toBeHidden();
});
