import { expect, test, type Page } from '@playwright/test';
import { hasHorizontalOverflow, login, seriousViolations } from './support';

/**
 * Every page as each role sees it, on a desktop and on a phone: no serious or critical accessibility violation
 * (axe-core, WCAG 2.1 A and AA), no sideways scrolling, and on the phone every button, tab and menu entry a
 * finger's size (44 × 44 px). Runs after the other journeys, so the pages hold their content.
 */
const PAGES = [
  '/',
  '/campaigns',
  '/models',
  '/blocs',
  '/awards',
  '/awards/registrations',
  '/awards/people',
  '/awards/notices',
  '/awards/decisions',
  '/awards/honours',
  '/awards/catalog',
  '/voting',
  '/units',
  '/accounts',
  '/public/notices',
  '/public/honours',
];

/**
 * Detail pages, reached from their lists (the first one listed), with every tab they have; each as a user the
 * journeys before this one gave such a record (the bloc's organizer, the police campaigns' officer, …).
 */
const DETAILS = [
  { user: 'daklak.officer', list: '/blocs', link: 'a[href^="/blocs/"]' },
  { user: 'police.officer', list: '/campaigns', link: 'a[href^="/campaigns/"]' },
  { user: 'daklak.officer', list: '/awards', link: 'a[href^="/awards/nominations/"]' },
  { user: 'hdtd02', list: '/voting', link: 'a[href^="/voting/"]:not([href$="/ballot"]):not([href="/voting/new"])' },
];

const VIEWPORTS = {
  desktop: { viewport: { width: 1366, height: 768 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;

/** Buttons, tabs, menu entries and page numbers smaller than 44 × 44 px (inline text links are exempt). */
async function smallTargets(page: Page) {
  return page.evaluate(() => {
    const selector = 'button, a.ant-btn, [role="tab"], [role="menuitem"], .ant-pagination-item, .ant-drawer-close';
    const small: string[] = [];
    document.querySelectorAll<HTMLElement>(selector).forEach((el) => {
      const box = el.getBoundingClientRect();
      const style = window.getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') return;
      if (box.width < 43.5 || box.height < 43.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        small.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    });
    return small;
  });
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0, { timeout: 20_000 });
  // tabs measure themselves after the first paint: a tab list is read once it holds its tabs
  await expect(page.locator('[role="tablist"]:not(:has([role="tab"]))')).toHaveCount(0);
}

/** What is wrong with the page as it shows now. */
async function check(page: Page, where: string, phone: boolean) {
  const problems = (await seriousViolations(page)).map((v) => `${where}: ${v}`);
  if (await hasHorizontalOverflow(page)) problems.push(`${where}: scrolls sideways`);
  if (phone) for (const s of await smallTargets(page)) problems.push(`${where}: small target ${s}`);
  return problems;
}

/** The first record a list links to, and each of its tabs. */
async function checkDetail(page: Page, list: string, link: string, phone: boolean) {
  await visit(page, list);
  const href = await page.locator(link).first().getAttribute('href', { timeout: 5_000 });
  expect(href, `${list} lists a record to open`).toBeTruthy();
  await visit(page, href ?? list);
  const problems = await check(page, href ?? list, phone);
  const tabs = page.locator('main [role="tab"]');
  for (let i = 0; i < (await tabs.count()); i++) {
    const name = ((await tabs.nth(i).textContent()) ?? '').trim();
    await tabs.nth(i).click();
    await expect(page.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0, { timeout: 20_000 });
    problems.push(...(await check(page, `${href} › ${name}`, phone)));
  }
  return problems;
}

for (const [device, options] of Object.entries(VIEWPORTS)) {
  const phone = device === 'phone';
  for (const user of ['officer.demo', 'unitofficer.demo', 'leader.demo', 'council.demo']) {
    test(`${user} on a ${device}: every page is accessible and fits the screen`, async ({ browser }) => {
      const page = await (await browser.newContext(options)).newPage();
      await login(page, user);
      const problems: string[] = [];
      for (const path of PAGES) {
        await visit(page, path);
        problems.push(...(await check(page, path, phone)));
      }
      expect(problems).toEqual([]);
    });
  }
}

for (const [device, options] of Object.entries(VIEWPORTS)) {
  test(`on a ${device}, every record’s page and each of its tabs is accessible`, async ({ browser }) => {
    const problems: string[] = [];
    for (const { user, list, link } of DETAILS) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await login(page, user);
      problems.push(...(await checkDetail(page, list, link, device === 'phone')));
      await context.close();
    }
    expect(problems).toEqual([]);
  });
}

test('the public pages are accessible to a visitor who has not signed in', async ({ browser }) => {
  for (const options of Object.values(VIEWPORTS)) {
    const page = await (await browser.newContext(options)).newPage();
    const problems: string[] = [];
    for (const path of ['/', '/public/notices', '/public/honours']) {
      await visit(page, path);
      for (const v of await seriousViolations(page)) problems.push(`${path}: ${v}`);
      if (await hasHorizontalOverflow(page)) problems.push(`${path}: scrolls sideways`);
    }
    expect(problems).toEqual([]);
  }
});
