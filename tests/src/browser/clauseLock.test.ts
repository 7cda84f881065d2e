import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { clauseEditor, editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

describe('a lock takes effect in the delegates’ editors at once', () => {
  it('a delegate’s editor turns read-only when the mediator locks the clause, and editable again on unlock', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();
    const mediatorSeat = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(delegate.page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Rudolf');

    await mediator.page.getByTestId('add-clause-operative').click();
    await mediator.page.keyboard.type('The Parties shall cooperate');
    const editor = clauseEditor(delegate.page);
    await expect.poll(() => editorText(editor)).toBe('The Parties shall cooperate');
    expect(await editor.getAttribute('contenteditable')).toBe('true');
    expect(await delegate.page.getByTestId('clause-locked').count()).toBe(0);

    const clauseId = await delegate.page.getByTestId('clause').first().getAttribute('data-clause-id');
    const locked = await sendCommand(server.url, session.id, mediatorSeat.token, { type: 'clause.lock', clauseId });
    expect(locked).toEqual({ status: 200, body: { ok: true } });

    // The delegate's editor follows the lock as soon as it arrives through sync, and says why.
    await expect.poll(() => editor.getAttribute('contenteditable'), { timeout: 3_000 }).toBe('false');
    expect(await editor.getAttribute('aria-readonly')).toBe('true');
    const badge = delegate.page.getByTestId('clause-locked');
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.getAttribute('title')).toMatch(/locked/i);
    expect(await editor.getAttribute('aria-describedby')).toBe(await badge.getAttribute('id'));

    // Typing does nothing, so nothing is sent for the server to refuse.
    await editor.click();
    await delegate.page.keyboard.type(' and not otherwise');
    await delegate.page.waitForTimeout(300);
    expect(await editorText(editor)).toBe('The Parties shall cooperate');
    expect(await editorText(clauseEditor(mediator.page))).toBe('The Parties shall cooperate');
    expect(await delegate.page.getByTestId('edit-not-kept').count()).toBe(0);

    // The mediator keeps the pen on a locked clause, and sees the lock too.
    expect(await clauseEditor(mediator.page).getAttribute('contenteditable')).toBe('true');
    expect(await mediator.page.getByTestId('clause-locked').isVisible()).toBe(true);

    const unlocked = await sendCommand(server.url, session.id, mediatorSeat.token, { type: 'clause.unlock', clauseId });
    expect(unlocked.status).toBe(200);
    await expect.poll(() => editor.getAttribute('contenteditable'), { timeout: 3_000 }).toBe('true');
    expect(await delegate.page.getByTestId('clause-locked').count()).toBe(0);
    await editor.click();
    await delegate.page.keyboard.press('End');
    await delegate.page.keyboard.type(' in good faith');
    await expect.poll(() => editorText(clauseEditor(mediator.page))).toBe('The Parties shall cooperate in good faith');

    expect(mediator.errors).toEqual([]);
    expect(delegate.errors).toEqual([]);
  });
});
