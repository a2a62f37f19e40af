import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readEvent } from './kafka';
import {
  asUser,
  chooseOption,
  chooseOptions,
  chooseTreeNode,
  chooseTreeNodes,
  confirmPopup,
  findTask,
  login,
  openNav,
  setDate,
} from './support';

/*
 * A year of Khối thi đua số 3 (Đắk Lắk), replayed in the browser as its people would: the province's
 * officer sets the bloc up with its twelve units, records the elected head and deputy, opens the
 * covenant, and each member's leader signs it while the conference board follows; the mid-year
 * review is recorded; at year end every member scores itself, the head closes the scoring and confirms
 * the ranking with the leading unit proposed for the emulation flag, and the event reaches Kafka.
 */
test.describe.configure({ mode: 'serial', timeout: 600_000 });

const YEAR = new Date().getFullYear();
const STAMP = Date.now().toString(36).toUpperCase();
const BLOC_NAME = `Khối thi đua số 3 (khối Nội chính) ${STAMP}`;

/** The twelve units of the seed report, with the demo account of each unit's leader. */
const MEMBERS = [
  ['Thanh tra tỉnh Đắk Lắk', 'thanhtra.leader'],
  ['Trại giam Đắk Tân', 'daktan.leader'],
  ['Viện Kiểm sát nhân dân tỉnh Đắk Lắk', 'vks.leader'],
  ['Tòa án nhân dân tỉnh Đắk Lắk', 'tand.leader'],
  ['Sở Tư pháp tỉnh Đắk Lắk', 'tuphap.leader'],
  ['Bộ Chỉ huy Quân sự tỉnh Đắk Lắk', 'quansu.leader'],
  ['Cục Thi hành án dân sự tỉnh Đắk Lắk', 'thads.leader'],
  ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Lắk', 'bienphong.leader'],
  ['Công an tỉnh Đắk Lắk', 'congan.leader'],
  ['Trại giam Đắk Trung', 'daktrung.leader'],
  ['Trung đoàn Cảnh sát cơ động Tây Nguyên', 'csccd.leader'],
  ['Lữ đoàn 198, Bộ Tư lệnh Đặc công', 'ld198.leader'],
] as const;

const CLAUSES = [
  'Thực hiện thắng lợi nhiệm vụ chính trị được giao',
  'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
  'Bảo đảm quốc phòng – an ninh, trật tự an toàn xã hội',
  'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến',
  'Xây dựng tổ chức Đảng, cơ quan, đoàn thể trong sạch, vững mạnh',
];

const LAST_CLAUSE_POINTS = [10, 9, 8.5, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5, 4.5];

let blocUrl = '';

test('the officer sets up the bloc with its twelve member units', async ({ page }) => {
  await login(page, 'daklak.officer');
  await openNav(page, 'blocs');
  await page.getByTestId('bloc-add').click();
  const dialog = page.getByRole('dialog', { name: 'Lập khối, cụm thi đua' });
  await chooseTreeNode(page, dialog.getByLabel('Đơn vị tổ chức'), 'Đắk Lắk', 'Ủy ban nhân dân tỉnh Đắk Lắk');
  await dialog.getByLabel('Mã khối').fill(`KTĐ-03-${STAMP}`);
  await dialog.getByLabel('Tên khối, cụm').fill(BLOC_NAME);
  await dialog.getByLabel('Số văn bản thành lập').fill('1234/QĐ-UBND');
  await dialog.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Đắk Lắk');
  await page.getByTestId('bloc-form-submit').click();

  await expect(page.getByTestId('bloc-name')).toHaveText(BLOC_NAME);
  blocUrl = new URL(page.url()).pathname;

  await page.getByTestId('member-add').click();
  const add = page.getByRole('dialog', { name: 'Kết nạp đơn vị vào khối' });
  await chooseTreeNodes(
    page,
    add.getByLabel('Đơn vị'),
    MEMBERS.map(([unit]) => unit),
  );
  await setDate(add.getByLabel('Là thành viên từ ngày'), `01/01/${YEAR}`);
  await add.getByLabel('Căn cứ, lý do').fill('Theo Quyết định số 1234/QĐ-UBND của UBND tỉnh');
  await page.getByTestId('member-add-submit').click();
  await expect(page.getByText('Đã kết nạp 12 đơn vị.')).toBeVisible();
  await expect(page.getByTestId('member-row')).toHaveCount(12);
  await expect(page.getByTestId('member-row').filter({ hasText: 'Lữ đoàn 198, Bộ Tư lệnh Đặc công' })).toBeVisible();
});

