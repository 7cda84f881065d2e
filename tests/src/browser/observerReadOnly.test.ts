import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { clauseEditor, editorText, joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

describe('observers read the text and change nothing', () => {
  it('an observer’s editors are read-only and no "Add clause" button is shown', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const mediator = await browser.person();
    const observer = await browser.person();
    await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await mediator.page.getByTestId('add-clause-preamble').click();
    await mediator.page.keyboard.type('Recalling their shared history');
    await mediator.page.getByTestId('add-clause-operative').click();
    await mediator.page.keyboard.type('The Parties shall meet monthly');

    await joinThroughInvite(observer.page, session.invites.observer.url, 'Olga Observer');
    expect(await observer.page.getByTestId('you-role').textContent()).toBe('Observer');
    await expect.poll(() => observer.page.getByTestId('clause').count()).toBe(2);
    await expect.poll(() => editorText(clauseEditor(observer.page, 1))).toBe('The Parties shall meet monthly');

    for (const index of [0, 1]) {
      const editor = clauseEditor(observer.page, index);
      expect(await editor.getAttribute('contenteditable')).toBe('false');
      expect(await editor.getAttribute('aria-readonly')).toBe('true');
      const flag = observer.page.getByTestId('clause').nth(index).getByTestId('clause-readonly');
      expect(await flag.isVisible()).toBe(true);
      expect(await flag.getAttribute('title')).toMatch(/read-only for observers/i);
    }
    expect(await observer.page.getByRole('button', { name: /^Add / }).count()).toBe(0);
    expect(await observer.page.getByTestId('observer-hint').isVisible()).toBe(true);

    // The same page, for the mediator, has both: the buttons exist, so their absence above means something.
    // (Counted in the text's own column: the mediator's console beside it has tools of its own.)
    expect(await mediator.page.getByRole('main').getByRole('button', { name: /^Add / }).count()).toBe(2);
    expect(await clauseEditor(mediator.page, 1).getAttribute('contenteditable')).toBe('true');

    // Typing into a read-only editor changes nothing anywhere.
    await clauseEditor(observer.page, 1).click();
    await observer.page.keyboard.type(' or never');
    await observer.page.waitForTimeout(300);
    expect(await editorText(clauseEditor(observer.page, 1))).toBe('The Parties shall meet monthly');
    expect(await editorText(clauseEditor(mediator.page, 1))).toBe('The Parties shall meet monthly');

    expect(observer.errors).toEqual([]);
    expect(mediator.errors).toEqual([]);
  });
});
