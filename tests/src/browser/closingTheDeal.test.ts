import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

describe('closing the deal in the room', () => {
  it('silence with its countdown, broken through the dialog; then the chair proposes, the parties accept, the text is adopted and initialled', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritania, borduria] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();
    const mediatorSeat = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(delegate.page, session.invites.parties[ruritania ?? '']?.url ?? '', 'Rudolf');
    const added = await sendCommand(server.url, session.id, mediatorSeat.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'The Parties shall meet annually.',
    });
    const { clauseId } = added.body as { clauseId: string };
    await expect.poll(() => delegate.page.getByTestId('closing-provisional').isVisible()).toBe(true);

    // The chair places the text under silence from the room; every screen counts down on server time.
    await mediator.page.getByTestId('silence-minutes').fill('30');
    await mediator.page.locator('.closing__choose > summary').click();
    await mediator.page.getByTestId('silence-clause').check();
    expect(await mediator.page.getByTestId('silence-start').textContent()).toBe('Place 1 clause under silence');
    await mediator.page.getByTestId('silence-start').click();
    await expect.poll(() => delegate.page.getByTestId('silence-banner').textContent()).toContain('clause 1');
    const countdown = delegate.page.getByTestId('silence-countdown');
    await expect.poll(() => countdown.isVisible()).toBe(true);
    const left = Number(await countdown.getAttribute('data-remaining-ms'));
    expect(left).toBeGreaterThan(29 * 60_000);
    expect(left).toBeLessThanOrEqual(30 * 60_000);
    expect(await mediator.page.getByTestId('silence-countdown').isVisible()).toBe(true);

    // The delegate breaks silence: the explanation is required.
    await delegate.page.getByTestId('break-silence').click();
    const send = delegate.page.getByTestId('break-silence-send');
    expect(await send.isDisabled()).toBe(true);
    expect(formatViolations(await seriousViolations(delegate.page)), 'the silence banner and its dialog').toBe('');
    await delegate.page.getByTestId('break-silence-explanation').fill('Our capital needs another week.');
    await send.click();
    await expect.poll(() => mediator.page.getByTestId('silence-broken').textContent()).toContain('another week');
    expect(await delegate.page.getByTestId('silence-banner').count()).toBe(0);

    // Adoption: proposed from the room, accepted by each party (Borduria through the API).
    await sendCommand(server.url, session.id, mediatorSeat.token, { type: 'clause.agreeWithoutObjection', clauseId });
    // Agreed, but provisional until the whole text is adopted.
    await expect.poll(() => delegate.page.getByTestId('clause-provisional').count()).toBe(1);
    await mediator.page.getByTestId('adoption-propose').click();
    await expect.poll(() => delegate.page.getByTestId('adoption-proposed').isVisible()).toBe(true);
    await delegate.page.getByTestId('adoption-accept-ad-referendum').click();
    await expect
      .poll(() => mediator.page.getByTestId('adoption-proposed').textContent())
      .toContain('Ruritania (ad referendum)');
    const bordurian = await fetch(`${server.url}/api/sessions/${session.id}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite: session.invites.parties[borduria ?? '']?.token, name: 'Bora' }),
    });
    const { token } = (await bordurian.json()) as { token: string };
    expect((await sendCommand(server.url, session.id, token, { type: 'adoption.accept' })).status).toBe(200);

    await expect.poll(() => delegate.page.getByTestId('adopted-banner').isVisible()).toBe(true);
    expect(await delegate.page.getByTestId('adopted-digest').textContent()).toMatch(/[0-9a-f]{64}/);
    expect(await delegate.page.getByTestId('clause-provisional').count()).toBe(0);
    expect(await delegate.page.getByTestId('closing-provisional').count()).toBe(0);
    await delegate.page.getByTestId('adoption-confirm').click();
    await expect
      .poll(() => mediator.page.getByTestId('adopted-banner').textContent())
      .toContain('confirmed by capital');
    expect(formatViolations(await seriousViolations(delegate.page)), 'the adopted text').toBe('');
    await delegate.page.getByTestId('initial-text').click();
    await expect.poll(() => mediator.page.getByTestId('initials').textContent()).toContain('Rudolf (Ruritania)');
    expect(mediator.errors).toEqual([]);
    expect(delegate.errors).toEqual([]);
  });
});