test('the members elect Thanh tra tỉnh head and Công an tỉnh deputy', async ({ page }) => {
  await login(page, 'daklak.officer');
  await page.goto(`${blocUrl}?tab=terms`);
  await page.getByTestId('term-set').click();
  const dialog = page.getByRole('dialog', { name: `Trưởng khối, Phó khối năm ${YEAR}` });
  await chooseOption(page, dialog.getByLabel('Trưởng khối', { exact: true }), 'Thanh tra tỉnh Đắk Lắk', 'Thanh tra');
  await chooseOption(page, dialog.getByLabel('Phó khối', { exact: true }), 'Công an tỉnh Đắk Lắk', 'Công an');
  await dialog.getByLabel('Số đơn vị bỏ phiếu').fill('12');
  await dialog.getByLabel('Số phiếu bầu Trưởng khối').fill('11');
  await dialog.getByLabel('Số phiếu bầu Phó khối').fill('10');
  await page.getByTestId('term-submit').click();

  const row = page.getByTestId('term-row').filter({ hasText: String(YEAR) });
  await expect(row).toContainText('Thanh tra tỉnh Đắk Lắk (11/12 phiếu)');
  await expect(row).toContainText('Công an tỉnh Đắk Lắk (10/12 phiếu)');
  await expect(row).toContainText('Bầu tại hội nghị');
  await expect(page.getByTestId('bloc-current-term')).toContainText('Trưởng khối: Thanh tra tỉnh Đắk Lắk');
});

test('the covenant is opened and every leader signs it while the board follows', async ({ page, browser }) => {
  await login(page, 'daklak.officer');
  await page.goto(`${blocUrl}?tab=covenant`);
  await page.getByTestId('covenant-edit').click();
  const editor = page.getByRole('dialog', { name: `Giao ước thi đua năm ${YEAR}` });
  await editor.getByLabel('Tên giao ước').fill(`Giao ước thi đua năm ${YEAR} của ${BLOC_NAME}`);
  await editor.getByLabel('Chủ đề, khẩu hiệu').fill('Vì An ninh Tổ quốc');
  for (let i = 0; i < CLAUSES.length; i++) {
    if (i > 0) await page.getByTestId('clause-add').click();
    const clause = page.getByTestId('clause-editor').nth(i);
    await clause.getByLabel(`Nội dung điều ${i + 1}`).fill(CLAUSES[i]);
    await clause.getByLabel('Tiêu chí chấm điểm').fill('Theo kết quả thực hiện cả năm');
    await clause.getByLabel('Điểm tối đa').fill('10');
  }
  await page.getByTestId('covenant-save').click();
  await expect(page.getByTestId('covenant-status')).toHaveText('Dự thảo');
  await expect(page.getByTestId('clause')).toHaveCount(6);
  await confirmPopup(page, page.getByTestId('covenant-open'));
  await expect(page.getByTestId('covenant-status')).toHaveText('Đang ký kết');

  // the conference screen
  const board = await asUser(browser, 'daklak.officer');
  await board.goto(`${blocUrl}/covenants/${YEAR}/board`);
  await expect(board.getByTestId('board-progress')).toHaveText('Đã ký 0/12 đơn vị');
  await expect(board.getByTestId('board-member')).toHaveCount(12);

  for (const [i, [unit, leader]] of MEMBERS.entries()) {
    // the leaders sign on their phones, starting from the task on their home page
    const phone = await asUser(browser, leader, true);
    await (await findTask(phone, BLOC_NAME)).getByTestId('task-open').click();
    await expect(phone.getByTestId('clause')).toHaveCount(6);
    await phone.getByTestId('covenant-sign').click();
    await phone.getByTestId('covenant-sign-confirm').click();
    await expect(phone.getByTestId('covenant-signed')).toBeVisible();
    await phone.context().close();

    await expect(board.getByTestId('board-progress')).toHaveText(`Đã ký ${i + 1}/12 đơn vị`);
    await expect(board.getByTestId('board-member').filter({ hasText: unit })).toHaveAttribute('data-signed', 'true');
    if (i < MEMBERS.length - 1) await expect(board.getByTestId('board-all-signed')).toHaveCount(0);
  }
  await expect(board.getByTestId('board-all-signed')).toBeVisible();
  await expect(board.getByTestId('board-status')).toHaveText('Có hiệu lực');
  await board.screenshot({ path: 'test-results/signing-board.png', fullPage: true });

  // the signed covenant with its signature table, for the bloc's records
  await page.reload();
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('covenant-pdf').click()]);
  expect(pdf.suggestedFilename()).toBe(`giao-uoc-thi-dua-${YEAR}.pdf`);
  const bytes = await readFile(await pdf.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
});

