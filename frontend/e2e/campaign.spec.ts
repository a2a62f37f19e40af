import { expect, test, type Locator, type Page } from '@playwright/test';
import { readEvent } from './kafka';
import { asUser, chooseOption, chooseTreeNode, chooseTreeNodes, findTask, login, openNav } from './support';

/*
 * The police campaign for Kon Tum's 110th anniversary (Kế hoạch 3337/KH-CAT-PX03), run in the browser:
 * the provincial police's officer drafts it with its five key contents and two targets and launches it
 * to four divisions; three divisions register with their pledges (prepared by the unit officer,
 * approved by the leader) and report with evidence; the organizer follows the board, holds the final
 * review, selects two exemplary units and closes it, and the selection reaches Kafka.
 */
test.describe.configure({ mode: 'serial', timeout: 600_000 });

const STAMP = Date.now().toString(36).toUpperCase();
const TITLE = `Đợt thi đua đặc biệt chào mừng kỷ niệm 110 năm Ngày thành lập tỉnh Kon Tum ${STAMP}`;
const AWARD = 'Giấy khen của Giám đốc Công an tỉnh';

const CONTENTS = [
  'Đẩy mạnh việc tuyên truyền về truyền thống thi đua yêu nước của dân tộc và của lực lượng Công an nhân dân',
  'Đẩy mạnh phong trào thi đua trong lĩnh vực xây dựng Đảng, xây dựng hệ thống chính trị',
  'Tổ chức các hoạt động thiết thực, thi đua lập thành tích xuất sắc chào mừng những ngày kỷ niệm trọng đại',
  'Thực hiện quyết liệt, toàn diện Chương trình mục tiêu quốc gia về xây dựng nông thôn mới',
  'Tổ chức đợt tuyên truyền, giáo dục sâu rộng về truyền thống cách mạng của Đảng bộ và nhân dân tỉnh Kon Tum',
];

/** The divisions that take part: [unit, officer, leader, models registered, models achieved, sessions held]. */
const UNITS = [
  ['Phòng Công tác Đảng và công tác chính trị', 'px03.officer', 'px03.leader', 2, 2, 10],
  ['Phòng Cảnh sát hình sự', 'pc02.officer', 'pc02.leader', 2, 3, 8],
  ['Phòng Cảnh sát giao thông', 'pc08.officer', 'pc08.leader', 2, 1, 10],
] as const;
const NOT_REGISTERING = 'Công an thành phố Kon Tum';

let campaignPath = '';
let campaignId = '';

function dmy(offsetDays: number) {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  const local = d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
  const [y, m, day] = local.split('-');
  return `${day}/${m}/${y}`;
}

/** Types a date into an Ant Design date picker (dd/mm/yyyy) and confirms it. */
async function setDate(field: Locator, value: string) {
  await field.click();
  await field.fill(value);
  await field.press('Enter');
  await expect(field).toHaveValue(value);
}

async function confirm(page: Page, button: string) {
  await page.locator('.ant-popconfirm').getByRole('button', { name: button }).click();
}

