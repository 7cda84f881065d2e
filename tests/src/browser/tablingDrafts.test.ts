import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();
const screenshotPath = (name: string) =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), `../../artifacts/screenshots/${name}.png`);

const roomLink = (page: Page, suffix: string) => page.locator(`[data-testid="room-link"][data-room$="${suffix}"]`);

/** Adds a draft clause in the open room and writes its heading and text, as a person would. */
async function writeDraft(page: Page, heading: string, text: string): Promise<Locator> {
  const before = await page.getByTestId('room-draft').count();
  await page.getByTestId('room-draft-add').click();
  const draft = page.getByTestId('room-draft').nth(before);
  if (heading) await draft.getByTestId('draft-heading').fill(heading);
  const body = draft.getByTestId('draft-body').locator('.ProseMirror');
  await expect.poll(() => body.getAttribute('contenteditable')).toBe('true');
  await body.click();
  await page.keyboard.type(text);
  await expect.poll(() => editorText(body)).toBe(text);
  return draft;
}

/** "Table in the plenary" with a choice: as a new clause (part of the text) or against a clause. */
async function table(draft: Locator, as: 'clause' | 'option' | 'proposal', choice: string): Promise<void> {
  await draft.getByTestId('draft-table').click();
  const form = draft.getByTestId('table-draft-form');
  await form.getByTestId(`table-as-${as}`).check();
  if (as === 'clause') await form.getByTestId('table-kind').selectOption(choice);
  else await form.getByTestId('table-clause').selectOption({ label: choice });
  await form.getByTestId('table-submit').click();
  await expect.poll(() => draft.getByTestId('draft-tablings').textContent()).toContain('Tabled');
}

describe('working groups and caucuses table their drafts in the plenary', () => {
  it('a working group member tables a clause and an option; a delegate tables a caucus proposal; the plenary shows their origin', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId, borduriaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const rudolf = await browser.person();
    const bianca = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    const ruritanian = await joinThroughInvite(
      rudolf.page,
      session.invites.parties[ruritaniaId ?? '']?.url ?? '',
      'Rudolf',
    );
    await joinThroughInvite(bianca.page, session.invites.parties[borduriaId ?? '']?.url ?? '', 'Bianca');

    const cmd = (body: Record<string, unknown>) => sendCommand(server.url, session.id, chair.token, body);
    expect((await cmd({ type: 'clause.add', kind: 'operative', text: 'The Parties shall meet.' })).status).toBe(200);
    const opened = await cmd({
      type: 'breakout.open',
      label: 'Verification',
      participantIds: [ruritanian.participantId],
    });
    const groupId = (opened.body as { breakoutId: string }).breakoutId;

    // Rudolf drafts in the working group's room; until the mediator allows it, only the mediator may table it.
    await roomLink(rudolf.page, `/group/${groupId}`).click();
    await expect.poll(() => rudolf.page.getByTestId('room-connection-status').textContent()).toBe('online');
    const inspections = await writeDraft(rudolf.page, 'Inspections', 'Inspectors visit every month.');
    expect(await inspections.getByTestId('draft-table').count()).toBe(0);
    expect(await rudolf.page.getByTestId('room-drafts-tabling-hint').textContent()).toContain(
      'not let working groups table',
    );

    // The mediator lets working groups table, with the console's switch; Rudolf's page follows at once.
    const sessionControls = mediator.page.getByTestId('mediator-console').getByTestId('console-session');
    if ((await sessionControls.getAttribute('open')) === null) await sessionControls.locator('summary').first().click();
    await sessionControls.getByLabel('Working groups may table their drafts').check();
    await expect.poll(() => inspections.getByTestId('draft-table').count()).toBe(1);

    // Rudolf tables the draft as a new operative clause.
    await table(inspections, 'clause', 'operative');
    expect(await inspections.getByTestId('draft-tablings').textContent()).toContain('as a new clause (clause 2)');

    // A second draft goes in as an option of clause 1.
    const alternative = await writeDraft(rudolf.page, '', 'The Parties shall meet every quarter.');
    await table(alternative, 'option', 'Clause 1: The Parties shall meet.');
    await rudolf.page.getByTestId('room-view').screenshot({ path: screenshotPath('working-group-drafts') });

    // Borduria's delegate, in the plenary, sees both with where they came from.
    const clauses = bianca.page.getByTestId('clause');
    await expect.poll(() => clauses.count()).toBe(2);
    const tabledClause = clauses.nth(1);
    await expect
      .poll(() => tabledClause.getByTestId('text-origin').textContent())
      .toBe('From working group: Verification');
    expect(await editorText(tabledClause.locator('[data-testid="clause-body"] .ProseMirror').first())).toBe(
      'Inspectors visit every month.',
    );
    expect(await tabledClause.getByTestId('clause-status').textContent()).toBe('Proposed');
    const option = clauses.nth(0).getByTestId('clause-option');
    await expect.poll(() => option.getByTestId('text-origin').textContent()).toBe('From working group: Verification');
    expect(await option.textContent()).toContain('The Parties shall meet every quarter.');
    // The plenary with tabled text and its origin: no serious or critical axe violations.
    expect(formatViolations(await seriousViolations(bianca.page)), 'plenary with origins').toBe('');
    await clauses.nth(0).screenshot({ path: screenshotPath('plenary-tabled-option') });

    // Bianca drafts in her caucus and tables it as Borduria's textual proposal on clause 1.
    await roomLink(bianca.page, `/caucus/${borduriaId}`).click();
    await expect.poll(() => bianca.page.getByTestId('room-connection-status').textContent()).toBe('online');
    const meetings = await writeDraft(bianca.page, '', 'The Parties shall meet twice a year.');
    // A draft not tabled stays in the caucus.
    await writeDraft(bianca.page, '', 'Fallback: once a year.');
    // The caucus with its drafts and the tabling form open passes axe too.
    await meetings.getByTestId('draft-table').click();
    await expect.poll(() => meetings.getByTestId('table-draft-form').count()).toBe(1);
    expect(formatViolations(await seriousViolations(bianca.page)), 'caucus drafts, tabling form open').toBe('');
    await meetings.getByRole('button', { name: 'Cancel' }).click();
    await table(meetings, 'proposal', 'Clause 1: The Parties shall meet.');
    // The fallback is removed after all (asked once more: it goes for everyone in the room).
    const fallback = bianca.page.getByTestId('room-draft').nth(1);
    await fallback.getByTestId('draft-remove').click();
    await fallback.getByRole('button', { name: 'Remove it' }).click();
    await expect.poll(() => bianca.page.getByTestId('room-draft').count()).toBe(1);

    // The mediator sees the proposal on clause 1, from Borduria's caucus, and nothing else of it.
    await mediator.page.getByTestId('view-draft').click();
    const firstClause = mediator.page.getByTestId('clause').nth(0);
    await firstClause.getByTestId('comments').locator('summary').click();
    const proposal = firstClause.getByTestId('comment');
    await expect.poll(() => proposal.count()).toBe(1);
    expect(await proposal.textContent()).toContain('The Parties shall meet twice a year.');
    expect(await proposal.getByTestId('text-origin').textContent()).toBe('From caucus: Borduria');
    expect(await proposal.textContent()).toContain('Bianca');
    expect(await mediator.page.content()).not.toContain('once a year');
    expect(await rudolf.page.content()).not.toContain('once a year');

    for (const { errors } of [mediator, rudolf, bianca]) expect(errors).toEqual([]);
  });
});
