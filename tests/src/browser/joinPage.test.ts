import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite, storedParticipant } from './roomFlows.ts';

const browser = useBrowser();

describe('joining through an invite link', () => {
  it('a room opened without having joined explains what to do and opens no connection', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url);
    const { page } = await browser.person();
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.goto(`${server.url}/s/${session.id}`);
    const notJoined = page.getByTestId('not-joined');
    await notJoined.waitFor();
    expect(await notJoined.getByRole('heading').textContent()).toBe('Open your invite link');
    await page.waitForTimeout(300);
    expect(sockets).toEqual([]);
  });

  it('an invite the server does not accept is refused in plain words, and nothing is stored', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url);
    const { page } = await browser.person();
    await page.goto(`${server.url}/join/${session.id}#invite=not-a-real-invite`);
    await page.getByLabel('Your name').fill('Mallory');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    const error = page.getByTestId('join-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^This invite link is not valid/);
    expect(new URL(page.url()).pathname).toBe(`/join/${session.id}`);
    expect(await storedParticipant(page, session.id)).toBeNull();
  });

  it('a link without an invite says so; a name is required', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url);
    const { page } = await browser.person();
    await page.goto(`${server.url}/join/${session.id}`);
    await page.getByTestId('no-invite').waitFor();
    expect(await page.getByTestId('join-form').count()).toBe(0);

    await page.goto(`${server.url}/join/${session.id}#invite=${session.invites.observer.token}`);
    await page.getByLabel('Your name').fill('   ');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    expect(await page.getByTestId('join-error').textContent()).toMatch(/Your name/);
    expect(await storedParticipant(page, session.id)).toBeNull();
  });

  it('someone who joined before is offered to continue as themself, without joining again', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url);
    const { page } = await browser.person();
    const first = await joinThroughInvite(page, session.invites.observer.url, 'Olga');
    expect(first.role).toBe('observer');

    await page.goto(session.invites.observer.url);
    const offer = page.getByTestId('continue-as');
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Continue as Olga' }).click();
    await page.waitForURL(`${server.url}/s/${session.id}`);
    expect(await page.getByTestId('you-name').textContent()).toBe('Olga');
    expect((await storedParticipant(page, session.id))?.participantId).toBe(first.participantId);
  });
});
