import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();
const MUTED = 'The mediator has muted you';

describe('a muted delegate (or any delegate of a frozen session) is told before any click', () => {
  it('the floor, sign-off and comment controls are disabled with the reason, and come back on unmute', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    const rudolf = await joinThroughInvite(
      delegate.page,
      session.invites.parties[ruritaniaId ?? '']?.url ?? '',
      'Rudolf',
    );
    const send = (command: Record<string, unknown>) => sendCommand(server.url, session.id, chair.token, command);
    expect(
      (await send({ type: 'clause.add', kind: 'operative', text: 'The Parties shall share the basin.' })).status,
    ).toBe(200);

    const { page } = delegate;
    const clause = page.getByTestId('clause').first();
    await clause.waitFor();
    const requestFloor = page.getByTestId('request-floor');
    const signOff = clause.getByTestId('sign-off');
    await clause.getByTestId('comments').locator('summary').click();
    const comment = clause.getByTestId('comment-form').locator('textarea');
    await expect.poll(() => requestFloor.isEnabled()).toBe(true);
    await expect.poll(() => comment.isEnabled()).toBe(true);
    expect(await page.getByTestId('floor-blocked').count()).toBe(0);

    expect((await send({ type: 'participant.mute', participantId: rudolf.participantId })).status).toBe(200);
    // The floor: both requests stay in place, disabled, described by the reason.
    await expect.poll(() => requestFloor.isDisabled()).toBe(true);
    expect(await page.getByTestId('point-of-order').isDisabled()).toBe(true);
    const reason = page.getByTestId('floor-blocked');
    expect(await reason.textContent()).toContain(MUTED);
    expect(await requestFloor.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
    // Signing off and commenting: disabled, with the same reason beside them.
    expect(await signOff.isDisabled()).toBe(true);
    expect(await signOff.getAttribute('title')).toBe(MUTED);
    expect(await clause.getByTestId('sign-off-blocked').textContent()).toBe(MUTED);
    expect(await comment.isDisabled()).toBe(true);
    expect(await clause.getByTestId('comment-blocked').textContent()).toContain(MUTED);
    // The clause's words: read-only, saying why.
    const flag = clause.getByTestId('clause-readonly');
    expect(await flag.getAttribute('title')).toBe(MUTED);

    expect((await send({ type: 'participant.unmute', participantId: rudolf.participantId })).status).toBe(200);
    await expect.poll(() => requestFloor.isEnabled()).toBe(true);
    await expect.poll(() => comment.isEnabled()).toBe(true);
    expect(await page.getByTestId('floor-blocked').count()).toBe(0);
    expect(await clause.getByTestId('comment-blocked').count()).toBe(0);
    expect(await flag.count()).toBe(0);

    // A frozen session refuses every command of a delegate: the page says so the same way.
    expect((await send({ type: 'session.freeze', frozen: true })).status).toBe(200);
    await expect.poll(() => requestFloor.isDisabled()).toBe(true);
    expect(await page.getByTestId('floor-blocked').textContent()).toBe(
      'The session is frozen: you cannot ask for the floor.',
    );
    expect(await signOff.getAttribute('title')).toBe('The session is frozen');
    expect((await send({ type: 'session.freeze', frozen: false })).status).toBe(200);
    await expect.poll(() => requestFloor.isEnabled()).toBe(true);

    await requestFloor.click();
    await page.getByTestId('your-request').waitFor();
    expect(delegate.errors).toEqual([]);
  });
});
