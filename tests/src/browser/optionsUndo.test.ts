import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

describe('options read unambiguously', () => {
  it('the mediator keeps an option after confirming, undoes it, and takes a delegate’s proposal in as an option', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId = ''] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const rudolf = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(rudolf.page, session.invites.parties[ruritaniaId]?.url ?? '', 'Rudolf');
    const added = await sendCommand(server.url, session.id, chair.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'The commission shall meet monthly',
    });
    const clauseId = (added.body as { clauseId: string }).clauseId;
    for (const label of ['Option 1', 'Option 2'])
      expect(
        (await sendCommand(server.url, session.id, chair.token, { type: 'clause.addOption', clauseId, label })).status,
      ).toBe(200);

    const clauseOf = (page: typeof mediator.page) => page.getByTestId('clause').first();
    const optionsOf = (page: typeof mediator.page) => clauseOf(page).getByTestId('clause-option');
    const body = (page: typeof mediator.page) => clauseOf(page).getByTestId('clause-body').locator('.ProseMirror');
    await expect.poll(() => optionsOf(mediator.page).count()).toBe(2);
    // The mediator words the options.
    for (const [index, words] of ['It shall meet weekly', 'It shall meet yearly'].entries()) {
      await optionsOf(mediator.page).nth(index).locator('.ProseMirror').click();
      await mediator.page.keyboard.type(words);
    }
    await expect
      .poll(() => editorText(optionsOf(rudolf.page).nth(1).locator('.ProseMirror')))
      .toBe('It shall meet yearly');

    // The text and its alternatives are told apart, for everyone.
    for (const page of [mediator.page, rudolf.page]) {
      expect(await clauseOf(page).getByTestId('current-text-label').textContent()).toBe('Current text');
      expect(await optionsOf(page).getByTestId('option-label').allTextContents()).toEqual([
        'Clause 1, Option 1',
        'Clause 1, Option 2',
      ]);
    }
    expect(await optionsOf(rudolf.page).getByRole('button', { name: 'Keep this option' }).count()).toBe(0);

    // "Keep this option" asks first; cancelling changes nothing.
    await optionsOf(mediator.page).nth(1).getByRole('button', { name: 'Keep this option' }).click();
    await optionsOf(mediator.page).nth(1).getByRole('button', { name: 'Cancel' }).click();
    expect(await optionsOf(mediator.page).count()).toBe(2);
    await optionsOf(mediator.page).nth(1).getByRole('button', { name: 'Keep this option' }).click();
    await optionsOf(mediator.page).nth(1).getByRole('button', { name: 'Yes, keep Option 2' }).click();
    await expect.poll(() => optionsOf(rudolf.page).count()).toBe(0);
    await expect.poll(() => editorText(body(rudolf.page))).toBe('It shall meet yearly');
    expect(await clauseOf(mediator.page).getByTestId('current-text-label').count()).toBe(0);

    // Undone: the text and both options come back as they were.
    await clauseOf(mediator.page).getByTestId('restore-options').click();
    await expect.poll(() => optionsOf(rudolf.page).count()).toBe(2);
    await expect.poll(() => editorText(body(rudolf.page))).toBe('The commission shall meet monthly');
    expect(await editorText(optionsOf(rudolf.page).nth(0).locator('.ProseMirror'))).toBe('It shall meet weekly');
    expect(await editorText(optionsOf(rudolf.page).nth(1).locator('.ProseMirror'))).toBe('It shall meet yearly');
    await expect.poll(() => clauseOf(mediator.page).getByTestId('restore-options').count()).toBe(0);

    // A delegate's textual proposal becomes a third option, naming its author.
    await clauseOf(rudolf.page)
      .getByText(/^Comments and proposals/)
      .click();
    await clauseOf(rudolf.page)
      .getByLabel('Your comment on clause 1')
      .fill('The commission shall meet every two weeks');
    await clauseOf(rudolf.page).getByLabel('Textual proposal').check();
    await clauseOf(rudolf.page).getByRole('button', { name: 'Submit proposal' }).click();
    await expect
      .poll(() => clauseOf(mediator.page).getByTestId('comments').locator('summary').textContent())
      .toContain('(1)');
    await clauseOf(mediator.page)
      .getByText(/^Comments and proposals/)
      .click();
    await clauseOf(mediator.page)
      .getByTestId('comment')
      .getByRole('button', { name: 'Incorporate as an option' })
      .click();
    await expect.poll(() => optionsOf(rudolf.page).count()).toBe(3);
    expect(await optionsOf(rudolf.page).nth(2).getByTestId('option-label').textContent()).toBe(
      'Clause 1, Option 3 · Proposed by Rudolf (Ruritania)',
    );
    await expect
      .poll(() => editorText(optionsOf(rudolf.page).nth(2).locator('.ProseMirror')))
      .toBe('The commission shall meet every two weeks');
    await expect
      .poll(() => clauseOf(rudolf.page).getByTestId('comment-disposition').textContent())
      .toBe('Incorporated');

    expect(mediator.errors).toEqual([]);
    expect(rudolf.errors).toEqual([]);
  });
});
