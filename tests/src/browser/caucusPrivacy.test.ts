import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

describe('a caucus is private to its party', () => {
  it('party B’s delegate is never offered, never connects to and never sees party A’s caucus', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId, borduriaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const rudolf = await browser.person();
    const bianca = await browser.person();
    // Every WebSocket Borduria's page opens, from the first.
    const biancaSockets: string[] = [];
    bianca.page.on('websocket', (socket) => biancaSockets.push(socket.url()));

    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(rudolf.page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Rudolf');
    await joinThroughInvite(bianca.page, session.invites.parties[borduriaId ?? '']?.url ?? '', 'Bianca');
    const caucusA = `/caucus/${ruritaniaId}`;
    const caucusB = `/caucus/${borduriaId}`;
    const link = (page: typeof mediator.page, suffix: string) =>
      page.locator(`[data-testid="room-link"][data-room$="${suffix}"]`);

    // The mediator opens a caucus with Ruritania: Ruritania's delegate is told, Borduria's is not.
    expect(
      (await sendCommand(server.url, session.id, chair.token, { type: 'breakout.open', partyId: ruritaniaId })).status,
    ).toBe(200);
    await expect.poll(() => link(rudolf.page, caucusA).textContent()).toContain('The mediator called this caucus');

    // Ruritania's delegate writes in the caucus; the mediator reads it there.
    const secret = 'Fallback: accept 35 percent if the commission gets eight members';
    await link(rudolf.page, caucusA).click();
    const notes = rudolf.page.getByTestId('room-notes').locator('.ProseMirror');
    await expect.poll(() => notes.getAttribute('contenteditable')).toBe('true');
    await notes.click();
    await rudolf.page.keyboard.type(secret);
    await link(mediator.page, caucusA).click();
    await expect.poll(() => mediator.page.getByTestId('room-notes').textContent()).toContain(secret);
    expect(await mediator.page.getByTestId('room-connection-status').textContent()).toBe('online');

    // Borduria's page offers the plenary and its own caucus only.
    const biancaRooms = await bianca.page
      .getByTestId('room-link')
      .evaluateAll((links) => links.map((element) => (element as HTMLElement).dataset.room ?? ''));
    expect(biancaRooms).toEqual(['plenary', `${session.id}${caucusB}`]);
    expect(await link(bianca.page, caucusA).count()).toBe(0);
    expect(await bianca.page.getByText('The mediator called this caucus').count()).toBe(0);
    expect(await bianca.page.getByText('Caucus of Ruritania').count()).toBe(0);

    // Borduria's own caucus opens (so its page does open caucus sockets, just never Ruritania's).
    await link(bianca.page, caucusB).click();
    await expect.poll(() => bianca.page.getByTestId('room-connection-status').textContent()).toBe('online');
    expect(biancaSockets.some((url) => url.includes(caucusB))).toBe(true);
    expect(biancaSockets.some((url) => url.includes(`/sync/${session.id}?`))).toBe(true);
    expect(biancaSockets.filter((url) => url.includes(caucusA))).toEqual([]);
    expect(biancaSockets.every((url) => !url.includes(ruritaniaId ?? '-'))).toBe(true);
    // Nothing of Ruritania's caucus text reached Borduria's page, in any view.
    expect(await bianca.page.content()).not.toContain('35 percent');
    await bianca.page.getByTestId('view-draft').click();
    expect(await bianca.page.content()).not.toContain('35 percent');

    for (const { errors } of [mediator, rudolf, bianca]) expect(errors).toEqual([]);
  });
});
