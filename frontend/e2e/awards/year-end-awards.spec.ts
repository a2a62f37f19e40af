import { expect, test, type Locator, type Page } from '@playwright/test';
import { readPdf } from '../pdf';
import { chooseOption, chooseTreeNode, login, openNav, setDate, SMALL_PDF } from '../support';

/*
 * The year's awards, replayed in the browser. Phòng Cảnh sát hình sự (Công an tỉnh Kon Tum) registers its
 * titles and its staff, by hand and from its staff list in Excel, and proposes its team leader for Chiến sĩ
 * thi đua cấp tỉnh: the check fails until the province's secretariat enters his three grassroots titles in
 * the registry, then the council's 14 of 15 pass him. In Đắk Lắk the bloc's confirmed ranking (the bloc
 * journey before this one) has drafted the Cờ thi đua for Thanh tra tỉnh and a Bằng khen for Trại giam Đắk
 * Tân; both are completed, appraised and published; a reader's objection holds the Bằng khen; the decision
 * grants the flag, its PDF and certificate are opened, and the honour shows in the registry and on the bloc.
 * Like the bloc's year it runs on a fresh stack: a unit receives the flag once a year.
 */
test.describe.configure({ mode: 'serial', timeout: 600_000 });

const YEAR = new Date().getFullYear();
const STAMP = Date.now().toString(36).toUpperCase();
const FIGHTER = `Nguyễn Văn Hùng ${STAMP}`;
const POSITION = 'Đội trưởng Đội Trọng án';
const DECISION = `${100 + (Date.now() % 800)}/QĐ-UBND-${STAMP}`;

let fighterUrl = '';
let flagUrl = '';

async function attach(page: Page, kinds: string[]) {
  const dossier = page.getByTestId('dossier');
  for (const kind of kinds) {
    await chooseOption(page, dossier.getByLabel('Loại tài liệu'), kind);
    await dossier
      .locator('input[type=file]')
      .setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: SMALL_PDF });
    await expect(page.getByText(`Đã đính kèm ${kind}.pdf`)).toBeVisible();
  }
}

async function outcome(page: Page, code: string): Promise<Locator> {
  return page.getByTestId('eligibility').getByTestId(`outcome-${code}`);
}

/** Submits, takes into appraisal and passes the nomination open on the page. */
async function submitAndAppraise(unit: Page, secretariat: Page, url: string) {
  await unit.goto(url);
  await unit.getByTestId('nomination-submit').click();
  await expect(unit.getByTestId('nomination-status')).toHaveText('Đã gửi');
  await secretariat.goto(url);
  await secretariat.getByTestId('appraisal-start').click();
  await expect(secretariat.getByTestId('nomination-status')).toHaveText('Đang thẩm định');
  await secretariat.getByTestId('appraisal-form').getByLabel('Ý kiến thẩm định').fill('Hồ sơ đầy đủ, đúng quy định');
  await secretariat.getByTestId('appraisal-conclude').click();
}

async function recordVote(page: Page, members: number, cast: number, approvals: number, written: number) {
  const form = page.getByTestId('vote-form');
  await form.getByLabel('Số thành viên Hội đồng').fill(String(members));
  await form.getByLabel('Số phiếu thu về').fill(String(cast));
  await form.getByLabel('Số phiếu đồng ý').fill(String(approvals));
  await form.getByLabel('Số phiếu bằng văn bản').fill(String(written));
  await page.getByTestId('vote-record').click();
}

