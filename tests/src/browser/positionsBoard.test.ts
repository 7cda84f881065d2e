import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

/** The cell of the positions board for a party (row) and an agenda item (column). */
function cell(page: Page, partyId: string, itemId: string) {
  return page.locator(
    `[data-testid="positions-row"][data-party-id="${partyId}"] [data-testid="statement"][data-item-id="${itemId}"]`,
  );
}

describe('the positions board', () => {
  it('each delegation writes its own row, which the others read live; the mediator may write any', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId = '', borduriaId = ''] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const rudolf = await browser.person();
    const bianca = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(rudolf.page, session.invites.parties[ruritaniaId]?.url ?? '', 'Rudolf');
    await joinThroughInvite(bianca.page, session.invites.parties[borduriaId]?.url ?? '', 'Bianca');
    const item = await sendCommand(server.url, session.id, chair.token, { type: 'agenda.add', title: 'Water sharing' });
    const itemId = String((item.body as { itemId?: string }).itemId);
    for (const { page } of [mediator, rudolf, bianca]) {
      await page.getByTestId('view-positions').click();
      await expect.poll(() => page.getByTestId('statement').count()).toBe(2);
    }

    // Nobody has written yet: each delegation is offered its own row only; the mediator both.
    expect(await cell(rudolf.page, ruritaniaId, itemId).getByTestId('statement-start').count()).toBe(1);
    expect(await cell(rudolf.page, borduriaId, itemId).getByTestId('statement-start').count()).toBe(0);
    expect(await mediator.page.getByTestId('statement-start').count()).toBe(2);

    // Ruritania starts its statement and writes it; the server takes it (everyone sees it).
    await cell(rudolf.page, ruritaniaId, itemId).getByTestId('statement-start').click();
    const own = cell(rudolf.page, ruritaniaId, itemId).locator('.ProseMirror');
    await expect.poll(() => own.getAttribute('contenteditable')).toBe('true');
    await rudolf.page.keyboard.type('A fair share for the farmers of the plain');
    const statement = 'A fair share for the farmers of the plain';
    for (const { page } of [mediator, bianca]) {
      await expect.poll(() => editorText(cell(page, ruritaniaId, itemId).locator('.ProseMirror'))).toBe(statement);
    }
    // Borduria reads Ruritania's row, but cannot write there.
    expect(await cell(bianca.page, ruritaniaId, itemId).locator('.ProseMirror').getAttribute('contenteditable')).toBe(
      'false',
    );
    expect(await cell(bianca.page, borduriaId, itemId).getByTestId('statement-start').count()).toBe(1);

    // The mediator writes into Ruritania's statement too (the mediator may write any).
    const mediatorCopy = cell(mediator.page, ruritaniaId, itemId).locator('.ProseMirror');
    expect(await mediatorCopy.getAttribute('contenteditable')).toBe('true');
    await mediatorCopy.click();
    await mediator.page.keyboard.press('End');
    await mediator.page.keyboard.type(' (noted)');
    await expect.poll(() => editorText(own)).toBe(`${statement} (noted)`);

    for (const { page, errors } of [mediator, rudolf, bianca]) {
      expect(await page.getByTestId('edit-not-kept').count()).toBe(0);
      expect(errors).toEqual([]);
    }
  });
});
