import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { clauseEditor, editorText, joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

describe('export from the room', () => {
  it('a delegate downloads the draft as a Word document holding the clause; an observer is told to ask the mediator', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();
    const observer = await browser.person();
    await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(delegate.page, session.invites.parties[ruritaniaId ?? '']?.url ?? '', 'Rudolf');
    await joinThroughInvite(observer.page, session.invites.observer.url, 'Olga');

    await mediator.page.getByTestId('add-clause-operative').click();
    await mediator.page.keyboard.type('The Parties shall share the basin');
    await expect.poll(() => editorText(clauseEditor(delegate.page))).toBe('The Parties shall share the basin');

    await delegate.page.getByTestId('export-menu').locator('summary').click();
    const [download] = await Promise.all([
      delegate.page.waitForEvent('download'),
      delegate.page.getByTestId('export-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = await download.path();
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)))['word/document.xml'] ?? new Uint8Array());
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(words).toContain('The Parties shall share the basin');
    expect(words).toContain('Talks on the northern border');

    await observer.page.getByTestId('export-menu').locator('summary').click();
    await observer.page.getByTestId('export-md').click();
    await expect
      .poll(() => observer.page.getByRole('alert').filter({ hasText: 'observers may export' }).count())
      .toBe(1);
  });
});
