import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { clauseEditor, editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

const TEXT = 'The Parties shall cooperate fully';

/**
 * Selects characters `start`..`end` of the clause's one paragraph (a caret when equal). The arrow keys
 * are not used for this: at the edge of a bracket the browser spends a key press on crossing it.
 */
async function select(editor: Locator, start: number, end = start): Promise<void> {
  await editor.click();
  await editor.evaluate(
    (element, [from, to]) => {
      const { editor: tiptap } = element as HTMLElement & {
        editor: { commands: { setTextSelection: (range: { from: number; to: number }) => boolean } };
      };
      // Position 1 is the start of the first paragraph's text.
      tiptap.commands.setTextSelection({ from: 1 + (from ?? 0), to: 1 + (to ?? 0) });
    },
    [start, end],
  );
}

/** The colour of a bracket's "[" as drawn, and what it says about itself. */
function bracketLook(page: Page) {
  return page.locator('[data-testid="clause-body"] .bracket').evaluateAll((spans) =>
    spans.map((span) => ({
      text: span.textContent,
      holder: (span as HTMLElement).dataset.bracketHolder,
      reason: (span as HTMLElement).dataset.bracketReason,
      title: span.getAttribute('title'),
      theirs: span.classList.contains('bracket--theirs'),
      open: getComputedStyle(span, '::before').content,
      close: getComputedStyle(span, '::after').content,
      // The label right after the bracket: who holds it and why, visible without hovering.
      label: span.nextElementSibling?.classList.contains('bracket-label') ? span.nextElementSibling.textContent : null,
      color: getComputedStyle(span, '::before').color,
    })),
  );
}

describe('square brackets in a clause', () => {
  it('a delegate brackets a word for their party: everyone sees it in that party’s colour and name; only the holder may lift it', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId, borduriaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const rudolf = await browser.person();
    const bianca = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(rudolf.page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Rudolf');
    await joinThroughInvite(bianca.page, session.invites.parties[borduriaId ?? '']?.url ?? '', 'Bianca');
    await sendCommand(server.url, session.id, chair.token, { type: 'clause.add', kind: 'operative', text: TEXT });
    const everyone = [mediator, rudolf, bianca];
    for (const { page } of everyone) {
      await expect.poll(() => editorText(clauseEditor(page))).toBe(TEXT);
      await expect.poll(() => clauseEditor(page).getAttribute('contenteditable')).toBe('true');
    }

    // Ruritania's delegate selects "cooperate" and brackets it, awaiting instructions.
    const editorA = clauseEditor(rudolf.page);
    const word = { start: TEXT.indexOf('cooperate'), end: TEXT.indexOf('cooperate') + 'cooperate'.length };
    await select(editorA, word.start, word.end);
    const toolbarA = rudolf.page.getByTestId('editor-toolbar');
    await toolbarA.getByTestId('bracket-reason').selectOption('awaitingInstructions');
    await toolbarA.getByRole('button', { name: 'Bracket', exact: true }).click();

    // The mediator's page: real brackets around the word, in Ruritania's colour, naming Ruritania and the reason.
    const ruritaniaColor = 'rgb(0, 114, 178)'; // #0072b2, the first party colour
    await expect
      .poll(() => bracketLook(mediator.page))
      .toEqual([
        {
          text: 'cooperate',
          holder: ruritaniaId,
          reason: 'awaitingInstructions',
          title: 'Bracketed by Ruritania: Awaiting instructions',
          theirs: false,
          open: '"["',
          close: '"]"',
          label: 'Ruritania · Awaiting instructions',
          color: ruritaniaColor,
        },
      ]);
    // The brackets are drawn, not typed: the words of the clause are unchanged.
    expect(await editorText(clauseEditor(mediator.page))).toBe(TEXT);

    // Borduria's delegate sees it too, but has no "Lift bracket" for it; Ruritania's delegate has.
    await expect.poll(async () => (await bracketLook(bianca.page)).map((b) => b.holder)).toEqual([ruritaniaId]);
    const seenByBianca = (await bracketLook(bianca.page))[0];
    expect(seenByBianca?.theirs).toBe(true);
    expect(seenByBianca?.title).toContain('Only Ruritania or the mediator may change these words');
    expect(seenByBianca?.label).toBe('Ruritania · Awaiting instructions');
    await bianca.page.locator('[data-testid="clause-body"] .bracket').click();
    const toolbarB = bianca.page.getByTestId('editor-toolbar');
    await expect.poll(() => toolbarB.getByRole('button', { name: 'Bracket', exact: true }).isVisible()).toBe(true);
    expect(await bianca.page.getByRole('button', { name: 'Lift bracket' }).count()).toBe(0);
    await rudolf.page.locator('[data-testid="clause-body"] .bracket').click();
    await expect.poll(() => rudolf.page.getByRole('button', { name: 'Lift bracket' }).count()).toBe(1);
    // The mediator may lift anyone's bracket.
    await mediator.page.locator('[data-testid="clause-body"] .bracket').click();
    await expect.poll(() => mediator.page.getByRole('button', { name: 'Lift bracket' }).count()).toBe(1);

    // Borduria types right after Ruritania's bracket: the edit is kept, outside the bracket.
    const editorB = clauseEditor(bianca.page);
    await select(editorB, word.end);
    await bianca.page.keyboard.type(' closely');
    const typed = 'The Parties shall cooperate closely fully';
    for (const { page } of everyone) await expect.poll(() => editorText(clauseEditor(page))).toBe(typed);
    expect((await bracketLook(mediator.page)).map((b) => b.text)).toEqual(['cooperate']);
    // Deleting Ruritania's bracketed word would lift the bracket: Borduria's page does not do it, and says why.
    await select(editorB, word.start, word.end);
    await bianca.page.keyboard.press('Backspace');
    await expect.poll(() => toolbarB.getByTestId('toolbar-notice').textContent()).toContain('only Ruritania');
    expect(await editorText(editorB)).toBe(typed);
    // So would typing inside it: the bracketed words are read-only for Borduria.
    await select(editorB, word.start + 3);
    await bianca.page.keyboard.type('x');
    await expect.poll(() => toolbarB.getByTestId('toolbar-notice').textContent()).toContain('bracketed by Ruritania');
    expect(await editorText(editorB)).toBe(typed);
    expect(await bianca.page.getByTestId('edit-not-kept').count()).toBe(0);

    // Ruritania lifts its bracket: gone for everyone, the words stay.
    await rudolf.page.locator('[data-testid="clause-body"] .bracket').click();
    await rudolf.page.getByRole('button', { name: 'Lift bracket' }).click();
    for (const { page } of everyone) {
      await expect.poll(() => page.locator('[data-testid="clause-body"] .bracket').count()).toBe(0);
      expect(await editorText(clauseEditor(page))).toBe(typed);
    }

    for (const { page, errors } of everyone) {
      expect(await page.getByTestId('edit-not-kept').count()).toBe(0);
      expect(errors).toEqual([]);
    }
  });
});
