import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { command, createSession, join } from '../helpers/api.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

async function openSection(page: Page, testId: string) {
  const section = page.getByTestId('mediator-console').getByTestId(testId);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
  return section;
}

describe('the mediator mutes and removes participants from the console', () => {
  it('who is online shows by name and room; a muted delegate is refused the floor; a removed one is told so on their page', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritania] = session.parties;
    const mediator = await browser.person();
    const rudolfPage = await browser.person();
    const { page } = mediator;
    await joinThroughInvite(page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(rudolfPage.page, session.invites.parties[ruritania?.id ?? '']?.url ?? '', 'Rudolf');
    const boris = await join(server.url, session, { party: 1 }, 'Boris');
    const borisOnline = await connectProvider(server.wsUrl, session.id, { token: boris.token });
    const borisLeaves = async () => {
      borisOnline.provider.destroy();
    };

    const participants = await openSection(page, 'console-participants');
    const person = (name: string) => participants.getByTestId('console-participant').filter({ hasText: name });
    await person('Boris').waitFor({ timeout: 8_000 });
    await person('Rudolf').waitFor();
    // The roster (who exists) and the presence (who is online where) are polled apart: wait for both.
    await expect
      .poll(() => person('Boris').textContent(), { timeout: 10_000 })
      .toContain('Delegation of Borduria · in Plenary');
    expect(await person('Rudolf').textContent()).toContain('Delegation of Ruritania');
    // The mediator has no mute or remove button for themself.
    expect(await person('Ada Chair').getByTestId('console-mute').count()).toBe(0);

    // Mute Boris: the console says so, and the server refuses him the floor.
    await person('Boris').getByTestId('console-mute').click();
    await person('Boris').getByTestId('console-muted').waitFor();
    expect(await person('Boris').getByTestId('console-mute').textContent()).toBe('Unmute');
    const refused = await command(server.url, session.id, boris.token, { type: 'queue.raiseHand' });
    expect(refused).toEqual({ status: 409, body: { error: 'You are muted: the mediator must unmute you first.' } });

    // The record is open and updates by itself while the mediator works.
    const record = await openSection(page, 'console-audit');
    const summaries = record.getByTestId('console-audit-summary');
    await expect
      .poll(() => summaries.allTextContents())
      .toEqual(
        expect.arrayContaining([
          'Boris (Borduria) tried to request the floor but was refused: You are muted: the mediator must unmute you first.',
          'Ada Chair (mediator) muted Boris (Borduria).',
        ]),
      );

    // Remove Rudolf: the confirmation says his invite link stops working; his page says he was
    // removed, he moves to the removed list, and the console shows the new link for his delegation.
    let warning = '';
    page.once('dialog', (dialog) => {
      warning = dialog.message();
      void dialog.accept();
    });
    await person('Rudolf').getByTestId('console-remove-participant').click();
    const denied = rudolfPage.page.getByTestId('access-denied');
    await denied.waitFor({ timeout: 5_000 });
    expect(warning).toContain('The invite link they joined with (Delegation of Ruritania) stops working');
    expect(await denied.getByRole('heading').textContent()).toBe('You were removed from this session');
    await expect.poll(() => person('Rudolf').count(), { timeout: 8_000 }).toBe(0);
    const replacement = participants.getByTestId('console-replacement-url');
    await replacement.waitFor();
    expect(await replacement.inputValue()).toMatch(new RegExp(`^${server.url}/join/${session.id}#invite=`));
    expect(await replacement.inputValue()).not.toBe(session.invites.parties[ruritania?.id ?? '']?.url);
    await expect
      .poll(() => participants.getByTestId('console-removed-participant').allTextContents())
      .toEqual(['Rudolf · Delegation of Ruritania']);

    // The record names who was removed, and by whom, in a sentence: a name, never an id.
    await expect
      .poll(async () => (await summaries.first().textContent()) ?? '', { timeout: 8_000 })
      .toBe(
        'Ada Chair (mediator) removed Rudolf (Ruritania) from the session; the invite link they joined with was replaced.',
      );
    for (const text of await summaries.allTextContents())
      expect(text).not.toMatch(/participant [0-9a-z]{7}…|participantId/);

    // Boris goes offline: he stays listed, offline, and can still be unmuted.
    await borisLeaves();
    await expect.poll(() => person('Boris').getAttribute('data-online'), { timeout: 10_000 }).toBe('false');
    await person('Boris').getByTestId('console-mute').click();
    await expect.poll(() => person('Boris').getByTestId('console-muted').count()).toBe(0);
    expect(mediator.errors).toEqual([]);
  });

  it('a stale "Revoke" and a clean export that is not possible yet show the server’s reason next to the control', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const mediator = await browser.person();
    const { page } = mediator;
    const seat = await joinThroughInvite(page, session.invites.mediator.url, 'Ada Chair');
    await command(server.url, session.id, seat.token, { type: 'clause.add', kind: 'operative', text: 'Borders' });

    const invites = await openSection(page, 'console-invites');
    const observers = invites.locator('[data-testid="console-invite"][data-role="observer"]');
    await observers.getByTestId('console-invite-url').waitFor();
    expect(await observers.getByTestId('console-invite-url').inputValue()).toBe(session.invites.observer.url);

    // A new link: shown at once, and listed beside the old one.
    await observers.getByTestId('console-invite-reissue').click();
    const issued = observers.getByTestId('console-invite-issued');
    await issued.waitFor();
    expect(await issued.textContent()).toMatch(
      new RegExp(`^New link issued: ${server.url}/join/${session.id}#invite=`),
    );
    await expect.poll(() => observers.getByTestId('console-invite-url').count()).toBe(2);

    // Someone else revokes the observers' links meanwhile; this console's "Revoke" is refused, with the reason.
    expect(
      (await command(server.url, session.id, seat.token, { type: 'invite.revoke', role: 'observer' })).status,
    ).toBe(200);
    page.once('dialog', (dialog) => void dialog.accept());
    await observers.getByTestId('console-invite-revoke').click();
    const alert = observers.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('no active invite for that role');

    // A clean text is refused while the clause is only proposed: the server's reason is shown.
    const exports = await openSection(page, 'console-export');
    await exports.getByTestId('console-export-clean').check();
    await exports.getByTestId('console-export-md').click();
    const refusal = exports.getByTestId('console-export-refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('role')).toBe('alert');
    expect(await refusal.textContent()).toMatch(/^no clean text yet: /);

    // The draft downloads as a file, fetched with the mediator's token.
    await exports.getByTestId('console-export-clean').uncheck();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByTestId('console-export-md').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const file = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(file, 'utf8')).toContain('Borders');

    // The documents' letterhead: symbol, marking and date, saved with document.details; the next download carries them.
    await exports.getByTestId('console-document-symbol').fill('PARLEY/2026/3/Rev.2');
    await exports.getByTestId('console-document-marking').selectOption('nonPaper');
    await exports.getByTestId('console-document-date').fill('2026-12-01');
    await exports.getByTestId('console-document-save').click();
    await exports.getByText('Saved: the next download carries them.').waitFor();
    // The fields now show what the plenary holds.
    expect(await exports.getByTestId('console-document-symbol').inputValue()).toBe('PARLEY/2026/3/Rev.2');
    expect(await exports.getByTestId('console-document-save').isDisabled()).toBe(true);
    const [printable] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByTestId('console-export-html').click(),
    ]);
    const html = await readFile(await printable.path(), 'utf8');
    expect(html).toContain('<p class="marking">Non-paper</p>');
    expect(html).toContain('@top-right { content: "PARLEY/2026/3/Rev.2" "\\A" "1 December 2026";');
    // Chromium logs each refused request (the two 409s above); nothing else went wrong on the page.
    expect(mediator.errors.filter((error) => !error.includes('status of 409 (Conflict)'))).toEqual([]);
    expect(mediator.errors).toHaveLength(2);
  });
});
