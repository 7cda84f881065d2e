import { DELETION_MARK, INSERTION_MARK, plenaryRoots, readClausesInOrder, readSettings } from '@parley/shared';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSession } from '../helpers/api.ts';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { clauseEditor, editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

const TEXT = 'The Parties shall share the waters equitably.';
const ACCEPTED = 'The Parties shall jointly share the waters equitably.';

/** Puts the caret (or a selection) at characters `start`..`end` of the clause's one paragraph. */
async function select(editor: Locator, start: number, end = start): Promise<void> {
  await editor.click();
  await editor.evaluate(
    (element, [from, to]) => {
      const { editor: tiptap } = element as HTMLElement & {
        editor: { commands: { setTextSelection: (range: { from: number; to: number }) => boolean } };
      };
      tiptap.commands.setTextSelection({ from: 1 + (from ?? 0), to: 1 + (to ?? 0) });
    },
    [start, end],
  );
}

interface Run {
  readonly text: string;
  readonly insertion: { by?: string; party?: string | null } | null;
  readonly deletion: { by?: string; party?: string | null } | null;
}

/** The first clause's body on the server, as runs of text with their suggestion marks. */
function serverRuns(doc: Y.Doc): Run[] {
  const clause = readClausesInOrder(plenaryRoots(doc))[0];
  const paragraph = clause?.body.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) return [];
  return (text.toDelta() as { insert: string; attributes?: Record<string, Run['insertion']> }[]).map((run) => ({
    text: run.insert,
    insertion: run.attributes?.[INSERTION_MARK] ?? null,
    deletion: run.attributes?.[DELETION_MARK] ?? null,
  }));
}

/** The words each page draws as suggestions, by kind. */
function shownSuggestions(page: Page) {
  return page
    .locator('[data-testid="clause-body"] .suggestion')
    .evaluateAll((marks) => marks.map((mark) => `${mark.tagName.toLowerCase()}:${mark.textContent}`));
}

describe('suggesting mode', () => {
  it('two delegates suggest in one clause; the mediator accepts one and rejects the other; everyone sees the text and the authors are told', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId = '', borduriaId = ''] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const rudolf = await browser.person();
    const boris = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    const rudolfSeat = await joinThroughInvite(rudolf.page, session.invites.parties[ruritaniaId]?.url ?? '', 'Rudolf');
    const borisSeat = await joinThroughInvite(boris.page, session.invites.parties[borduriaId]?.url ?? '', 'Boris');
    const add = await sendCommand(server.url, session.id, chair.token, {
      type: 'clause.add',
      kind: 'operative',
      text: TEXT,
    });
    expect(add.status).toBe(200);
    const mode = await sendCommand(server.url, session.id, chair.token, { type: 'session.editMode', mode: 'suggest' });
    expect(mode.status).toBe(200);
    const everyone = [mediator, rudolf, boris];
    for (const { page } of everyone) await expect.poll(() => editorText(clauseEditor(page))).toBe(TEXT);
    const server$ = await connectProvider(server.wsUrl, session.id, { token: chair.token });

    // Rudolf types: the words land on the server under his insertion mark, not as plain text.
    await select(clauseEditor(rudolf.page), 'The Parties shall'.length);
    await expect
      .poll(() => rudolf.page.getByTestId('suggest-toggle').getAttribute('aria-pressed'), { timeout: 10_000 })
      .toBe('true');
    await rudolf.page.keyboard.type(' jointly');
    await expect
      .poll(() => serverRuns(server$.doc).find((run) => run.insertion !== null), { timeout: 10_000 })
      .toMatchObject({ text: ' jointly', insertion: { by: rudolfSeat.participantId, party: ruritaniaId } });

    // Boris deletes a word: it stays in the text, struck through under his deletion mark.
    // Boris's page has Rudolf's suggestion by now: the word is where it is in the text with it.
    await expect.poll(() => editorText(clauseEditor(boris.page))).toBe(ACCEPTED);
    const word = ACCEPTED.indexOf('equitably');
    await select(clauseEditor(boris.page), word, word + 'equitably'.length);
    await boris.page.keyboard.press('Backspace');
    await expect
      .poll(() => serverRuns(server$.doc).find((run) => run.deletion !== null), { timeout: 10_000 })
      .toMatchObject({ text: 'equitably', deletion: { by: borisSeat.participantId, party: borduriaId } });
    expect(
      serverRuns(server$.doc)
        .map((run) => run.text)
        .join(''),
    ).toBe('The Parties shall jointly share the waters equitably.');

    // Everyone sees both, underlined and struck through, and the mediator has them listed.
    for (const { page } of everyone) {
      await expect.poll(() => shownSuggestions(page), { timeout: 10_000 }).toEqual(['ins: jointly', 'del:equitably']);
    }
    const list = mediator.page.getByTestId('clause-suggestion');
    await expect.poll(() => list.count()).toBe(2);
    expect(await list.allTextContents()).toEqual([
      expect.stringContaining('Rudolf (Ruritania) proposes to add “jointly”'),
      expect.stringContaining('Boris (Borduria) proposes to strike “equitably”'),
    ]);
    // Delegates see the list too, without the mediator's buttons.
    await expect.poll(() => rudolf.page.getByTestId('clause-suggestion').count()).toBe(2);
    expect(await rudolf.page.getByTestId('accept-suggestion').count()).toBe(0);
    const violations = await seriousViolations(mediator.page);
    expect(formatViolations(violations), 'room with suggestions (mediator)').toBe('');
    expect(formatViolations(await seriousViolations(rudolf.page)), 'room with suggestions (delegate)').toBe('');

    // The mediator accepts Rudolf's and rejects Boris's.
    await list.filter({ hasText: 'Rudolf' }).getByTestId('accept-suggestion').click();
    await expect.poll(() => list.count()).toBe(1);
    await list.filter({ hasText: 'Boris' }).getByTestId('reject-suggestion').click();
    await expect.poll(() => list.count()).toBe(0);

    for (const { page } of everyone) {
      await expect.poll(() => editorText(clauseEditor(page)), { timeout: 10_000 }).toBe(ACCEPTED);
      await expect.poll(() => shownSuggestions(page)).toEqual([]);
    }
    expect(serverRuns(server$.doc)).toEqual([{ text: ACCEPTED, insertion: null, deletion: null }]);
    // The authors are told what became of their suggestions.
    await expect
      .poll(() => rudolf.page.getByTestId('notice-summary').allTextContents(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/accepted/i)]));
    await expect
      .poll(() => boris.page.getByTestId('notice-summary').allTextContents(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/rejected/i)]));
    for (const person of everyone) expect(person.errors).toEqual([]);
  });
});

