import { createPlenaryDocument, plenaryRoots } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { aknContextOf } from './AknContext.ts';

const session = { id: 'ssession', createdAt: Date.UTC(2026, 10, 20) };

function adoptedSession() {
  const doc = createPlenaryDocument({ title: 'Agreement', parties: [{ id: 'pa' as never, name: 'A', color: '#000' }] });
  const roots = plenaryRoots(doc);
  roots.moderation.set('adoption', {
    state: 'adopted',
    proposedAt: 1,
    proposedBy: 'umediator',
    acceptances: { pa: { at: 2, by: 'udelegate', adReferendum: true, confirmedAt: 3, confirmedBy: 'udelegate' } },
    adoptedAt: 4,
    revisionId: 'vadopted',
    revisionLabel: 'Adopted text',
    digest: 'f'.repeat(64),
    initials: { pa: { at: 5, by: 'uhead', name: 'A. K.', digest: 'f'.repeat(64) } },
  });
  roots.meta.set('document', { symbol: ' PARLEY/2026/3 ', marking: 'nonPaper' });
  return doc;
}

describe('what the Akoma Ntoso export reads beside the agreement', () => {
  it('the adoption goes with the current text and the revision frozen at adoption, not with older revisions', () => {
    const doc = adoptedSession();
    const current = aknContextOf(doc, doc, session, null, 10);
    expect(current.adoption).toEqual({
      state: 'adopted',
      proposedAt: 1,
      adoptedAt: 4,
      digest: 'f'.repeat(64),
      acceptances: [{ partyId: 'pa', at: 2, adReferendum: true, confirmedAt: 3 }],
      initials: [{ partyId: 'pa', name: 'A. K.', at: 5 }],
    });
    expect(aknContextOf(doc, doc, session, 'vadopted', 10).adoption?.state).toBe('adopted');
    expect(aknContextOf(doc, doc, session, 'volder', 10).adoption).toBeNull();
  });

  it('reads the document symbol and marking, and anything malformed as nothing', () => {
    const doc = adoptedSession();
    const context = aknContextOf(doc, doc, session, null, 10);
    expect(context.symbol).toBe('PARLEY/2026/3');
    expect(context.nonPaper).toBe(true);
    expect(context.languages.map((language) => language.tag)).toEqual(['en']);
    const roots = plenaryRoots(doc);
    roots.moderation.set('adoption', { state: 'maybe' });
    roots.meta.set('document', 'PARLEY');
    const plain = aknContextOf(doc, doc, session, null, 10);
    expect(plain.adoption).toBeNull();
    expect(plain.symbol).toBeNull();
    expect(plain.nonPaper).toBe(false);
  });
});
