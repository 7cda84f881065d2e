import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { agreementSchema, apiErrorSchema } from '@parley/shared';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { startServer } from '../helpers/startServer.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { addClause, get, multilingualSession, writeVersion } from './multilingualSession.ts';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../server');

const ENGLISH = 'The Parties shall meet annually in Geneva.';
const RUSSIAN = 'Стороны ежегодно встречаются в Женеве.';
const ARABIC = 'يجتمع الطرفان سنويا في جنيف.';

function documentXml(body: Buffer): string {
  return strFromU8(unzipSync(new Uint8Array(body))['word/document.xml'] ?? new Uint8Array());
}

/** The cells of each table row of a Word document, as their words. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
      [...(cell[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    ),
  );
}

async function translatedSession() {
  const server = await startServer();
  const people = await multilingualSession(server);
  const { session, mediator, room } = people;
  const clauseId = await addClause(server, session.id, mediator, ENGLISH);
  await writeVersion(server, room, people.delegate, clauseId, 'ru', { heading: 'Встречи', body: RUSSIAN });
  await writeVersion(server, room, people.delegate, clauseId, 'ar', { heading: 'الاجتماعات', body: ARABIC });
  const exportAs = (query: string, token = people.delegate.token) =>
    get(server, `/api/sessions/${session.id}/export?${query}`, token);
  return { server, ...people, clauseId, exportAs };
}

describe('exports per language and in parallel columns (issue 15)', () => {
  it('language=ru: the Russian text in every format; the JSON says which language; no language is the English as before', async () => {
    const { exportAs } = await translatedSession();
    const json = await exportAs('format=json&language=ru');
    expect(json.response.status).toBe(200);
    const agreement = agreementSchema.parse(JSON.parse(json.body.toString()));
    expect(agreement.language).toBe('ru');
    expect(agreement.operative[0]?.heading).toBe('Встречи');
    for (const format of ['md', 'html']) {
      const file = await exportAs(`format=${format}&language=ru`);
      expect(file.response.status).toBe(200);
      expect(file.body.toString()).toContain(RUSSIAN);
      expect(file.body.toString()).not.toContain(ENGLISH);
      expect(file.response.headers.get('content-disposition')).toContain(`-draft-ru.${format}"`);
    }
    const docx = await exportAs('format=docx&language=ru');
    expect(docx.response.status).toBe(200);
    expect(documentXml(docx.body)).toContain(RUSSIAN);

    const original = await exportAs('format=json');
    expect(agreementSchema.parse(JSON.parse(original.body.toString())).language).toBe('en');
    expect(original.body.toString()).toContain(ENGLISH);
    expect(original.response.headers.get('content-disposition')).toContain('-draft.json"');
  });

  it('language=en,ru in DOCX: the clause’s two texts side by side in one table row', async () => {
    const { exportAs } = await translatedSession();
    const docx = await exportAs('format=docx&language=en,ru');
    expect(docx.response.status).toBe(200);
    const rows = tableRows(documentXml(docx.body));
    expect(rows).toContainEqual(['English', 'Русский']);
    const row = rows.find((cells) => cells.some((cell) => cell.includes(ENGLISH)));
    expect(row).toHaveLength(2);
    expect(row?.[1]).toContain(RUSSIAN);
    expect(row?.[1]).toContain('Встречи');
  });

  it('language=en,ar in HTML and DOCX: each column has its lang, the Arabic one right to left (dir="rtl", w:bidi)', async () => {
    const { exportAs } = await translatedSession();
    const html = await exportAs('format=html&language=en,ar');
    expect(html.response.status).toBe(200);
    const page = html.body.toString();
    expect(page).toMatch(new RegExp(`<div class="column" lang="en">[\\s\\S]*?${ENGLISH}[\\s\\S]*?</div>`));
    expect(page).toMatch(new RegExp(`<div class="column" lang="ar" dir="rtl">[\\s\\S]*?${ARABIC}`));
    const docx = await exportAs('format=docx&language=en,ar');
    const cells = [...documentXml(docx.body).matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1] ?? '');
    const arabic = cells.find((cell) => cell.includes('جنيف'));
    expect(arabic).toContain('<w:bidi/>');
    expect(arabic).toContain('<w:rtl/>');
    expect(cells.find((cell) => cell.includes('Geneva'))).not.toContain('<w:bidi/>');
  });

  it('the clean text in Russian is refused (409) while a clause has no Russian words, naming it', async () => {
    const { server, session, mediator, exportAs } = await translatedSession();
    await addClause(server, session.id, mediator, 'Untranslated words.');
    const refused = await exportAs('format=docx&clean=1&language=ru');
    expect(refused.response.status).toBe(409);
    expect(apiErrorSchema.parse(JSON.parse(refused.body.toString())).error).toContain(
      'clause 2 has no Russian text yet',
    );
  });

  it('refuses with a JSON error: two languages in md or json, a language the session does not have, one named twice', async () => {
    const { exportAs } = await translatedSession();
    for (const [query, says] of [
      ['format=md&language=en,ru', 'md holds one language'],
      ['format=json&language=en,ru', 'json holds one language'],
      ['format=docx&language=de', '"de" is not a language of this session (en, ru, ar, zh)'],
      ['format=html&language=en,en', 'two different languages'],
      ['format=html&language=en,ru,ar', 'one language tag, or two'],
    ] as const) {
      const refused = await exportAs(query);
      expect(refused.response.status, query).toBe(400);
      expect(apiErrorSchema.parse(JSON.parse(refused.body.toString())).error).toContain(says);
    }
  });

  it('the command-line export takes --language too, with the server stopped', async () => {
    const { server, session } = await translatedSession();
    await server.close();
    const out = path.join(tempDir(), 'agreement.html');
    const run = (language: string) =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'src/cli/export.ts', '--data-dir', server.dataDir, '--session', session.id].concat([
          '--format',
          'html',
          '--out',
          out,
          '--language',
          language,
        ]),
        { cwd: serverDir },
      );
    await run('en,ar');
    const page = fs.readFileSync(out, 'utf8');
    expect(page).toContain('<div class="column" lang="en">');
    expect(page).toContain(ARABIC);
    await expect(run('de')).rejects.toThrow(/"de" is not a language of this session/);
  });
});