describe('suggesting by choice', () => {
  it('the mediator turns on "Suggest": typing proposes words under their own mark, deleting strikes words through, splitting a paragraph is refused with the reason', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const mediator = await browser.person();
    const { page } = mediator;
    const chair = await joinThroughInvite(page, session.invites.mediator.url, 'Ada Chair');
    await sendCommand(server.url, session.id, chair.token, { type: 'clause.add', kind: 'operative', text: TEXT });
    await expect.poll(() => editorText(clauseEditor(page))).toBe(TEXT);
    const server$ = await connectProvider(server.wsUrl, session.id, { token: chair.token });

    await select(clauseEditor(page), 'The Parties shall'.length);
    const toggle = page.getByTestId('suggest-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type(' jointly');
    await expect
      .poll(() => serverRuns(server$.doc).find((run) => run.insertion !== null), { timeout: 10_000 })
      .toMatchObject({ text: ' jointly', insertion: { by: chair.participantId, party: null } });

    // Backspace over an existing word: struck through, still there; over one's own insertion: gone.
    const end = TEXT.length - 1 + ' jointly'.length;
    await select(clauseEditor(page), end);
    for (let i = 0; i < 'equitably'.length; i += 1) await page.keyboard.press('Backspace');
    await expect
      .poll(() => serverRuns(server$.doc).find((run) => run.deletion !== null), { timeout: 10_000 })
      .toMatchObject({ text: 'equitably', deletion: { by: chair.participantId, party: null } });
    await select(clauseEditor(page), 'The Parties shall jointly'.length);
    for (let i = 0; i < 'ly'.length; i += 1) await page.keyboard.press('Backspace');
    await expect
      .poll(() => serverRuns(server$.doc).find((run) => run.insertion !== null)?.text, { timeout: 10_000 })
      .toBe(' joint');
    expect(await editorText(clauseEditor(page))).toBe('The Parties shall joint share the waters equitably.');

    // Splitting a paragraph cannot be a tracked change: not made, and the toolbar says why.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('toolbar-notice').textContent())
      .toContain('splitting or joining paragraphs');
    expect(await clauseEditor(page).locator('p').count()).toBe(1);
    // The mark names its author and time on hover.
    expect(await page.locator('ins.suggestion').first().getAttribute('title')).toMatch(
      /^Insertion suggested by Ada Chair \(the mediator\), /,
    );

    // Off again: edits are direct.
    await toggle.click();
    await select(clauseEditor(page), 0, 'The '.length);
    await page.keyboard.press('Backspace');
    await expect
      .poll(() =>
        serverRuns(server$.doc)
          .map((run) => run.text)
          .join(''),
      )
      .toBe('Parties shall joint share the waters equitably.');
    // Both pending suggestions of the clause at once, from its list.
    await page.getByTestId('reject-all-suggestions').click();
    await expect
      .poll(() => serverRuns(server$.doc), { timeout: 10_000 })
      .toEqual([{ text: 'Parties shall share the waters equitably.', insertion: null, deletion: null }]);
    await expect.poll(() => page.getByTestId('clause-suggestions').count()).toBe(0);
    expect(mediator.errors).toEqual([]);
  });
});