test('Phòng Cảnh sát hình sự registers its titles for itself and its staff, by hand and from Excel', async ({
  page,
}) => {
  await login(page, 'pc02.officer');
  await openNav(page, 'awards');
  await page.getByRole('tab', { name: 'Đăng ký danh hiệu' }).click();

  await page.getByTestId('person-new').click();
  const person = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  await person.getByLabel('Họ và tên').fill(FIGHTER);
  await person.getByLabel('Năm sinh').fill('1982');
  await person.getByLabel('Chức vụ').fill(POSITION);
  await chooseOption(page, person.getByLabel(`Xếp loại năm ${YEAR}`), 'Hoàn thành xuất sắc nhiệm vụ');
  await person.getByLabel('Sáng kiến, đề tài được công nhận').fill('Quy trình phối hợp phá án ma túy liên tỉnh');
  await chooseOption(page, person.getByLabel('Cấp công nhận'), 'Cấp tỉnh');
  await page.getByTestId('person-save').click();
  await expect(person).toBeHidden();

  const form = page.getByTestId('registration-form');
  await chooseOption(
    page,
    form.getByTestId('registration-person').nth(0).locator('input'),
    `${FIGHTER} – ${POSITION}`,
    STAMP,
  );
  await chooseOption(page, form.getByTestId('registration-title').nth(0).locator('input'), 'Chiến sĩ thi đua cấp tỉnh');
  await page.getByTestId('registration-add-row').click();
  await chooseOption(page, form.getByTestId('registration-title').nth(1).locator('input'), 'Tập thể lao động xuất sắc');
  await page.getByTestId('registration-save').click();
  await expect(page.getByText('Đã ghi đăng ký')).toBeVisible();
  const table = page.getByTestId('registrations-table');
  await expect(table.getByRole('row').filter({ hasText: FIGHTER })).toContainText('Chiến sĩ thi đua cấp tỉnh');
  await expect(table.getByRole('row').filter({ hasText: 'Tập thể lao động xuất sắc' })).toContainText(
    'Phòng Cảnh sát hình sự',
  );

  // the staff list: the template the page offers, filled as the unit keeps it
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải mẫu Excel' }).click();
  const template = await (await download).path();
  await page.getByTestId('registrations').locator('input[type=file]').setInputFiles(template);
  await expect(page.getByText(/Đã đọc 2 dòng/)).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Trần Thị Bình' })).toContainText('Lao động tiên tiến');
  await expect(table.getByRole('row').filter({ hasText: 'Nguyễn Văn An' })).toHaveCount(2);
});

test('the proposal for Chiến sĩ thi đua cấp tỉnh fails the check with the reason and the article of the law', async ({
  page,
}) => {
  await login(page, 'pc02.officer');
  await openNav(page, 'awards');
  await page.getByTestId('nomination-new').click();
  const dialog = page.getByRole('dialog', { name: 'Lập đề nghị khen thưởng' });
  await chooseOption(page, dialog.getByLabel('Cá nhân được đề nghị'), `${FIGHTER} – ${POSITION}`, STAMP);
  await chooseOption(
    page,
    dialog.getByLabel('Danh hiệu, hình thức khen thưởng'),
    'Chiến sĩ thi đua cấp tỉnh',
    'cấp tỉnh',
  );
  await dialog
    .getByLabel('Tóm tắt thành tích')
    .fill('Chủ trì triệt phá 12 chuyên án ma túy, bắt 31 đối tượng; sáng kiến được công nhận cấp tỉnh.');
  await page.getByTestId('nomination-form-save').click();
  await expect(page.getByTestId('nomination-page')).toBeVisible();
  fighterUrl = new URL(page.url()).pathname;

  await expect(page.getByTestId('eligibility-verdict')).toHaveText('Chưa đủ điều kiện');
  const consecutive = await outcome(page, 'CONSECUTIVE_TITLES');
  await expect(consecutive).toHaveAttribute('data-passed', 'false');
  await expect(consecutive).toContainText(
    `Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở (${YEAR - 2}–${YEAR}); sổ vàng thiếu năm ${YEAR - 2}, ${YEAR - 1}, ${YEAR}`,
  );
  await expect(consecutive).toContainText('Căn cứ: Luật Thi đua, khen thưởng 2022, Điều 22');
  await expect(await outcome(page, 'REGISTRATION')).toHaveAttribute('data-passed', 'true');

  await attach(page, ['Tờ trình', 'Báo cáo thành tích', 'Biên bản bình xét', 'Công nhận sáng kiến, đề tài']);
  await page.getByTestId('nomination-submit').click();
  await expect(page.getByTestId('nomination-status')).toHaveText('Đã gửi');
});

