import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { command, createSession, join } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { editorText, joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

const CLAUSES = 120;
const wording = (i: number) => `The Parties shall consult on matter ${i} before any measure is taken.`;

const card = (page: Page, index: number) => page.getByTestId('clause').nth(index);

describe('a long draft in the browser', () => {
  it('shows every clause, gives a clause its editor when it is scrolled to or focused, and its typing syncs', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const mediator = await join(server.url, session, 'mediator', 'Ada Chair');
    for (let i = 0; i < CLAUSES; i++) {
      const added = await command(server.url, session.id, mediator.token, {
        type: 'clause.add',
        kind: 'operative',
        heading: `Article ${i + 1}`,
        text: wording(i + 1),
      });
      expect(added.status).toBe(200);
    }
    const inviteOf = (party: number) =>
      (session.invites.parties[session.parties[party]?.id ?? '']?.url ?? '').replace(/^http:\/\/[^/]+/, server.url);
    const rudolf = await browser.person();
    const bianca = await browser.person();
    await joinThroughInvite(rudolf.page, inviteOf(0), 'Rudolf Rassendyll');
    await joinThroughInvite(bianca.page, inviteOf(1), 'Bianca Castafiore');

    for (const { page } of [rudolf, bianca]) {
      await expect.poll(() => page.getByTestId('clause').count()).toBe(CLAUSES);
      // The first clauses, on screen, are live editors; the last, far below, a drawing of the same text
      // (no editor), still a labelled textbox that screen readers read and Tab reaches.
      await expect.poll(() => card(page, 0).locator('.ProseMirror').getAttribute('contenteditable')).toBe('true');
      const last = card(page, CLAUSES - 1);
      await expect(last.locator('.ProseMirror').count()).resolves.toBe(0);
      await expect(last.getByTestId('clause-heading').textContent()).resolves.toBe(`Article ${CLAUSES}`);
      const drawn = last.getByTestId('static-text');
      await expect(drawn.textContent()).resolves.toBe(wording(CLAUSES));
      await expect(drawn.getAttribute('role')).resolves.toBe('textbox');
      await expect(drawn.getAttribute('tabindex')).resolves.toBe('0');
      const labelledBy = (await drawn.getAttribute('aria-labelledby')) ?? '';
      await expect(page.locator(`[id="${labelledBy}"]`).textContent()).resolves.toBe(`Operative clause ${CLAUSES}`);
    }

    // Rudolf scrolls to clause 80: it becomes a live editor, and he types in it.
    const target = card(rudolf.page, 79);
    await expect(target.locator('.ProseMirror').count()).resolves.toBe(0);
    await target.scrollIntoViewIfNeeded();
    const editor = target.locator('.ProseMirror');
    await expect.poll(() => editor.getAttribute('contenteditable')).toBe('true');
    await editor.click();
    await rudolf.page.keyboard.press('End');
    await rudolf.page.keyboard.insertText(' and in good faith');
    // Bianca has not scrolled there: her drawing of clause 80 follows the text live…
    const hers = card(bianca.page, 79);
    await expect.poll(() => hers.getByTestId('static-text').textContent()).toBe(`${wording(80)} and in good faith`);
    // …and once she scrolls to it, it is her editor that shows it.
    await hers.scrollIntoViewIfNeeded();
    await expect.poll(() => editorText(hers.locator('.ProseMirror'))).toBe(`${wording(80)} and in good faith`);

    // Bianca moves the focus to clause 110's text as Tab would: the drawing turns into the editor,
    // which takes the focus (caret at the start), and what she types reaches Rudolf.
    const far = card(bianca.page, 109);
    await expect(far.locator('.ProseMirror').count()).resolves.toBe(0);
    await far.getByTestId('static-text').focus();
    await expect
      .poll(() => bianca.page.evaluate(() => document.activeElement?.classList.contains('ProseMirror') ?? false))
      .toBe(true);
    await expect(far.locator('.ProseMirror').evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await bianca.page.keyboard.insertText('Moreover, ');
    await expect
      .poll(() => card(rudolf.page, 109).getByTestId('static-text').textContent())
      .toBe(`Moreover, ${wording(110)}`);

    for (const { errors } of [rudolf, bianca]) expect(errors).toEqual([]);
  });

  it('a draft growing past 30 clauses keeps the editor someone is typing in', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const mediator = await join(server.url, session, 'mediator', 'Ada Chair');
    const add = async (i: number) =>
      expect(
        (
          await command(server.url, session.id, mediator.token, {
            type: 'clause.add',
            kind: 'operative',
            heading: `Article ${i}`,
            text: wording(i),
          })
        ).status,
      ).toBe(200);
    for (let i = 1; i <= 30; i++) await add(i);
    const rudolf = await browser.person();
    await joinThroughInvite(
      rudolf.page,
      (session.invites.parties[session.parties[0]?.id ?? '']?.url ?? '').replace(/^http:\/\/[^/]+/, server.url),
      'Rudolf Rassendyll',
    );
    await expect.poll(() => rudolf.page.getByTestId('clause').count()).toBe(30);
    await expect(rudolf.page.locator('ol.clauses--long').count()).resolves.toBe(0);
    const editor = card(rudolf.page, 0).locator('.ProseMirror');
    await editor.click();
    await rudolf.page.keyboard.press('End');
    await rudolf.page.keyboard.insertText(' at once');
    // The 31st clause arrives while he types: the draft becomes a long one around his editor.
    await add(31);
    await expect.poll(() => rudolf.page.locator('ol.clauses--long').count()).toBe(1);
    await rudolf.page.keyboard.insertText(' and together');
    await expect.poll(() => editorText(editor)).toBe(`${wording(1)} at once and together`);
    await expect(editor.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    expect(rudolf.errors).toEqual([]);
  });
});
