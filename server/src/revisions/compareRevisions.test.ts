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
  writeLanguages,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compareRevisions } from './compareRevisions.ts';

describe('compareRevisions', () => {
  it('gives a word-level diff per clause, matched by id across renumbering', () => {
    const doc = createPlenaryDocument({ title: 'Talks', parties: [] });
    const roots = plenaryRoots(doc);
    const kept = insertClause(roots, { kind: 'operative', text: 'The Parties shall withdraw all forces.' });
    const edited = insertClause(roots, {
      kind: 'operative',
      text: 'Verification shall be carried out by the Commission.',
    });
    const removed = insertClause(roots, { kind: 'operative', text: 'This clause will go.' });
    const rev1 = Y.encodeStateAsUpdate(doc);

    const body = readClause(clauseRecord(roots, edited as ClauseId) ?? new Y.Map())?.body;
    const paragraph = body?.get(0);
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (!(text instanceof Y.XmlText)) throw new Error('no text');
    text.delete(text.toString().indexOf('the Commission'), 'the Commission'.length);
    text.insert(text.length - 1, 'a joint Commission');
    doc.transact(() => {
      roots.clauses.delete(removed);
      roots.clauseOrder.delete(2, 1);
    });
    const added = insertClause(roots, { kind: 'operative', text: 'New article.' }, 0);
    appendParagraph(readClause(clauseRecord(roots, added) ?? new Y.Map())?.body ?? new Y.XmlFragment(), 'Second line.');
    const rev2 = Y.encodeStateAsUpdate(doc);

    const result = compareRevisions(rev1, rev2, 'en');
    expect(result.map((c) => [c.number, c.change])).toEqual([
      ['1', 'added'],
      ['2', 'unchanged'],
      ['3', 'changed'],
      ['3', 'removed'],
    ]);
    expect(result[1]?.clauseId).toBe(kept);
    const diff = result[2]?.parts ?? [];
    expect(diff.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['the']);
    expect(diff.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['a joint']);
    expect(diff.map((p) => (p.removed ? '' : p.value)).join('')).toBe(
      'Verification shall be carried out by a joint Commission.',
    );
    expect(result[3]?.parts).toEqual([{ value: 'This clause will go.', removed: true }]);
  });

  it('compares one language of the session, with Chinese split into words', () => {
    const doc = createPlenaryDocument({ title: 'Talks', parties: [] });
    const roots = plenaryRoots(doc);
    writeLanguages(roots, [
      { tag: 'en', authentic: true },
      { tag: 'zh', authentic: true },
    ]);
    const clauseId = insertClause(roots, { kind: 'operative', text: 'The Parties shall meet annually in Geneva.' });
    const record = clauseRecord(roots, clauseId);
    if (record === null) throw new Error('no clause');
    ensureClauseVersions(record, ['zh']);
    const chinese = clauseVersionRecord(record, 'zh')?.get('body');
    if (!(chinese instanceof Y.XmlFragment)) throw new Error('no Chinese version');
    const untranslated = Y.encodeStateAsUpdate(doc);
    const paragraph = appendParagraph(chinese, '双方应每年在日内瓦举行会议。');
    const rev1 = Y.encodeStateAsUpdate(doc);
    const words = paragraph.get(0);
    if (!(words instanceof Y.XmlText)) throw new Error('no text');
    const at = words.toString().indexOf('日内瓦');
    words.delete(at, 3);
    words.insert(at, '维也纳');
    const rev2 = Y.encodeStateAsUpdate(doc);

    const [inChinese] = compareRevisions(rev1, rev2, 'zh');
    expect(inChinese?.change).toBe('changed');
    expect(inChinese?.parts).toEqual([
      { value: '双方应每年在' },
      { value: '日内瓦', removed: true },
      { value: '维也纳', added: true },
      { value: '举行会议。' },
    ]);
    // The English text did not change between the two.
    expect(compareRevisions(rev1, rev2, 'en')[0]?.change).toBe('unchanged');
    // A revision from before the version had words reads as no words in that language.
    expect(compareRevisions(untranslated, rev2, 'zh')[0]?.parts).toEqual([
      { value: '双方应每年在维也纳举行会议。', added: true },
    ]);
  });
});
