import type { WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { clauseEditor, editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

describe('an edit the server refuses is undone and named', () => {
  it('after a 4403 the delegate’s text is reloaded from the server and a notice names the edit not kept', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();

    // The delegate's sync connections pass through the test, which can hold back what the server sends
    // on one of them: that page then does not learn of the lock and still lets the delegate type.
    const held = new Set<WebSocketRoute>();
    const connections: WebSocketRoute[] = [];
    await delegate.page.routeWebSocket(/\/sync\//, (page) => {
      const upstream = page.connectToServer();
      connections.push(upstream);
      upstream.onMessage((message) => {
        if (!held.has(upstream)) page.send(message);
      });
      upstream.onClose((code, reason) => page.close({ code, reason }));
      page.onClose((code, reason) => upstream.close({ code, reason }));
    });

    const mediatorSeat = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(delegate.page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Rudolf');
    await mediator.page.getByTestId('add-clause-operative').click();
    await mediator.page.keyboard.type('The Parties shall cooperate');
    const editor = clauseEditor(delegate.page);
    await expect.poll(() => editorText(editor)).toBe('The Parties shall cooperate');
    expect(connections).toHaveLength(1);

    const [first] = connections;
    if (first) held.add(first);
    const clauseId = await delegate.page.getByTestId('clause').first().getAttribute('data-clause-id');
    const locked = await sendCommand(server.url, session.id, mediatorSeat.token, { type: 'clause.lock', clauseId });
    expect(locked.status).toBe(200);
    await expect.poll(() => mediator.page.getByTestId('clause-locked').count()).toBe(1);

    // Unaware of the lock, the delegate edits; the server's gate refuses it and closes with 4403.
    expect(await editor.getAttribute('contenteditable')).toBe('true');
    await editor.click();
    await delegate.page.keyboard.press('End');
    await delegate.page.keyboard.type(' unless otherwise agreed');

    const notice = delegate.page.getByTestId('edit-not-kept');
    await notice.waitFor({ timeout: 5_000 });
    expect(await notice.textContent()).toMatch(/text of clause 1: the clause is locked/);
    // The page reset the document from the server on a new connection: the refused words are gone.
    expect(connections.length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => editorText(clauseEditor(delegate.page))).toBe('The Parties shall cooperate');
    expect(await clauseEditor(delegate.page).getAttribute('contenteditable')).toBe('false');
    expect(await delegate.page.getByTestId('clause-locked').isVisible()).toBe(true);
    expect(await editorText(clauseEditor(mediator.page))).toBe('The Parties shall cooperate');
    await expect.poll(() => delegate.page.getByTestId('connection-status').textContent()).toBe('online');

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
    expect(delegate.errors).toEqual([]);
  });
});
