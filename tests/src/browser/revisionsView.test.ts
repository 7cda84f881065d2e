import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession, join } from '../helpers/api.ts';
import { saveScreenshot, startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { clauseEditor, editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';
import { rewriteClause } from './sessionScene.ts';

const browser = useBrowser();

/** Opens one of the console's collapsible sections (a no-op when it is open already). */
async function openSection(page: Page, testId: string) {
  const section = page.getByTestId('mediator-console').getByTestId(testId);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
  return section;
}

/** The words the open comparison marks as inserted and as removed, in reading order. */
async function markedWords(page: Page) {
  const changed = page
    .getByTestId('revision-diff')
    .locator('[data-testid="revision-diff-clause"][data-change="changed"]');
  const words = async (tag: string) => (await changed.locator(tag).allTextContents()).map((text) => text.trim());
  return { inserted: await words('ins'), removed: await words('del') };
}

describe('the revisions view: saved texts and their word compare, full width, for everyone allowed', () => {
  it('a delegate opens the revisions, compares two of them and a revision with the current text, and goes back with Esc and with Back', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId = ''] = session.parties.map((party) => party.id);
    const chair = await join(server.url, session, 'mediator', 'Ada Chair');
    const chairDoc = (await connectProvider(server.wsUrl, session.id, { token: chair.token })).doc;
    const delegate = await browser.person();
    const { page } = delegate;
    await joinThroughInvite(page, session.invites.parties[ruritaniaId]?.url ?? '', 'Rudolf');

    const send = async (command: Record<string, unknown>) => {
      const answer = await sendCommand(server.url, session.id, chair.token, command);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    };
    // Rev.1, then the chair rewrites the clause (one word out, words in), Rev.2, then one more word.
    await send({ type: 'clause.add', kind: 'operative', text: 'The Parties shall meet monthly in Geneva.' });
    await expect.poll(() => editorText(clauseEditor(page))).toBe('The Parties shall meet monthly in Geneva.');
    await send({ type: 'version.save' });
    rewriteClause(chairDoc, 0, 'monthly in Geneva', 'weekly in Geneva and Vienna');
    // Once the delegate's page shows it, the server has stored it.
    await expect.poll(() => editorText(clauseEditor(page))).toBe('The Parties shall meet weekly in Geneva and Vienna.');
    await send({ type: 'version.save', label: 'After the Vienna round' });
    rewriteClause(chairDoc, 0, 'shall meet', 'shall meet in person');
    await expect.poll(() => editorText(clauseEditor(page))).toContain('shall meet in person');

    // The view replaces the draft, full width of the middle column (the console is 300 px wide).
    await page.getByTestId('view-revisions').click();
    const view = page.getByTestId('revisions-view');
    await view.waitFor();
    expect(await page.getByTestId('clause').count()).toBe(0);
    expect(await page.getByTestId('view-revisions').getAttribute('aria-current')).toBe('page');
    expect((await view.boundingBox())?.width ?? 0).toBeGreaterThan(800);
    // Arriving moves focus to the view's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Revisions');
    const rows = view.getByTestId('revisions-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(/^Rev\.1.*Ada Chair$/);
    expect(await rows.nth(1).textContent()).toMatch(/^After the Vienna round.*Ada Chair$/);

    // The default pair is the last two revisions: "monthly" removed, "weekly" and "and Vienna" inserted.
    expect(await view.getByTestId('compare-from').locator('option:checked').textContent()).toBe('Rev.1');
    expect(await view.getByTestId('compare-to').locator('option:checked').textContent()).toBe('After the Vienna round');
    await view.getByTestId('compare').click();
    await view.getByTestId('revision-diff').waitFor();
    expect(await view.getByTestId('revision-diff').getByRole('heading').textContent()).toBe(
      'Rev.1 → After the Vienna round',
    );
    const first = await markedWords(page);
    expect(first.removed.join(' ')).toContain('monthly');
    expect(first.inserted.join(' ')).toContain('weekly');
    expect(first.inserted.join(' ')).toContain('Vienna');
    expect(first.removed.join(' ')).not.toContain('Geneva');
    expect(first.inserted.join(' ')).not.toContain('Geneva');
    expect(await view.getByTestId('revision-diff-summary').textContent()).toContain('1 changed.');
    // For people to look at: the delegate's room with the view open.
    await saveScreenshot(page, 'revisions-view');

    // One revision and the current text: only the chair's last words are new.
    await view.getByTestId('compare-from').selectOption({ label: 'After the Vienna round' });
    await view.getByTestId('compare-to').selectOption({ label: 'Current text' });
    await view.getByTestId('compare').click();
    await expect
      .poll(() => view.getByTestId('revision-diff').getByRole('heading').textContent())
      .toBe('After the Vienna round → current text');
    const second = await markedWords(page);
    expect(second.inserted.join(' ')).toBe('in person');
    expect(second.removed).toEqual([]);

    // Esc goes back to the draft, with focus on its tab; the view opens again and Back does the same.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('revisions-view').count()).toBe(0);
    await expect.poll(() => page.getByTestId('clause').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('view-draft');
    await page.getByTestId('view-revisions').click();
    await page.getByTestId('revisions-back').click();
    await expect.poll(() => page.getByTestId('revisions-view').count()).toBe(0);
    expect(await page.getByTestId('view-draft').getAttribute('aria-current')).toBe('page');
    expect(delegate.errors).toEqual([]);
  });

  it('an observer is not offered the revisions until the mediator allows it in the console, and loses them when it is withdrawn', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const mediator = await browser.person();
    const observer = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(observer.page, session.invites.observer.url, 'Olga Observer');
    const added = await sendCommand(server.url, session.id, chair.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'The Parties shall meet.',
    });
    expect(added.status).toBe(200);
    await expect.poll(() => observer.page.getByTestId('clause').count()).toBe(1);

    // The mediator saves Rev.1 in the console; its link opens the same view in the mediator's room.
    const revisions = await openSection(mediator.page, 'console-revisions-section');
    await revisions.getByTestId('console-save-revision').click();
    await expect.poll(() => revisions.getByTestId('console-revision').count()).toBe(1);
    await revisions.getByTestId('console-open-revisions').click();
    await expect.poll(() => mediator.page.getByTestId('revisions-row').count()).toBe(1);

    // Not offered to the observer; the draft's other tabs are there, so the absence means something.
    expect(await observer.page.getByTestId('view-positions').count()).toBe(1);
    expect(await observer.page.getByTestId('view-revisions').count()).toBe(0);

    // The mediator allows it: the tab appears live on the observer's page, and the view works.
    const settings = await openSection(mediator.page, 'console-session');
    const allow = settings.getByTestId('console-observers-export');
    await settings.getByText('Observers may download and see revisions').waitFor();
    await allow.check();
    await observer.page.getByTestId('view-revisions').click();
    await expect.poll(() => observer.page.getByTestId('revisions-row').count()).toBe(1);
    await observer.page.getByTestId('compare').click();
    await expect
      .poll(() => observer.page.getByTestId('revision-diff-summary').textContent())
      .toContain('No change to the text.');

    // Withdrawn: the view closes by itself and the tab goes.
    await allow.uncheck();
    await expect.poll(() => observer.page.getByTestId('view-revisions').count()).toBe(0);
    expect(await observer.page.getByTestId('revisions-view').count()).toBe(0);
    await expect.poll(() => observer.page.getByTestId('clause').count()).toBe(1);
    // Allowed again: the tab is back, and the observer stays where they are (the draft).
    await allow.check();
    await observer.page.getByTestId('view-revisions').waitFor();
    expect(await observer.page.getByTestId('revisions-view').count()).toBe(0);
    expect(await observer.page.getByTestId('view-draft').getAttribute('aria-current')).toBe('page');

    expect(observer.errors).toEqual([]);
    expect(mediator.errors).toEqual([]);
  });
});
