import { describe, expect, it } from 'vitest';
import { createPlenaryDocument } from './createPlenaryDocument.ts';
import { documentDateInWords, documentDetailsSchema } from './DocumentDetails.ts';
import { readDocumentDetails, SERVER_WRITTEN_META_KEYS, writeDocumentDetails } from './Meta.ts';
import { plenaryRoots } from './roots.ts';

describe('the document details (meta.document)', () => {
  it('take a symbol of up to 80 printable characters, a marking of the mediator’s, a real date', () => {
    const ok = (value: unknown) => documentDetailsSchema.safeParse(value).success;
    expect(ok({ symbol: 'PARLEY/2026/3/Rev.2', marking: 'draft', date: '2026-12-01' })).toBe(true);
    expect(ok({ symbol: 'ОБСЕ/ПС/2026/7 · 日内瓦', marking: 'nonPaper' })).toBe(true);
    expect(ok({ symbol: '', marking: 'draft' })).toBe(true);
    expect(ok({ symbol: 'X'.repeat(80), marking: 'draft' })).toBe(true);
    expect(ok({ symbol: 'X'.repeat(81), marking: 'draft' })).toBe(false);
    // Control and format characters (a line break, a zero-width space, a direction override) print as nothing or worse.
    for (const symbol of ['A\nB', 'A\u200bB', 'A\u202eB', 'A\u0000B'])
      expect(ok({ symbol, marking: 'draft' })).toBe(false);
    expect(ok({ symbol: 'A', marking: 'adopted' })).toBe(false);
    for (const date of ['2026-02-29', '2026-13-01', '01-12-2026', '2026-12-1']) {
      expect(ok({ symbol: 'A', marking: 'draft', date })).toBe(false);
    }
    expect(ok({ symbol: 'A', marking: 'draft', date: '2028-02-29' })).toBe(true);
  });

  it('read as no symbol and a draft when missing or malformed (no migration), and are the server’s to write', () => {
    const roots = plenaryRoots(createPlenaryDocument({ title: 'T', parties: [] }));
    expect(readDocumentDetails(roots)).toEqual({ symbol: '', marking: 'draft' });
    roots.meta.set('document', { symbol: 42 });
    expect(readDocumentDetails(roots)).toEqual({ symbol: '', marking: 'draft' });
    writeDocumentDetails(roots, { symbol: 'S/1', marking: 'nonPaper', date: '2026-12-01' });
    expect(readDocumentDetails(roots)).toEqual({ symbol: 'S/1', marking: 'nonPaper', date: '2026-12-01' });
    expect(SERVER_WRITTEN_META_KEYS.has('document')).toBe(true);
    expect(documentDateInWords('2026-12-01')).toBe('1 December 2026');
  });
});
