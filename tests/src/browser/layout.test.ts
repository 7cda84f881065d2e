import type { CreateSessionResponse } from '@parley/shared';
import { plenaryRoots, readClausesInOrder, readModeration } from '@parley/shared';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { saveScreenshot, startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { clauseEditor, editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';
import { seedTalks } from './sessionScene.ts';

const browser = useBrowser();

/** The seeded talks (see `seedTalks`), the mediator and Ruritania's delegate in their own browsers. */
async function talks() {
  const server = await startServerWithClient();
  const session = await createSession(server.url, ['Ruritania', 'Borduria']);
  const [ruritaniaId = ''] = session.parties.map((party) => party.id);
  const mediator = await browser.person();
  const delegate = await browser.person();
  const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
  const rudolf = await joinThroughInvite(delegate.page, session.invites.parties[ruritaniaId]?.url ?? '', 'Rudolf');
  const scene = await seedTalks(server.url, server.wsUrl, session, chair.token);
  for (const { page } of [mediator, delegate]) await expect.poll(() => page.getByTestId('clause').count()).toBe(5);
  return { server, session, ruritaniaId, mediator, delegate, chair, rudolf, scene };
}

/** The plenary as the server holds it, read through a sync connection of the mediator's. */
async function serverPlenary(server: TestServer, session: CreateSessionResponse, token: string) {
  const { doc } = await connectProvider(server.wsUrl, session.id, { token });
  const roots = plenaryRoots(doc);
  return { clauses: () => readClausesInOrder(roots), moderation: () => readModeration(roots) };
}

/** Selects characters `start`..`end` of the first paragraph of an editor (see brackets.test.ts). */
async function select(editor: Locator, start: number, end: number): Promise<void> {
  await editor.click();
  await editor.evaluate(
    (element, [from, to]) => {
      const { editor: tiptap } = element as HTMLElement & {
        editor: { commands: { setTextSelection: (range: { from: number; to: number }) => boolean } };
      };
      tiptap.commands.setTextSelection({ from: 1 + (from ?? 0), to: 1 + (to ?? 0) });
    },
    [start, end],
  );
}

async function wordsOf(editor: Locator, word: string): Promise<[number, number]> {
  const text = await editorText(editor);
  const start = text.indexOf(word);
  expect(start, `"${word}" in "${text}"`).toBeGreaterThanOrEqual(0);
  return [start, start + word.length];
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Boxes in page coordinates (not the viewport's), so that sticky columns are compared wherever they are. */
function pageBoxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height };
    }),
  );
}

/** How far the page scrolls sideways (0 when it fits), and the widest elements that stick out, to say why. */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const viewport = root.clientWidth;
    const culprits = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((element) => element.getBoundingClientRect().right > viewport + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
  });
}