test('the police officer drafts the campaign with its five key contents and targets, and launches it', async ({
  page,
}) => {
  await login(page, 'police.officer');
  await openNav(page, 'campaigns');
  await page.getByTestId('campaign-add').click();
  const dialog = page.getByTestId('campaign-form-modal');
  await chooseTreeNode(page, dialog.getByLabel('Đơn vị tổ chức'), 'Công an tỉnh Kon', 'Công an tỉnh Kon Tum');
  await dialog.getByTestId('campaign-form-title').fill(TITLE);
  await dialog
    .getByLabel('Chủ đề, khẩu hiệu')
    .fill('Công an tỉnh Kon Tum thi đua lập thành tích chào mừng 110 năm thành lập tỉnh');
  await dialog.getByTestId('campaign-form-doc-number').fill('3337/KH-CAT-PX03');
  await setDate(dialog.getByTestId('campaign-form-doc-date'), dmy(-10));
  await dialog.getByTestId('campaign-form-doc-issuer').fill('Công an tỉnh Kon Tum');
  await setDate(dialog.getByTestId('campaign-form-starts'), dmy(-10));
  await setDate(dialog.getByTestId('campaign-form-ends'), dmy(90));
  await setDate(dialog.getByTestId('campaign-form-deadline'), dmy(10));
  await chooseOption(page, dialog.getByTestId('campaign-form-scope-kind'), 'Các đơn vị được chọn');
  await chooseTreeNodes(page, dialog.getByLabel('Các đơn vị', { exact: true }), [
    ...UNITS.map(([unit]) => unit),
    NOT_REGISTERING,
  ]);

  for (let i = 1; i < CONTENTS.length; i++) await dialog.getByTestId('campaign-form-add-content').click();
  const contents = dialog.getByTestId('campaign-form-content');
  for (const [i, text] of CONTENTS.entries()) await contents.nth(i).fill(text);

  await dialog.getByTestId('campaign-form-add-target').click();
  await dialog.getByTestId('campaign-form-add-target').click();
  const targets = dialog.getByTestId('campaign-form-target');
  await targets.nth(0).getByTestId('target-name').fill('Mô hình, phần việc thiết thực');
  await targets.nth(0).getByTestId('target-unit').fill('mô hình');
  await targets.nth(0).getByTestId('target-value').fill('1');
  await targets.nth(0).getByTestId('target-per-unit').check();
  await targets.nth(1).getByTestId('target-name').fill('Buổi tuyên truyền về truyền thống');
  await targets.nth(1).getByTestId('target-unit').fill('buổi');
  await targets.nth(1).getByTestId('target-value').fill('10');

  await dialog.getByTestId('campaign-form-add-pledge-rule').click();
  await dialog
    .getByTestId('campaign-form-pledge-rule')
    .fill('Mỗi đơn vị đăng ký ít nhất 1 mô hình hoặc 1 phần việc thiết thực');
  await dialog.getByTestId('campaign-form-add-award').click();
  await dialog.getByTestId('planned-award-type').fill(AWARD);
  await dialog.getByTestId('planned-award-quantity').fill('2');
  await dialog.getByTestId('campaign-form-add-period').click();
  const period = dialog.getByTestId('campaign-form-period');
  await period.getByTestId('period-name').fill('Đợt cao điểm');
  await setDate(period.getByTestId('period-startsOn'), dmy(-10));
  await setDate(period.getByTestId('period-endsOn'), dmy(30));
  await setDate(period.getByTestId('period-closesOn'), dmy(40));
  await page.getByTestId('campaign-form-submit').click();

  await expect(page.getByTestId('campaign-title')).toHaveText(TITLE);
  await expect(page.getByTestId('campaign-status')).toHaveText('Dự thảo');
  campaignPath = new URL(page.url()).pathname;
  campaignId = campaignPath.split('/')[2];
  await expect(page.getByTestId('plan-content')).toHaveCount(5);
  await expect(page.getByTestId('campaign-plan')).toContainText('Buổi tuyên truyền về truyền thống');

  await page.getByTestId('campaign-launch').click();
  await confirm(page, 'Phát động');
  await expect(page.getByTestId('campaign-status')).toHaveText('Đã phát động');
  await expect(page.getByTestId('campaign-detail')).toContainText('4 đơn vị tham gia');
});

test('three divisions register with their pledges: the officer prepares, the leader submits', async ({ browser }) => {
  for (const [unit, officer, leader, models] of UNITS) {
    const officerPage = await asUser(browser, officer);
    // the launched campaign is waiting on the unit officer's home page
    const task = await findTask(officerPage, TITLE);
    await expect(task).toContainText('Đăng ký thi đua');
    await task.getByRole('link').first().click();
    await expect(officerPage).toHaveURL(new RegExp(`/campaigns/${campaignId}/registration$`));
    const form = officerPage.getByTestId('unit-registration');
    await form.getByLabel('1. Mô hình, phần việc thiết thực (mô hình)').fill(String(models));
    await form.getByTestId('registration-add-pledge').click();
    await form.getByTestId('pledge-title').fill(`Mô hình "Camera an ninh" – ${unit}`);
    await form.getByTestId('registration-save').click();
    await expect(form.getByTestId('registration-status')).toHaveText('Đang soạn');
    await officerPage.context().close();

    const leaderPage = await asUser(browser, leader);
    await leaderPage.goto(`${campaignPath}/registration`);
    await leaderPage.getByTestId('registration-submit').click();
    await confirm(leaderPage, 'Duyệt và gửi');
    await expect(leaderPage.getByTestId('registration-status')).toHaveText('Đã gửi');
    await leaderPage.context().close();
  }
});

