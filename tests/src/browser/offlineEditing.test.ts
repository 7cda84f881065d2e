import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { clauseEditor, editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

/** How many updates this page's copy of a document holds on the device (y-indexeddb's `updates` store). */
function storedUpdates(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (database) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('updates')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('updates', 'readonly').objectStore('updates').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    name,
  );
}

describe('editing offline', () => {
  it('a delegate who goes offline keeps typing, is told so, and everyone converges on both edits once back', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(delegate.page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Rudolf');
    const added = await sendCommand(server.url, session.id, chair.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'The Parties shall cooperate',
    });
    expect(added.status).toBe(200);
    const mine = clauseEditor(delegate.page);
    const theirs = clauseEditor(mediator.page);
    await expect.poll(() => editorText(mine)).toBe('The Parties shall cooperate');
    await expect.poll(() => mine.getAttribute('contenteditable')).toBe('true');

    // The delegate's network goes; the page says so, and the editor stays editable.
    await delegate.context.setOffline(true);
    await expect.poll(() => delegate.page.getByTestId('connection-status').textContent()).toBe('offline');
    expect(await mine.getAttribute('contenteditable')).toBe('true');
    await mine.click();
    await delegate.page.keyboard.press('End');
    await delegate.page.keyboard.type(' in good faith');

    // Meanwhile the mediator edits the same clause, at its start.
    await theirs.click();
    await mediator.page.keyboard.press('Home');
    await mediator.page.keyboard.type('Henceforth ');
    await expect.poll(() => editorText(theirs)).toBe('Henceforth The Parties shall cooperate');
    expect(await editorText(mine)).toBe('The Parties shall cooperate in good faith');
    expect(await delegate.page.getByTestId('connection-status').textContent()).toBe('offline');

    // Back online: both pages hold both edits, identically.
    await delegate.context.setOffline(false);
    await expect.poll(() => delegate.page.getByTestId('connection-status').textContent()).toBe('online');
    const expected = 'Henceforth The Parties shall cooperate in good faith';
    await expect.poll(() => editorText(mine)).toBe(expected);
    await expect.poll(() => editorText(theirs)).toBe(expected);
    expect(await delegate.page.getByTestId('edit-not-kept').count()).toBe(0);

    expect(mediator.errors).toEqual([]);
    expect(delegate.errors).toEqual([]);
  });

  it('edits the server never received are kept on the device: after a reload they appear and reach the others', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();
    // The delegate's sync traffic passes through the test, which can swallow it: as if the link died silently.
    let swallow = false;
    await delegate.page.routeWebSocket(/\/sync\//, (page) => {
      const upstream = page.connectToServer();
      page.onMessage((message) => {
        if (!swallow) upstream.send(message);
      });
      upstream.onMessage((message) => {
        if (!swallow) page.send(message);
      });
      upstream.onClose((code, reason) => page.close({ code, reason }));
      page.onClose((code, reason) => upstream.close({ code, reason }));
    });
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    const seat = await joinThroughInvite(
      delegate.page,
      session.invites.parties[ruritaniaId ?? '']?.url ?? '',
      'Rudolf',
    );
    await sendCommand(server.url, session.id, chair.token, { type: 'clause.add', kind: 'operative', text: 'Article' });
    const mine = clauseEditor(delegate.page);
    await expect.poll(() => editorText(mine)).toBe('Article');
    await expect.poll(() => mine.getAttribute('contenteditable')).toBe('true');

    const localCopy = `parley:${session.id}:${seat.participantId}`;
    const before = await storedUpdates(delegate.page, localCopy);
    swallow = true;
    await mine.click();
    await delegate.page.keyboard.press('End');
    await delegate.page.keyboard.type(' one');
    // Written to the device (one update per keystroke), never to the server.
    await expect.poll(() => storedUpdates(delegate.page, localCopy)).toBeGreaterThanOrEqual(before + 4);
    expect(await editorText(clauseEditor(mediator.page))).toBe('Article');

    // A reload (the link is healthy again): the device's copy brings the edit back and sends it.
    swallow = false;
    await delegate.page.reload();
    await expect.poll(() => editorText(clauseEditor(delegate.page))).toBe('Article one');
    await expect.poll(() => editorText(clauseEditor(mediator.page))).toBe('Article one');
    await expect.poll(() => delegate.page.getByTestId('connection-status').textContent()).toBe('online');
    expect(await delegate.page.getByTestId('edit-not-kept').count()).toBe(0);

    expect(mediator.errors).toEqual([]);
    expect(delegate.errors).toEqual([]);
  });
});
