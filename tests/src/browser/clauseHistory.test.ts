import { changesAnswerSchema } from '@parley/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SIMULTANEOUS_TYPING_MS } from '../../../server/src/sync/ClauseHistoryRecorder.ts';
import { command, createSession, join } from '../helpers/api.ts';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { saveScreenshot, startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { clauseEditor, editorText, joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

/** Types at the end of the first clause, as a delegate would. */
async function typeAtEnd(page: Page, words: string): Promise<void> {
  const editor = clauseEditor(page);
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(words, { delay: 20 });
}

async function draftWithOneClause() {
  const server = await startServerWithClient();
  const session = await createSession(server.url, ['Ruritania', 'Borduria']);
  const [ruritania, borduria] = session.parties;
  const mediator = await join(server.url, session, 'mediator', 'Ada Chair');
  const added = await command(server.url, session.id, mediator.token, {
    type: 'clause.add',
    kind: 'operative',
    text: 'The Parties shall meet',
  });
  expect(added.status).toBe(200);
  const invite = (partyId: string | undefined) => session.invites.parties[partyId ?? '']?.url ?? '';
  return { server, session, mediator, ruritaniaInvite: invite(ruritania?.id), borduriaInvite: invite(borduria?.id) };
}

describe('clause history and changes since the last visit, in the room', () => {
  it('a delegate reads who changed a clause and how (two authors, and both of a joint entry), and sees it as it was at an entry or a time', async () => {
    const { ruritaniaInvite, borduriaInvite } = await draftWithOneClause();
    const rudolf = await browser.person();
    const bianca = await browser.person();
    await joinThroughInvite(rudolf.page, ruritaniaInvite, 'Rudolf');
    await joinThroughInvite(bianca.page, borduriaInvite, 'Bianca');
    await expect.poll(() => clauseEditor(rudolf.page).getAttribute('contenteditable')).toBe('true');
    await expect.poll(() => clauseEditor(bianca.page).getAttribute('contenteditable')).toBe('true');

    await typeAtEnd(rudolf.page, ' in Geneva');
    await expect.poll(() => editorText(clauseEditor(bianca.page))).toBe('The Parties shall meet in Geneva');
    // Bianca answers once Rudolf has stopped for longer than people typing together pause: her own entry.
    await bianca.page.waitForTimeout(SIMULTANEOUS_TYPING_MS);
    await typeAtEnd(bianca.page, ' every year');
    await expect.poll(() => editorText(clauseEditor(rudolf.page))).toBe('The Parties shall meet in Geneva every year');
    // Rudolf adds to it while she is still at it: they typed it together, one joint entry.
    await typeAtEnd(rudolf.page, ' in May');
    await expect
      .poll(() => editorText(clauseEditor(bianca.page)))
      .toBe('The Parties shall meet in Geneva every year in May');

    const { page } = rudolf;
    await page.getByRole('button', { name: 'History of clause 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'History of clause 1' });
    await dialog.waitFor();
    const entries = dialog.getByTestId('history-entry');
    // Newest first: Bianca's and Rudolf's joint entry, Rudolf's session of typing, then the mediator's clause.
    await expect
      .poll(() => entries.getByTestId('history-author').allTextContents())
      .toEqual(['Bianca (Borduria)', 'Rudolf (Ruritania)', 'Rudolf (Ruritania)', 'Ada Chair']);
    expect(await entries.nth(0).getByTestId('history-authors').textContent()).toBe(
      'Bianca (Borduria) and Rudolf (Ruritania)',
    );
    expect((await entries.nth(0).locator('ins').allTextContents()).join('').trim()).toBe('every year in May');
    expect((await entries.nth(1).locator('ins').allTextContents()).join('').trim()).toBe('in Geneva');
    expect(formatViolations(await seriousViolations(page)), 'the history dialog').toBe('');
    await saveScreenshot(page, 'clause-history');

    // As it was after Rudolf's step, before Bianca's.
    await entries
      .nth(1)
      .getByRole('button', { name: /^Show as it was at .*, clause 1$/ })
      .click();
    const asOf = dialog.getByTestId('history-as-of');
    await expect.poll(() => asOf.locator('p').allTextContents()).toEqual(['The Parties shall meet in Geneva']);
    // And at a chosen time before the clause existed.
    await dialog.getByTestId('history-at-input').fill('2020-01-01T12:00:00');
    await dialog.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(() => asOf.textContent()).toContain('The clause did not exist then.');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(rudolf.errors).toEqual([]);
    expect(bianca.errors).toEqual([]);
  });

  it('a delegate who comes back sees what changed since their last visit, with who changed it, until they mark it seen', async () => {
    const { server, session, ruritaniaInvite, borduriaInvite } = await draftWithOneClause();
    const rudolf = await browser.person();
    const bianca = await browser.person();
    await joinThroughInvite(rudolf.page, ruritaniaInvite, 'Rudolf');
    const biancaSeat = await joinThroughInvite(bianca.page, borduriaInvite, 'Bianca');
    await clauseEditor(bianca.page).waitFor();

    // Bianca leaves the room; the server notes when.
    await bianca.page.goto('about:blank');
    const changes = async () => {
      const response = await fetch(`${server.url}/api/sessions/${session.id}/changes`, {
        headers: { authorization: `Bearer ${biancaSeat.token}` },
      });
      return changesAnswerSchema.parse(await response.json());
    };
    await expect.poll(async () => (await changes()).since !== null).toBe(true);

    await expect.poll(() => clauseEditor(rudolf.page).getAttribute('contenteditable')).toBe('true');
    await typeAtEnd(rudolf.page, ' in Geneva');
    await expect.poll(async () => (await changes()).clauses.length).toBe(1);

    await bianca.page.goto(`${server.url}/s/${session.id}`);
    const button = bianca.page.getByTestId('changes-since-button');
    await expect.poll(() => button.textContent()).toBe('Changes since your last visit (1)');
    await button.click();
    const dialog = bianca.page.getByRole('dialog', { name: /^Changes since your last visit \(/ });
    await dialog.waitFor();
    const changed = dialog.getByTestId('changed-clause');
    expect(await changed.count()).toBe(1);
    expect(await changed.locator('h3').textContent()).toBe('Clause 1: changed by Rudolf (Ruritania)');
    expect((await changed.locator('ins').allTextContents()).join('').trim()).toBe('in Geneva');
    expect(formatViolations(await seriousViolations(bianca.page)), 'the changes dialog').toBe('');

    // From the list to the clause itself, and back.
    await changed.getByRole('button', { name: 'Show clause 1 in the draft' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => clauseEditor(bianca.page).evaluate((element) => element === document.activeElement))
      .toBe(true);
    await button.click();
    await dialog.getByTestId('changes-mark-seen').click();
    await expect.poll(() => button.textContent()).toBe('No changes since your last visit');
    expect((await changes()).clauses).toEqual([]);
    expect(bianca.errors).toEqual([]);
  });
});
