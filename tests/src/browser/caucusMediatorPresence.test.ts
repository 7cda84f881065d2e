import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

describe('a caucus says whether the mediator is in it now', () => {
  it('the delegation sees the mediator arrive in its caucus and leave it, live', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();
    await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(delegate.page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Rudolf');
    const caucus = (page: typeof mediator.page) =>
      page.locator(`[data-testid="room-link"][data-room$="/caucus/${ruritaniaId}"]`);
    const line = delegate.page.getByTestId('caucus-mediator');

    await caucus(delegate.page).click();
    await expect.poll(() => line.textContent()).toBe('No mediator is in this caucus now.');
    expect(await line.getAttribute('data-here')).toBe('false');

    // The mediator walks in: the delegation's page says so within moments, by name.
    await caucus(mediator.page).click();
    await expect.poll(() => line.textContent()).toBe('The mediator is here now (Ada Chair).');
    expect(await line.getAttribute('data-here')).toBe('true');
    expect(formatViolations(await seriousViolations(delegate.page)), 'the caucus room').toBe('');
    expect(await mediator.page.getByTestId('caucus-mediator').textContent()).toContain(
      'You are here now as the mediator',
    );

    // ...and back to the plenary: the caucus is the delegation's own again.
    await mediator.page.getByTestId('view-draft').click();
    await expect.poll(() => line.textContent()).toBe('No mediator is in this caucus now.');
    expect(delegate.errors).toEqual([]);
    expect(mediator.errors).toEqual([]);
  });
});
