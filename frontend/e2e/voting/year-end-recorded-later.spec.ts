import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { api, tokenFor } from '../api';
import { readPdf } from '../pdf';
import { chooseOption, chooseOptions, login, openNav, setDate } from '../support';

/*
 * A bloc's year recorded after the fact, as the provinces' news report it: the 2025 covenant was signed at a
 * conference on 10 February 2025, and the year-end conference of 6 February 2026 reviewed 2025 (the flag, three
 * certificates) and elected 2026's head and deputy. Both are typed in now, in December 2026. The 2025 head's leader
 * (Thanh tra tỉnh) runs the conference, since 2026's head is what it elects; the new term appears on the bloc dated
 * 6 February 2026, and the covenant prints the conference's date and chair.
 */
test.describe.configure({ mode: 'serial', timeout: 600_000 });

const STAMP = Date.now().toString(36).toUpperCase();
const BLOC_NAME = `Khối thi đua số 3 (ghi lại ${STAMP})`;
const TITLE = `Hội nghị tổng kết công tác thi đua năm 2025, bầu Trưởng khối, Phó khối năm 2026 ${STAMP}`;
const DAKLAK = '20000000-0000-0000-0000-000000000001';

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

let blocId = '';
let covenantId = '';
const unitOf: Record<string, string> = {};

async function as(username: string): Promise<APIRequestContext> {
  return api(await tokenFor(username));
}

test('the bloc of 2025 and its covenant, signed by the twelve leaders', async () => {
  for (const leader of LEADERS) {
    const me = await (await as(leader)).get('/api/v1/me');
    expect(me.status()).toBe(200);
    unitOf[leader] = (await me.json()).unitId;
  }
  const officer = await as('daklak.officer');
  const bloc = await officer.post('/api/v1/blocs', {
    data: {
      organizingUnitId: DAKLAK,
      code: `K3-${STAMP}`,
      name: BLOC_NAME,
      kind: 'BLOC',
      description: 'Khối Nội chính',
    },
  });
  expect(bloc.status(), await bloc.text()).toBe(201);
  blocId = (await bloc.json()).id;
  expect(bloc.headers().location).toBe(`/api/v1/blocs/${blocId}`);
  const members = await officer.post(`/api/v1/blocs/${blocId}/members`, {
    data: { unitIds: LEADERS.map((l) => unitOf[l]), joinedOn: '2025-01-01', reason: 'Theo Quyết định số 1234/QĐ-UBND' },
  });
  expect(members.status(), await members.text()).toBe(201);
  const term = await officer.put(`/api/v1/blocs/${blocId}/terms/2025`, {
    data: {
      headUnitId: unitOf['thanhtra.leader'],
      deputyUnitId: unitOf['daktan.leader'],
      method: 'APPOINTED',
      decidedOn: '2025-01-05',
    },
  });
  expect(term.status(), await term.text()).toBe(200);
  const covenant = await officer.put(`/api/v1/blocs/${blocId}/covenants/2025`, {
    data: {
      title: 'Giao ước thi đua năm 2025 của Khối thi đua số 3',
      theme: 'Vì An ninh Tổ quốc',
      clauses: [
        { content: 'Thực hiện thắng lợi nhiệm vụ chính trị được giao năm 2025', maxPoints: 30 },
        { content: 'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', maxPoints: 20 },
        { content: 'Thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo', maxPoints: 20 },
        { content: 'Xây dựng tổ chức Đảng, cơ quan, đoàn thể trong sạch, vững mạnh', maxPoints: 30 },
      ],
    },
  });
  expect(covenant.status(), await covenant.text()).toBe(200);
  covenantId = (await covenant.json()).id;
  expect((await officer.post(`/api/v1/blocs/${blocId}/covenants/2025/open`)).status()).toBe(200);
  for (const leader of LEADERS) {
    const ctx = await as(leader);
    const read = await (await ctx.get(`/api/v1/blocs/${blocId}/covenants/2025`)).json();
    const signed = await ctx.post(`/api/v1/blocs/${blocId}/covenants/2025/signatures`, {
      data: { textSha256: read.textSha256 },
    });
    expect(signed.status(), await signed.text()).toBe(201);
  }
});

