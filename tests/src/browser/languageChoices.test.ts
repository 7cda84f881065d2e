import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { saveScreenshot, startServerWithClient, useBrowser } from '../helpers/browser.ts';
import {
  addClause,
  multilingualSession,
  replaceInVersion,
  versionReachesServer,
  writeVersion,
} from '../languages/multilingualSession.ts';
import { joinThroughInvite, sendCommand } from './roomFlows.ts';

const browser = useBrowser();

const ENGLISH = 'The Parties shall meet annually in Geneva.';
const RUSSIAN = 'Стороны ежегодно встречаются в Женеве.';

describe('languages in the downloads and the revisions compare (issue 15)', () => {
  it('a delegate downloads the English and Russian texts side by side, the Arabic text right to left, and compares the Russian text of two revisions', async () => {
    const server = await startServerWithClient();
    const people = await multilingualSession(server);
    const { session, mediator, room } = people;
    const clauseId = await addClause(server, session.id, mediator, ENGLISH);
    await writeVersion(server, room, people.delegate, clauseId, 'ru', { heading: 'Встречи', body: RUSSIAN });
    await writeVersion(server, room, people.delegate, clauseId, 'ar', { body: 'يجتمع الطرفان سنويا في جنيف.' });
    const save = async () => {
      const saved = await sendCommand(server.url, session.id, mediator.token, { type: 'version.save' });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    };
    await save();
    replaceInVersion(room, clauseId, 'ru', 'Женеве', 'Вене');
    await versionReachesServer(server, room, people.delegate, clauseId, 'ru', 'Вене');
    await save();

    const delegate = await browser.person();
    const { page } = delegate;
    const [organisation = ''] = session.parties.map((party) => party.id);
    await joinThroughInvite(page, session.invites.parties[organisation]?.url ?? '', 'Olof');

    // The menu offers the session's languages; a second one beside the first leaves Word and HTML only.
    const menu = page.getByTestId('export-menu');
    await menu.locator('summary').click();
    const choice = menu.getByTestId('export-languages');
    await choice.waitFor();
    expect(await menu.getByTestId('export-language').locator('option').allTextContents()).toEqual([
      'English',
      'Russian',
      'Arabic',
      'Chinese',
    ]);
    await menu.getByTestId('export-language-beside').selectOption('ru');
    await menu.getByTestId('export-parallel-hint').waitFor();
    expect(await menu.getByTestId('export-md').isDisabled()).toBe(true);
    expect(await menu.getByTestId('export-json').isDisabled()).toBe(true);
    await saveScreenshot(page, 'export-languages');
    expect(formatViolations(await seriousViolations(page))).toBe('');
    const [parallel] = await Promise.all([page.waitForEvent('download'), menu.getByTestId('export-docx').click()]);
    expect(parallel.suggestedFilename()).toMatch(/-draft-en-ru\.docx$/);
    const xml = strFromU8(
      unzipSync(new Uint8Array(fs.readFileSync(await parallel.path())))['word/document.xml'] ?? new Uint8Array(),
    );
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
        [...(cell[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      ),
    );
    expect(rows.find((cells) => cells.some((cell) => cell.includes(ENGLISH)))?.[1]).toContain('Стороны');

    // Arabic alone, as a print-ready page: right to left.
    await menu.locator('summary').click();
    await menu.getByTestId('export-language').selectOption('ar');
    await menu.getByTestId('export-language-beside').selectOption('');
    const [arabic] = await Promise.all([page.waitForEvent('download'), menu.getByTestId('export-html').click()]);
    expect(arabic.suggestedFilename()).toMatch(/-draft-ar\.html$/);
    expect(fs.readFileSync(await arabic.path(), 'utf8')).toContain('<html lang="ar" dir="rtl">');

    // The revisions compare in Russian: the changed word, set as Russian.
    await page.getByTestId('view-revisions').click();
    await expect.poll(() => page.getByTestId('revisions-row').count()).toBe(2);
    await page.getByTestId('compare-language').selectOption('ru');
    await page.getByTestId('compare').click();
    const diff = page.getByTestId('revision-diff');
    await expect.poll(() => diff.getByTestId('revision-diff-language').textContent()).toContain('Russian');
    const changed = diff.locator('[data-testid="revision-diff-clause"][data-change="changed"]');
    expect((await changed.locator('del').allTextContents()).map((word) => word.trim())).toEqual(['Женеве']);
    expect((await changed.locator('ins').allTextContents()).map((word) => word.trim())).toEqual(['Вене']);
    expect(await changed.locator('.rev-diff__text').getAttribute('lang')).toBe('ru');

    // In the Arabic interface the view speaks Arabic, and the language choice names the languages in it.
    await page.getByTestId('language-switcher').selectOption('ar');
    await expect.poll(() => page.locator('#revisions-heading').textContent()).toBe('النسخ المنقحة');
    expect(await page.getByTestId('compare').textContent()).toBe('قارن');
    expect(await page.getByTestId('compare-language').locator('option:checked').textContent()).toBe('الروسية');
    expect(delegate.errors).toEqual([]);
  });
});