describe('a layout that fits', () => {
  it('one contextual toolbar acts on the clause being edited: bold, bracket with reason and note, new option, comment; keyboard reachable', async () => {
    const { server, session, ruritaniaId, mediator, delegate, chair, scene } = await talks();
    const { page } = delegate;
    const toolbar = page.getByTestId('editor-toolbar');
    // Nothing to act on yet: no toolbar, and never one per clause.
    expect(await toolbar.count()).toBe(0);
    expect(await page.getByTestId('clause').getByRole('toolbar').count()).toBe(0);

    // Bold: select "monitor" in clause 2 (the fourth card) and press Bold in the one toolbar.
    const joint = page.getByTestId('clause').nth(3).getByTestId('clause-body').locator('.ProseMirror');
    await select(joint, ...(await wordsOf(joint, 'monitor')));
    await expect.poll(() => toolbar.getByTestId('toolbar-target').textContent()).toBe('Editing: clause 2');
    expect(await page.getByRole('toolbar').count()).toBe(1);
    await toolbar.getByRole('button', { name: 'Bold' }).click();
    await expect.poll(() => clauseEditor(mediator.page, 3).locator('strong').allTextContents()).toEqual(['monitor']);
    expect(await clauseEditor(mediator.page, 2).locator('strong').count()).toBe(0);

    // The toolbar follows the focus: brackets "six members" in clause 2 with a reason and a note.
    const tenth = 'six members';
    await select(joint, ...(await wordsOf(joint, tenth)));
    await toolbar.getByTestId('bracket-reason').selectOption('other');
    await toolbar.getByTestId('bracket-note').fill('number to be agreed');
    await toolbar.getByRole('button', { name: 'Bracket', exact: true }).click();
    const bracketOnMediatorPage = mediator.page.getByTestId('clause').nth(3).locator('.bracket');
    await expect.poll(() => bracketOnMediatorPage.textContent()).toBe(tenth);
    expect(await bracketOnMediatorPage.getAttribute('data-bracket-holder')).toBe(ruritaniaId);
    expect(await bracketOnMediatorPage.getAttribute('data-bracket-note')).toBe('number to be agreed');
    expect(await mediator.page.getByTestId('clause').nth(3).locator('.bracket-label').textContent()).toBe(
      'Ruritania · Other · number to be agreed',
    );

    // New option: on the server, clause 2 gets one option.
    const plenary = await serverPlenary(server, session, chair.token);
    await toolbar.getByTestId('new-option').click();
    await expect.poll(() => plenary.clauses()[3]?.options.length).toBe(1);
    expect(plenary.clauses()[2]?.options.length).toBe(0);

    // Comment: opens clause 2's comments with the text box focused.
    await toolbar.getByRole('button', { name: 'Comment' }).click();
    const comments = page.getByTestId('clause').nth(3).getByTestId('comments');
    await expect.poll(() => comments.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '')).toBe('textarea');
    await page.keyboard.type('Six is too many for a river this size.');
    await comments.getByRole('button', { name: 'Post comment' }).click();
    await expect
      .poll(() => mediator.page.getByTestId('clause').nth(3).getByTestId('comments').locator('summary').textContent())
      .toContain('(1)');

    // Keyboard: Alt+F10 from the text goes to the toolbar, the arrows move along it, Escape goes back.
    await joint.click();
    await page.keyboard.press('Alt+F10');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe('Bold');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toBe('Italic');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror') ?? false))
      .toBe(true);
    expect(await page.getByRole('toolbar').count()).toBe(1);

    // A clause this delegate may not edit: the toolbar names it, and says why its tools are off.
    expect(
      (await sendCommand(server.url, session.id, chair.token, { type: 'clause.lock', clauseId: scene.clauseIds[4] }))
        .status,
    ).toBe(200);
    await expect.poll(() => page.getByTestId('clause').nth(4).getByTestId('clause-locked').count()).toBe(1);
    await page.getByTestId('clause').nth(4).getByTestId('clause-body').click();
    await expect.poll(() => toolbar.getByTestId('toolbar-target').textContent()).toBe('Editing: clause 3');
    expect(await toolbar.getByRole('button', { name: 'Bold' }).getAttribute('aria-disabled')).toBe('true');
    expect(await toolbar.getByTestId('toolbar-disabled').textContent()).toMatch(/locked/i);

    expect(mediator.errors).toEqual([]);
    expect(delegate.errors).toEqual([]);
  });

  it('at 1024×768 the mediator’s console sits beside the draft, never over it, and closes with Escape', async () => {
    const { mediator } = await talks();
    const { page } = mediator;
    await page.setViewportSize({ width: 1024, height: 768 });
    const console_ = page.getByTestId('mediator-console');
    await expect.poll(() => console_.count()).toBe(1);
    // Every section open: the console at its tallest and widest.
    const closed = page.locator('[data-testid="mediator-console"] details:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();

    // The console's column: what shows on screen (the console inside it scrolls).
    const column = page.locator('#mediator-console-column');
    const [consoleBox] = await pageBoxes(column);
    const cards = await pageBoxes(page.getByTestId('clause'));
    expect(consoleBox).toBeDefined();
    expect(cards).toHaveLength(5);
    for (const card of cards)
      expect(intersects(consoleBox as Box, card), JSON.stringify({ consoleBox, card })).toBe(false);
    // The draft stays readable beside it.
    const editors = await pageBoxes(page.getByTestId('clause-body').locator('.ProseMirror'));
    expect(editors).toHaveLength(5);
    for (const editor of editors) expect(editor.width).toBeGreaterThanOrEqual(480);
    // Scrolled down to the last clause, the (sticky) console still stays beside it.
    await page.getByTestId('clause').nth(4).scrollIntoViewIfNeeded();
    const [consoleNow] = await pageBoxes(column);
    for (const card of await pageBoxes(page.getByTestId('clause')))
      expect(intersects(consoleNow as Box, card)).toBe(false);
    expect((await sidewaysOverflow(page)).scrollWidth).toBeLessThanOrEqual(1024);
    await saveScreenshot(page, 'layout-1024-console');

    // Escape closes it (focus back on the button that opens it); the button brings it back as it was.
    await console_.locator('summary').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => console_.isVisible()).toBe(false);
    const toggle = page.getByTestId('toggle-console');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('toggle-console');
    // Closed, the draft takes the room.
    const [wider] = await pageBoxes(page.getByTestId('clause').first());
    expect(wider?.width).toBeGreaterThan(cards[0]?.width ?? 0);
    await toggle.click();
    await expect.poll(() => console_.isVisible()).toBe(true);
    expect(await closed.count()).toBe(0);
    expect(mediator.errors).toEqual([]);
  });

  it('at 390×844 a delegate reads the draft with its brackets and status, signs off and requests the floor, with no sideways scrolling', async () => {
    const { server, session, ruritaniaId, mediator, delegate, chair } = await talks();
    const { page } = delegate;
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.locator('.bracket').count()).toBe(1);

    const overflow = await sidewaysOverflow(page);
    expect(overflow.scrollWidth, overflow.culprits.join(', ')).toBeLessThanOrEqual(overflow.clientWidth);
    // The draft, its bracket label and each clause's status are on screen, within the width.
    const label = page.locator('.bracket-label');
    await label.scrollIntoViewIfNeeded();
    expect(await label.isVisible()).toBe(true);
    expect(await label.textContent()).toBe('Borduria · Linked to another issue · depends on article 2');
    for (const status of await page.getByTestId('clause-status').all()) expect(await status.isVisible()).toBe(true);
    for (const card of await pageBoxes(page.getByTestId('clause')))
      expect(card.x + card.width).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'layout-390-delegate');
    // Reading is not editing: no toolbar until a clause's text is focused.
    expect(await page.getByTestId('editor-toolbar').count()).toBe(0);

    const plenary = await serverPlenary(server, session, chair.token);
    // Sign off clause 2 (the fourth card).
    const signOff = page.getByTestId('clause').nth(3).getByTestId('sign-off');
    await signOff.scrollIntoViewIfNeeded();
    await signOff.click();
    await expect.poll(() => plenary.clauses()[3]?.signoffs.get(ruritaniaId as never)?.adReferendum).toBe(false);
    // Request the floor.
    const request = page.getByRole('button', { name: 'Request the floor' });
    await request.scrollIntoViewIfNeeded();
    await request.click();
    await expect.poll(() => plenary.moderation().speakers.length).toBe(1);
    await expect
      .poll(() => mediator.page.getByTestId('speaker-entry').allTextContents())
      .toEqual([expect.stringContaining('Rudolf')]);

    // Still no sideways scrolling after all that, and axe is content at this width too.
    const after = await sidewaysOverflow(page);
    expect(after.scrollWidth, after.culprits.join(', ')).toBeLessThanOrEqual(after.clientWidth);
    expect(formatViolations(await seriousViolations(page)), 'room (delegate, phone)').toBe('');
    expect(delegate.errors).toEqual([]);
  });

  it('at 390×844 a delegate finds the language menu in the bar and reads the room in Arabic, mirrored, with no sideways scrolling', async () => {
    const { delegate } = await talks();
    const { page } = delegate;
    await page.setViewportSize({ width: 390, height: 844 });
    const menu = page.getByRole('combobox', { name: 'Language' });
    await menu.scrollIntoViewIfNeeded();
    const box = await menu.boundingBox();
    expect(box !== null && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await menu.selectOption('ar');
    // The page turns once the Arabic catalog (a chunk of its own) has arrived.
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // The bracket's label in Arabic (the party's name and the note stay as written).
    await expect
      .poll(() => page.locator('.bracket-label').textContent())
      .toBe('Borduria · مرتبط بمسألة أخرى · depends on article 2');
    await page.getByRole('button', { name: 'مشروع الاتفاق' }).waitFor();
    const overflow = await sidewaysOverflow(page);
    expect(overflow.scrollWidth, overflow.culprits.join(', ')).toBeLessThanOrEqual(overflow.clientWidth);
    for (const card of await pageBoxes(page.getByTestId('clause'))) {
      expect(card.x).toBeGreaterThanOrEqual(0);
      expect(card.x + card.width).toBeLessThanOrEqual(390);
    }
    await saveScreenshot(page, 'layout-390-room-ar');
    // The menu keeps its name in the new language, for a screen reader.
    await page.getByRole('combobox', { name: 'اللغة' }).waitFor();
    expect(formatViolations(await seriousViolations(page)), 'room in Arabic (delegate, phone)').toBe('');
    expect(delegate.errors).toEqual([]);
  });

  it('at 390×844 the mediator’s console waits behind its button, and opened it fits the width too', async () => {
    const { mediator } = await talks();
    const { page } = mediator;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect.poll(() => page.getByTestId('clause').count()).toBe(5);
    const toggle = page.getByTestId('toggle-console');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('mediator-console').count()).toBe(0);
    const closedConsole = await sidewaysOverflow(page);
    expect(closedConsole.scrollWidth, closedConsole.culprits.join(', ')).toBeLessThanOrEqual(closedConsole.clientWidth);

    await toggle.click();
    const console_ = page.getByTestId('mediator-console');
    await expect.poll(() => console_.isVisible()).toBe(true);
    const closed = page.locator('[data-testid="mediator-console"] details:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
    // Opened, it comes above the draft (right under its button), not over it.
    const [consoleBox] = await pageBoxes(page.locator('#mediator-console-column'));
    const [firstCard] = await pageBoxes(page.getByTestId('clause'));
    expect((consoleBox?.y ?? 0) + (consoleBox?.height ?? 0)).toBeLessThanOrEqual(firstCard?.y ?? 0);
    const openConsole = await sidewaysOverflow(page);
    expect(openConsole.scrollWidth, openConsole.culprits.join(', ')).toBeLessThanOrEqual(openConsole.clientWidth);
    expect(mediator.errors).toEqual([]);
  });
});
