import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createSession } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { validateAkn } from '../helpers/xmllint.ts';
import { clauseEditor, editorText, joinThroughInvite, sendCommand, storedParticipant } from './roomFlows.ts';

const storedToken = async (page: Parameters<typeof storedParticipant>[0], sessionId: string) =>
  (await storedParticipant(page, sessionId))?.token;

const browser = useBrowser();

describe('export from the room', () => {
  it('a delegate downloads the draft as a Word document holding the clause and as Akoma Ntoso, the mediator as Akoma Ntoso from the console; an observer is offered it only while the mediator allows it', async () => {
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

    // The menu closed once the download started.
    expect(await delegate.page.getByTestId('export-menu').getAttribute('open')).toBeNull();

    // The delegate's menu offers Akoma Ntoso too, as the server allows a delegate.
    await delegate.page.getByTestId('export-menu').locator('summary').click();
    const [delegateAkn] = await Promise.all([
      delegate.page.waitForEvent('download'),
      delegate.page.getByTestId('export-akn').click(),
    ]);
    expect(delegateAkn.suggestedFilename()).toMatch(/-draft\.xml$/);
    expect(fs.readFileSync(await delegateAkn.path(), 'utf8')).toMatch(/<p>The Parties shall share the basin<\/p>/);

    // The mediator's console offers Akoma Ntoso: XML the OASIS schema accepts.
    const exportSection = mediator.page.getByTestId('mediator-console').getByTestId('console-export');
    if ((await exportSection.getAttribute('open')) === null) await exportSection.locator('summary').first().click();
    const [akn] = await Promise.all([
      mediator.page.waitForEvent('download'),
      exportSection.getByTestId('console-export-akn').click(),
    ]);
    expect(akn.suggestedFilename()).toMatch(/-draft\.xml$/);
    const aknXml = fs.readFileSync(await akn.path(), 'utf8');
    expect(aknXml).toMatch(/<p>The Parties shall share the basin<\/p>/);
    const validation = await validateAkn(aknXml);
    expect(validation.code, validation.output).toBe(0);

    // An observer is not offered what the server would refuse them...
    expect(await observer.page.getByTestId('export-menu').count()).toBe(0);
    const refused = await fetch(`${server.url}/api/sessions/${session.id}/export?format=md`, {
      headers: { authorization: `Bearer ${(await storedToken(observer.page, session.id)) ?? ''}` },
    });
    expect(refused.status).toBe(403);
    // ...and is offered it, live, once the mediator allows it.
    const mediatorToken = (await storedToken(mediator.page, session.id)) ?? '';
    const allow = (allowed: boolean) =>
      sendCommand(server.url, session.id, mediatorToken, { type: 'session.observersMayExport', allowed });
    expect((await allow(true)).status).toBe(200);
    await observer.page.getByTestId('export-menu').waitFor();
    await observer.page.getByTestId('export-menu').locator('summary').click();
    const [observed] = await Promise.all([
      observer.page.waitForEvent('download'),
      observer.page.getByTestId('export-md').click(),
    ]);
    expect(fs.readFileSync(await observed.path(), 'utf8')).toContain('The Parties shall share the basin');
    expect((await allow(false)).status).toBe(200);
    await expect.poll(() => observer.page.getByTestId('export-menu').count()).toBe(0);
    expect(observer.errors).toEqual([]);
    expect(delegate.errors).toEqual([]);
    expect(mediator.errors).toEqual([]);
  });
});
