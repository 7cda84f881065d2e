import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { command, createSession } from '../helpers/api.ts';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite } from './roomFlows.ts';
import { seedTalks } from './sessionScene.ts';

const browser = useBrowser();

/** Runs axe on the page; the failure message lists every serious or critical violation. */
async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(formatViolations(violations), `${screen}: axe found serious or critical violations`).toBe('');
}

describe('accessibility (axe-core, keyboard, live regions)', () => {
  it('the landing and join pages have no serious or critical axe violations', async () => {
    const server = await startServerWithClient();
    const { page, errors } = await browser.person();
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Create session' }).waitFor();
    await expectNoSeriousViolations(page, 'landing');

    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    await page.goto(session.invites.mediator.url);
    await page.getByLabel('Your name').waitFor();
    await expectNoSeriousViolations(page, 'join');
    expect(errors).toEqual([]);
  });

  it('the room as a delegate (a bracketed clause, the speakers’ list) and as the mediator with the console open', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId = ''] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    const rudolf = await joinThroughInvite(delegate.page, session.invites.parties[ruritaniaId]?.url ?? '', 'Rudolf');
    await seedTalks(server.url, server.wsUrl, session, chair.token);
    expect((await command(server.url, session.id, rudolf.token, { type: 'queue.raiseHand' })).status).toBe(200);

    await expect.poll(() => delegate.page.getByTestId('clause').count()).toBe(5);
    await expect.poll(() => delegate.page.locator('.bracket').count()).toBe(1);
    await expect.poll(() => delegate.page.getByTestId('speaker-entry').count()).toBe(1);
    await expectNoSeriousViolations(delegate.page, 'room (delegate)');

    await expect.poll(() => mediator.page.getByTestId('mediator-console').count()).toBe(1);
    await expect.poll(() => mediator.page.locator('.bracket').count()).toBe(1);
    // Every section of the console open, so axe sees all of its controls.
    const closed = mediator.page.locator('[data-testid="mediator-console"] details:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
    await expectNoSeriousViolations(mediator.page, 'room (mediator, console open)');

    expect(mediator.errors).toEqual([]);
    expect(delegate.errors).toEqual([]);
  });
});
