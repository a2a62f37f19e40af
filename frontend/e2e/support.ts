import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';

/** Demo accounts of the dev realm (deploy/); the password can be overridden for other environments. */
export const DEMO_PASSWORD = process.env.E2E_PASSWORD ?? 'demo123';

/** Signs in through the real Keycloak login page and waits for the app shell. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/');
  await page.getByTestId('login-button').click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('app-shell')).toBeVisible({ timeout: 30_000 });
}

/** A signed-in page of its own (a separate browser context), on a 390 px phone when asked. */
export async function asUser(browser: Browser, username: string, phone = false): Promise<Page> {
  const context = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {},
  );
  const page = await context.newPage();
  await login(page, username);
  return page;
}

/**
 * Answers "Đồng ý" in the confirmation popup, opening it first with `trigger` when given (clicked again while no popup
 * shows: a click that lands while the page re-renders opens nothing). The popup moves into place after the page
 * scrolls its trigger into view; a click that lands on the old place leaves it open, so it is tried again until the
 * popup has closed.
 */
export async function confirmPopup(page: Page, trigger?: Locator) {
  const ok = page.locator('.ant-popconfirm').getByRole('button', { name: 'Đồng ý' });
  if (trigger) {
    await expect(async () => {
      if (!(await ok.isVisible())) await trigger.click();
      await expect(ok).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
  }
  await expect(ok).toBeVisible();
  await expect(async () => {
    if (await ok.isVisible()) await ok.click({ timeout: 5_000 });
    await expect(ok).toBeHidden({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * The task on the home page whose text contains `text`, paging through the list (20 a page) until it shows; the
 * list is read again until the task has arrived from its service.
 */
export async function findTask(page: Page, text: string): Promise<Locator> {
  const task = page.getByTestId('task-item').filter({ hasText: text });
  await expect(async () => {
    await page.goto('/');
    await expect(page.getByTestId('task-item').first()).toBeVisible();
    const next = page.getByTestId('tasks-pages').locator('.ant-pagination-next');
    while (
      (await task.count()) === 0 &&
      (await next.isVisible()) &&
      (await next.getAttribute('aria-disabled')) !== 'true'
    ) {
      await next.click();
      // the previous page stays on screen, marked busy, until the next one has arrived
      await expect(page.getByTestId('tasks-card')).not.toHaveAttribute('aria-busy', 'true');
    }
    await expect(task).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return task;
}

/** The smallest PDF a viewer opens: enough for the upload policy's first-bytes check. */
export const SMALL_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** Whether the compact (phone) layout is showing: the menu lives in a drawer there. */
export async function isCompact(page: Page) {
  return page.getByTestId('menu-button').isVisible();
}

/** Opens a sidebar entry; on a phone through the drawer. */
export async function openNav(
  page: Page,
  entry: 'home' | 'units' | 'accounts' | 'blocs' | 'campaigns' | 'models' | 'awards' | 'voting',
) {
  if (await isCompact(page)) {
    await page.getByTestId('menu-button').click();
  }
  await page.getByTestId(`nav-${entry}`).click();
}

/** The signed-in user's display name as the header (or the phone drawer) shows it. */
export async function displayedUserName(page: Page) {
  const compact = await isCompact(page);
  if (compact) await page.getByTestId('menu-button').click();
  const name = page.getByTestId('user-name').first();
  await expect(name).not.toBeEmpty();
  const text = (await name.textContent())?.trim() ?? '';
  if (compact) await page.keyboard.press('Escape');
  return text;
}

/** True when the page is wider than the viewport (the phone layout must never scroll sideways). */
export async function hasHorizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    return document.documentElement.scrollWidth > width || document.body.scrollWidth > width;
  });
}

/**
 * The open popup of an Ant Design select, once its opening animation has ended: clicking an option
 * while the popup still slides (it may open above the field and move as the search filters) can miss.
 */
async function settledPopup(page: Page, kind: 'select' | 'tree') {
  const popup = page.locator(
    kind === 'tree'
      ? '.ant-tree-select-dropdown:not(.ant-select-dropdown-hidden)'
      : '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-tree-select-dropdown)',
  );
  await expect(popup).toBeVisible();
  await expect(popup).not.toHaveClass(/ant-slide-(up|down)-(appear|enter)/);
  return popup;
}

/** Chooses an option of an Ant Design select by its label (typing `search` first if given). */
export async function chooseOption(page: Page, field: Locator, label: string, search?: string) {
  await field.click();
  if (search) await field.fill(search);
  const popup = await settledPopup(page, 'select');
  await popup.locator(`.ant-select-item-option[title="${label}"]`).click();
  await expect(popup).toBeHidden();
}

/** Searches an Ant Design tree select and chooses the node with this title. */
export async function chooseTreeNode(page: Page, field: Locator, search: string, title: string) {
  await field.click();
  await field.fill(search);
  const popup = await settledPopup(page, 'tree');
  await popup.locator(`.ant-select-tree-node-content-wrapper[title="${title}"]`).click();
  await expect(popup).toBeHidden();
}

/** Chooses several nodes of a multiple Ant Design tree select, searching each by its title. */
export async function chooseTreeNodes(page: Page, field: Locator, titles: readonly string[]) {
  for (const title of titles) {
    await field.click();
    await field.fill(title);
    const popup = await settledPopup(page, 'tree');
    await popup.locator(`.ant-select-tree-node-content-wrapper[title="${title}"]`).click();
  }
  await page.keyboard.press('Escape');
}

/** Chooses options of a multiple Ant Design select (the popup stays open between choices). */
export async function chooseOptions(page: Page, field: Locator, choices: readonly { label: string; search: string }[]) {
  for (const { label, search } of choices) {
    await field.click();
    await field.fill(search);
    const popup = await settledPopup(page, 'select');
    await popup.locator(`.ant-select-item-option[title="${label}"]`).click();
  }
  await page.keyboard.press('Escape');
  await expect(
    page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-tree-select-dropdown)'),
  ).toHaveCount(0);
}

/** Types a date into an Ant Design date picker (dd/mm/yyyy) and confirms it. */
export async function setDate(field: Locator, value: string) {
  await field.click();
  await field.fill(value);
  await field.press('Enter');
  await expect(field).toHaveValue(value);
}

/** Moves the keyboard's focus with Tab alone until `target` (or something inside it) has it. */
export async function tabTo(page: Page, target: Locator, max = 40) {
  const focused = () => target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
  for (let i = 0; i < max && !(await focused()); i++) await page.keyboard.press('Tab');
  expect(await focused(), 'reached with Tab').toBe(true);
}

/**
 * Fills a form with the keyboard alone: each field reached with Tab, text typed, a choice typed and taken with
 * Enter, a tree node searched and taken with ↓ Enter, a date typed dd/MM/yyyy, a checkbox ticked with Space.
 */
export async function typeInto(
  page: Page,
  field: Locator,
  value: { text: string } | { choose: string } | { search: string; title: string } | { date: string } | { tick: true },
) {
  await tabTo(page, field);
  if ('tick' in value) {
    await page.keyboard.press('Space');
    await expect(field).toBeChecked();
  } else if ('search' in value) {
    await page.keyboard.type(value.search);
    const active = page.locator('.ant-select-dropdown:visible .ant-select-tree-treenode-active');
    await expect(
      page.locator(`.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper[title="${value.title}"]`),
    ).toBeVisible();
    // ↓ walks the matches and the units above them, down to the one wanted
    const activeTitle = async () =>
      (await active.count())
        ? await active.locator('.ant-select-tree-node-content-wrapper').first().getAttribute('title')
        : null;
    for (let i = 0; i < 12 && (await activeTitle()) !== value.title; i++) await page.keyboard.press('ArrowDown');
    await expect(active.locator('.ant-select-tree-node-content-wrapper')).toHaveAttribute('title', value.title);
    await page.keyboard.press('Enter');
  } else {
    const text = 'text' in value ? value.text : 'choose' in value ? value.choose : value.date;
    await page.keyboard.type(text);
    if (!('text' in value)) await page.keyboard.press('Enter');
    if ('date' in value) await expect(field).toHaveValue(value.date);
  }
}

/** Serious and critical violations of WCAG 2.1 A and AA on the page as it shows now (axe-core). */
export async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}
