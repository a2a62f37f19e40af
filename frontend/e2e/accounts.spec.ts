import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { KEYCLOAK, api, tokenFor } from './api';
import { writeSheet } from './xlsx';
import { chooseTreeNode, confirmPopup, findTask, isCompact, login, openNav, seriousViolations } from './support';

/*
 * A new unit joins the province: Đắk Lắk's officer creates the account of its director in the app, the director
 * receives the invitation in the local mail server (GreenMail), sets a password on the realm's page from their
 * phone, and signs the covenant of the cluster the unit has just joined; when they leave, the officer locks the
 * account and Keycloak no longer lets them in.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const MAILBOX = process.env.E2E_MAILBOX_URL ?? 'http://localhost:8025';
const YEAR = new Date().getFullYear();
const STAMP = Date.now().toString(36);
const DAK_LAK = '20000000-0000-0000-0000-000000000001';
const THANH_TRA = '20000000-0000-0000-0000-000000000002';
const UNIT = `Sở Khoa học và Công nghệ tỉnh Đắk Lắk ${STAMP}`;
const CLUSTER = `Cụm thi đua các sở, ngành khối Kinh tế ${STAMP}`;
const USERNAME = `khcn.giamdoc.${STAMP}`;
const EMAIL = `${USERNAME}@daklak.gov.vn`;
const DIRECTOR = 'Võ Thị Thanh Hương';
const PASSWORD = 'Khcn@DakLak2026';

async function ok(
  call: Promise<{ ok(): boolean; status(): number; text(): Promise<string>; json(): Promise<unknown> }>,
) {
  const res = await call;
  expect(res.ok(), `${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as { id: string };
}

test.beforeAll(async () => {
  // the cluster the new unit joins, with its covenant open for signing (set up through the API as the officer)
  const officer: APIRequestContext = await api(await tokenFor('daklak.officer'));
  const unit = await ok(
    officer.post('/api/v1/units', { data: { name: UNIT, shortName: 'Sở KH&CN', kind: 'AGENCY', parentId: DAK_LAK } }),
  );
  const cluster = await ok(
    officer.post('/api/v1/blocs', {
      data: { organizingUnitId: DAK_LAK, code: `CTĐ-KT-${STAMP}`, kind: 'CLUSTER', name: CLUSTER },
    }),
  );
  const path = `/api/v1/blocs/${cluster.id}`;
  await ok(
    officer.post(`${path}/members`, {
      data: { unitIds: [unit.id, THANH_TRA], joinedOn: `${YEAR}-01-01`, reason: 'Quyết định của UBND tỉnh' },
    }),
  );
  await ok(
    officer.put(`${path}/covenants/${YEAR}`, {
      data: {
        title: `Giao ước thi đua năm ${YEAR} của ${CLUSTER}`,
        theme: 'Đổi mới sáng tạo, chuyển đổi số',
        clauses: [
          { content: 'Hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ được giao', maxPoints: 60 },
          { content: 'Đẩy mạnh ứng dụng khoa học, công nghệ và chuyển đổi số', maxPoints: 40 },
        ],
      },
    }),
  );
  clusterPath = path;
  await officer.dispose();
});

let clusterPath = '';

test("the officer creates the account of the new unit's director in the app", async ({ page }) => {
  await login(page, 'daklak.officer');
  await openNav(page, 'accounts');
  await expect(page.getByTestId('accounts-page')).toBeVisible();
  await page.getByTestId('account-add').click();
  const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản' });
  await dialog.getByLabel('Tên đăng nhập').fill(USERNAME);
  await dialog.getByLabel('Họ và tên').fill(DIRECTOR);
  await dialog.getByLabel('Thư điện tử').fill(EMAIL);
  await chooseTreeNode(page, dialog.getByLabel('Đơn vị công tác'), STAMP, UNIT);
  await dialog.getByLabel('Chức vụ').fill('Giám đốc Sở');
  await expect(dialog.getByLabel('Lãnh đạo đơn vị')).toBeChecked();
  await expect(dialog.getByLabel('Quản trị hệ thống')).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('account-form-submit').click();
  await expect(
    page.getByText(`Đã tạo tài khoản của ${DIRECTOR} và gửi thư mời đặt mật khẩu đến ${EMAIL}.`),
  ).toBeVisible();

  await page.getByTestId('account-search').locator('input').fill(STAMP);
  await page.getByTestId('account-search').locator('input').press('Enter');
  const row = page.getByTestId('account-row').filter({ hasText: USERNAME });
  await expect(row).toContainText(DIRECTOR);
  await expect(row).toContainText(UNIT);
  await expect(row).toContainText('Lãnh đạo đơn vị');
  await expect(row.getByTestId('account-status')).toHaveText('Đang hoạt động');
  expect(await seriousViolations(page)).toEqual([]);
});

test("the officer opens the cluster's covenant and the director is told by e-mail", async () => {
  const officer = await api(await tokenFor('daklak.officer'));
  await ok(officer.post(`${clusterPath}/covenants/${YEAR}/open`));
  await officer.dispose();
  const mail = await newestMail(EMAIL, `Mời ký Giao ước thi đua năm ${YEAR} của ${CLUSTER}`);
  expect(mail).toContain(`Kính gửi đồng chí ${DIRECTOR}, Giám đốc Sở,`);
  expect(mail).toContain(`Đồng chí ký cho ${UNIT} tại:`);
  expect(mail).toContain(`${clusterPath.replace('/api/v1', '')}/covenants/${YEAR}/sign`);
});

test('the director reads the invitation, sets a password on the phone and signs the covenant', async ({ browser }) => {
  const link = await invitationLink(EMAIL);
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  const phone = await context.newPage();
  await phone.goto(link);
  // the realm's own pages, in the app's theme and in Vietnamese
  await expect(phone.getByRole('heading', { name: 'Đặt mật khẩu cho tài khoản' })).toBeVisible();
  await phone.getByRole('link', { name: '» Tiếp tục đặt mật khẩu' }).click();
  await expect(phone.getByRole('heading', { name: 'Đặt mật khẩu' })).toBeVisible();
  await phone.locator('#password-new').fill(PASSWORD);
  await phone.locator('#password-confirm').fill(PASSWORD);
  await phone.getByRole('button', { name: 'Gửi' }).click();
  await expect(phone.getByText('Đã đặt mật khẩu. Từ nay đăng nhập bằng tên đăng nhập và mật khẩu này.')).toBeVisible();

  await login(phone, USERNAME, PASSWORD);
  expect(await isCompact(phone)).toBe(true);
  // the link of the covenant's e-mail, and the task on the home page, lead to the same page
  await (await findTask(phone, CLUSTER)).getByTestId('task-open').click();
  const signLink = /https?:\/\/\S+\/sign/.exec(
    await newestMail(EMAIL, `Mời ký Giao ước thi đua năm ${YEAR} của ${CLUSTER}`),
  );
  const signPath = new URL(signLink?.[0] ?? 'http://x/').pathname;
  expect(signPath).toMatch(/^\/blocs\/.+\/covenants\/\d{4}\/sign$/);
  await expect(phone).toHaveURL((url) => url.pathname === signPath);
  await expect(phone.getByTestId('clause')).toHaveCount(2);
  await phone.getByTestId('covenant-sign').click();
  await phone.getByTestId('covenant-sign-confirm').click();
  await expect(phone.getByTestId('covenant-signed')).toBeVisible();
  await expect(phone.getByTestId('covenant-signed')).toContainText(DIRECTOR);
  await context.close();
});

test('the director also joins the council: the next sign-in carries the new role and position', async ({ page }) => {
  await login(page, 'daklak.officer');
  await page.goto(`/accounts?q=${STAMP}`);
  await page.getByTestId('account-row').filter({ hasText: USERNAME }).getByTestId('account-edit').click();
  const dialog = page.getByRole('dialog', { name: `Sửa tài khoản ${USERNAME}` });
  await dialog.getByLabel('Thành viên Hội đồng Thi đua – Khen thưởng').check();
  await dialog.getByLabel('Chức vụ').fill('Giám đốc Sở, Ủy viên Hội đồng Thi đua – Khen thưởng tỉnh');
  await page.getByTestId('account-form-submit').click();
  await expect(page.getByText(`Đã cập nhật tài khoản của ${DIRECTOR}.`)).toBeVisible();

  const me = await api(await passwordToken(USERNAME, PASSWORD));
  const view = (await (await me.get('/api/v1/me')).json()) as { roles: string[]; position?: string };
  expect(view.roles).toEqual(expect.arrayContaining(['unit-leader', 'council-member']));
  expect(view.position).toBe('Giám đốc Sở, Ủy viên Hội đồng Thi đua – Khen thưởng tỉnh');
  await me.dispose();
});

test('the rest of the unit comes from an Excel file: a bad row creates nothing, a good file everyone', async ({
  page,
}, testInfo) => {
  const header = ['Tên đăng nhập', 'Họ và tên', 'Thư điện tử', 'Đơn vị', 'Chức vụ', 'Vai trò'];
  const deputy = [
    `khcn.phogiamdoc.${STAMP}`,
    'Nguyễn Văn Phúc',
    `phuc.${STAMP}@daklak.gov.vn`,
    UNIT,
    'Phó Giám đốc Sở',
  ];
  const clerk = [`khcn.thiduakt.${STAMP}`, 'Y Bliêng Niê', `blieng.${STAMP}@daklak.gov.vn`, UNIT, 'Chuyên viên'];
  const bad = testInfo.outputPath('sai.xlsx');
  await writeSheet(bad, [
    header,
    [...deputy, 'Lãnh đạo đơn vị'],
    [...clerk.slice(0, 3), 'Sở Không Có Thật', 'Chuyên viên', 'Cán bộ thi đua – khen thưởng đơn vị'],
  ]);
  const good = testInfo.outputPath('dung.xlsx');
  await writeSheet(good, [header, [...deputy, 'Lãnh đạo đơn vị'], [...clerk, 'Cán bộ thi đua – khen thưởng đơn vị']]);

  await login(page, 'daklak.officer');
  await openNav(page, 'accounts');
  await page.getByTestId('account-import').click();
  const dialog = page.getByRole('dialog', { name: 'Tạo nhiều tài khoản từ tệp Excel' });
  await dialog.locator('input[type=file]').setInputFiles(bad);
  await expect(dialog.getByTestId('account-import-errors')).toContainText(
    'dòng 5: không có đơn vị "Sở Không Có Thật" trong danh bạ',
  );
  await dialog.locator('input[type=file]').setInputFiles(good);
  await expect(dialog.getByTestId('account-import-result')).toContainText(
    'Đã tạo 2 tài khoản và gửi thư mời đặt mật khẩu',
  );
  await expect(dialog.getByTestId('account-import-result')).toContainText('Y Bliêng Niê');
  expect(await invitationLink(`phuc.${STAMP}@daklak.gov.vn`)).toContain('action-token');
  expect(await invitationLink(`blieng.${STAMP}@daklak.gov.vn`)).toContain('action-token');
});

test('a locked account no longer signs in', async ({ page }) => {
  await login(page, 'daklak.officer');
  await page.goto(`/accounts?q=${STAMP}`);
  const row = page.getByTestId('account-row').filter({ hasText: USERNAME });
  await row.getByTestId('account-deactivate').click();
  await confirmPopup(page);
  await expect(page.getByText(`Đã khóa tài khoản của ${DIRECTOR}.`)).toBeVisible();
  await expect(row.getByTestId('account-status')).toHaveText('Đã khóa');

  const keycloak = await request.newContext();
  const res = await keycloak.post(`${KEYCLOAK}/realms/thidua/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'thidua-cli', username: USERNAME, password: PASSWORD },
  });
  expect(res.status()).toBe(400);
  expect(await res.text()).toContain('disabled');
  await keycloak.dispose();
});

/** An access token of an account by its password, as the app's scripts get one (the realm's thidua-cli client). */
async function passwordToken(username: string, password: string): Promise<string> {
  const keycloak = await request.newContext();
  const res = await keycloak.post(`${KEYCLOAK}/realms/thidua/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'thidua-cli', username, password },
  });
  expect(res.status(), await res.text()).toBe(200);
  const token = ((await res.json()) as { access_token: string }).access_token;
  await keycloak.dispose();
  return token;
}

/** The text of the newest message to `email` with `subject` in the local mail server, quoted-printable decoded. */
async function newestMail(email: string, subject: string): Promise<string> {
  const mail = await request.newContext();
  let text = '';
  await expect(async () => {
    const res = await mail.get(`${MAILBOX}/api/user/${encodeURIComponent(email)}/messages/INBOX`);
    expect(res.ok()).toBeTruthy();
    const messages = (await res.json()) as { subject: string; mimeMessage: string }[];
    const found = messages.reverse().find((m) => m.subject === subject);
    expect(found, `a message "${subject}" to ${email}`).toBeDefined();
    text = decodeQuotedPrintable(found?.mimeMessage ?? '');
  }).toPass({ timeout: 60_000 });
  await mail.dispose();
  return text;
}

/** Quoted-printable (RFC 2045) as UTF-8: soft line breaks, then "=XX" bytes. */
function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The link of the newest invitation to `email` in the local mail server, its text part decoded. */
async function invitationLink(email: string): Promise<string> {
  const text = await newestMail(email, 'Mời sử dụng hệ thống Thi đua – Khen thưởng');
  const found = /https?:\/\/[^\s"<>]+\/login-actions\/action-token\?[^\s"<>]+/.exec(text);
  expect(found, 'an invitation with its link').not.toBeNull();
  return (found?.[0] ?? '').replace(/&amp;/g, '&');
}
