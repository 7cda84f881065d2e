import { describe, expect, it } from 'vitest';
import { command, createSession, join } from '../helpers/api.ts';
import { saveScreenshot, startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { joinThroughInvite } from './roomFlows.ts';
import { seedTalks } from './sessionScene.ts';

const browser = useBrowser();

describe('the main screens, for people to look at', () => {
  it('the room as mediator, the positions board as a delegate, and a caucus room render on a laptop screen', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId, borduriaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();
    const mediatorSeat = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    const rudolf = await joinThroughInvite(
      delegate.page,
      session.invites.parties[ruritaniaId ?? '']?.url ?? '',
      'Rudolf Rassendyll',
    );
    const bianca = await join(server.url, session, { party: 1 }, 'Bianca Castafiore');
    // Borduria's delegate follows from a client of her own, so everyone's page knows her name.
    const biancaClient = await connectProvider(server.wsUrl, session.id, { token: bianca.token });
    biancaClient.provider.awareness.setLocalStateField('user', { name: 'Bianca Castafiore' });
    const scene = await seedTalks(server.url, server.wsUrl, session, mediatorSeat.token);
    const send = (token: string, body: Record<string, unknown>) => command(server.url, session.id, token, body);

    expect((await send(bianca.token, { type: 'queue.raiseHand' })).status).toBe(200);
    expect((await send(mediatorSeat.token, { type: 'floor.setLimit', seconds: 180 })).status).toBe(200);
    expect((await send(rudolf.token, { type: 'queue.raiseHand' })).status).toBe(200);
    expect((await send(mediatorSeat.token, { type: 'floor.give', participantId: rudolf.participantId })).status).toBe(
      200,
    );
    expect(
      (
        await send(bianca.token, {
          type: 'clause.comment',
          clauseId: scene.clauseIds[3],
          text: 'Six members, or eight?',
        })
      ).status,
    ).toBe(200);
    expect((await send(rudolf.token, { type: 'clause.signOff', clauseId: scene.clauseIds[0] })).status).toBe(200);
    expect(
      (await send(bianca.token, { type: 'clause.signOff', clauseId: scene.clauseIds[0], adReferendum: true })).status,
    ).toBe(200);
    // A locked clause, so the pictures show its padlock (an inline icon, not a glyph a font may lack).
    expect((await send(mediatorSeat.token, { type: 'clause.lock', clauseId: scene.clauseIds[2] })).status).toBe(200);
    expect(borduriaId).toBeTruthy();

    await expect.poll(() => mediator.page.getByTestId('clause').count()).toBe(5);
    await expect.poll(() => mediator.page.locator('.bracket').count()).toBe(1);
    await expect.poll(() => mediator.page.getByTestId('floor-speaker').textContent()).toBe('Rudolf Rassendyll');
    // The mediator in clause 2's text: the draft's one toolbar shows, acting on that clause.
    await mediator.page.getByTestId('clause-body').nth(3).locator('.ProseMirror').click();
    await expect.poll(() => mediator.page.getByTestId('toolbar-target').textContent()).toBe('Editing: clause 2');
    await mediator.page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(mediator.page, 'room-mediator');

    await delegate.page.getByTestId('view-positions').click();
    await expect.poll(() => delegate.page.getByTestId('statement').count()).toBe(6);
    await delegate.page.getByRole('button', { name: /Write Ruritania’s position… on item 2/ }).click();
    await delegate.page.keyboard.type('No less than half of the dry-season flow, measured at the border.');
    await expect.poll(() => delegate.page.getByTestId('positions').textContent()).toContain('measured at the border');
    await saveScreenshot(delegate.page, 'room-delegate-positions');
    await delegate.page.getByTestId('view-draft').click();
    await saveScreenshot(delegate.page, 'room-delegate-draft');

    // The caucus: the mediator opens it, both are there, the delegate writes notes.
    expect((await send(mediatorSeat.token, { type: 'breakout.open', partyId: ruritaniaId })).status).toBe(200);
    const caucusLink = delegate.page.locator(`[data-testid="room-link"][data-room$="/caucus/${ruritaniaId}"]`);
    await expect.poll(() => caucusLink.textContent()).toContain('The mediator called this caucus');
    await caucusLink.click();
    await mediator.page.locator(`[data-testid="room-link"][data-room$="/caucus/${ruritaniaId}"]`).click();
    const notes = delegate.page.getByTestId('room-notes').locator('.ProseMirror');
    await expect.poll(() => notes.getAttribute('contenteditable')).toBe('true');
    await notes.click();
    await delegate.page.keyboard.type('Our red line: no less than 40 % in the dry season. Capital to confirm.');
    await expect
      .poll(() => mediator.page.getByTestId('room-notes').textContent())
      .toContain('no less than 40 % in the dry season');
    await saveScreenshot(delegate.page, 'caucus-delegate');
    await saveScreenshot(mediator.page, 'caucus-mediator');

    expect(mediator.errors).toEqual([]);
    expect(delegate.errors).toEqual([]);
  });
});
