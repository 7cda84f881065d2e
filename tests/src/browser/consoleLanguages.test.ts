import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession, join } from '../helpers/api.ts';
import { saveScreenshot, startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

/** The language this browser remembers (as the switcher would store it), then the page again. */
async function reloadIn(page: Page, locale: string) {
  await page.evaluate((chosen) => window.localStorage.setItem('parley.locale', chosen), locale);
  await page.reload();
}

/** Opens one of the console's collapsible sections (a no-op when it is open already). */
async function openSection(page: Page, testId: string) {
  const section = page.getByTestId('mediator-console').getByTestId(testId);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
  return section;
}

describe('the console and the side panels in the reader’s language', () => {
  it('Russian and Arabic: words, plural forms chosen by count, the record’s times through Intl, the page mirrored', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const { page, errors } = await browser.person();
    await joinThroughInvite(page, session.invites.mediator.url, 'Ada Chair');
    const delegate = await join(server.url, session, { party: 0 }, 'Rudolf');
    // Three minutes (Russian "few", Arabic "few") on an item taken up; one delegate asks for the floor.
    expect((await sendCommand(server.url, session.id, delegate.token, { type: 'queue.raiseHand' })).status).toBe(200);
    const console = page.getByTestId('mediator-console');
    const agenda = await openSection(page, 'console-agenda');
    await agenda.getByLabel('New item').fill('Water sharing');
    await agenda.getByLabel('Time-box (min)').fill('3');
    await agenda.getByTestId('console-agenda-add').click();
    await expect.poll(() => agenda.getByTestId('console-agenda-item').textContent()).toContain('3 min');

    await reloadIn(page, 'ru');
    await console.getByRole('heading', { name: 'Пульт посредника' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await expect
      .poll(() => page.getByTestId('console-agenda').getByTestId('console-agenda-item').textContent())
      .toContain('3 минуты');
    // The floor section's badge: one request, Russian's "one" form; the speaker's buttons in Russian.
    await expect.poll(() => page.getByTestId('console-floor').locator('summary').textContent()).toContain('1 ждёт');
    await page.getByTestId('console-speaker').getByRole('button', { name: 'Предоставить слово: Rudolf' }).waitFor();
    // The room's panels too: the agenda's time-box and the speakers' list, names left as they are.
    await expect.poll(() => page.getByTestId('agenda-item').textContent()).toContain('3 минуты');
    await page.getByRole('heading', { name: 'Список ораторов', level: 3 }).waitFor();
    expect(await page.getByTestId('speaker-entry').textContent()).toContain('Rudolf');

    await reloadIn(page, 'ar');
    await console.getByRole('heading', { name: 'لوحة تحكم الوسيط' }).waitFor();
    expect(
      await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir })),
    ).toEqual({ lang: 'ar', dir: 'rtl' });
    await expect
      .poll(() => page.getByTestId('console-agenda').getByTestId('console-agenda-item').textContent())
      .toMatch(/[3٣] دقائق/);
    await expect
      .poll(() => page.getByTestId('console-floor').locator('summary').textContent())
      .toContain('واحد في الانتظار');
    // The record's times are written as Arabic writes them: the same instant through Intl in `ar`.
    const record = await openSection(page, 'console-audit');
    const time = record.getByTestId('console-audit-entry').first().locator('time');
    await time.waitFor();
    const expected = await time.evaluate((element) =>
      new Date(element.getAttribute('datetime') ?? '').toLocaleString('ar', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
    );
    expect(await time.textContent()).toBe(expected);
    expect(expected).not.toMatch(/[A-Za-z]/);
    await saveScreenshot(page, 'console-ar');
    expect(errors).toEqual([]);
  });
});