describe('suggestions in the console', () => {
  it('the mediator has delegates suggest with the console switch, sees the count per clause, and accepts all of a party at once', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId = ''] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const rudolf = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(rudolf.page, session.invites.parties[ruritaniaId]?.url ?? '', 'Rudolf');
    await sendCommand(server.url, session.id, chair.token, { type: 'clause.add', kind: 'operative', text: TEXT });
    const server$ = await connectProvider(server.wsUrl, session.id, { token: chair.token });
    const consoleSection = async (testId: string) => {
      const section = mediator.page.getByTestId('mediator-console').getByTestId(testId);
      if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
      return section;
    };

    const headingField = rudolf.page.locator('input[data-testid="clause-heading"]');
    await expect.poll(() => headingField.count()).toBe(1);
    const settings = await consoleSection('console-session');
    await settings.getByLabel('Delegates only suggest').check();
    await waitFor(() => readSettings(plenaryRoots(server$.doc)).editMode === 'suggest', 'suggest mode');
    // A heading is plain text, which cannot carry a suggestion: no field for it now.
    await expect.poll(() => headingField.count()).toBe(0);

    // Two suggestions of Rudolf's, apart: two ids.
    await select(clauseEditor(rudolf.page), 'The Parties shall'.length);
    await expect.poll(() => rudolf.page.getByTestId('suggest-toggle').textContent()).toBe('Suggesting');
    await rudolf.page.keyboard.type(' jointly');
    await select(clauseEditor(rudolf.page), 'The Parties'.length);
    await rudolf.page.keyboard.type(' both');
    // Enter at the end of the paragraph starts a new one for his next words.
    const proposed = 'The Parties both shall jointly share the waters equitably.';
    await expect.poll(() => editorText(clauseEditor(rudolf.page))).toBe(proposed);
    await select(clauseEditor(rudolf.page), proposed.length);
    await rudolf.page.keyboard.press('Enter');
    await rudolf.page.keyboard.type('They shall report yearly.');
    const clauses = await consoleSection('console-clauses');
    await expect
      .poll(() => clauses.getByTestId('console-clause-suggestions').textContent(), { timeout: 10_000 })
      .toBe('3 suggestions');
    const list = await consoleSection('console-suggestions-section');
    await expect.poll(() => list.getByTestId('console-suggestion').count()).toBe(3);
    expect(formatViolations(await seriousViolations(mediator.page)), 'console with suggestions').toBe('');

    await list.getByRole('button', { name: 'Accept all of Ruritania' }).click();
    await expect.poll(() => list.getByTestId('console-suggestion').count(), { timeout: 10_000 }).toBe(0);
    expect(serverRuns(server$.doc)).toEqual([{ text: proposed, insertion: null, deletion: null }]);
    const body = readClausesInOrder(plenaryRoots(server$.doc))[0]?.body;
    expect(body?.length).toBe(2);
    const second = body?.get(1);
    expect(second instanceof Y.XmlElement ? second.toString() : '').toBe(
      '<paragraph>They shall report yearly.</paragraph>',
    );
    await expect
      .poll(() => clauseEditor(rudolf.page).locator('p').allTextContents())
      .toEqual([proposed, 'They shall report yearly.']);
    expect(await clauses.getByTestId('console-clause-suggestions').count()).toBe(0);
    for (const person of [mediator, rudolf]) expect(person.errors).toEqual([]);
  });
});
