import { expect, test } from '@playwright/test';
import {
  AWARD_MANAGEMENT_URL,
  GATEWAY,
  KON_TUM,
  SERVICE_URLS,
  allUnits,
  api,
  awaitRestarted,
  isRunning,
  pidOf,
  tokenFor,
  type Unit,
} from './stack';

/*
 * The first cross-service flow must survive failures: units keep being created and renamed in
 * bloc-service while award-service is killed, or while the Kafka broker restarts, and afterwards both
 * replicas hold exactly the directory (same units, same versions, none lost, none twice).
 */
test.describe.configure({ mode: 'serial', timeout: 420_000 });

const run = Date.now().toString(36);

async function createUnit(token: string, name: string): Promise<Unit> {
  const ctx = await api(token);
  try {
    const res = await ctx.post(`${GATEWAY}/api/v1/units`, {
      data: { name, shortName: 'KTKP', kind: 'AGENCY', parentId: KON_TUM },
    });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as Unit;
  } finally {
    await ctx.dispose();
  }
}

async function renameUnit(token: string, unit: Unit, name: string): Promise<Unit> {
  const ctx = await api(token);
  try {
    const res = await ctx.put(`${GATEWAY}/api/v1/units/${unit.id}`, {
      data: { name, shortName: unit.shortName, kind: unit.kind, parentId: unit.parentId, version: unit.version },
    });
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()) as Unit;
  } finally {
    await ctx.dispose();
  }
}

/** Creates `count` units and renames every third one, calling `during` once a third of them exist. */
async function changeUnitsWhile(token: string, label: string, count: number, during: () => void) {
  const changed: Unit[] = [];
  for (let i = 1; i <= count; i++) {
    if (i === Math.ceil(count / 3)) during();
    let unit = await createUnit(token, `Tổ kiểm thử khôi phục ${label} ${i} (${run})`);
    if (i % 3 === 0) unit = await renameUnit(token, unit, `Tổ kiểm thử khôi phục ${label} ${i} – đã đổi tên (${run})`);
    changed.push(unit);
  }
  return changed;
}

async function expectReplicasMatchDirectory(token: string, changed: Unit[]) {
  const ctx = await api(token);
  try {
    const directory = await allUnits(ctx, GATEWAY);
    for (const u of changed) expect(directory.get(u.id)?.version).toBe(u.version);
    for (const [service, url] of Object.entries(SERVICE_URLS)) {
      await expect
        .poll(async () => JSON.stringify([...(await allUnits(ctx, url)).values()].sort(byId)), {
          message: `the ${service}-service replica equals the unit directory`,
          timeout: 120_000,
          intervals: [500, 1_000, 2_000],
        })
        .toBe(JSON.stringify([...directory.values()].sort(byId)));
    }
  } finally {
    await ctx.dispose();
  }
}

const byId = (a: Unit, b: Unit) => a.id.localeCompare(b.id);

test('award-service killed while units change catches up on restart, nothing lost or duplicated', async () => {
  const token = await tokenFor('officer.demo');
  const pid = pidOf('award-service');
  expect(isRunning(pid)).toBe(true);

  const changed = await changeUnitsWhile(token, 'A', 30, () => process.kill(pid, 'SIGKILL'));

  await awaitRestarted('award-service', pid, `${AWARD_MANAGEMENT_URL}/q/health/ready`);
  // a fresh token: the restart may outlast an access token's five minutes
  await expectReplicasMatchDirectory(await tokenFor('officer.demo'), changed);
});

test('the Kafka broker restarted mid-stream loses nothing: the outbox holds events until it is back', async () => {
  const token = await tokenFor('officer.demo');
  const pid = pidOf('kafka');
  expect(isRunning(pid)).toBe(true);

  // bloc-service keeps accepting changes while the broker is down: its events wait in the outbox
  const changed = await changeUnitsWhile(token, 'K', 30, () => process.kill(pid, 'SIGTERM'));

  await awaitRestarted('kafka', pid, `${AWARD_MANAGEMENT_URL}/q/health/ready`);
  // a fresh token: the restart may outlast an access token's five minutes
  await expectReplicasMatchDirectory(await tokenFor('officer.demo'), changed);
});
