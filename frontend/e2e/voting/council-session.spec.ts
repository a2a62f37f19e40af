import { expect, test, type Page } from '@playwright/test';
import { api, tokenFor } from '../api';
import { readPdf } from '../pdf';
import { asUser, chooseOption, findTask, login, openNav, SMALL_PDF } from '../support';

/*
 * Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh Đắk Lắk, replayed in the browser. The secretariat records
 * the council with its fifteen members; its secretary opens a session on the three nominations the
 * secretariat appraised (two Chiến sĩ thi đua cơ sở at ≥ 80% and one Chiến sĩ thi đua cấp tỉnh at ≥ 90% of
 * all members); thirteen members vote on their phones while the conference screen counts them; the
 * secretary enters the written votes of the two absent members and counts. 15/15 and 12/15 pass, 13/15 =
 * 86,7% < 90% does not; the minutes name the written votes; anyone finds a member's receipt in the
 * published result; the nominations moved accordingly.
 */
test.describe.configure({ mode: 'serial', timeout: 600_000 });

const YEAR = new Date().getFullYear();
const STAMP = Date.now().toString(36).toUpperCase();
const THANH_TRA = '20000000-0000-0000-0000-000000000002';
const SESSION = `Phiên họp Hội đồng xét danh hiệu năm ${YEAR} ${STAMP}`;

