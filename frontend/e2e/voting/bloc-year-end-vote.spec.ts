import { expect, test, type Browser, type Page } from '@playwright/test';
import { asUser, chooseOption, chooseOptions, findTask, login, openNav } from '../support';

/*
 * The year-end conference of Khối thi đua số 3 (Đắk Lắk), after its year (the bloc journey): its head,
 * Thanh tra tỉnh, opens the vote; each of the twelve member units votes through its leader on a phone,
 * from the home page: Thanh tra tỉnh is acclaimed for the emulation flag, three units are chosen for
 * certificates of merit, the deputy is elected outright and the head after a second round between the
 * two leading candidates; the bloc's page then shows next year's term, set by the voting engine's event.
 */
test.describe.configure({ mode: 'serial', timeout: 900_000 });

const YEAR = new Date().getFullYear();
const STAMP = Date.now().toString(36).toUpperCase();
const TITLE = `Hội nghị tổng kết công tác thi đua năm ${YEAR} ${STAMP}`;

const LEADERS = [
  'thanhtra.leader',
  'daktan.leader',
  'vks.leader',
  'tand.leader',
  'tuphap.leader',
  'quansu.leader',
  'thads.leader',
  'bienphong.leader',
  'congan.leader',
  'daktrung.leader',
  'csccd.leader',
  'ld198.leader',
] as const;

const MERIT = [
  'Trại giam Đắk Tân',
  'Viện Kiểm sát nhân dân tỉnh Đắk Lắk',
  'Tòa án nhân dân tỉnh Đắk Lắk',
  'Sở Tư pháp tỉnh Đắk Lắk',
  'Bộ Chỉ huy Quân sự tỉnh Đắk Lắk',
];
const HEAD = [
  'Công an tỉnh Đắk Lắk',
  'Cục Thi hành án dân sự tỉnh Đắk Lắk',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Lắk',
];
const DEPUTY = ['Trại giam Đắk Trung', 'Trung đoàn Cảnh sát cơ động Tây Nguyên'];

let sessionUrl = '';
let blocUrl = '';

/**
 * A unit's leader opens the ballot from the home page's task and answers each question, then confirms once; a
 * ballot of one question takes three taps: the task, the choice, and the button that sends that choice.
 */
