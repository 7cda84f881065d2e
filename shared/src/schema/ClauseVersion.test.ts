import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { newPartyId } from '../ids.ts';
import { clauseRecord, insertClause } from './Clause.ts';
import { createClauseOption } from './ClauseOption.ts';
import { clauseVersionsComplete, ensureClauseVersions } from './ClauseVersion.ts';
import { createPlenaryDocument } from './createPlenaryDocument.ts';
import { plenaryRoots } from './roots.ts';

describe('whether a clause has every language version it needs', () => {
  it('says incomplete exactly when ensureClauseVersions would write', () => {
    const doc = createPlenaryDocument({ title: 'Talks', parties: [{ id: newPartyId(), name: 'A', color: '#335' }] });
    const roots = plenaryRoots(doc);
    const id = insertClause(roots, { kind: 'operative', heading: 'Art. 1', text: 'Words.' });
    const record = clauseRecord(roots, id);
    if (!record) throw new Error('clause missing');
    const languages = ['fr', 'es'];

    expect(clauseVersionsComplete(record, [])).toBe(true);
    expect(clauseVersionsComplete(record, languages)).toBe(false);
    expect(ensureClauseVersions(record, languages)).toBe(true);
    expect(clauseVersionsComplete(record, languages)).toBe(true);
    expect(ensureClauseVersions(record, languages)).toBe(false);

    (record.get('options') as Y.Array<Y.Map<unknown>>).push([createClauseOption('Option 1').record]);
    expect(clauseVersionsComplete(record, languages)).toBe(false);
    expect(ensureClauseVersions(record, languages)).toBe(true);
    expect(clauseVersionsComplete(record, languages)).toBe(true);

    record.delete('versions');
    expect(clauseVersionsComplete(record, [])).toBe(false);
  });
});
