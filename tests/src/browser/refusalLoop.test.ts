import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';

const browser = useBrowser();

describe('a page the server refuses over and over stops instead of looping', () => {
  it('a second 4403 right after a reset ends in an explanation, after exactly two connections', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url);
    const { page, errors } = await browser.person();
    // Stands in for a server that refuses whatever this page sends: every sync connection is closed with 4403.
    let connections = 0;
    await page.routeWebSocket(/\/sync\//, (socket) => {
      connections += 1;
      void socket.close({ code: 4403, reason: 'Forbidden: nothing from this page is accepted' });
    });

    await page.goto(session.invites.observer.url);
    await page.getByLabel('Your name').fill('Olga');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    const denied = page.getByTestId('access-denied');
    await denied.waitFor();
    expect(await denied.getByRole('heading').textContent()).toBe('The server keeps refusing this page');
    expect(await denied.textContent()).toContain('nothing from this page is accepted');
    await page.waitForTimeout(1_000);
    expect(connections).toBe(2);
    expect(errors).toEqual([]);
  });
});