test('it passes once the registry holds his three consecutive grassroots titles, and the council votes 14 of 15', async ({
  page,
}) => {
  await login(page, 'officer.demo');
  await openNav(page, 'awards');
  await page.getByRole('tab', { name: 'Sổ vàng' }).click();
  await page.getByTestId('record-honour').click();
  const dialog = page.getByRole('dialog', { name: 'Ghi sổ vàng theo quyết định đã có' });
  await chooseTreeNode(page, dialog.getByLabel('Đơn vị'), 'Cảnh sát hình sự', 'Phòng Cảnh sát hình sự');
  await chooseOption(page, dialog.getByLabel('Cá nhân'), FIGHTER, STAMP);
  await chooseOption(page, dialog.getByLabel('Hình thức'), 'Chiến sĩ thi đua cơ sở', 'cơ sở');
  await dialog.getByLabel('Thẩm quyền quyết định').fill('Giám đốc Công an tỉnh Kon Tum');
  for (const year of [YEAR - 2, YEAR]) {
    await dialog.getByLabel('Năm').fill(String(year));
    await dialog.getByLabel('Số quyết định').fill(`${year % 100}/QĐ-CAT-${STAMP}`);
    await setDate(dialog.getByLabel('Ngày ký'), `15/01/${year === YEAR ? YEAR : year + 1}`);
    await page.getByTestId('record-save').click();
    await expect(page.getByText('Đã ghi vào sổ vàng')).toBeVisible();
    await expect(page.getByText('Đã ghi vào sổ vàng')).toBeHidden();
  }

  await page.goto(fighterUrl);
  await page.getByTestId('eligibility-recheck').click();
  await expect(await outcome(page, 'CONSECUTIVE_TITLES')).toContainText(`sổ vàng thiếu năm ${YEAR - 1}`);

  await page.goto('/awards/honours');
  await page.getByTestId('record-honour').click();
  await chooseTreeNode(page, dialog.getByLabel('Đơn vị'), 'Cảnh sát hình sự', 'Phòng Cảnh sát hình sự');
  await chooseOption(page, dialog.getByLabel('Cá nhân'), FIGHTER, STAMP);
  await chooseOption(page, dialog.getByLabel('Hình thức'), 'Chiến sĩ thi đua cơ sở', 'cơ sở');
  await dialog.getByLabel('Thẩm quyền quyết định').fill('Giám đốc Công an tỉnh Kon Tum');
  await dialog.getByLabel('Năm').fill(String(YEAR - 1));
  await dialog.getByLabel('Số quyết định').fill(`${(YEAR - 1) % 100}/QĐ-CAT-${STAMP}`);
  await setDate(dialog.getByLabel('Ngày ký'), `15/01/${YEAR}`);
  await page.getByTestId('record-save').click();
  await expect(page.getByText('Đã ghi vào sổ vàng')).toBeVisible();

  await page.goto(fighterUrl);
  await page.getByTestId('appraisal-start').click();
  await expect(page.getByTestId('eligibility-verdict')).toHaveText('Đủ điều kiện');
  await expect(await outcome(page, 'CONSECUTIVE_TITLES')).toContainText(
    `Đạt Chiến sĩ thi đua cơ sở 3 năm liên tục ${YEAR - 2}–${YEAR} (theo sổ vàng)`,
  );
  await page.getByTestId('appraisal-conclude').click();
  await expect(page.getByTestId('nomination-status')).toHaveText('Chờ Hội đồng bỏ phiếu');
  await recordVote(page, 15, 15, 14, 2);
  await expect(page.getByTestId('vote-statement')).toContainText('14 / 15 thành viên hội đồng = 93,3% ≥ 90% → đạt');
  await expect(page.getByTestId('nomination-status')).toHaveText('Được đề nghị');
});

