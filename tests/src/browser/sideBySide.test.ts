import type { CreateSessionResponse } from '@parley/shared';
import { BRACKET_MARK, clauseRecord, clauseTextIn, plenaryRoots, readClausesInOrder } from '@parley/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { join, postJson } from '../helpers/api.ts';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { saveScreenshot, startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { editorText, joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

const ENGLISH = 'The Parties shall share the waters equitably';
const ARABIC = 'يتقاسم الطرفان المياه بإنصاف';

/** The clause's own text (the original column), not its version's. */
const originalEditor = (page: Page) => page.getByTestId('clause-body').first().locator('.ProseMirror');
const versionEditor = (page: Page) => page.getByTestId('version-body').first().locator('.ProseMirror');
const versionState = (page: Page) => page.getByTestId('version-state').first();

describe('the side-by-side view of language versions', () => {
  it('a translator chooses Arabic, writes the Arabic version right to left, aligns it, and sees it go stale with the English words changed', async () => {
    const server = await startServerWithClient();
    const created = await postJson<CreateSessionResponse>(`${server.url}/api/sessions`, {
      title: 'Talks on the northern basin',
      parties: [{ name: 'Ruritania' }, { name: 'Borduria' }],
      languages: [{ tag: 'en' }, { tag: 'ru' }, { tag: 'ar' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const session = created.body;
    const mediator = await browser.person();
    const translator = await browser.person();

    // The mediator writes the English text.
    await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await mediator.page.getByTestId('add-clause-operative').click();
    await mediator.page.keyboard.type(ENGLISH);
    await expect.poll(() => editorText(originalEditor(mediator.page))).toBe(ENGLISH);

    // The translator's column shows the session's second language first; they choose Arabic.
    await joinThroughInvite(translator.page, session.invites.languageServices.url, 'Layla Haddad');
    expect(await translator.page.getByTestId('you-role').textContent()).toBe('Language services');
    const select = translator.page.getByLabel('Side by side with');
    await expect.poll(() => select.inputValue()).toBe('ru');
    await select.selectOption('ar');
    const column = translator.page.getByTestId('version-column').first();
    await expect.poll(() => column.getAttribute('data-language')).toBe('ar');
    const text = column.getByTestId('version-text');
    expect(await text.getAttribute('dir')).toBe('rtl');
    expect(await text.getAttribute('lang')).toBe('ar');
    expect(await translator.page.getByTestId('original-column').first().getAttribute('dir')).toBe('ltr');
    expect(await translator.page.getByTestId('language-services-hint').isVisible()).toBe(true);

    // The original is read-only for them, and no control they may not use is offered.
    await expect.poll(() => editorText(originalEditor(translator.page))).toBe(ENGLISH);
    expect(await originalEditor(translator.page).getAttribute('contenteditable')).toBe('false');
    const main = translator.page.getByRole('main');
    expect(await main.getByRole('button', { name: /^Add / }).count()).toBe(0);
    expect(await main.getByTestId('sign-off').count()).toBe(0);
    expect(await versionState(translator.page).getAttribute('data-state')).toBe('missing');

    // Aligning an empty version is refused, with the server's reason beside the button.
    const align = translator.page.getByRole('button', { name: /^Align the Arabic version of clause 1 with English/ });
    await align.click();
    await expect
      .poll(() => translator.page.getByTestId('align-refused').textContent())
      .toMatch(/Arabic version of clause 1 has no words yet/);

    // They write the Arabic version; the mediator, with Arabic beside the English too, sees it live.
    await expect.poll(() => versionEditor(translator.page).getAttribute('contenteditable')).toBe('true');
    await versionEditor(translator.page).click();
    await translator.page.keyboard.insertText(ARABIC);
    await mediator.page.getByLabel('Side by side with').selectOption('ar');
    await expect.poll(() => editorText(versionEditor(mediator.page))).toBe(ARABIC);
    // The Arabic text runs right to left in its column: its first word is at the column's right edge.
    const direction = await versionEditor(translator.page).evaluate((element) => getComputedStyle(element).direction);
    expect(direction).toBe('rtl');

    // Aligned, by name.
    await align.click();
    await expect.poll(() => versionState(translator.page).getAttribute('data-state')).toBe('aligned');
    expect(await versionState(translator.page).textContent()).toMatch(/Aligned with English as of .+, by Layla Haddad/);
    expect(await translator.page.getByTestId('align-refused').count()).toBe(0);

    // The mediator changes the English: the translator sees the version stale, with the words changed.
    await originalEditor(mediator.page).click();
    await mediator.page.keyboard.press('Control+End');
    await mediator.page.keyboard.type(' and reasonably');
    await expect.poll(() => editorText(originalEditor(translator.page))).toBe(`${ENGLISH} and reasonably`);
    await expect.poll(() => versionState(translator.page).getAttribute('data-state')).toBe('stale');
    const diff = translator.page.getByTestId('version-stale-diff').first();
    await expect.poll(() => diff.locator('ins').textContent()).toContain('reasonably');
    expect(await versionState(translator.page).textContent()).toContain('Stale: the English text changed');
    await saveScreenshot(translator.page, 'side-by-side-stale');

    // A delegate's sign-off waits for the Arabic and Russian versions, in the room and at the server (409 naming them).
    const delegate = await browser.person();
    const rudolf = await joinThroughInvite(
      delegate.page,
      session.invites.parties[session.parties[0]?.id ?? '']?.url ?? '',
      'Rudolf',
    );
    const signOff = delegate.page.getByTestId('sign-off');
    await expect.poll(() => signOff.isDisabled()).toBe(true);
    const blocked = await delegate.page.getByTestId('sign-off-blocked').textContent();
    expect(blocked).toMatch(/Russian/);
    expect(blocked).toMatch(/Arabic/);
    const clauseId = await translator.page.getByTestId('clause').first().getAttribute('data-clause-id');
    const refused = await sendCommand(server.url, session.id, rudolf.token, { type: 'clause.signOff', clauseId });
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toMatch(/Arabic/);
    expect(delegate.errors).toEqual([]);

    // The mediator's "Agreed, no objection" is refused too, and the console shows the server's reason.
    const clausesSection = mediator.page.getByTestId('mediator-console').getByTestId('console-clauses');
    if ((await clausesSection.getAttribute('open')) === null) await clausesSection.locator('summary').first().click();
    mediator.page.once('dialog', (dialog) => void dialog.accept());
    await clausesSection.getByTestId('console-clause-agree').first().click();
    await expect
      .poll(() => clausesSection.getByTestId('console-refusal').textContent())
      .toMatch(/Arabic version is stale/);

    // The choice is remembered in this browser for this session.
    await translator.page.reload();
    await expect.poll(() => translator.page.getByLabel('Side by side with').inputValue()).toBe('ar');
    await expect.poll(() => versionState(translator.page).getAttribute('data-state')).toBe('stale');

    const violations = await seriousViolations(translator.page);
    expect(formatViolations(violations), 'room with the side-by-side view: serious axe violations').toBe('');

    // On a phone the Arabic goes under the English.
    await translator.page.setViewportSize({ width: 390, height: 800 });
    const original = await translator.page.getByTestId('original-column').first().boundingBox();
    const version = await translator.page.getByTestId('version-column').first().boundingBox();
    expect(version?.y ?? 0).toBeGreaterThan((original?.y ?? 0) + (original?.height ?? 0) - 1);

    // The one refused command (the empty version's alignment) is the only error the page logged.
    expect(translator.errors.filter((error) => !error.includes('status of 409 (Conflict)'))).toEqual([]);
    expect(mediator.errors.filter((error) => !error.includes('status of 409 (Conflict)'))).toEqual([]);
  });

  it('a translator carries the original’s bracket over to the words that translate it', async () => {
    const server = await startServerWithClient();
    const created = await postJson<CreateSessionResponse>(`${server.url}/api/sessions`, {
      title: 'Talks on the northern basin',
      parties: [{ name: 'Ruritania' }, { name: 'Borduria' }],
      languages: [{ tag: 'en' }, { tag: 'ar' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const session = created.body;
    const chair = await join(server.url, session, 'mediator', 'Ada Chair');
    const added = await sendCommand(server.url, session.id, chair.token, {
      type: 'clause.add',
      kind: 'operative',
      text: ENGLISH,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    // Borduria brackets "equitably" in the English (the mediator's own connection, as an editor would).
    const mediator = await connectProvider(server.wsUrl, session.id, { token: chair.token });
    const roots = plenaryRoots(mediator.doc);
    await waitFor(() => readClausesInOrder(roots).length === 1, 'the clause');
    const borduria = session.parties[1]?.id ?? '';
    const paragraph = readClausesInOrder(roots)[0]?.body.get(0);
    const line = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (!(line instanceof Y.XmlText)) throw new Error('the clause has no text');
    line.format(ENGLISH.indexOf('equitably'), 'equitably'.length, {
      [BRACKET_MARK]: { holder: borduria, reason: 'substance', note: null },
    });

    const translator = await browser.person();
    const layla = await joinThroughInvite(translator.page, session.invites.languageServices.url, 'Layla Haddad');
    const tools = translator.page.getByTestId('version-brackets');
    await expect.poll(() => tools.isVisible()).toBe(true);
    const carry = tools.getByRole('button', { name: 'Bracket as “equitably” (Borduria)' });
    expect(await carry.isDisabled()).toBe(true);
    await versionEditor(translator.page).click();
    await translator.page.keyboard.insertText(ARABIC);
    await translator.page.keyboard.press('Shift+Home');
    await expect.poll(() => carry.isDisabled()).toBe(false);
    await carry.click();
    await expect.poll(() => versionEditor(translator.page).locator('.bracket').count()).toBe(1);

    // The gate kept it: the mediator's copy holds Borduria's bracket in the Arabic version.
    const clauseId = readClausesInOrder(roots)[0]?.id;
    const hasArabicBracket = () => {
      const record = clauseId ? clauseRecord(roots, clauseId) : null;
      const body = record ? clauseTextIn(record, 'ar', 'en')?.body : undefined;
      const first = body?.get(0);
      const text = first instanceof Y.XmlElement ? first.get(0) : null;
      return (
        text instanceof Y.XmlText &&
        (text.toDelta() as { attributes?: Record<string, { holder?: string }> }[]).some(
          (op) => op.attributes?.[BRACKET_MARK]?.holder === borduria,
        )
      );
    };
    await waitFor(hasArabicBracket, 'the Arabic bracket at the mediator');
    const violations = await seriousViolations(translator.page);
    expect(formatViolations(violations), 'the version’s bracket tools: serious axe violations').toBe('');

    // Muted, the translator writes and aligns nothing: the version turns read-only and Align says why.
    const muted = await sendCommand(server.url, session.id, chair.token, {
      type: 'participant.mute',
      participantId: layla.participantId,
    });
    expect(muted.status, JSON.stringify(muted.body)).toBe(200);
    await expect.poll(() => versionEditor(translator.page).getAttribute('contenteditable')).toBe('false');
    expect(await translator.page.getByTestId('align-version').isDisabled()).toBe(true);
    expect(await translator.page.getByTestId('align-blocked').textContent()).toMatch(/muted/);
    mediator.provider.destroy();
    expect(translator.errors).toEqual([]);
  });
});
