import { renderDocx, renderHtml, renderMarkdown } from '@parley/server/export';
import type { PartyId } from '@parley/shared';
import {
  BRACKET_MARK,
  buildAgreement,
  clauseRecord,
  clauseSignOffs,
  createPlenaryDocument,
  insertClause,
  plenaryRoots,
  readClause,
} from '@parley/shared';
import * as Y from 'yjs';

/** Export of a 500-clause draft in each format (issue 6): time and peak memory, next to building the model alone. */
function draft500(): Y.Doc {
  const parties = [
    { id: 'pa' as PartyId, name: 'Ruritania', color: '#0072b2' },
    { id: 'pb' as PartyId, name: '北方連合', color: '#d55e00' },
  ];
  const doc = createPlenaryDocument({ title: 'Bench agreement', parties });
  const roots = plenaryRoots(doc);
  for (let i = 0; i < 500; i++) {
    const id = insertClause(roots, {
      kind: i < 30 ? 'preamble' : 'operative',
      heading: `Article ${i}`,
      text: `The Parties shall cooperate on matter ${i} in good faith.\nSecond paragraph of clause ${i}, with more words to render.`,
    });
    const record = clauseRecord(roots, id);
    const paragraph = record ? readClause(record)?.body.get(0) : undefined;
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (text instanceof Y.XmlText && i % 5 === 0)
      text.format(4, 7, { [BRACKET_MARK]: { holder: 'pb', reason: 'substance' } });
    if (record && i % 3 === 0) clauseSignOffs(record).set('pa', { by: 'u1', at: 1, adReferendum: false });
  }
  return doc;
}

type Format = 'model' | 'json' | 'md' | 'html' | 'docx';

async function exportOnce(doc: Y.Doc, format: Format): Promise<number> {
  const model = buildAgreement(doc, { date: '2026-11-25', revision: 'Rev.1', clean: false, includeAgenda: true });
  switch (format) {
    case 'model':
      return model.operative.length;
    case 'json':
      return JSON.stringify(model, null, 2).length;
    case 'md':
      return renderMarkdown(model).length;
    case 'html':
      return renderHtml(model).length;
    case 'docx':
      return (await renderDocx(model)).length;
  }
}

/**
 * Run in a child process per format (`tsx bench/exportCost.ts <format>`), so that the peak resident
 * memory it reports belongs to that one export: peak RSS after exporting minus peak RSS before.
 */
async function childMain(format: Format): Promise<void> {
  const doc = draft500();
  const before = process.resourceUsage().maxRSS;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    bytes = await exportOnce(doc, format);
    times.push(performance.now() - start);
  }
  const peakKiB = process.resourceUsage().maxRSS - before;
  times.sort((a, b) => a - b);
  process.stdout.write(
    JSON.stringify({ ms: times[1], peakMiB: peakKiB / 1024, bytes, encoded: Y.encodeStateAsUpdate(doc).length }),
  );
}

export async function runExportBench(): Promise<string[]> {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const run = promisify(execFile);
  const formats: [Format, string][] = [
    ['model', 'model only (buildAgreement)'],
    ['json', 'JSON'],
    ['md', 'Markdown'],
    ['html', 'HTML'],
    ['docx', 'DOCX'],
  ];
  const rows: string[] = [];
  let encoded = 0;
  for (const [format, name] of formats) {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, format], {
      cwd: process.cwd(),
    });
    const result = JSON.parse(stdout) as { ms: number; peakMiB: number; bytes: number; encoded: number };
    encoded = result.encoded;
    const size = format === 'model' ? `${result.bytes} clauses` : `${(result.bytes / 1024).toFixed(0)} KiB`;
    rows.push(`| ${name} | ${result.ms.toFixed(0)} | ${result.peakMiB.toFixed(1)} | ${size} |`);
  }
  return [
    `Export of a 500-clause draft (${encoded} B encoded), median of 3 runs in a fresh process per format; peak = growth of peak RSS`,
    '| format | time (ms) | peak memory (MiB) | output |',
    '|---|---:|---:|---:|',
    ...rows,
  ];
}

const format = process.argv[2];
if (
  format &&
  ['model', 'json', 'md', 'html', 'docx'].includes(format) &&
  process.argv[1] === new URL(import.meta.url).pathname
) {
  await childMain(format as Format);
}