test('the head records the mid-year review with every member attending', async ({ page }) => {
  await login(page, 'thanhtra.leader');
  await page.goto(`${blocUrl}?tab=meetings`);
  await page.getByTestId('meeting-add').click();
  const dialog = page.getByRole('dialog', { name: 'Ghi hội nghị của khối' });
  await setDate(dialog.getByLabel('Ngày họp'), `15/07/${YEAR}`);
  await dialog.getByLabel('Tên hội nghị').fill(`Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${YEAR}`);
  await dialog.getByLabel('Địa điểm').fill('Hội trường Thanh tra tỉnh Đắk Lắk');
  await dialog.getByLabel('Người chủ trì', { exact: true }).fill('Phạm Văn Sáu');
  await dialog.getByLabel('Chức vụ người chủ trì').fill('Phó Chánh Thanh tra tỉnh');
  await page.getByTestId('meeting-all-members').click();
  await dialog
    .getByLabel('Nội dung, chương trình')
    .fill('1. Báo cáo sơ kết 6 tháng đầu năm\n2. Nhiệm vụ trọng tâm 6 tháng cuối năm');
  await dialog
    .getByLabel('Biên bản')
    .fill('Các đại biểu thảo luận, đánh giá kết quả đạt được và đề ra giải pháp trọng tâm.');
  await page.getByTestId('meeting-save').click();

  const card = page.getByTestId('meeting-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Hội nghị sơ kết 6 tháng');
  await expect(card).toContainText(`15/07/${YEAR}`);
  await expect(card).toContainText('12 đơn vị dự họp');

  // the signed minutes, scanned, go with the meeting
  await card.locator('input[type=file]').setInputFiles({
    name: 'Biên bản hội nghị sơ kết.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% biên bản đã ký\n'),
  });
  await expect(card.getByTestId('meeting-attachment')).toHaveText('Biên bản hội nghị sơ kết.pdf');
});

test('at year end every member scores itself', async ({ page, browser }) => {
  await login(page, 'daklak.officer');
  await page.goto(`${blocUrl}?tab=scoring`);
  await page.getByTestId('scoring-open').click();
  await expect(page.getByTestId('scoring-status')).toHaveText('Đang chấm điểm');

  for (const [i, [, leader]] of MEMBERS.entries()) {
    const phone = await asUser(browser, leader, true);
    await phone.goto(`${blocUrl}?tab=scoring`);
    const form = phone.getByTestId('scorecard-form');
    for (let clause = 1; clause <= CLAUSES.length; clause++) {
      // 9 on the first five clauses; on the last, Thanh tra tỉnh leads (55), Trại giam Đắk Tân follows (54),
      // Viện Kiểm sát and Tòa án tie (53,5)
      const points = clause < 6 ? 9 : LAST_CLAUSE_POINTS[i];
      await form.getByLabel(new RegExp(`^Điều ${clause} \\(tối đa 10\\)`)).fill(String(points).replace('.', ','));
    }
    await form.getByTestId('scorecard-submit').click();
    await expect(phone.getByText(/Đã nộp phiếu chấm điểm cho/)).toBeVisible();
    await phone.context().close();
  }
});

test('the head closes the scoring and confirms the leading unit for the emulation flag', async ({ page }) => {
  await login(page, 'thanhtra.leader');
  await page.goto(`${blocUrl}?tab=scoring`);
  await page.getByTestId('scoring-close').click();
  await confirmPopup(page);
  await expect(page.getByTestId('scoring-status')).toHaveText('Đã khóa sổ');
  const rows = page.getByTestId('ranking-row');
  await expect(rows).toHaveCount(12);
  await expect(rows.first()).toContainText('Thanh tra tỉnh Đắk Lắk');
  await expect(rows.filter({ hasText: 'đồng hạng' })).toHaveCount(2);

  await page.getByTestId('scoring-confirm').click();
  const dialog = page.getByRole('dialog', { name: `Xác nhận xếp hạng và đề nghị khen thưởng năm ${YEAR}` });
  await expect(dialog.getByTestId('confirm-flag')).toContainText('Thanh tra tỉnh Đắk Lắk');
  await chooseOptions(page, dialog.getByLabel('Đơn vị đề nghị tặng Bằng khen'), [
    { label: '2. Trại giam Đắk Tân (54)', search: 'Đắk Tân' },
  ]);
  await page.getByTestId('scoring-confirm-submit').click();
  await expect(page.getByTestId('scoring-status')).toHaveText('Đã xác nhận xếp hạng');
  await expect(rows.first()).toContainText('Đề nghị Cờ thi đua');

  const blocId = blocUrl.split('/').at(-1) ?? '';
  const event = await readEvent('thidua.blocs.v1', blocId, 'vn.thidua.bloc.ranking-confirmed.v1');
  const data = event.data as { year: number; ranking: { unitName: string; rank: number; proposal: string | null }[] };
  expect(data.year).toBe(YEAR);
  expect(data.ranking).toHaveLength(12);
  expect(data.ranking[0]).toMatchObject({ unitName: 'Thanh tra tỉnh Đắk Lắk', rank: 1, proposal: 'EMULATION_FLAG' });
  expect(data.ranking.filter((r) => r.proposal === 'CERTIFICATE_OF_MERIT').map((r) => r.unitName)).toEqual([
    'Trại giam Đắk Tân',
  ]);
});
