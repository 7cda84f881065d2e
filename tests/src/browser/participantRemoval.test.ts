import { describe, expect, it } from 'vitest';
import { createSession, postJson } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { clauseEditor, joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

describe('a removed participant is told so and the room closes for them', () => {
  it('the delegate’s page says "You were removed from this session" at once, and again after a reload', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const mediator = await postJson<{ token: string }>(`${server.url}/api/sessions/${session.id}/join`, {
      invite: session.invites.mediator.token,
      name: 'Ada Chair',
    });
    expect(mediator.status).toBe(200);

    const delegate = await browser.person();
    const seat = await joinThroughInvite(
      delegate.page,
      session.invites.parties[ruritaniaId ?? '']?.url ?? '',
      'Rudolf',
    );
    await expect.poll(() => delegate.page.getByTestId('connection-status').textContent()).toBe('online');

    const removed = await sendCommand(server.url, session.id, mediator.body.token, {
      type: 'participant.remove',
      participantId: seat.participantId,
    });
    expect(removed.status).toBe(200);

    const denied = delegate.page.getByTestId('access-denied');
    await denied.waitFor({ timeout: 3_000 });
    expect(await denied.getByRole('heading').textContent()).toBe('You were removed from this session');
    expect(await clauseEditor(delegate.page).count()).toBe(0);

    // After a reload the API says why (a refused WebSocket upgrade could not), and nothing connects.
    const sockets: string[] = [];
    delegate.page.on('websocket', (socket) => sockets.push(socket.url()));
    await delegate.page.reload();
    await denied.waitFor();
    expect(await denied.getByRole('heading').textContent()).toMatch(/removed from this session/i);
    await delegate.page.waitForTimeout(500);
    expect(sockets).toEqual([]);
  });
});
