import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Moderation } from '@parley/shared';
import { appendParagraph, plenaryRoots, readAgenda, readClausesInOrder, readModeration } from '@parley/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSession, join } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();
const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts/screenshots');

/** Opens one of the console's collapsible sections (a no-op when it is open already). */
async function openSection(page: Page, testId: string) {
  const section = page.getByTestId('mediator-console').getByTestId(testId);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
  return section;
}

/** Appends `text` to the last paragraph of a clause body, as a delegate's editor would (or starts one). */
function typeIntoClause(doc: Y.Doc, clauseIndex: number, text: string) {
  const clause = readClausesInOrder(plenaryRoots(doc))[clauseIndex];
  if (!clause) throw new Error(`no clause ${clauseIndex}`);
  doc.transact(() => {
    const last = clause.body.toArray().at(-1);
    const content = last instanceof Y.XmlElement ? last.toArray()[0] : undefined;
    if (content instanceof Y.XmlText) content.insert(content.length, text);
    else appendParagraph(clause.body, text);
  });
}

describe('the mediator runs the agenda, the text and its revisions from the console', () => {
  it('an item taken up with a time-box counts down for everyone; a lock reaches the delegates; Rev.1 → Rev.2 shows the delegate’s words as inserted', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const mediator = await browser.person();
    const { page } = mediator;
    await joinThroughInvite(page, session.invites.mediator.url, 'Ada Chair');
    const delegate = await join(server.url, session, { party: 0 }, 'Rudolf');
    const delegateDoc = (await connectProvider(server.wsUrl, session.id, { token: delegate.token })).doc;
    const delegateModeration = (): Moderation => readModeration(plenaryRoots(delegateDoc));

    const panel = page.getByTestId('mediator-console');
    await panel.waitFor();

    // Agenda: add an item with a 15-minute time-box and take it up.
    const agenda = await openSection(page, 'console-agenda');
    await agenda.getByLabel('New item').fill('Water sharing');
    await agenda.getByLabel('Time-box (min)').fill('15');
    await agenda.getByTestId('console-agenda-add').click();
    const row = agenda.getByTestId('console-agenda-item').filter({ hasText: 'Water sharing' });
    await row.waitFor();
    expect(await row.textContent()).toContain('15 min');
    await row.getByTestId('console-set-current').click();

    // The console shows it as current, with the countdown on the server's clock.
    await expect.poll(() => panel.getByTestId('console-current-item').textContent()).toContain('Water sharing');
    const remaining = panel.getByTestId('console-now-item-remaining');
    await expect.poll(() => remaining.textContent()).toMatch(/^1[45]:\d\d left$/);
    expect(await row.getByTestId('console-current-marker').isVisible()).toBe(true);
    expect(await row.getByTestId('console-agenda-state').inputValue()).toBe('underDiscussion');

    // A delegate's copy of the document has the same current item and timer (what their room shows).
    await waitFor(() => delegateModeration().currentItemId !== null, 'the current item to reach the delegate');
    const item = readAgenda(plenaryRoots(delegateDoc)).find((i) => i.title === 'Water sharing');
    expect(item?.state).toBe('underDiscussion');
    expect(delegateModeration().currentItemId).toBe(item?.id);
    expect(delegateModeration().timer?.durationMs).toBe(15 * 60_000);

    // Clauses: two operative clauses from the console; the delegate drafts the first.
    const clauses = await openSection(page, 'console-clauses');
    await clauses.getByTestId('console-add-operative').click();
    await expect.poll(() => clauses.getByTestId('console-clause').count()).toBe(1);
    await clauses.getByTestId('console-add-operative').click();
    await expect.poll(() => clauses.getByTestId('console-clause').count()).toBe(2);
    await waitFor(
      () => readClausesInOrder(plenaryRoots(delegateDoc)).length === 2,
      'the clauses to reach the delegate',
    );
    typeIntoClause(delegateDoc, 0, 'The Parties shall cooperate');
    await expect
      .poll(() => clauses.getByTestId('console-clause').first().textContent())
      .toContain('The Parties shall cooperate');

    // Lock the second clause: the delegate's document says so, and the console shows it.
    const second = clauses.getByTestId('console-clause').nth(1);
    await second.getByTestId('console-lock').click();
    await second.getByTestId('console-clause-locked').waitFor();
    expect(await second.getByTestId('console-lock').getAttribute('aria-pressed')).toBe('true');
    await waitFor(
      () => readClausesInOrder(plenaryRoots(delegateDoc))[1]?.locked === true,
      'the lock to reach the delegate',
    );

    // Rev.1, a delegate's edit, Rev.2.
    const revisions = await openSection(page, 'console-revisions-section');
    await revisions.getByTestId('console-save-revision').click();
    await expect.poll(() => revisions.getByTestId('console-revision').count()).toBe(1);
    expect(await revisions.getByTestId('console-revision-saved').textContent()).toBe('Saved Rev.1.');
    typeIntoClause(delegateDoc, 0, ' in good faith and without delay');
    await expect
      .poll(() => clauses.getByTestId('console-clause').first().textContent())
      .toContain('in good faith and without delay');
    await revisions.getByTestId('console-save-revision').click();
    await expect.poll(() => revisions.getByTestId('console-revision').count()).toBe(2);
    expect(await revisions.getByTestId('console-revision').allTextContents()).toEqual([
      expect.stringContaining('Rev.1'),
      expect.stringContaining('Rev.2'),
    ]);

    // Compare Rev.1 with Rev.2 (the default pair) in the room's revisions view, which the console opens:
    // the delegate's words are an insertion, nothing deleted.
    await revisions.getByTestId('console-open-revisions').click();
    const view = page.getByTestId('revisions-view');
    await view.waitFor();
    await expect.poll(() => view.getByTestId('revisions-row').count()).toBe(2);
    expect(await view.getByTestId('compare-from').locator('option:checked').textContent()).toBe('Rev.1');
    expect(await view.getByTestId('compare-to').locator('option:checked').textContent()).toBe('Rev.2');
    await view.getByTestId('compare').click();
    const diff = view.getByTestId('revision-diff');
    await diff.waitFor();
    const changed = diff.locator('[data-testid="revision-diff-clause"][data-change="changed"]');
    expect(await changed.count()).toBe(1);
    expect((await changed.locator('ins').allTextContents()).map((words) => words.trim())).toEqual([
      'in good faith and without delay',
    ]);
    expect(await changed.locator('del').count()).toBe(0);
    expect(await changed.textContent()).toContain('The Parties shall cooperate');
    // The untouched second clause is folded away, not listed as a change.
    expect(await diff.getByTestId('revision-diff-summary').textContent()).toMatch(/^1 changed\. /);
    expect(await diff.locator('details.rev-diff__unchanged summary').textContent()).toBe('1 unchanged clause: 2');

    // For people to look at: the room with the console (agenda, clauses, revisions open) beside the comparison.
    // First the room as the mediator sees it at 1280×800, then the whole console, unclipped by its column.
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'console-room.png') });
    await panel.evaluate((element) => {
      const column = element.parentElement;
      if (column) Object.assign(column.style, { maxHeight: 'none', overflow: 'visible', position: 'static' });
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await panel.boundingBox();
    if (!box) throw new Error('the console is not on the page');
    await page.screenshot({ path: path.join(screenshotDir, 'console.png'), fullPage: true, clip: box });
    expect(mediator.errors).toEqual([]);
  });
});
