import { plenaryRoots, readModeration } from '@parley/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { command, createSession, join } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

async function openSection(page: Page, testId: string) {
  const section = page.getByTestId('mediator-console').getByTestId(testId);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
  return section;
}

describe('the mediator gives the floor from the console', () => {
  it('requests for the floor appear by name; "Next speaker" and "Give the floor" hand it over with the per-speaker limit; "End turn" takes it back', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const mediator = await browser.person();
    const { page } = mediator;
    await joinThroughInvite(page, session.invites.mediator.url, 'Ada Chair');
    const rudolf = await join(server.url, session, { party: 0 }, 'Rudolf');
    const boris = await join(server.url, session, { party: 1 }, 'Boris');
    // Both delegations are in the plenary (their names come from who is online).
    const watcher = await connectProvider(server.wsUrl, session.id, { token: rudolf.token });
    await connectProvider(server.wsUrl, session.id, { token: boris.token });
    const moderation = () => readModeration(plenaryRoots(watcher.doc));

    const floor = await openSection(page, 'console-floor');
    await floor.getByTestId('console-speaker-limit').selectOption({ label: '3 min' });
    await waitFor(() => moderation().speakerLimitMs === 180_000, 'the speaking limit');

    expect((await command(server.url, session.id, rudolf.token, { type: 'queue.raiseHand' })).status).toBe(200);
    expect((await command(server.url, session.id, boris.token, { type: 'queue.raiseHand' })).status).toBe(200);
    const speakers = floor.getByTestId('console-speaker');
    await expect
      .poll(() => speakers.allTextContents(), { timeout: 5_000 })
      .toEqual([expect.stringContaining('Rudolf'), expect.stringContaining('Boris')]);
    expect(await page.getByTestId('console-floor').locator('summary').textContent()).toContain('2 waiting');

    // "Next speaker": the first on the list has the floor for three minutes.
    await floor.getByTestId('console-next-speaker').click();
    const nowSpeaking = page.getByTestId('console-now-speaker');
    await expect.poll(() => nowSpeaking.textContent()).toMatch(/^Rudolf(3:00|2:5\d) left$/);
    expect(await floor.getByTestId('console-speaker-name').textContent()).toBe('Rudolf');
    await expect.poll(() => speakers.allTextContents()).toEqual([expect.stringContaining('Boris')]);
    expect(moderation().floor?.participantId).toBe(rudolf.participantId);
    expect(moderation().floor?.limitMs).toBe(180_000);

    // "Give the floor" on a row hands it to that speaker directly.
    await speakers.filter({ hasText: 'Boris' }).getByTestId('console-give-floor').click();
    await expect.poll(() => floor.getByTestId('console-speaker-name').textContent()).toBe('Boris');
    await expect.poll(() => speakers.count()).toBe(0);
    await waitFor(() => moderation().floor?.participantId === boris.participantId, 'Boris to have the floor');

    // "End turn": nobody has the floor; the list can be closed, and the server then refuses ordinary requests.
    await floor.getByTestId('console-end-turn').click();
    await expect.poll(() => floor.getByTestId('console-current-speaker').textContent()).toBe('Nobody has the floor.');
    await floor.getByTestId('console-list-toggle').click();
    await expect.poll(() => floor.getByTestId('console-list-toggle').textContent()).toBe('Reopen the list');
    const refused = await command(server.url, session.id, rudolf.token, { type: 'queue.raiseHand' });
    expect(refused).toEqual({
      status: 409,
      body: { error: 'The speakers’ list is closed; only a point of order can still be raised.' },
    });
    expect(mediator.errors).toEqual([]);
  });
});
