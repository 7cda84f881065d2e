import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

describe('sign-offs, comments and textual proposals on a clause', () => {
  it('a delegate signs off ad referendum and files a proposal; the mediator sees both and takes the proposal in', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId = ''] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const rudolf = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(rudolf.page, session.invites.parties[ruritaniaId]?.url ?? '', 'Rudolf');
    await sendCommand(server.url, session.id, chair.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'The commission shall meet monthly',
    });
    const clauseOf = (page: typeof mediator.page) => page.getByTestId('clause').first();
    const signoffOf = (page: typeof mediator.page) =>
      clauseOf(page).locator(`[data-testid="signoff"][data-party-id="${ruritaniaId}"]`);
    await expect.poll(() => signoffOf(mediator.page).getAttribute('data-state')).toBe('none');
    // Only delegates sign off: the mediator has no such button.
    expect(await clauseOf(mediator.page).getByRole('button', { name: 'Sign off' }).count()).toBe(0);

    // Ruritania signs off, ad referendum (its capital must confirm).
    await clauseOf(rudolf.page).getByLabel('ad referendum').check();
    await clauseOf(rudolf.page).getByRole('button', { name: 'Sign off' }).click();
    await expect.poll(() => signoffOf(mediator.page).getAttribute('data-state')).toBe('adReferendum');
    expect(await signoffOf(mediator.page).textContent()).toContain('ad ref.');
    await expect.poll(() => clauseOf(rudolf.page).getByRole('button', { name: 'Withdraw sign-off' }).count()).toBe(1);

    // A textual proposal, filed from the clause.
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
    const proposal = clauseOf(mediator.page).getByTestId('comment');
    expect(await proposal.getAttribute('data-kind')).toBe('proposal');
    expect(await proposal.textContent()).toMatch(/Rudolf.*Ruritania.*Textual proposal.*Open.*every two weeks/);

    // The mediator takes it in; the delegate sees what became of it.
    await proposal.getByRole('button', { name: 'Incorporated' }).click();
    await expect
      .poll(() => clauseOf(rudolf.page).getByTestId('comment-disposition').textContent())
      .toBe('Incorporated');

    // Withdrawing the sign-off clears it for everyone.
    await clauseOf(rudolf.page).getByRole('button', { name: 'Withdraw sign-off' }).click();
    await expect.poll(() => signoffOf(mediator.page).getAttribute('data-state')).toBe('none');

    expect(mediator.errors).toEqual([]);
    expect(rudolf.errors).toEqual([]);
  });
});
