import { expect, request, test } from '@playwright/test';
import {
  GATEWAY,
  api,
  closeAndCheckCount,
  importDelegates,
  isRunning,
  openCouncilSession,
  passwordToken,
  pidOf,
  sleep,
  tokenFor,
} from './stack';

/*
 * Nothing acknowledged is lost when the database dies (issue 14). Forty delegates vote at a conference, four at a
 * time, while the twelve leaders of an emulation bloc sign its covenant one after another; each tries again until
 * the system takes the act. A third of the way into the ballots and with four signatures in, PostgreSQL is killed
 * with SIGKILL, as a power cut would stop it. The launcher starts it again, it recovers from its write-ahead log,
 * and the count holds every ballot that got a receipt, each delegate exactly once, and the covenant every
 * signature that was acknowledged.
 */
test.describe.configure({ mode: 'serial', timeout: 420_000 });

const VOTERS = 40;
const LANES = 4;
const PASSWORD = 'Dai-bieu-2026!';
const STAMP = Date.now().toString(36);
const username = (i: number) => `daibieu.${STAMP}.${String(i).padStart(2, '0')}`;
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
const SIGNED_BEFORE_KILL = 4;

const voterToken = (i: number) => passwordToken(username(i), PASSWORD);

test('every ballot that got a receipt is counted after PostgreSQL is killed mid-session', async () => {
  // the delegates' accounts, the voting body and an open session
  await importDelegates(
    Array.from({ length: VOTERS }, (_, k) => username(k + 1)),
    PASSWORD,
  );
  const tokens = await Promise.all(Array.from({ length: VOTERS }, (_, k) => voterToken(k + 1)));

  // a bloc of twelve Đắk Lắk units and its covenant of this year, open for signing
  const year = new Date().getFullYear();
  const leaderTokens = await Promise.all(LEADERS.map((l) => tokenFor(l)));
  const unitIds = await Promise.all(
    leaderTokens.map(async (t) => (await (await (await api(t)).get('/api/v1/me')).json()).unitId as string),
  );
  const daklak = await api(await tokenFor('daklak.officer'));
  const bloc = await daklak.post('/api/v1/blocs', {
    data: { organizingUnitId: DAKLAK, code: `KS-${STAMP}`, name: `Khối thi đua Nội chính (${STAMP})`, kind: 'BLOC' },
  });
  expect(bloc.status(), await bloc.text()).toBe(201);
  const blocId = (await bloc.json()).id as string;
  const members = await daklak.post(`/api/v1/blocs/${blocId}/members`, {
    data: { unitIds, joinedOn: `${year}-01-01`, reason: 'Theo Quyết định thành lập khối' },
  });
  expect(members.status(), await members.text()).toBe(201);
  const drafted = await daklak.put(`/api/v1/blocs/${blocId}/covenants/${year}`, {
    data: {
      title: `Giao ước thi đua năm ${year} của Khối thi đua Nội chính`,
      clauses: [
        { content: 'Thực hiện thắng lợi nhiệm vụ chính trị được giao', maxPoints: 50 },
        { content: 'Xây dựng cơ quan, đơn vị trong sạch, vững mạnh', maxPoints: 50 },
      ],
    },
  });
  expect(drafted.status(), await drafted.text()).toBe(200);
  const opened = await daklak.post(`/api/v1/blocs/${blocId}/covenants/${year}/open`);
  expect(opened.status(), await opened.text()).toBe(200);
  const textSha256 = (await opened.json()).textSha256 as string;

  const session = await openCouncilSession(
    Array.from({ length: VOTERS }, (_, k) => username(k + 1)),
    tokens[1],
    {
      council: `Đại hội đại biểu thi đua yêu nước tỉnh Kon Tum ${STAMP}`,
      session: `Biểu quyết danh sách đề nghị tặng Cờ thi đua ${STAMP}`,
      question: 'Thông qua danh sách đề nghị tặng Cờ thi đua của UBND tỉnh',
    },
  );
  const question = session.question;

  // the delegates vote, four at a time, each until the system takes the ballot
  const receipts = new Map<number, string>();
  const alreadyTaken = new Set<number>();
  const signatures = new Map<string, number>();
  const refusals: number[] = [];
  let acknowledged = 0;
  const postgres = pidOf('postgres');
  expect(isRunning(postgres)).toBe(true);
  let killed = false;

  function killWhenHalfway() {
    if (!killed && acknowledged >= Math.floor(VOTERS / 3) && signatures.size >= SIGNED_BEFORE_KILL) {
      killed = true;
      process.kill(postgres, 'SIGKILL');
    }
  }

  async function sign(leader: number) {
    const deadline = Date.now() + 180_000;
    for (;;) {
      expect(Date.now(), `${LEADERS[leader]} could not sign within 3 minutes`).toBeLessThan(deadline);
      const status = await fetch(`${GATEWAY}/api/v1/blocs/${blocId}/covenants/${year}/signatures`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${leaderTokens[leader]}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ textSha256 }),
      }).then(
        (res) => res.status,
        () => 0,
      );
      // 201 signed now; 200 the unit had signed already (its earlier answer lost with the connection)
      if (status === 201 || status === 200) {
        signatures.set(LEADERS[leader], status);
        killWhenHalfway();
        return;
      }
      refusals.push(status);
      await sleep(500);
    }
  }

  async function cast(voter: number) {
    const deadline = Date.now() + 180_000;
    for (;;) {
      expect(Date.now(), `delegate ${voter} could not vote within 3 minutes`).toBeLessThan(deadline);
      let status = 0;
      let body: { receipt?: string } = {};
      try {
        const res = await fetch(`${GATEWAY}/api/v1/voting-sessions/${session.id}/ballots`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${tokens[voter - 1]}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({
            answers: [{ questionId: question, choices: [voter % 5 === 0 ? 'DISAGREE' : 'AGREE'] }],
          }),
        });
        status = res.status;
        body = await res.json().catch(() => ({}));
      } catch {
        status = 0;
      }
      if (status === 201) {
        receipts.set(voter, body.receipt ?? '');
        acknowledged++;
        killWhenHalfway();
        return;
      }
      if (status === 409) {
        // taken before, though its answer was lost with the database: counted, without a receipt here
        alreadyTaken.add(voter);
        return;
      }
      refusals.push(status);
      await sleep(500);
    }
  }

  let next = 1;
  const signing = (async () => {
    for (let leader = 0; leader < LEADERS.length; leader++) {
      // the rest sign once the database has been killed, so that signatures go on across the outage
      while (leader === SIGNED_BEFORE_KILL && !killed) await sleep(100);
      await sign(leader);
    }
  })();
  await Promise.all([
    signing,
    ...Array.from({ length: LANES }, async () => {
      while (next <= VOTERS) await cast(next++);
    }),
  ]);
  expect(killed).toBe(true);
  const restarted = pidOf('postgres');
  expect(restarted).not.toBe(postgres);
  expect(isRunning(restarted)).toBe(true);
  // the outage was seen: some ballots were refused while the database was down, none was taken silently
  expect(refusals.length, 'ballots refused during the outage').toBeGreaterThan(0);
  expect(receipts.size + alreadyTaken.size).toBe(VOTERS);

  // every acknowledged signature is on the covenant, which came into force with the twelfth
  expect(signatures.size).toBe(LEADERS.length);
  const board = await (
    await request.newContext()
  ).get(`${GATEWAY}/api/v1/blocs/${blocId}/covenants/${year}/signatures`);
  expect(board.status(), await board.text()).toBe(200);
  const covenant = await board.json();
  expect(covenant.status).toBe('IN_FORCE');
  expect(covenant.signatures).toHaveLength(LEADERS.length);
  expect(covenant.signatures.every((s: { textSha256: string }) => s.textSha256 === textSha256)).toBe(true);

  // the secretary closes the session; the published count holds every receipt given, each delegate once
  const counts = await closeAndCheckCount(session.id, await voterToken(2), VOTERS, receipts.values());
  const disagree = Array.from({ length: VOTERS }, (_, k) => k + 1).filter((v) => v % 5 === 0).length;
  expect(counts.AGREE).toBe(VOTERS - disagree);
  expect(counts.DISAGREE).toBe(disagree);
});