async function vote(browser: Browser, username: string, answers: string[][]): Promise<void> {
  const page = await asUser(browser, username, true);
  await (await findTask(page, `Bỏ phiếu: ${TITLE}`)).getByText(`Bỏ phiếu: ${TITLE}`).click();
  for (const answer of answers) {
    const question = page.getByTestId('ballot-question');
    for (const choice of answer) {
      await question.getByTestId(`choice-${choice}`).click();
    }
    if (answers.length > 1) await page.getByTestId('ballot-next').click();
  }
  if (answers.length > 1) {
    await expect(page.getByTestId('review-answer')).toHaveText(answers.map((a) => a.join(', ') || 'Không chọn'));
    await page.getByTestId('ballot-confirm').click();
  } else {
    await expect(page.getByTestId('ballot-submit')).toHaveText(`Gửi phiếu: ${answers[0].join(', ')}`);
  }
  await page.getByTestId('ballot-submit').click();
  await expect(page.getByTestId('ballot-receipt')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await page.context().close();
}

async function count(page: Page) {
  await page.goto(sessionUrl);
  await page.getByTestId('session-count').click();
  await page.getByTestId('count-confirm').click();
}

test('the bloc head opens the year-end vote with its four questions', async ({ page }) => {
  await login(page, 'thanhtra.leader');
  await openNav(page, 'blocs');
  // the bloc of the bloc-year journey (its name ends with that journey's stamp), not the demo year's
  const bloc = page
    .getByTestId('bloc-link')
    .filter({ hasText: /^Khối thi đua số 3 \(khối Nội chính\) [0-9A-Z]+$/ })
    .first();
  const blocName = ((await bloc.textContent()) ?? '').trim();
  blocUrl = (await bloc.getAttribute('href')) ?? '';

  await openNav(page, 'voting');
  await page.getByTestId('session-new').click();
  await page.getByTestId('session-form').locator('label', { hasText: 'Khối thi đua' }).first().click();
  await chooseOption(page, page.getByTestId('session-bloc').locator('input'), blocName, 'Khối thi đua số 3');
  await page.getByTestId('session-title').fill(TITLE);
  await page.getByTestId('add-year-end').click();
  await chooseOption(page, page.getByTestId('question-unit-0').locator('input'), 'Thanh tra tỉnh Đắk Lắk', 'Thanh tra');
  const pick = (units: string[]) => units.map((label) => ({ label, search: label }));
  await chooseOptions(page, page.getByTestId('question-units-1').locator('input'), pick(MERIT));
  await chooseOptions(page, page.getByTestId('question-units-2').locator('input'), pick(HEAD));
  await chooseOptions(page, page.getByTestId('question-units-3').locator('input'), pick(DEPUTY));
  await page.getByTestId('session-open').click();
  await expect(page.getByTestId('voting-session')).toBeVisible();
  sessionUrl = new URL(page.url()).pathname;
  const pending = page.getByTestId('question-pending');
  await expect(pending).toHaveCount(4);
  await expect(pending.nth(0)).toContainText('> 50% tổng số đơn vị thành viên');
  await expect(pending.nth(2)).toContainText(`Bầu Trưởng khối năm ${YEAR + 1}`);
  await expect(page.getByTestId('session-progress')).toContainText('0 / 12 đã bỏ phiếu');
});

test('every unit votes through its leader on a phone; no head candidate has more than half, so a second round is needed', async ({
  page,
  browser,
}) => {
  // head: Công an 5, Thi hành án 4, Biên phòng 3; deputy: Đắk Trung 8, Cơ động 4; the flag 11 of 12
  for (let i = 0; i < LEADERS.length; i++) {
    await vote(browser, LEADERS[i], [
      [i === 11 ? 'Không đồng ý' : 'Đồng ý'],
      i < 8 ? MERIT.slice(0, 3) : [MERIT[3], MERIT[4]],
      [HEAD[i < 5 ? 0 : i < 9 ? 1 : 2]],
      [DEPUTY[i < 8 ? 0 : 1]],
    ]);
  }
  await login(page, 'thanhtra.leader');
  await count(page);
  await expect(page.getByTestId('session-status')).toHaveText('Chờ bỏ phiếu vòng sau');
  const statements = page.getByTestId('result-statement');
  await expect(statements.nth(0)).toHaveText('11 / 12 đơn vị thành viên = 91,7% > 50% → đạt');
  await expect(statements.nth(1)).toHaveText(`${MERIT.slice(0, 3).join(', ')} được chọn`);
  await expect(statements.nth(2)).toHaveText(`bỏ phiếu vòng sau giữa ${HEAD[0]}, ${HEAD[1]}`);
  await expect(statements.nth(3)).toHaveText(`${DEPUTY[0]} trúng cử`);
});

test('in the second round the head is elected, and the bloc’s page shows next year’s term', async ({
  page,
  browser,
}) => {
  await login(page, 'thanhtra.leader');
  await page.goto(sessionUrl);
  await page.getByTestId('next-round-open').click();
  await expect(page.getByTestId('session-status')).toHaveText('Đang nhận phiếu');
  await expect(page.getByTestId('question-pending')).toContainText(`Bầu Trưởng khối năm ${YEAR + 1} (vòng 2)`);

  // 7 for Công an, 5 for Thi hành án
  for (let i = 0; i < LEADERS.length; i++) {
    await vote(browser, LEADERS[i], [[HEAD[i < 7 ? 0 : 1]]]);
  }
  await count(page);
  await expect(page.getByTestId('session-status')).toHaveText('Đã kiểm phiếu');
  await expect(page.getByTestId('result-statement').last()).toHaveText(`${HEAD[0]} trúng cử`);

  // bloc-service sets the term when the election event reaches it
  const row = page.getByTestId('term-row').filter({ hasText: String(YEAR + 1) });
  await expect(async () => {
    await page.goto(`${blocUrl}?tab=terms`);
    await expect(row).toContainText(`${HEAD[0]} (7/12 phiếu)`, { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await expect(row).toContainText(`${DEPUTY[0]} (8/12 phiếu)`);
  await expect(row).toContainText('Bầu tại hội nghị');
});