test('the signing conference of 10 February 2025, recorded now, dates the covenant and its document', async ({
  page,
}) => {
  const officer = await as('daklak.officer');
  const meeting = await officer.post(`/api/v1/blocs/${blocId}/meetings`, {
    data: {
      kind: 'COVENANT_SIGNING',
      title: 'Hội nghị ký kết giao ước thi đua năm 2025 Khối thi đua số 3',
      heldOn: '2025-02-10',
      place: 'Hội trường Công an tỉnh Đắk Lắk',
      chairRank: 'Đại tá',
      chairName: 'Lê Vinh Quy',
      chairPosition: 'Giám đốc Công an tỉnh',
      decisions: [
        { kind: 'COVENANT', subjectId: covenantId, summary: 'Mười hai đơn vị ký kết giao ước thi đua năm 2025' },
      ],
    },
  });
  expect(meeting.status(), await meeting.text()).toBe(201);

  await login(page, 'daklak.officer');
  await page.goto(`/blocs/${blocId}?tab=covenant&year=2025`);
  await expect(page.getByTestId('covenant-signed-on')).toContainText('10/02/2025');
  await expect(page.getByTestId('covenant-signed-on')).toContainText('Đại tá Lê Vinh Quy');

  const pdf = await officer.get(`/api/v1/blocs/${blocId}/covenants/2025/document.pdf`);
  expect(pdf.status()).toBe(200);
  const file = join(tmpdir(), `giao-uoc-2025-${STAMP}.pdf`);
  await writeFile(file, await pdf.body());
  const { text } = await readPdf(file);
  expect(text).toContain('Đắk Lắk, ngày 10 tháng 02 năm 2025');
  expect(text).toContain('TM. HỘI NGHỊ');
  expect(text).toContain('GIÁM ĐỐC CÔNG AN TỈNH');
  expect(text).toContain('Đại tá Lê Vinh Quy');
  expect(text).not.toMatch(/ngày \d{2} tháng \d{1,2} năm 2026/);
});

test('the outgoing head runs the year-end conference of 6 February 2026, recorded now', async ({ page }) => {
  await login(page, 'thanhtra.leader');
  await openNav(page, 'voting');
  await page.getByTestId('session-new').click();
  await page.getByTestId('session-form').locator('label', { hasText: 'Khối thi đua' }).first().click();
  await chooseOption(page, page.getByTestId('session-bloc').locator('input'), BLOC_NAME, STAMP);
  await page.getByTestId('session-title').fill(TITLE);
  await setDate(page.getByTestId('session-held-on'), '06/02/2026');
  await page.getByTestId('session-form').getByLabel('Nhiệm kỳ năm').fill('2026');
  await page.getByTestId('add-year-end').click();
  await chooseOption(page, page.getByTestId('question-unit-0').locator('input'), 'Thanh tra tỉnh Đắk Lắk', 'Thanh tra');
  const pick = (units: string[]) => units.map((label) => ({ label, search: label }));
  await chooseOptions(
    page,
    page.getByTestId('question-units-1').locator('input'),
    pick(['Trại giam Đắk Tân', 'Tòa án nhân dân tỉnh Đắk Lắk', 'Sở Tư pháp tỉnh Đắk Lắk']),
  );
  await chooseOptions(
    page,
    page.getByTestId('question-units-2').locator('input'),
    pick(['Công an tỉnh Đắk Lắk', 'Cục Thi hành án dân sự tỉnh Đắk Lắk']),
  );
  await chooseOptions(
    page,
    page.getByTestId('question-units-3').locator('input'),
    pick(['Trại giam Đắk Trung', 'Trung đoàn Cảnh sát cơ động Tây Nguyên']),
  );
  await page.getByTestId('session-open').click();
  await expect(page.getByTestId('voting-session')).toBeVisible();
  await expect(page.getByTestId('voting-session')).toContainText('06/02/2026');
  const sessionId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

  // every member's leader votes (by API: the phone ballot has its own journey)
  const session = await (await (await as('thanhtra.leader')).get(`/api/v1/voting-sessions/${sessionId}`)).json();
  const questions: { id: string; kind: string; role?: string }[] = session.questions;
  for (const leader of LEADERS) {
    const answers = questions.map((q) => ({
      questionId: q.id,
      choices:
        q.kind === 'APPROVAL'
          ? ['AGREE']
          : q.kind === 'CHOOSE_UP_TO'
            ? [unitOf['daktan.leader'], unitOf['tand.leader'], unitOf['tuphap.leader']]
            : q.role === 'HEAD'
              ? [unitOf['congan.leader']]
              : [unitOf['daktrung.leader']],
    }));
    const cast = await (await as(leader)).post(`/api/v1/voting-sessions/${sessionId}/ballots`, { data: { answers } });
    expect(cast.status(), await cast.text()).toBe(201);
    expect(cast.headers().location).toBe(`/api/v1/voting-sessions/${sessionId}/result`);
  }
  await page.reload();
  await page.getByTestId('session-count').click();
  await page.getByTestId('count-confirm').click();
  await expect(page.getByTestId('session-status')).toHaveText('Đã kiểm phiếu');

  // bloc-service sets 2026's term from the election, dated the conference's day
  await page.goto(`/blocs/${blocId}?tab=terms`);
  const row = page.getByTestId('term-row').filter({ hasText: '2026' });
  await expect(row).toContainText('Công an tỉnh Đắk Lắk', { timeout: 30_000 });
  await expect(row).toContainText('Trại giam Đắk Trung');
  await expect(row).toContainText('06/02/2026');
});
