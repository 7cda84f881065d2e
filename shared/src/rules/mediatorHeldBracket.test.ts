import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildAgreement } from '../export/buildAgreement.ts';
import type { PartyId } from '../ids.ts';
import type { Bracket } from '../schema/Bracket.ts';
import { BRACKET_MARK, bracketSchema, holderName, MEDIATOR_HOLDER } from '../schema/Bracket.ts';
import { insertClause } from '../schema/Clause.ts';
import { createPlenaryDocument } from '../schema/createPlenaryDocument.ts';
import { plenaryRoots } from '../schema/roots.ts';
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

  it('is named “the mediator” in the exports (the agreement model every format renders)', () => {
    const doc = createPlenaryDocument({
      title: 'Talks',
      parties: [{ id: 'pnorth' as PartyId, name: 'Northland', color: '#1d4ed8' }],
    });
    const roots = plenaryRoots(doc);
    const id = insertClause(roots, { kind: 'operative', text: 'Deploy 9,000 troops.' });
    const body = roots.clauses.get(id)?.get('body');
    const line = body instanceof Y.XmlFragment ? body.get(0) : null;
    const words = line instanceof Y.XmlElement ? line.get(0) : null;
    if (!(words instanceof Y.XmlText)) throw new Error('no clause text');
    words.format(7, 12, { [BRACKET_MARK]: held });
    const agreement = buildAgreement(doc, { date: '2026-12-01', revision: null, clean: false });
    expect(agreement.operative[0]?.brackets.map((b) => b.holderName)).toEqual(['the mediator']);
  });
});