const MEMBERS = [
  ['hdtd01', 'Nguyễn Tuấn Hà', 'Phó Chủ tịch UBND tỉnh', 'Chủ tịch Hội đồng'],
  ['hdtd02', 'Hồ Thị Thu Hà', 'Trưởng Ban Thi đua – Khen thưởng', 'Thư ký Hội đồng'],
  ['hdtd03', 'Trần Phú Hùng', 'Giám đốc Sở Nội vụ', 'Phó Chủ tịch'],
  ['hdtd04', 'Lê Thị Thanh Xuân', 'Chủ tịch Liên đoàn Lao động tỉnh', 'Ủy viên thường trực'],
  ['hdtd05', 'Y Giang Gry Niê Knơng', 'Trưởng Ban Dân tộc tỉnh', 'Ủy viên'],
  ['hdtd06', 'Phạm Ngọc Nghị', 'Giám đốc Sở Giáo dục và Đào tạo', 'Ủy viên'],
  ['hdtd07', "H' Yim Kđoh", 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh', 'Ủy viên'],
  ['hdtd08', 'Võ Văn Cảnh', 'Chánh Văn phòng UBND tỉnh', 'Ủy viên'],
  ['hdtd09', 'Nguyễn Thị Kim Oanh', 'Giám đốc Sở Tài chính', 'Ủy viên'],
  ['hdtd10', 'Đinh Xuân Diệu', 'Giám đốc Sở Kế hoạch và Đầu tư', 'Ủy viên'],
  ['hdtd11', 'Bùi Hồng Sơn', 'Giám đốc Sở Y tế', 'Ủy viên'],
  ['hdtd12', 'Lưu Văn Khôi', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Ủy viên'],
  ['hdtd13', "Ksor H'Bơ Khăp", 'Bí thư Tỉnh đoàn', 'Ủy viên'],
  ['hdtd14', 'Trương Công Thái', 'Giám đốc Sở Khoa học và Công nghệ', 'Ủy viên'],
  ['hdtd15', 'Mai Hoan Niê Kdăm', 'Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh', 'Ủy viên'],
] as const;

const NOMINEES = [
  { name: `Trần Văn Lực ${STAMP}`, award: 'GRASSROOTS_EMULATION_FIGHTER' },
  { name: `Nguyễn Thị Hương ${STAMP}`, award: 'PROVINCIAL_EMULATION_FIGHTER' },
  { name: `Y Bhin Êban ${STAMP}`, award: 'GRASSROOTS_EMULATION_FIGHTER' },
];

let sessionUrl = '';
const nominations: string[] = [];
let receipt = '';

/** Casts a ballot on the phone: one answer per question, then review, confirm, and read the receipt. */
async function vote(page: Page, answers: string[]): Promise<string> {
  await page.goto(`${sessionUrl}/ballot`);
  for (const answer of answers) {
    await page.getByTestId('ballot-question').getByText(answer, { exact: true }).click();
    await page.getByTestId('ballot-next').click();
  }
  await expect(page.getByTestId('review-answer')).toHaveText(answers);
  await expect(page.getByTestId('ballot-submit')).toBeDisabled();
  await page.getByTestId('ballot-confirm').click();
  await page.getByTestId('ballot-submit').click();
  await expect(page.getByTestId('ballot-done')).toBeVisible();
  return ((await page.getByTestId('ballot-receipt').textContent()) ?? '').trim();
}

test('the secretariat has three nominations appraised and awaiting the council', async () => {
  const officer = await api(await tokenFor('daklak.officer'));
  for (const nominee of NOMINEES) {
    const person = await officer.post('/api/v1/people', {
      data: {
        unitId: THANH_TRA,
        fullName: nominee.name,
        gender: 'MALE',
        birthYear: 1980,
        position: 'Trưởng phòng',
        ratings: { [YEAR]: 'EXCELLENT' },
      },
    });
    expect(person.status(), await person.text()).toBe(201);
    const draft = await officer.post('/api/v1/nominations', {
      data: {
        kind: 'UNIT',
        proposerUnitId: THANH_TRA,
        nomineeKind: 'INDIVIDUAL',
        personId: (await person.json()).id,
        year: YEAR,
        awardType: nominee.award,
        achievement: `Hoàn thành xuất sắc nhiệm vụ năm ${YEAR}; chủ trì 14 cuộc thanh tra, kiến nghị thu hồi 12,5 tỷ đồng.`,
      },
    });
    expect(draft.status(), await draft.text()).toBe(201);
    const id = (await draft.json()).id as string;
    for (const kind of (await draft.json()).requiredDocuments as string[]) {
      const file = await officer.post(`/api/v1/nominations/${id}/documents`, {
        multipart: { kind, file: { name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: SMALL_PDF } },
      });
      expect(file.status(), await file.text()).toBe(201);
    }
    let version = (await (await officer.get(`/api/v1/nominations/${id}`)).json()).version as number;
    version = (await (await officer.post(`/api/v1/nominations/${id}/submit?version=${version}`)).json()).version;
    version = (await (await officer.post(`/api/v1/nominations/${id}/appraisal?version=${version}`)).json()).version;
    const appraised = await officer.put(`/api/v1/nominations/${id}/appraisal`, {
      data: {
        pass: true,
        note: 'Hồ sơ đầy đủ',
        overrideReason: 'Đã đăng ký danh hiệu bằng văn bản số 12/ĐK-TTr, chưa nhập hệ thống',
        version,
      },
    });
    expect((await appraised.json()).status).toBe('AWAITING_VOTE');
    nominations.push(id);
  }
});

test('the secretariat records the council with its fifteen members', async ({ page }) => {
  await login(page, 'daklak.officer');
  await openNav(page, 'voting');
  await page.getByRole('tab', { name: 'Hội đồng' }).click();
  await page.getByTestId('council-new').click();
  const form = page.getByTestId('council-form');
  await form.getByLabel('Tên hội đồng').fill(`Hội đồng Thi đua – Khen thưởng tỉnh Đắk Lắk ${STAMP}`);
  await form.getByLabel('Quyết định thành lập').fill('Quyết định số 45/QĐ-UBND ngày 10/01/2026');
  for (let i = 0; i < MEMBERS.length; i++) {
    if (i >= 3) await page.getByTestId('council-add-member').click();
    const [username, name, title, role] = MEMBERS[i];
    await page.getByTestId(`member-name-${i}`).fill(name);
    await page.getByTestId(`member-username-${i}`).fill(username);
    await page.getByTestId('council-member-row').nth(i).getByPlaceholder('Chức vụ').fill(title);
    await chooseOption(page, page.getByTestId(`member-role-${i}`).locator('input'), role);
  }
  await page.getByTestId('council-save').click();
  await expect(page.getByText('Đã lưu hội đồng')).toBeVisible();
  await expect(page.getByTestId('council-item').filter({ hasText: STAMP })).toContainText('15 thành viên');
});

test('its secretary opens the session on the three nominations, with each award’s threshold over all members', async ({
  page,
}) => {
  await login(page, 'hdtd02');
  await openNav(page, 'voting');
  await page.getByTestId('session-new').click();
  await chooseOption(
    page,
    page.getByTestId('session-council').locator('input'),
    `Hội đồng Thi đua – Khen thưởng tỉnh Đắk Lắk ${STAMP}`,
  );
  await page.getByTestId('session-title').fill(SESSION);
  await expect(page.getByTestId('add-awaiting')).toBeEnabled();
  const awards = ['Chiến sĩ thi đua cơ sở', 'Chiến sĩ thi đua cấp tỉnh', 'Chiến sĩ thi đua cơ sở'];
  for (let i = 0; i < NOMINEES.length; i++) {
    await page.getByTestId('add-question').click();
    await chooseOption(
      page,
      page.getByTestId(`question-nomination-${i}`).locator('input'),
      `${NOMINEES[i].name} – ${awards[i]}`,
      NOMINEES[i].name,
    );
  }
  await expect(page.getByTestId('question-fields')).toHaveCount(3);
  await page.getByTestId('session-open').click();
  await expect(page.getByTestId('voting-session')).toBeVisible();
  sessionUrl = new URL(page.url()).pathname;
  const pending = page.getByTestId('question-pending');
  await expect(pending).toHaveCount(3);
  await expect(pending.filter({ hasText: 'Chiến sĩ thi đua cấp tỉnh' })).toContainText(
    '≥ 90% tổng số thành viên hội đồng',
  );
  await expect(pending.filter({ hasText: NOMINEES[0].name })).toContainText('≥ 80% tổng số thành viên hội đồng');
  await expect(page.getByTestId('session-progress')).toContainText('0 / 15 đã bỏ phiếu');
});

test('thirteen members vote on their phones while the conference screen counts them, never their choices', async ({
  page,
  browser,
}) => {
  await login(page, 'hdtd02');
  await page.goto(`${sessionUrl}/board`);
  await expect(page.getByTestId('board-progress')).toHaveText('0 / 15 đã bỏ phiếu');
  const order = [NOMINEES[0].name, NOMINEES[1].name, NOMINEES[2].name];
  for (let i = 0; i < 13; i++) {
    const member = await asUser(browser, MEMBERS[i][0], true);
    if (i === 0) {
      // the chair opens it from the home page's task
      await (await findTask(member, `Bỏ phiếu: ${SESSION}`)).getByText(`Bỏ phiếu: ${SESSION}`).click();
      await expect(member.getByTestId('nomination-brief')).toContainText(order[0]);
      await member.goto('/');
    }
    const third = i < 10 ? 'Đồng ý' : i < 12 ? 'Không đồng ý' : 'Không biểu quyết';
    const code = await vote(member, ['Đồng ý', 'Đồng ý', third]);
    if (i === 4) receipt = code;
    await member.context().close();
  }
  await expect(page.getByTestId('board-progress')).toHaveText('13 / 15 đã bỏ phiếu');
  await expect(page.getByTestId('board-quorum')).toContainText('Đủ tỷ lệ tham dự');
  await expect(page.getByTestId('question-result')).toHaveCount(0);
});

test('the secretary enters the two written votes and counts: 15/15 and 12/15 pass, 13/15 falls short of 90%', async ({
  page,
}) => {
  await login(page, 'hdtd02');
  await page.goto(sessionUrl);
  for (const [, name] of MEMBERS.slice(13)) {
    await page.getByTestId(`written-${name}`).click();
    const dialog = page.getByTestId('written-ballot');
    const groups = dialog.getByTestId('question-choices');
    await groups.nth(0).getByText('Đồng ý', { exact: true }).click();
    await groups.nth(1).getByText('Không đồng ý', { exact: true }).click();
    await groups.nth(2).getByText('Đồng ý', { exact: true }).click();
    await page.getByTestId('written-save').click();
    const saved = page.getByRole('dialog', { name: 'Đã nhập phiếu bằng văn bản' });
    await expect(saved).toContainText(`Đã nhập phiếu bằng văn bản của ${name}`);
    await saved.getByRole('button', { name: 'OK' }).click();
    await expect(saved).toHaveCount(0);
  }
  await expect(page.getByTestId('session-progress')).toContainText(
    '15 / 15 đã bỏ phiếu (trong đó 2 phiếu bằng văn bản)',
  );
  await page.getByTestId('session-count').click();
  await page.getByTestId('count-confirm').click();
  await expect(page.getByTestId('session-status')).toHaveText('Đã kiểm phiếu');
  const statements = page.getByTestId('result-statement');
  await expect(statements).toHaveText([
    '15 / 15 thành viên hội đồng = 100% ≥ 80% → đạt',
    '13 / 15 thành viên hội đồng = 86,7% < 90% → không đạt',
    '12 / 15 thành viên hội đồng = 80% ≥ 80% → đạt',
  ]);

  const download = page.waitForEvent('download');
  await page.getByTestId('minutes-pdf').click();
  const minutes = (await readPdf(await (await download).path())).text;
  expect(minutes).toContain('BIÊN BẢN');
  expect(minutes).toContain('Trương Công Thái, Mai Hoan Niê Kdăm');
  expect(minutes).toContain('13 / 15 thành viên hội đồng = 86,7% < 90% → không đạt');
});

test('anyone finds a member’s receipt in the published result; the nominations moved with the count', async ({
  page,
  browser,
}) => {
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/public/voting/${sessionUrl.split('/').pop()}`);
  await expect(anonymous.getByTestId('published-ballots').locator('tr.ant-table-row')).toHaveCount(15);
  await anonymous.getByTestId('receipt-lookup').locator('input').fill(receipt.toLowerCase());
  await anonymous.getByTestId('receipt-lookup').locator('input').press('Enter');
  await expect(anonymous.getByTestId('receipt-found')).toContainText(`Phiếu ${receipt} (vòng 1) đã được kiểm`);

  await login(page, 'daklak.officer');
  await page.goto(`/awards/nominations/${nominations[0]}`);
  await expect(page.getByTestId('nomination-status')).toHaveText('Được đề nghị');
  await page.goto(`/awards/nominations/${nominations[1]}`);
  await expect(page.getByTestId('nomination-status')).toHaveText('Không được đề nghị');
  await expect(page.getByTestId('vote-statement')).toContainText(
    '13 / 15 thành viên hội đồng = 86,7% < 90% → không đạt',
  );
});
