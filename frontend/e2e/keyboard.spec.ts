import { expect, test } from '@playwright/test';
import { login, openNav, tabTo, typeInto } from './support';

/*
 * The forms an officer fills every week, with the keyboard alone: every field reached with Tab, choices taken
 * with the arrow keys and Enter, dates typed, saved with Enter on "Lưu". (The unit form: officer-creates-unit.)
 */
const STAMP = Date.now().toString(36);

test('an account, created with the keyboard alone', async ({ page }) => {
  await login(page, 'officer.demo');
  await openNav(page, 'accounts');
  await tabTo(page, page.getByTestId('account-add'));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản' });
  await expect(dialog.getByLabel('Tên đăng nhập')).toBeFocused();

  await typeInto(page, dialog.getByLabel('Tên đăng nhập'), { text: `banphim.${STAMP}` });
  await typeInto(page, dialog.getByLabel('Họ và tên'), { text: 'Đinh Thị Bàn Phím' });
  await typeInto(page, dialog.getByLabel('Thư điện tử'), { text: `banphim.${STAMP}@kontum.gov.vn` });
  await typeInto(page, dialog.getByLabel('Đơn vị công tác'), {
    search: 'Sở Tư pháp tỉnh Kon Tum',
    title: 'Sở Tư pháp tỉnh Kon Tum',
  });
  await typeInto(page, dialog.getByLabel('Chức vụ'), { text: 'Chuyên viên' });
  await typeInto(page, dialog.getByLabel('Cán bộ thi đua – khen thưởng đơn vị'), { tick: true });
  await tabTo(page, dialog.getByRole('button', { name: 'Lưu' }));
  await page.keyboard.press('Enter');

  await expect(page.getByText('Đã tạo tài khoản của Đinh Thị Bàn Phím')).toBeVisible();
  await expect(dialog).toBeHidden();
});

test('a bloc, set up with the keyboard alone', async ({ page }) => {
  const name = `Cụm thi đua bàn phím ${STAMP}`;
  await login(page, 'officer.demo');
  await openNav(page, 'blocs');
  await tabTo(page, page.getByTestId('bloc-add'));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Lập khối, cụm thi đua' });

  await typeInto(page, dialog.getByLabel('Đơn vị tổ chức'), {
    search: 'Ủy ban nhân dân tỉnh Kon Tum',
    title: 'Ủy ban nhân dân tỉnh Kon Tum',
  });
  await typeInto(page, dialog.getByLabel('Mã khối'), { text: `CTĐ-BP-${STAMP}` });
  await typeInto(page, dialog.getByLabel('Tên khối, cụm'), { text: name });
  await typeInto(page, dialog.getByLabel('Loại', { exact: true }), { choose: 'Cụm thi đua' });
  await typeInto(page, dialog.getByLabel('Số văn bản thành lập'), { text: '77/QĐ-UBND' });
  await typeInto(page, dialog.getByLabel('Ngày ban hành'), { date: '15/01/2026' });
  await tabTo(page, dialog.getByRole('button', { name: 'Lưu' }));
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('bloc-name')).toHaveText(name);
});

test("a campaign's plan, drafted with the keyboard alone", async ({ page }) => {
  const title = `Đợt thi đua cao điểm bàn phím ${STAMP}`;
  const year = new Date().getFullYear();
  await login(page, 'police.officer');
  await openNav(page, 'campaigns');
  await tabTo(page, page.getByTestId('campaign-add'));
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('campaign-form-modal');

  await typeInto(page, dialog.getByLabel('Đơn vị tổ chức'), {
    search: 'Công an tỉnh Kon Tum',
    title: 'Công an tỉnh Kon Tum',
  });
  await typeInto(page, dialog.getByTestId('campaign-form-title'), { text: title });
  await typeInto(page, dialog.getByLabel('Số văn bản'), { text: `120/KH-CAT-${STAMP}` });
  await typeInto(page, dialog.getByLabel('Ngày ban hành'), { date: `05/01/${year}` });
  await typeInto(page, dialog.getByLabel('Cơ quan ban hành'), { text: 'Công an tỉnh Kon Tum' });
  await typeInto(page, dialog.getByLabel('Ngày bắt đầu'), { date: `05/01/${year}` });
  await typeInto(page, dialog.getByLabel('Ngày kết thúc'), { date: `31/12/${year}` });
  await typeInto(page, dialog.getByLabel('Hạn đăng ký'), { date: `15/01/${year}` });
  await typeInto(page, dialog.getByLabel('Đơn vị gốc'), {
    search: 'Công an tỉnh Kon Tum',
    title: 'Công an tỉnh Kon Tum',
  });
  await typeInto(page, dialog.getByLabel('Nội dung 1'), {
    text: 'Tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự',
  });
  await tabTo(page, dialog.getByRole('button', { name: 'Lưu' }));
  await page.keyboard.press('Enter');

  await expect(page.getByText(`Đã lưu dự thảo "${title}"`)).toBeVisible();
});
