import fs from 'node:fs';
import path from 'node:path';
import { agreementSchema, DELETION_MARK, INSERTION_MARK } from '@parley/shared';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, ensureLibreOffice, pdfText } from '../helpers/libreOffice.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { suggest } from '../helpers/suggest.ts';
import { tempDir } from '../helpers/tempDir.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { preparedSession } from '../security/sessionFixture.ts';

async function exportAs(server: TestServer, f: PreparedSession, token: string, query: string) {
  const response = await fetch(`${server.url}/api/sessions/${f.session.id}/export?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

/** 1 December 2026, 14:05:00 UTC. */
const AT = Date.UTC(2026, 11, 1, 14, 5);

describe('pending suggestions in the export through the API', () => {
  beforeAll(() => ensureLibreOffice(), 180_000);

  it('DOCX as Word tracked changes with the authors’ names, HTML, Markdown and JSON name them; the clean text is refused', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    // Граница proposes to delete "shall "; Ruritania proposes to add " promptly" before the full stop.
    await suggest(server, f, f.delegateB, 'sborisdel', AT, (text, attributes) =>
      text.format(12, 6, { [DELETION_MARK]: attributes }),
    );
    await suggest(server, f, f.delegateA, 'sannains', AT, (text, attributes) =>
      text.insert(22, ' promptly', { [INSERTION_MARK]: attributes }),
    );

    const docx = await exportAs(server, f, f.delegateA.token, 'format=docx');
    expect(docx.status).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.body))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="Делегат B \(Граница\)" w:date="2026-12-01T14:05:00Z"><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve">shall <\/w:delText><\/w:r><\/w:del>/,
    );
    expect(xml).toMatch(
      /<w:ins w:id="\d+" w:author="Delegate of A \(Ruritania\)" w:date="2026-12-01T14:05:00Z"><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve"> promptly<\/w:t><\/w:r><\/w:ins>/,
    );
    // LibreOffice opens it and prints the text with both proposals in place.
    const file = path.join(tempDir(), 'draft.docx');
    fs.writeFileSync(file, docx.body);
    const printed = (await pdfText(await convertWithLibreOffice(file, 'pdf'))).replace(/\s+/g, ' ');
    expect(printed).toContain('The Parties shall meet promptly.');

    const json = agreementSchema.parse(
      JSON.parse((await exportAs(server, f, f.delegateB.token, 'format=json')).body.toString()),
    );
    const first = json.operative[0]?.blocks[0];
    const runs = first?.type === 'paragraph' ? first.runs : [];
    expect(runs.map((r) => [r.text, r.suggestion?.kind ?? null])).toEqual([
      ['The Parties ', null],
      ['shall ', 'deletion'],
      ['meet', null],
      [' promptly', 'insertion'],
      ['.', null],
    ]);
    expect(runs[3]?.suggestion).toEqual({
      kind: 'insertion',
      id: 'sannains',
      by: f.delegateA.participantId,
      byName: 'Delegate of A',
      party: f.partyA,
      partyName: 'Ruritania',
      at: AT,
    });

    const html = (await exportAs(server, f, f.mediator.token, 'format=html')).body.toString();
    expect(html).toContain(
      '<del class="suggestion" datetime="2026-12-01T14:05:00.000Z" title="Deletion suggested by Делегат B (Граница), 2026-12-01 14:05 UTC">shall </del>',
    );
    expect(html).toContain('Insertion suggested by Delegate of A (Ruritania), 2026-12-01 14:05 UTC: <q>promptly</q>');

    const markdown = (await exportAs(server, f, f.mediator.token, 'format=md')).body.toString();
    expect(markdown).toContain(
      'The Parties {--shall --}{>>Делегат B (Граница), 2026-12-01 14:05 UTC<<}meet{++ promptly++}{>>Delegate of A (Ruritania), 2026-12-01 14:05 UTC<<}.',
    );

    const clean = await exportAs(server, f, f.mediator.token, 'format=md&clean=1');
    expect(clean.status).toBe(409);
    expect(JSON.parse(clean.body.toString()).error).toContain(
      'clause 1 has a pending suggestion by Граница and one by Ruritania',
    );
  });
});
