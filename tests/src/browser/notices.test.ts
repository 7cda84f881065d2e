import { describe, expect, it } from 'vitest';
import { command, createSession, join } from '../helpers/api.ts';
import { saveScreenshot, startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

describe('notices: nobody is surprised', () => {
  it('a delegate sees a notice that concerns them, in their language, it survives a reload until dismissed, and stays dismissed', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritania] = session.parties;
    const mediator = await join(server.url, session, 'mediator', 'Ada Chair');
    const delegate = await browser.person();
    const { page } = delegate;
    const seat = await joinThroughInvite(page, session.invites.parties[ruritania?.id ?? '']?.url ?? '', 'Rudolf');

    expect(
      (
        await command(server.url, session.id, mediator.token, {
          type: 'participant.mute',
          participantId: seat.participantId,
        })
      ).status,
    ).toBe(200);
    const notice = page.getByTestId('notice');
    await notice.first().waitFor({ timeout: 10_000 });
    expect(await notice.getByTestId('notice-summary').allTextContents()).toEqual([
      'Ada Chair (mediator) muted Rudolf (Ruritania).',
    ]);
    expect(await notice.first().getAttribute('data-kind')).toBe('muted');

    // Still there after a reload: the server keeps it until it is read.
    await page.reload();
    await notice.first().waitFor({ timeout: 10_000 });
    expect(await notice.getByTestId('notice-summary').allTextContents()).toEqual([
      'Ada Chair (mediator) muted Rudolf (Ruritania).',
    ]);

    // In the reader's language, worded in the room from the notice's facts; names stay as they are.
    await page.evaluate(() => window.localStorage.setItem('parley.locale', 'ru'));
    await page.reload();
    await notice.first().waitFor({ timeout: 10_000 });
    expect(await notice.getByTestId('notice-summary').allTextContents()).toEqual([
      'Ada Chair (посредник) отключает микрофон участнику Rudolf (Ruritania).',
    ]);
    await page.evaluate(() => window.localStorage.setItem('parley.locale', 'ar'));
    await page.reload();
    await notice.first().waitFor({ timeout: 10_000 });
    expect(await notice.getByTestId('notice-summary').allTextContents()).toEqual([
      'كتم Ada Chair (الوسيط) صوت Rudolf (Ruritania).',
    ]);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await saveScreenshot(page, 'notice-ar');

    await notice.first().getByTestId('notice-dismiss').click();
    await expect.poll(() => notice.count()).toBe(0);
    await page.reload();
    await page.getByTestId('you-name').waitFor();
    // Give the first poll time to answer: a dismissed notice must not come back.
    await page.waitForTimeout(1_500);
    expect(await notice.count()).toBe(0);
    expect(delegate.errors).toEqual([]);
  });
});