test('each registered division reports its results with evidence', async ({ browser }) => {
  for (const [unit, officer, , , achieved, sessions] of UNITS) {
    const page = await asUser(browser, officer);
    await page.goto(`${campaignPath}/reports`);
    const report = page.getByTestId('period-report');
    await report.getByLabel('1. Mô hình, phần việc thiết thực (mô hình)').fill(String(achieved));
    await report.getByLabel('2. Buổi tuyên truyền về truyền thống (buổi)').fill(String(sessions));
    await report
      .getByTestId('report-narrative')
      .fill(`${unit} đã xây dựng ${achieved} mô hình, tổ chức ${sessions} buổi tuyên truyền.`);
    await report.getByTestId('report-save').click();
    await expect(report).toContainText('Đã báo cáo');
    await report.locator('input[type=file]').setInputFiles({
      name: 'Ảnh buổi tuyên truyền.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    });
    await expect(report.getByTestId('report-evidence')).toHaveText('Ảnh buổi tuyên truyền.jpg');
    await page.context().close();
  }
});

test('the organizer follows registration and reports on the board', async ({ page }) => {
  await login(page, 'police.officer');
  await page.goto(`${campaignPath}/dashboard`);
  const board = page.getByTestId('campaign-dashboard');
  await expect(board.getByTestId('dashboard-registered')).toContainText('3');
  await expect(board.getByTestId('dashboard-registered')).toContainText('/ 4');
  await expect(board.getByTestId('dashboard-period')).toContainText('3/4');
  // goals 2 + 2 + 2 models, achieved 2 + 3 + 1; sessions 10 each, achieved 10 + 8 + 10
  await expect(board.getByTestId('dashboard-target').nth(0)).toContainText('6 / 6 mô hình');
  await expect(board.getByTestId('dashboard-target').nth(0)).toContainText('100%');
  await expect(board.getByTestId('dashboard-target').nth(1)).toContainText('28 / 30 buổi');
  await expect(board.getByTestId('dashboard-target').nth(1)).toContainText('93,3%');
  await expect(board.getByTestId('dashboard-late')).toContainText('0');
  const notRegistered = board.getByTestId('dashboard-unit').filter({ hasText: NOT_REGISTERING });
  await expect(notRegistered).toContainText('Chưa đăng ký');
  await expect(board.getByTestId('dashboard-unit').filter({ hasText: 'Phòng Cảnh sát hình sự' })).toContainText('90%');
});

test('the final review ranks the divisions, selects two exemplary units and closes the campaign; the event reaches Kafka', async ({
  page,
}) => {
  await login(page, 'police.officer');
  await page.goto(`${campaignPath}/reviews`);
  await page.getByTestId('review-open').click();
  await page.getByTestId('review-title').fill('Hội nghị tổng kết đợt thi đua chào mừng 110 năm thành lập tỉnh');
  await page.getByTestId('review-open-submit').click();

  const review = page.getByTestId('review-card');
  await expect(review.getByTestId('review-status')).toHaveText('Đang tổ chức');
  const rows = review.getByTestId('standing-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Phòng Công tác Đảng và công tác chính trị');
  await expect(rows.nth(0)).toContainText('100%');
  await expect(rows.nth(1)).toContainText('Phòng Cảnh sát hình sự');
  await expect(rows.nth(1)).toContainText('90%');
  await expect(rows.nth(2)).toContainText('Phòng Cảnh sát giao thông');
  await expect(rows.nth(3)).toContainText('Chưa đăng ký thi đua');

  const picks = [
    [
      'Phòng Công tác Đảng và công tác chính trị',
      'Dẫn đầu đợt thi đua: hoàn thành 100% chỉ tiêu, 2 mô hình Camera an ninh',
    ],
    ['Phòng Cảnh sát hình sự', 'Vượt chỉ tiêu mô hình (3/2), tổ chức 8 buổi tuyên truyền truyền thống'],
  ] as const;
  for (const [i, [unit, citation]] of picks.entries()) {
    await review.getByTestId('exemplar-add').click();
    const row = review.getByTestId('exemplar-row').nth(i);
    await chooseOption(page, row.getByTestId('exemplar-unit'), unit);
    await chooseOption(page, row.getByTestId('exemplar-award'), `${AWARD} (2)`);
    await row.getByTestId('exemplar-citation').fill(citation);
  }
  await review.getByTestId('exemplars-save').click();
  await expect(page.getByText('Đã lưu danh sách điển hình')).toBeVisible();

  await review.getByTestId('review-close').click();
  await confirm(page, 'Kết thúc hội nghị');
  await expect(review.getByTestId('review-status')).toHaveText('Đã kết thúc');
  await expect(page.getByTestId('campaign-status')).toHaveText('Đã tổng kết');
  await expect(review.getByTestId('exemplar')).toHaveCount(2);

  const event = await readEvent('thidua.campaigns.v1', campaignId, 'vn.thidua.campaign.review-closed.v1');
  const data = event.data as { kind: string; exemplars: { unitName: string; awardType: string; citation: string }[] };
  expect(data.kind).toBe('FINAL');
  expect(data.exemplars.map((e) => e.unitName)).toEqual(picks.map(([unit]) => unit));
  expect(data.exemplars.every((e) => e.awardType === AWARD)).toBe(true);
  const closed = await readEvent('thidua.campaigns.v1', campaignId, 'vn.thidua.campaign.closed.v1');
  expect((closed.data as { exemplars: number }).exemplars).toBe(2);
});
