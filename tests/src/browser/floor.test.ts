import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

/** The speaker's remaining time as the page shows it ("1:58"), in seconds. */
async function remainingSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('floor-remaining').locator('.countdown__time').textContent()) ?? '';
  const match = /^(\d+):(\d\d)$/.exec(text.trim());
  if (!match) throw new Error(`not a countdown: "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

const speakersOn = (page: Page) => page.getByTestId('speaker-entry').allTextContents();

describe('the floor, on every screen', () => {
  it('a delegate requests the floor; once the mediator gives it with a limit, every screen shows the speaker and the same countdown', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId, borduriaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const rudolf = await browser.person();
    const bianca = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    const rudolfSeat = await joinThroughInvite(
      rudolf.page,
      session.invites.parties[ruritaniaId ?? '']?.url ?? '',
      'Rudolf',
    );
    await joinThroughInvite(bianca.page, session.invites.parties[borduriaId ?? '']?.url ?? '', 'Bianca');
    const everyone = [mediator, rudolf, bianca];

    // Rudolf asks for the floor: everyone sees him inscribed, by name.
    await rudolf.page.getByRole('button', { name: 'Request the floor' }).click();
    for (const { page } of everyone)
      await expect.poll(() => speakersOn(page)).toEqual([expect.stringContaining('Rudolf')]);
    expect(await rudolf.page.getByRole('button', { name: 'Withdraw request' }).isVisible()).toBe(true);

    // A point of order goes ahead of him; withdrawn, it leaves the list.
    await bianca.page.getByRole('button', { name: 'Point of order' }).click();
    await expect
      .poll(() => speakersOn(mediator.page))
      .toEqual([expect.stringMatching(/Bianca.*Point of order/), expect.stringContaining('Rudolf')]);
    await bianca.page.getByRole('button', { name: 'Withdraw request' }).click();
    await expect.poll(() => speakersOn(mediator.page)).toEqual([expect.stringContaining('Rudolf')]);
    expect(await mediator.page.getByRole('button', { name: 'Request the floor' }).count()).toBe(0);

    // The mediator sets a two-minute limit and gives Rudolf the floor (as the console would).
    const setLimit = await sendCommand(server.url, session.id, chair.token, { type: 'floor.setLimit', seconds: 120 });
    expect(setLimit.status).toBe(200);
    const give = await sendCommand(server.url, session.id, chair.token, {
      type: 'floor.give',
      participantId: rudolfSeat.participantId,
    });
    expect(give.status).toBe(200);
    for (const { page } of everyone) {
      await expect.poll(() => page.getByTestId('floor-speaker').textContent()).toBe('Rudolf');
      await expect.poll(() => page.getByTestId('floor-remaining').count()).toBe(1);
      await expect.poll(() => speakersOn(page)).toEqual([]);
    }
    // The same countdown on every screen, to the second: read at once, within one second of each other.
    const seconds = await Promise.all(everyone.map(({ page }) => remainingSeconds(page)));
    expect(Math.max(...seconds) - Math.min(...seconds)).toBeLessThanOrEqual(1);
    for (const value of seconds) {
      expect(value).toBeGreaterThan(100);
      expect(value).toBeLessThanOrEqual(120);
    }
    // And it runs.
    const before = await remainingSeconds(bianca.page);
    await expect.poll(() => remainingSeconds(bianca.page), { timeout: 3_000 }).toBeLessThan(before);

    // Only the speaker may yield; then nobody has the floor, on every screen.
    expect(await bianca.page.getByRole('button', { name: 'Yield the floor' }).count()).toBe(0);
    await rudolf.page.getByRole('button', { name: 'Yield the floor' }).click();
    for (const { page } of everyone) {
      await expect.poll(() => page.getByTestId('floor').textContent()).toContain('Nobody has the floor');
    }

    for (const { errors } of everyone) expect(errors).toEqual([]);
  });
});
