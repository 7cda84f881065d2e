import { describe, expect, it } from 'vitest';
import { docName, parseDocName } from './DocName.ts';

describe('document names', () => {
  it.each([
    ['abc123', { kind: 'plenary', sessionId: 'abc123' }],
    ['abc123/caucus/pxy', { kind: 'caucus', sessionId: 'abc123', partyId: 'pxy' }],
    ['abc123/mediator', { kind: 'mediator', sessionId: 'abc123' }],
    ['abc123/group/g1', { kind: 'group', sessionId: 'abc123', breakoutId: 'g1' }],
  ])('%s parses and prints back', (name, ref) => {
    expect(parseDocName(name)).toEqual(ref);
    const parsed = parseDocName(name);
    expect(parsed && docName(parsed)).toBe(name);
  });

  it.each(['', 'ABC', 'abc/', 'abc/caucus', 'abc/caucus/', 'abc/caucus/p/x', 'abc/other', '../etc', 'abc/caucus/P-1'])(
    '%j is not a document name',
    (name) => {
      expect(parseDocName(name)).toBeNull();
    },
  );
});
