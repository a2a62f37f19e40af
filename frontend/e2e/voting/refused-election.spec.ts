import { expect, test } from '@playwright/test';
import { api, tokenFor } from '../api';
import { findTask, login } from '../support';

/*
 * An election the bloc cannot take is never lost: the year-end conference of a cluster elects as its 2026 head a
 * unit whose membership was ended before the conference's day (recorded late, after the session opened). The count
 * goes through; bloc-service refuses the term and parks the result, and the session's organizer (the outgoing
 * head's leader) sees it with the reason on the session and in their tasks. Once the unit is back in the cluster,
 * "Áp dụng lại" on the session applies it and the 2026 term appears, dated the conference's day.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const STAMP = Date.now().toString(36).toUpperCase();
const CLUSTER = `Cụm thi đua các cơ quan nội chính ${STAMP}`;
const LEADERS = [
  'thanhtra.leader',
  'daktan.leader',
  'vks.leader',
  'tand.leader',
  'tuphap.leader',
  'quansu.leader',
] as const;
const unitOf: Record<string, string> = {};
const as = async (username: string) => api(await tokenFor(username));

test('the refused election is shown to the session organizer with its reason and applied after the fix', async ({
  page,
}) => {
  for (const leader of LEADERS) unitOf[leader] = (await (await (await as(leader)).get('/api/v1/me')).json()).unitId;
  const officer = await as('daklak.officer');
  const created = await officer.post('/api/v1/blocs', {
    data: {
      organizingUnitId: '20000000-0000-0000-0000-000000000001',
      code: `CNC-${STAMP}`,
      name: CLUSTER,
      kind: 'CLUSTER',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const blocId = (await created.json()).id;
  const members = await (
    await officer.post(`/api/v1/blocs/${blocId}/members`, {
      data: { unitIds: LEADERS.map((l) => unitOf[l]), joinedOn: '2025-01-01', reason: 'Quyết định thành lập cụm' },
    })
  ).json();
  expect(
    (
      await officer.put(`/api/v1/blocs/${blocId}/terms/2025`, {
        data: {
          headUnitId: unitOf['thanhtra.leader'],
          deputyUnitId: unitOf['daktan.leader'],
          method: 'APPOINTED',
          decidedOn: '2025-01-05',
        },
      })
    ).status(),
  ).toBe(200);

  const head = await as('thanhtra.leader');
  const input = {
    kind: 'BLOC',
    blocId,
    title: `Hội nghị tổng kết năm 2025 ${STAMP}`,
    heldOn: '2026-02-06',
    electionYear: 2026,
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    questions: [
      {
        kind: 'ELECTION',
        role: 'HEAD',
        options: [{ unitId: unitOf['vks.leader'] }, { unitId: unitOf['tand.leader'] }],
      },
      {
        kind: 'ELECTION',
        role: 'DEPUTY',
        options: [{ unitId: unitOf['tuphap.leader'] }, { unitId: unitOf['quansu.leader'] }],
      },
    ],
  };
  // the cluster, its members and its 2025 term reach award-service's replicas through Kafka
  let session: { id: string; version: number; questions: { id: string; role: string }[] } | undefined;
  await expect(async () => {
    const opened = await head.post('/api/v1/voting-sessions', { data: input });
    expect(opened.status(), await opened.text()).toBe(201);
    session = await opened.json();
  }).toPass({ timeout: 60_000 });
  if (!session) throw new Error('the session did not open');
  // the conference's minutes say Viện Kiểm sát left the cluster on 31 January
  const vks = members.find((m: { unit: { id: string } }) => m.unit.id === unitOf['vks.leader']);
  expect(
    (
      await officer.post(`/api/v1/blocs/${blocId}/members/${vks.membershipId}/end`, {
        data: { leftOn: '2026-01-31', reason: 'Chuyển sang khối thi đua khác' },
      })
    ).status(),
  ).toBe(200);
  for (const leader of LEADERS) {
    const answers = session.questions.map((q: { id: string; role: string }) => ({
      questionId: q.id,
      choices: [q.role === 'HEAD' ? unitOf['vks.leader'] : unitOf['tuphap.leader']],
    }));
    expect(
      (await (await as(leader)).post(`/api/v1/voting-sessions/${session.id}/ballots`, { data: { answers } })).status(),
    ).toBe(201);
  }
  expect((await head.post(`/api/v1/voting-sessions/${session.id}/close?version=${session.version}`)).status()).toBe(
    200,
  );

  await login(page, 'thanhtra.leader');
  await page.goto(`/voting/${session.id}`);
  const problem = page.getByTestId('parked-event');
  await expect(problem).toBeVisible({ timeout: 30_000 });
  await expect(problem).toContainText('Kết quả của phiên chưa được ghi nhận ở khối thi đua');
  await expect(page.getByTestId('parked-reason')).toHaveText(
    '"Viện Kiểm sát nhân dân tỉnh Đắk Lắk" không phải thành viên của khối vào ngày 06/02/2026',
  );
  // one task, whichever service names it
  const tasks = (await (await head.get('/api/v1/tasks?size=200')).json()).items as { kind: string; title: string }[];
  const parked = tasks.filter((t) => t.kind === 'RESOLVE' && (t.title.includes(STAMP) || t.title.includes(CLUSTER)));
  expect(parked.map((t) => t.title)).toHaveLength(1);
  await expect(await findTask(page, parked[0].title)).toBeVisible();

  // the fix: the minutes were wrong, Viện Kiểm sát came back before the conference
  expect(
    (
      await officer.post(`/api/v1/blocs/${blocId}/members`, {
        data: {
          unitIds: [unitOf['vks.leader']],
          joinedOn: '2026-02-01',
          reason: 'Trở lại cụm theo quyết định bổ sung',
        },
      })
    ).status(),
  ).toBe(201);
  await page.goto(`/voting/${session.id}`);
  await page.getByTestId('parked-retry').click();
  await expect(page.getByTestId('parked-resolved')).toHaveText(/Đã áp dụng lại/);
  await expect(page.getByTestId('parked-event')).toHaveCount(0);
  await page.goto(`/blocs/${blocId}?tab=terms`);
  const row = page.getByTestId('term-row').filter({ hasText: '2026' });
  await expect(row).toContainText('Viện Kiểm sát nhân dân tỉnh Đắk Lắk');
  await expect(row).toContainText('06/02/2026');
});
