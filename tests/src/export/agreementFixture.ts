import type { PartyId } from '@parley/shared';
import {
  appendAgendaItem,
  BRACKET_MARK,
  clauseOptions,
  clauseRecord,
  clauseSignOffs,
  createClauseOption,
  createPlenaryDocument,
  insertClause,
  plenaryRoots,
  readClause,
  setClauseControl,
} from '@parley/shared';
import * as Y from 'yjs';

export const PARTY_A = 'pruritania' as PartyId;
export const PARTY_B = 'pnorth' as PartyId;

function paragraph(fragment: Y.XmlFragment, parts: [string, Record<string, unknown>?][]): void {
  const element = new Y.XmlElement('paragraph');
  fragment.push([element]);
  const text = new Y.XmlText();
  element.insert(0, [text]);
  for (const [words, attributes] of parts) text.insert(text.length, words, attributes ?? {});
}

function list(fragment: Y.XmlFragment, ordered: boolean, items: string[]): void {
  const element = new Y.XmlElement(ordered ? 'orderedList' : 'bulletList');
  fragment.push([element]);
  for (const item of items) {
    const listItem = new Y.XmlElement('listItem');
    element.push([listItem]);
    paragraph(listItem, [[item]]);
  }
}

/**
 * A draft agreement with everything the export must keep: a non-Latin party name, bold and italic
 * text, a bracket with its holder and reason, a list, options (one of them "no text"), sign-offs
 * (one ad referendum) and a withdrawn clause.
 */
export function agreementFixture(): Y.Doc {
  const doc = createPlenaryDocument({
    title: 'Agreement on the Northern Water Basin',
    parties: [
      { id: PARTY_A, name: 'Ruritania', color: '#0072b2' },
      { id: PARTY_B, name: '北方連合', color: '#d55e00' },
    ],
  });
  const roots = plenaryRoots(doc);
  appendAgendaItem(roots, { title: 'Ceasefire' });
  appendAgendaItem(roots, { title: 'Verification', timeboxMinutes: 45 });
  const body = (id: string) => {
    const record = clauseRecord(roots, id as never);
    const clause = record ? readClause(record) : null;
    if (!record || !clause) throw new Error('clause missing');
    return { record, body: clause.body };
  };
  doc.transact(() => {
    const pp1 = body(insertClause(roots, { kind: 'preamble' }));
    paragraph(pp1.body, [['Recalling the '], ['Charter of the United Nations', { italic: true }], [',']]);
    setClauseControl(pp1.record, 'status', 'agreed');
    clauseSignOffs(pp1.record).set(PARTY_A, { by: 'ua', at: 1, adReferendum: false });
    clauseSignOffs(pp1.record).set(PARTY_B, { by: 'ub', at: 2, adReferendum: true });

    const op1 = body(insertClause(roots, { kind: 'operative', heading: 'Ceasefire' }));
    paragraph(op1.body, [
      ['The Parties shall observe a '],
      ['complete', { bold: true }],
      [' ceasefire '],
      ['within 48 hours', { [BRACKET_MARK]: { holder: PARTY_B, reason: 'awaitingInstructions' } }],
      ['.'],
    ]);
    list(op1.body, false, ['withdraw heavy weapons;', 'exchange detainees.']);
    setClauseControl(op1.record, 'status', 'bracketed');
    clauseSignOffs(op1.record).set(PARTY_A, { by: 'ua', at: 3, adReferendum: false });

    const op2 = body(insertClause(roots, { kind: 'operative', heading: 'Verification' }));
    paragraph(op2.body, [['Verification shall be carried out by:']]);
    for (const [label, words] of [
      ['Option 1', 'the United Nations'],
      ['Option 2', 'a joint commission of the Parties'],
      ['No text', ''],
    ] as const) {
      const option = createClauseOption(label);
      clauseOptions(op2.record).push([option.record]);
      const optionBody = option.record.get('body');
      if (words && optionBody instanceof Y.XmlFragment) paragraph(optionBody, [[words]]);
    }

    const op3 = body(insertClause(roots, { kind: 'operative', heading: 'Reparations' }));
    paragraph(op3.body, [['This clause was withdrawn.']]);
    setClauseControl(op3.record, 'status', 'withdrawn');
  });
  return doc;
}
