import { describe, expect, it } from 'vitest';
import type { PartyId } from '../ids.ts';
import type { Bracket } from '../schema/Bracket.ts';
import { BRACKET_MARK, bracketSchema, holderName, MEDIATOR_HOLDER } from '../schema/Bracket.ts';
import type { BracketedRun } from './BracketOwnership.ts';
import { canonicalMarks, changedForeignBracket } from './BracketOwnership.ts';
import { describeOpenContent } from './ClauseLife.ts';

const held: Bracket = { holder: MEDIATOR_HOLDER, reason: 'other', note: 'imported; to be reassigned' };
/** A run as the gate and the editor read it: its marks in canonical form include the bracket itself. */
const run = (words: string, bracket: Bracket = held): BracketedRun => ({
  bracket,
  marks: canonicalMarks([[BRACKET_MARK, bracket]], BRACKET_MARK),
  words,
  joined: false,
});
const parties = [{ id: 'pnorth' as PartyId, name: 'Northland' }];

describe('a bracket held by the mediator', () => {
  it('is a valid bracket; no other value outside the party-id shape is', () => {
    expect(bracketSchema.safeParse(held).success).toBe(true);
    expect(bracketSchema.safeParse({ ...held, holder: '@someone' }).success).toBe(false);
    expect(bracketSchema.safeParse({ ...held, holder: 'Mediator' }).success).toBe(false);
  });

  it('is foreign to every party: changing its words, lifting it or taking it over is a change to a foreign bracket', () => {
    const before = [run('9,000 troops')];
    for (const party of ['pnorth', 'psouth', undefined]) {
      expect(changedForeignBracket(before, [run('9,500 troops')], party)).not.toBeNull();
      expect(changedForeignBracket(before, [], party)).not.toBeNull();
      const takenOver = run('9,000 troops', { holder: party ?? 'pnorth', reason: 'other', note: null });
      expect(changedForeignBracket(before, [takenOver], party)).not.toBeNull();
    }
    // A party's own change elsewhere leaves it as it was.
    expect(changedForeignBracket(before, [run('9,000 troops')], 'pnorth')).toBeNull();
  });

  it('is named “the mediator” wherever a holder is named', () => {
    expect(holderName(MEDIATOR_HOLDER, parties)).toBe('the mediator');
    expect(holderName('pnorth', parties)).toBe('Northland');
    expect(holderName('pgone', parties)).toBe('another party');
    const why = describeOpenContent(
      {
        brackets: [
          { holder: MEDIATOR_HOLDER, reason: 'other', note: null, words: '9,000 troops', field: { kind: 'body' } },
        ],
        options: [],
      },
      parties,
    );
    expect(why).toContain('“9,000 troops” held by the mediator');
  });
});
