import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClauseId } from '@parley/shared';
import {
  clauseComments,
  clauseRecord,
  plenaryRoots,
  readAgenda,
  readClausesInOrder,
  readModeration,
  readSettings,
} from '@parley/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { command, createSession, join } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();
const screenshotPath = (name: string) =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), `../../artifacts/screenshots/${name}.png`);

async function openSection(page: Page, testId: string) {
  const section = page.getByTestId('mediator-console').getByTestId(testId);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
  return section;
}

describe('the console’s session, clause, breakout, agenda and record controls act through commands', () => {
  it('One-Text mode, a proposal incorporated, options collapsed, a caucus and a working group, an edited time-box, and a paged record', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritania] = session.parties;
    const mediator = await browser.person();
    const { page } = mediator;
    const seat = await joinThroughInvite(page, session.invites.mediator.url, 'Ada Chair');
    const rudolf = await join(server.url, session, { party: 0 }, 'Rudolf');
    const doc = (await connectProvider(server.wsUrl, session.id, { token: rudolf.token })).doc;
    const roots = plenaryRoots(doc);
    const run = (body: Record<string, unknown>) => command(server.url, session.id, seat.token, body);

    const clause = (await run({ type: 'clause.add', kind: 'operative', text: 'Equitable use' })).body as {
      clauseId: string;
    };
    const proposal = await command(server.url, session.id, rudolf.token, {
      type: 'clause.comment',
      clauseId: clause.clauseId,
      text: 'Add "and reasonable"',
      proposal: true,
    });
    expect(proposal.status).toBe(200);
    for (const title of ['Opening', 'Water', 'Closing']) await run({ type: 'agenda.add', title, timeboxMinutes: 5 });
    // Enough for two pages of the record (50 entries each).
    for (let i = 0; i < 50; i++) await run({ type: 'floor.setLimit', seconds: 60 + i });

    // Session: One-Text mode through its switch.
    const settings = await openSection(page, 'console-session');
    await settings.getByLabel('One-Text mode').check();
    await waitFor(() => readSettings(roots).oneText, 'One-Text mode');
    expect(await settings.getByTestId('console-one-text').isChecked()).toBe(true);

    // Clauses: the open proposal is incorporated; two options are added and collapsed to the second.
    const clauses = await openSection(page, 'console-clauses');
    const row = clauses.getByTestId('console-clause').first();
    expect(await row.getByTestId('console-proposal').textContent()).toContain('Proposal by Rudolf (Ruritania)');
    await row.getByTestId('console-incorporate').click();
    await expect.poll(() => row.getByTestId('console-proposal').count()).toBe(0);
    const record = clauseRecord(roots, clause.clauseId as ClauseId);
    expect(record && clauseComments(record).toArray()[0]?.disposition).toBe('incorporated');
    await row.getByTestId('console-clause-options').locator('summary').click();
    await row.getByTestId('console-add-option').click();
    await expect.poll(() => row.getByTestId('console-collapse-option').count()).toBe(1);
    await row.getByTestId('console-add-option').click();
    await expect
      .poll(() => row.getByTestId('console-clause-options').locator('li').allTextContents())
      .toEqual([expect.stringContaining('Option 1'), expect.stringContaining('Option 2')]);
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: /Keep this one: Option 2/ }).click();
    await waitFor(() => readClausesInOrder(roots)[0]?.options.length === 0, 'the options to collapse');

    // Breakouts: a caucus with Ruritania, a working group with Rudolf (online), then close the caucus.
    const breakouts = await openSection(page, 'console-breakouts');
    await breakouts.getByLabel('Caucus with', { exact: true }).selectOption({ label: 'Ruritania' });
    await breakouts.getByTestId('console-open-caucus').click();
    await breakouts.getByTestId('console-breakout').filter({ hasText: 'Caucus with Ruritania' }).waitFor();
    await breakouts.getByTestId('console-group-label').fill('Drafting group on water');
    await breakouts.getByLabel(/Rudolf/).check({ timeout: 8_000 });
    await breakouts.getByTestId('console-open-group').click();
    const group = breakouts.getByTestId('console-breakout').filter({ hasText: 'Drafting group on water' });
    await group.waitFor();
    expect(await group.textContent()).toContain('Members: Rudolf');
    expect(readModeration(roots).breakouts.find((b) => b.kind === 'workingGroup')?.participantIds).toEqual([
      rudolf.participantId,
    ]);
    await breakouts
      .getByTestId('console-breakout')
      .filter({ hasText: 'Caucus with Ruritania' })
      .getByTestId('console-breakout-close')
      .click();
    await waitFor(
      () => !readModeration(roots).breakouts.some((b) => b.partyId === ruritania?.id),
      'the caucus to close',
    );

    // Agenda: clear the second item's time-box, move it to the top, remove the last one.
    const agenda = await openSection(page, 'console-agenda');
    const water = agenda.getByTestId('console-agenda-item').filter({ hasText: 'Water' });
    await water.getByTestId('console-agenda-edit').click();
    await water.getByTestId('console-agenda-edit-timebox').fill('');
    await water.getByRole('button', { name: 'Save' }).click();
    await water.getByRole('button', { name: 'Move Water up' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await agenda
      .getByTestId('console-agenda-item')
      .filter({ hasText: 'Closing' })
      .getByTestId('console-agenda-remove')
      .click();
    await expect.poll(() => agenda.getByTestId('console-agenda-title').allTextContents()).toEqual(['Water', 'Opening']);
    expect(readAgenda(roots).map((item) => [item.title, item.timeboxMinutes])).toEqual([
      ['Water', null],
      ['Opening', 5],
    ]);

    // The record: newest first, 50 at a time; "Older" pages back.
    const audit = await openSection(page, 'console-audit');
    const entries = audit.getByTestId('console-audit-entry');
    await expect.poll(() => entries.count()).toBe(50);
    expect(await entries.first().getAttribute('data-action')).toBe('agenda.remove');
    expect(await entries.first().textContent()).toContain('Ada Chair');
    await audit.getByTestId('console-audit-older').click();
    await expect.poll(() => entries.count()).toBeGreaterThan(50);
    expect(await entries.last().getAttribute('data-action')).toBe('clause.add');

    // For people to look at: the console with these sections open, unclipped by its column.
    const panel = page.getByTestId('mediator-console');
    await panel.evaluate((element) => {
      const column = element.parentElement;
      if (column) Object.assign(column.style, { maxHeight: 'none', overflow: 'visible', position: 'static' });
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await panel.boundingBox();
    if (box)
      await page.screenshot({
        path: screenshotPath('console-controls'),
        fullPage: true,
        clip: { ...box, height: Math.min(box.height, 2400) },
      });
    expect(mediator.errors).toEqual([]);
  });
});
