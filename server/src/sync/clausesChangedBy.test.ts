import type { ClauseId } from '@parley/shared';
import {
  appendParagraph,
  clauseRecord,
  clauseVersionRecord,
  createPlenaryDocument,
  ensureClauseVersions,
  insertClause,
  plenaryRoots,
  readClause,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clausesChangedBy } from './clausesChangedBy.ts';

/** What one transaction on a two-clause plenary changed, as the history reads it. */
function changedBy(change: (roots: ReturnType<typeof plenaryRoots>, ids: ClauseId[]) => void) {
  const doc = createPlenaryDocument({ title: 'T', parties: [] });
  const roots = plenaryRoots(doc);
  const ids = [
    insertClause(roots, { kind: 'operative', text: 'One.' }),
    insertClause(roots, { kind: 'operative', text: 'Two.' }),
  ];
  let seen: { keys: string[]; worded: string[] } = { keys: [], worded: [] };
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    const found = clausesChangedBy(transaction, roots.clauses, true);
    seen = { keys: [...found.keys], worded: [...found.worded] };
  });
  doc.transact(() => change(roots, ids));
  return { seen, ids };
}

describe('clausesChangedBy', () => {
  it('finds the clause whose body text, heading or options a transaction changed', () => {
    const { seen, ids } = changedBy((roots, [first]) => {
      const body = readClause(clauseRecord(roots, first as ClauseId) ?? new Y.Map())?.body;
      const paragraph = body?.get(0);
      const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
      if (text instanceof Y.XmlText) text.insert(0, 'Now ');
    });
    expect(seen).toEqual({ keys: [], worded: [ids[0]] });
    const heading = changedBy((roots, [, second]) => {
      readClause(clauseRecord(roots, second as ClauseId) ?? new Y.Map())?.heading.insert(0, 'Title');
    });
    expect(heading.seen).toEqual({ keys: [], worded: [heading.ids[1]] });
  });

  it('does not count a status, lock or sign-off as wording; counts clauses added and removed', () => {
    const status = changedBy((roots, [first]) => clauseRecord(roots, first as ClauseId)?.set('status', 'agreed'));
    expect(status.seen).toEqual({ keys: [], worded: [] });
    const removed = changedBy((roots, [first]) => roots.clauses.delete(first as string));
    expect(removed.seen).toEqual({ keys: [removed.ids[0]], worded: [] });
  });

  it('does not count a language version, its creation or an alignment as wording (versions have no history)', () => {
    const created = changedBy((roots, [first]) =>
      ensureClauseVersions(clauseRecord(roots, first as ClauseId) ?? new Y.Map(), ['ru']),
    );
    expect(created.seen).toEqual({ keys: [], worded: [] });
    const translated = changedBy((roots, [first]) => {
      const record = clauseRecord(roots, first as ClauseId) ?? new Y.Map();
      ensureClauseVersions(record, ['ru']);
      const body = clauseVersionRecord(record, 'ru')?.get('body');
      if (body instanceof Y.XmlFragment) appendParagraph(body, 'Раз.');
      (record.get('alignments') as Y.Map<unknown>).set('ru', { source: 'en' });
    });
    expect(translated.seen).toEqual({ keys: [], worded: [] });
  });
});
