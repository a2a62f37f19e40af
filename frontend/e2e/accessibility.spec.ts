import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hasHorizontalOverflow, login } from './support';

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
  '/awards/honours',
  '/voting',
  '/units',
  '/public/notices',
  '/public/honours',
];

const VIEWPORTS = {
  desktop: { viewport: { width: 1366, height: 768 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

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

for (const [device, options] of Object.entries(VIEWPORTS)) {
  for (const user of ['officer.demo', 'unitofficer.demo', 'leader.demo', 'council.demo']) {
    test(`${user} on a ${device}: every page is accessible and fits the screen`, async ({ browser }) => {
      const page = await (await browser.newContext(options)).newPage();
      await login(page, user);
      const problems: string[] = [];
      for (const path of PAGES) {
        await visit(page, path);
        for (const v of await seriousViolations(page)) problems.push(`${path}: ${v}`);
        if (await hasHorizontalOverflow(page)) problems.push(`${path}: scrolls sideways`);
        if (device === 'phone') for (const s of await smallTargets(page)) problems.push(`${path}: small target ${s}`);
      }
      expect(problems).toEqual([]);
    });
  }
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
