import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ClauseId, ParticipantId, PartyId } from '../ids.ts';
import type { Participant } from '../Participant.ts';
import { BRACKET_MARK } from '../schema/Bracket.ts';
import { clauseRecord, insertClause, setClauseControl } from '../schema/Clause.ts';
import { readSilence, silenceCovers, writeSilence } from '../schema/ClosingState.ts';
import { createPlenaryDocument } from '../schema/createPlenaryDocument.ts';
import { plenaryRoots } from '../schema/roots.ts';
import { closingBlocks, describeClosingBlocks } from './ClosingRules.ts';
import { plenaryWriteContext } from './plenaryWriteContext.ts';
import { mayWrite } from './WriteRules.ts';

const NORTH = 'pnorth' as PartyId;

function talks() {
  const doc = createPlenaryDocument({ title: 'Talks', parties: [{ id: NORTH, name: 'Northland', color: '#1d4ed8' }] });
  const roots = plenaryRoots(doc);
  const agreed = insertClause(roots, { kind: 'operative', text: 'Words all accepted.' });
  const bracketed = insertClause(roots, { kind: 'operative', text: 'Deploy 9,000 troops.' });
  const proposed = insertClause(roots, { kind: 'operative', text: 'Meet annually.' });
  const record = (id: ClauseId) => {
    const found = clauseRecord(roots, id);
    if (!found) throw new Error('no clause');
    return found;
  };
  setClauseControl(record(agreed), 'status', 'agreed');
  const line = record(bracketed).get('body');
  const words = line instanceof Y.XmlFragment ? (line.get(0) as Y.XmlElement).get(0) : null;
  if (!(words instanceof Y.XmlText)) throw new Error('no text');
  words.format(7, 12, { [BRACKET_MARK]: { holder: NORTH, reason: 'substance', note: null } });
  setClauseControl(record(bracketed), 'status', 'bracketed');
  return { doc, roots, agreed, bracketed, proposed };
}

describe('closing rules', () => {
  it('adoption needs every clause agreed; each blocking clause is named with why', () => {
    const { roots, bracketed, proposed } = talks();
    const blocks = closingBlocks(roots, 'adoption');
    expect(blocks.map((block) => block.clauseId)).toEqual([bracketed, proposed]);
    expect(describeClosingBlocks(blocks)).toBe(
      'clause 2: it has an open bracket: “9,000 troops” held by Northland; it is Bracketed, not agreed; clause 3: it is Proposed, not agreed',
    );
  });

  it('silence needs no open content in the clauses it covers, not agreement', () => {
    const { roots, agreed, bracketed, proposed } = talks();
    expect(closingBlocks(roots, 'silence', [agreed, proposed])).toEqual([]);
    expect(closingBlocks(roots, 'silence').map((block) => block.clauseId)).toEqual([bracketed]);
  });

  it('text under silence is read-only for everyone, the mediator included; other clauses stay open', () => {
    const { doc, roots, agreed, proposed } = talks();
    const mediator: Participant = { participantId: 'u1' as ParticipantId, role: 'mediator', name: 'Chair' };
    const delegate: Participant = { participantId: 'u2' as ParticipantId, role: 'delegate', partyId: NORTH, name: 'N' };
    writeSilence(roots, { until: 1, startedAt: 0, startedBy: 'u1', clauseIds: [proposed] });
    expect(silenceCovers(readSilence(roots), proposed)).toBe(true);
    expect(silenceCovers(readSilence(roots), agreed)).toBe(false);
    const context = plenaryWriteContext(doc);
    for (const who of [mediator, delegate]) {
      const verdict = mayWrite(who, { kind: 'clauseText', clauseId: proposed }, context);
      expect(verdict).toMatchObject({ allowed: false, why: { code: 'underSilence' } });
    }
    expect(mayWrite(mediator, { kind: 'clauseSet' }, context).allowed).toBe(true);
    writeSilence(roots, { until: 1, startedAt: 0, startedBy: 'u1', clauseIds: null });
    expect(mayWrite(mediator, { kind: 'clauseSet' }, plenaryWriteContext(doc))).toMatchObject({ allowed: false });
    const silence = readSilence(roots);
    if (silence === null) throw new Error('no silence');
    writeSilence(roots, { ...silence, outcome: { kind: 'kept', at: 1 } });
    expect(mayWrite(mediator, { kind: 'clauseText', clauseId: proposed }, plenaryWriteContext(doc)).allowed).toBe(true);
  });
});
