import { ZERO_DRAFT, zeroDraftDocx } from '@parley/server/import/testkit';
import { MEDIATOR_HOLDER } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { editorText, joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

describe('the mediator starts from the zero draft they have', () => {
  it('a DOCX imported through the console is previewed, created, and reaches a delegate with its bracket drawn as the mediator’s, which the mediator gives to a party', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const mediator = await browser.person();
    await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    const panel = mediator.page.getByTestId('mediator-console');
    const section = panel.getByTestId('console-import-section');
    await section.locator('summary').first().click();

    await section.getByTestId('console-import-file').setInputFiles({
      name: 'zero-draft.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await zeroDraftDocx(),
    });
    const items = section.getByTestId('console-import-clause');
    await expect.poll(() => items.count()).toBe(5);
    expect(await items.locator('.mc-item__number').allTextContents()).toEqual(['PP1', 'PP2', '1.', '2.', '3.']);
    expect(await section.getByTestId('console-import-brackets').allTextContents()).toEqual(['1 bracket']);
    expect(await section.getByTestId('console-import-holder').textContent()).toContain(
      'The brackets will be held by the mediator',
    );
    // The preview changed nothing: the draft is still empty.
    expect(await mediator.page.getByTestId('clause').count()).toBe(0);

    await section.getByTestId('console-import-create').click();
    await expect.poll(() => section.getByTestId('console-import-done').textContent()).toContain('Created 5 clauses');

    const delegate = await browser.person();
    const partyInvite = session.invites.parties[session.parties[0]?.id ?? ''];
    if (!partyInvite) throw new Error('no party invite');
    await joinThroughInvite(delegate.page, partyInvite.url, 'Rudolf');
    const clauses = delegate.page.getByTestId('clause');
    await expect.poll(() => clauses.count(), { timeout: 15_000 }).toBe(5);
    const texts: string[] = [];
    for (let index = 0; index < 5; index++) texts.push(await editorText(clauses.nth(index).locator('.ProseMirror')));
    expect(texts).toEqual([...ZERO_DRAFT.preamble, ...ZERO_DRAFT.operative]);
    expect(await clauses.nth(2).locator('.ProseMirror strong').textContent()).toBe('shall');

    const bracket = delegate.page.locator('[data-testid="clause-body"] .bracket');
    await expect.poll(() => bracket.count()).toBe(1);
    const look = await bracket.evaluate((span) => ({
      text: span.textContent,
      holder: (span as HTMLElement).dataset.bracketHolder,
      reason: (span as HTMLElement).dataset.bracketReason,
      open: getComputedStyle(span, '::before').content,
    }));
    expect(look).toEqual({ text: ZERO_DRAFT.bracketed, holder: MEDIATOR_HOLDER, reason: 'other', open: '"["' });
    // Held by the mediator: named so, in the mediator's grey, and not the delegate's to change.
    const label = delegate.page.locator('[data-testid="clause-body"] [data-testid="bracket-label"]');
    expect(await label.textContent()).toBe('the mediator · Other · imported; to be reassigned');
    expect(await bracket.getAttribute('class')).toContain('bracket--theirs');
    expect(await bracket.getAttribute('title')).toContain('Only the mediator may change these words');

    // The imported text is ordinary text: the delegate's edit of it passes the server's gate and reaches the mediator.
    const third = clauses.nth(4).locator('.ProseMirror');
    await third.click();
    await delegate.page.keyboard.press('End');
    await delegate.page.keyboard.type(' Amended.');
    const mediatorCopy = mediator.page.getByTestId('clause').nth(4).locator('.ProseMirror');
    await expect.poll(() => editorText(mediatorCopy), { timeout: 15_000 }).toBe(`${ZERO_DRAFT.operative[2]} Amended.`);

    // The mediator gives the bracket to Ruritania from the toolbar, with the cursor in the bracket.
    await mediator.page.locator('[data-testid="clause-body"] .bracket').click();
    const give = mediator.page.getByTestId('give-bracket');
    await expect.poll(() => give.isVisible()).toBe(true);
    // The toolbar with its "Give bracket" control passes axe (the control is there only in this state).
    expect(formatViolations(await seriousViolations(mediator.page)), 'the toolbar with Give bracket').toBe('');
    await give.getByLabel('Give the bracket held by the mediator to').selectOption({ label: 'Ruritania' });
    await give.getByTestId('give-bracket-button').click();
    await expect
      .poll(() => bracket.getAttribute('data-bracket-holder'), { timeout: 15_000 })
      .toBe(session.parties[0]?.id);
    await expect.poll(() => label.textContent()).toBe('Ruritania · Other');
    // Now it is the delegate's own: no longer marked as someone else's.
    expect(await bracket.getAttribute('class')).not.toContain('bracket--theirs');
  });
});
