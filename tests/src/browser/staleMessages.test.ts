import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { restartServerWithClient, startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();
const UNREACHABLE = 'Could not reach the Parley server';

describe('messages that no longer apply go away by themselves', () => {
  it('"could not reach the server" from a command and from the notices clears once the server answers again', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const delegate = await browser.person();
    const { page } = delegate;
    await joinThroughInvite(page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Rudolf');
    const unreachable = page.getByText(UNREACHABLE);

    // The API is cut off (the sync socket stays up): the request fails and says so, and so does the
    // next round of the notices.
    await page.route('**/api/sessions/**', (route) => route.abort('connectionrefused'));
    await page.getByTestId('request-floor').click();
    await expect.poll(() => unreachable.count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.getByText('Could not load your notices').count()).toBe(1);

    // The API is back: nobody clicks anything, and both messages go.
    await page.unroute('**/api/sessions/**');
    await expect.poll(() => unreachable.count(), { timeout: 10_000 }).toBe(0);
    expect(await page.getByText('Could not load your notices').count()).toBe(0);
    // The request itself works now.
    await page.getByTestId('request-floor').click();
    await page.getByTestId('your-request').waitFor();
  });

  it('a room that could not be opened opens by itself once the server answers', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const delegate = await browser.person();
    const { page } = delegate;
    await joinThroughInvite(page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Rudolf');

    await page.route('**/api/sessions/**', (route) => route.abort('connectionrefused'));
    await page.reload();
    await page.getByTestId('unreachable').waitFor();
    expect(await page.getByTestId('unreachable').textContent()).toContain(UNREACHABLE);

    await page.unroute('**/api/sessions/**');
    await page.getByTestId('session-title').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('unreachable').count()).toBe(0);
  });

  it('the server stops and comes back: the failed request’s message goes once the room is connected again', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const delegate = await browser.person();
    const { page } = delegate;
    await joinThroughInvite(page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Rudolf');
    const status = page.getByTestId('connection-status');
    await expect.poll(() => status.textContent()).toBe('online');

    await server.close();
    await expect.poll(() => status.textContent()).not.toBe('online');
    await page.getByTestId('request-floor').click();
    await expect.poll(() => page.getByText(UNREACHABLE).count()).toBeGreaterThanOrEqual(1);

    // The same server again (same port, same data): the room reconnects and the message goes by itself.
    await restartServerWithClient(server);
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('online');
    await expect.poll(() => page.getByText(UNREACHABLE).count(), { timeout: 10_000 }).toBe(0);
    await page.getByTestId('request-floor').click();
    await page.getByTestId('your-request').waitFor();
  });
});
