import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

describe('the download menu closes the way menus do', () => {
  it('closes on Esc with focus back on its button, on a click outside, and after a choice', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const delegate = await browser.person();
    const { page } = delegate;
    await joinThroughInvite(page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Rudolf');
    const menu = page.getByTestId('export-menu');
    const button = menu.locator('summary');
    const isOpen = () => menu.evaluate((element) => (element as HTMLDetailsElement).open);

    // Opened by keyboard, closed with Esc: focus is back on the button, ready to open it again.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(isOpen).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-docx');
    await page.keyboard.press('Escape');
    await expect.poll(isOpen).toBe(false);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);

    // A click elsewhere on the page closes it.
    await button.click();
    await expect.poll(isOpen).toBe(true);
    await page.getByTestId('session-title').click();
    await expect.poll(isOpen).toBe(false);

    // A choice closes it once the download has started.
    await button.click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-md').click()]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    await expect.poll(isOpen).toBe(false);
    expect(delegate.errors).toEqual([]);
  });
});
