import type { PartyId } from '@parley/shared';
import {
  BRACKET_MARK,
  clauseOptions,
  clauseRecord,
  createClauseOption,
  createPlenaryDocument,
  DELETION_MARK,
  INSERTION_MARK,
  insertClause,
  plenaryRoots,
  readClause,
} from '@parley/shared';
import * as Y from 'yjs';

export const PARTY_A = 'pruritania' as PartyId;
export const PARTY_B = 'pnorth' as PartyId;
/** Participants as the session's store would name them. */
export const ANNA = 'uanna';
export const BORIS = 'uboris';
export const ENVOY = 'uenvoy';
export const PARTICIPANT_NAMES: ReadonlyMap<string, string> = new Map([
  [ANNA, 'Anna Kowalska'],
  [BORIS, 'Борис Петров'],
  [ENVOY, 'The Envoy'],
]);
/** 1 December 2026, 14:05:00 UTC and a minute later. */
export const AT = Date.UTC(2026, 11, 1, 14, 5);

const insertion = (id: string, by: string, party: string | null, at = AT) => ({
  [INSERTION_MARK]: { id, by, party, at },
});
const deletion = (id: string, by: string, party: string | null, at = AT) => ({
  [DELETION_MARK]: { id, by, party, at },
});

function paragraph(fragment: Y.XmlFragment, parts: [string, Record<string, unknown>?][]): void {
  const element = new Y.XmlElement('paragraph');
  fragment.push([element]);
  const text = new Y.XmlText();
  element.insert(0, [text]);
  for (const [words, attributes] of parts) text.insert(text.length, words, attributes ?? {});
}

/**
 * A draft whose first clause holds an insertion by Anna (Ruritania, partly bold, one suggestion over
 * two runs), a deletion by the mediator and an insertion by Boris inside a bracket; its second clause
 * has an option with a deletion by Boris; its third holds no suggestion.
 */
export function suggestionFixture(): Y.Doc {
  const doc = createPlenaryDocument({
    title: 'Agreement on the Northern Water Basin',
    parties: [
      { id: PARTY_A, name: 'Ruritania', color: '#0072b2' },
      { id: PARTY_B, name: 'Граница', color: '#d55e00' },
    ],
  });
  const roots = plenaryRoots(doc);
  const bodyOf = (id: string) => {
    const record = clauseRecord(roots, id as never);
    const clause = record ? readClause(record) : null;
    if (!record || !clause) throw new Error('clause missing');
    return { record, body: clause.body };
  };
  doc.transact(() => {
    const op1 = bodyOf(insertClause(roots, { kind: 'operative', heading: 'Meetings' }));
    paragraph(op1.body, [
      ['The Parties shall '],
      ['promptly ', insertion('sanna1', ANNA, PARTY_A)],
      ['and in good faith ', { ...insertion('sanna1', ANNA, PARTY_A), bold: true }],
      ['meet'],
      [' in Geneva', deletion('senvoy1', ENVOY, null, AT + 60_000)],
      [' '],
      ['every month', { [BRACKET_MARK]: { holder: PARTY_B, reason: 'substance' } }],
      [
        ' or week',
        { [BRACKET_MARK]: { holder: PARTY_B, reason: 'substance' }, ...insertion('sboris1', BORIS, PARTY_B) },
      ],
      ['.'],
    ]);

    const op2 = bodyOf(insertClause(roots, { kind: 'operative', heading: 'Verification' }));
    paragraph(op2.body, [['Verification shall be carried out by:']]);
    const option = createClauseOption('Option 1');
    clauseOptions(op2.record).push([option.record]);
    const optionBody = option.record.get('body');
    if (optionBody instanceof Y.XmlFragment) {
      paragraph(optionBody, [['the United Nations'], [' and its agencies', deletion('sboris2', BORIS, PARTY_B)]]);
    }

    const op3 = bodyOf(insertClause(roots, { kind: 'operative', heading: 'Entry into force' }));
    paragraph(op3.body, [['This Agreement enters into force on signature.']]);
  });
  return doc;
}