test('the bloc’s confirmed ranking drafted the flag and a certificate of merit, completed and recommended', async ({
  page,
}) => {
  await login(page, 'daklak.officer');
  await openNav(page, 'awards');
  await chooseOption(page, page.getByTestId('nominations-origin').locator('input'), 'Khối thi đua đề nghị');
  const table = page.getByTestId('nominations-table');
  const flag = table
    .getByRole('row')
    .filter({ hasText: 'Thanh tra tỉnh Đắk Lắk' })
    .filter({ hasText: 'Dự thảo' })
    .first();
  await expect(flag).toContainText('Cờ thi đua của Ủy ban nhân dân tỉnh');
  const merit = table.getByRole('row').filter({ hasText: 'Trại giam Đắk Tân' }).filter({ hasText: 'Dự thảo' }).first();
  await expect(merit).toContainText('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
  const meritUrl = (await merit.getByRole('link').getAttribute('href')) ?? '';
  flagUrl = (await flag.getByRole('link').getAttribute('href')) ?? '';
  await page.goto(flagUrl);
  await expect(page.getByTestId('nomination-origin')).toContainText('Khối thi đua số 3');
  await expect(await outcome(page, 'BLOC_PROPOSAL')).toHaveAttribute('data-passed', 'true');

  // Thanh tra tỉnh registered the flag at the start of the year (entered now by the secretariat)
  await page.goto('/awards/registrations');
  await chooseTreeNode(
    page,
    page.getByTestId('registrations-unit').locator('input'),
    'Thanh tra tỉnh',
    'Thanh tra tỉnh Đắk Lắk',
  );
  await chooseOption(
    page,
    page.getByTestId('registration-title').nth(0).locator('input'),
    'Cờ thi đua của Ủy ban nhân dân tỉnh',
    'Cờ thi đua của Ủy',
  );
  await page.getByTestId('registration-save').click();
  await expect(page.getByText('Đã ghi đăng ký')).toBeVisible();

  await page.goto(flagUrl);
  await page.getByTestId('eligibility-recheck').click();
  await expect(page.getByTestId('eligibility-verdict')).toHaveText('Đủ điều kiện');
  await attach(page, ['Tờ trình', 'Báo cáo thành tích', 'Biên bản bình xét']);
  await submitAndAppraise(page, page, flagUrl);
  await expect(page.getByTestId('nomination-status')).toHaveText('Chờ Hội đồng bỏ phiếu');
  await recordVote(page, 15, 14, 13, 2);
  await expect(page.getByTestId('vote-statement')).toContainText('13 / 15 thành viên hội đồng = 86,7% ≥ 80% → đạt');

  await page.goto(meritUrl);
  await attach(page, ['Tờ trình', 'Báo cáo thành tích']);
  await submitAndAppraise(page, page, meritUrl);
  await expect(page.getByTestId('nomination-status')).toHaveText('Được đề nghị');
});

test('the list is published, a reader objects to the Bằng khen and it is held', async ({ page, browser }) => {
  await login(page, 'daklak.officer');
  await page.goto('/awards/notices');
  const publish = page.getByTestId('notice-publish');
  for (const name of ['Thanh tra tỉnh Đắk Lắk', 'Trại giam Đắk Tân']) {
    await publish.getByRole('row').filter({ hasText: name }).first().getByRole('checkbox').check();
  }
  const posted = new Date(Date.now() - 30 * 86_400_000);
  await setDate(publish.getByLabel('Ngày niêm yết'), posted.toLocaleDateString('en-GB'));
  await publish
    .getByLabel('Tiêu đề thông báo')
    .fill(`Danh sách đề nghị khen thưởng năm ${YEAR} của Khối thi đua số 3 ${STAMP}`);
  await page.getByTestId('notice-submit').click();
  await expect(page.getByText('Đã công khai danh sách')).toBeVisible();

  // anyone reads the list without signing in
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto('/public/notices');
  const notice = anonymous.getByTestId('public-notice').filter({ hasText: STAMP });
  await expect(notice.getByTestId('public-entry')).toHaveCount(2);
  await notice
    .getByTestId('public-entry')
    .filter({ hasText: 'Trại giam Đắk Tân' })
    .getByTestId('public-object')
    .click();
  await expect(anonymous.getByText('Cần đăng nhập để gửi kiến nghị')).toBeVisible();

  // a signed-in reader objects
  const reader = await (await browser.newContext()).newPage();
  await login(reader, 'leader.demo');
  await reader.goto('/public/notices');
  const line = reader
    .getByTestId('public-notice')
    .filter({ hasText: STAMP })
    .getByTestId('public-entry')
    .filter({ hasText: 'Trại giam Đắk Tân' });
  await line.getByTestId('public-object').click();
  await reader
    .getByTestId('public-object-reason')
    .fill('Đơn vị còn vụ việc phạm nhân trốn trại trong năm chưa được kết luận.');
  await reader.getByTestId('public-object-send').click();
  await expect(reader.getByText('Đã ghi nhận kiến nghị; đề nghị tạm dừng để xem xét')).toBeVisible();
  await expect(line).toContainText('Đang xem xét kiến nghị');

  await page.reload();
  const card = page.getByTestId('notice').filter({ hasText: STAMP });
  await expect(card.getByRole('row').filter({ hasText: 'Trại giam Đắk Tân' })).toContainText(
    'Tạm dừng do có kiến nghị',
  );
  await expect(card.getByTestId('objection')).toContainText('phạm nhân trốn trại');
});

test('the decision grants the flag; its PDF and certificate open; the honour is in the registry and on the bloc', async ({
  page,
}) => {
  await login(page, 'daklak.officer');
  await page.goto('/awards/decisions');
  const box = page.getByTestId('decision-new');
  await expect(
    box.getByRole('row').filter({ hasText: 'Trại giam Đắk Tân' }).first().getByRole('checkbox'),
  ).toBeDisabled();
  await box.getByRole('row').filter({ hasText: 'Thanh tra tỉnh Đắk Lắk' }).first().getByRole('checkbox').check();
  await box.getByLabel('Số quyết định').fill(DECISION);
  await box.getByLabel('Thẩm quyền quyết định').fill('Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk');
  await box.getByLabel('Tên cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Đắk Lắk');
  await box.getByLabel('Người ký', { exact: true }).fill('Nguyễn Thiên Văn');
  await box.getByLabel('Trích yếu').fill(`Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm ${YEAR}`);
  await page.getByTestId('decision-create').click();

  const drawer = page.getByTestId('decision-drawer');
  await expect(drawer).toContainText('Thanh tra tỉnh Đắk Lắk');
  await expect(drawer.getByTestId('decision-total')).toHaveText('18.720.000');
  await drawer.getByTestId('decision-issue').click();
  await page.getByTestId('decision-issue-confirm').click();
  await expect(drawer.getByTestId('decision-certificates')).toBeVisible();

  const pdfDownload = page.waitForEvent('download');
  await drawer.getByTestId('decision-pdf').click();
  const decision = await readPdf(await (await pdfDownload).path());
  expect(decision.pages).toBe(2);
  expect(decision.text).toContain(`Số: ${DECISION}`);
  expect(decision.text).toContain('QUYẾT ĐỊNH');
  expect(decision.text).toContain('Tặng thưởng cho 1 tập thể');
  expect(decision.text).toContain('DANH SÁCH KHEN THƯỞNG');
  expect(decision.text).toContain('Thanh tra tỉnh Đắk Lắk');
  expect(decision.text).toContain('18.720.000');

  const certificateDownload = page.waitForEvent('download');
  await drawer.getByTestId('decision-certificates').click();
  const certificate = await readPdf(await (await certificateDownload).path());
  expect(certificate.pages).toBe(1);
  expect(certificate.text).toContain('CỜ THI ĐUA');
  expect(certificate.text).toContain('Thanh tra tỉnh Đắk Lắk');
  expect(certificate.text).toContain(`Quyết định số ${DECISION}`);

  await page.goto(`/awards/honours?decision=${encodeURIComponent(DECISION)}`);
  await expect(
    page.getByTestId('honours-table').getByRole('row').filter({ hasText: 'Thanh tra tỉnh Đắk Lắk' }),
  ).toContainText('18.720.000');
  await page.goto(flagUrl);
  await expect(page.getByTestId('nomination-status')).toHaveText('Đã có quyết định');
  await page.getByTestId('nomination-origin').click();
  await page.getByRole('tab', { name: 'Khen thưởng' }).click();
  await expect(page.getByTestId('honours-tab')).toContainText('Cờ thi đua của Ủy ban nhân dân tỉnh', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('honours-tab')).toContainText(DECISION);
});
