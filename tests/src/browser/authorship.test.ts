import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { clauseEditor, editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

/** Each coloured run of the clause as drawn: its words, whose it says it is, and its colour. */
function authoredRuns(page: Page) {
  return page.locator('[data-testid="clause-body"] [data-testid="authored-text"]').evaluateAll((spans) =>
    spans.map((span) => ({
      text: span.textContent,
      author: (span as HTMLElement).dataset.author,
      title: span.getAttribute('title'),
      color: getComputedStyle(span).borderBottomColor,
    })),
  );
}

/** Types at the end of the page's first clause, as a person would. */
async function typeAtEnd(page: Page, words: string): Promise<void> {
  await clauseEditor(page).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(words);
}

describe('the authorship view', () => {
  it('colours each delegate’s words in their party’s colour and names the author, from the server’s bindings', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId, borduriaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const anna = await browser.person();
    const boris = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(anna.page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Anna Kowalska');
    await joinThroughInvite(boris.page, session.invites.parties[borduriaId ?? '']?.url ?? '', 'Boris Petrov');
    await sendCommand(server.url, session.id, chair.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'The Parties',
    });
    for (const { page } of [mediator, anna, boris]) {
      await expect.poll(() => editorText(clauseEditor(page))).toBe('The Parties');
    }

    await typeAtEnd(anna.page, ' shall meet');
    await expect.poll(() => editorText(clauseEditor(boris.page))).toBe('The Parties shall meet');
    await typeAtEnd(boris.page, ' in Geneva');
    await expect.poll(() => editorText(clauseEditor(mediator.page))).toBe('The Parties shall meet in Geneva');

    // Off by default: the text is not coloured.
    const toggle = mediator.page.getByTestId('authorship-toggle');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await authoredRuns(mediator.page)).toEqual([]);

    // Turned on from the keyboard.
    await toggle.focus();
    await mediator.page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => authoredRuns(mediator.page))
      .toEqual([
        // The clause.add command wrote the first words: the server's own transaction.
        { text: 'The Parties', author: 'server', title: 'Written by the server', color: 'rgb(156, 163, 175)' },
        {
          text: ' shall meet',
          author: ruritaniaId,
          title: 'Written by Anna Kowalska (Ruritania)',
          color: 'rgb(0, 114, 178)', // #0072b2, the first party colour
        },
        {
          text: ' in Geneva',
          author: borduriaId,
          title: 'Written by Boris Petrov (Borduria)',
          color: 'rgb(213, 94, 0)', // #d55e00, the second party colour
        },
      ]);
    await expect.poll(() => mediator.page.getByTestId('authorship-legend').textContent()).toContain('Ruritania');

    // The mediator's own words, typed while the view is on, come in neutral grey once the server has them.
    await typeAtEnd(mediator.page, ' soon');
    await expect
      .poll(async () => (await authoredRuns(mediator.page)).at(-1))
      .toEqual({
        text: ' soon',
        author: 'mediator',
        title: 'Written by Ada Chair (mediator)',
        color: 'rgb(107, 114, 128)',
      });

    // Hovering the words shows who wrote them (the title is the browser's tooltip).
    const annasWords = mediator.page.locator('[data-testid="authored-text"]', { hasText: 'shall meet' });
    await annasWords.hover();
    expect(await annasWords.getAttribute('title')).toBe('Written by Anna Kowalska (Ruritania)');

    // A delegate's page colours the same way; the view changes nothing in the text.
    await boris.page.getByTestId('authorship-toggle').click();
    await expect
      .poll(async () => (await authoredRuns(boris.page)).map((run) => run.title))
      .toEqual([
        'Written by the server',
        'Written by Anna Kowalska (Ruritania)',
        'Written by Boris Petrov (Borduria)',
        'Written by Ada Chair (mediator)',
      ]);
    await toggle.click();
    await expect.poll(() => authoredRuns(mediator.page)).toEqual([]);
    expect(await editorText(clauseEditor(mediator.page))).toBe('The Parties shall meet in Geneva soon');
    expect(await editorText(clauseEditor(anna.page))).toBe('The Parties shall meet in Geneva soon');
  });
});
