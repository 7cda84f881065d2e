import type { ClauseId, PartyId } from '@parley/shared';
import {
  BRACKET_MARK,
  clauseOptions,
  clauseRecord,
  clauseVersionRecord,
  createClauseOption,
  createPlenaryDocument,
  ensureClauseVersions,
  insertClause,
  plenaryRoots,
} from '@parley/shared';
import * as Y from 'yjs';

export const PARTY_A = 'pruritania' as PartyId;

/** One paragraph of words into a fragment, each part with its own marks. */
function paragraph(fragment: Y.XmlFragment, parts: [string, Record<string, unknown>?][]): void {
  const element = new Y.XmlElement('paragraph');
  fragment.push([element]);
  const text = new Y.XmlText();
  element.insert(0, [text]);
  for (const [words, attributes] of parts) text.insert(text.length, words, attributes ?? {});
}

const held = { [BRACKET_MARK]: { holder: PARTY_A, reason: 'substance' } };

/**
 * A session in English (negotiated), Russian and Arabic, built as the server builds it: a clause
 * with a heading, a bracket held by Ruritania and two options, its versions created by
 * `ensureClauseVersions` and written by a translator (the Russian and Arabic brackets translated
 * too); a preamble clause whose Arabic version nobody has written yet.
 */
export function languageFixture(): { doc: Y.Doc; clauseId: ClauseId } {
  const doc = createPlenaryDocument({
    title: 'Agreement on the Northern Water Basin',
    parties: [{ id: PARTY_A, name: 'Ruritania', color: '#0072b2' }],
    languages: [
      { tag: 'en', authentic: true },
      { tag: 'ru', authentic: true },
      { tag: 'ar', authentic: true },
    ],
  });
  const roots = plenaryRoots(doc);
  let clauseId = '' as ClauseId;
  doc.transact(() => {
    const preamble = clauseRecord(roots, insertClause(roots, { kind: 'preamble', text: 'Recalling the Charter,' }));
    clauseId = insertClause(roots, { kind: 'operative', heading: 'Meetings' });
    const record = clauseRecord(roots, clauseId);
    if (record === null || preamble === null) throw new Error('no clause');
    const body = record.get('body');
    if (!(body instanceof Y.XmlFragment)) throw new Error('no body');
    paragraph(body, [['The Parties shall meet '], ['annually', held], [' in Geneva.']]);
    const optionIds: string[] = [];
    for (const [label, words] of [
      ['Option 1', 'by consensus'],
      ['Option 2', 'by majority'],
    ] as const) {
      const option = createClauseOption(label);
      clauseOptions(record).push([option.record]);
      const optionBody = option.record.get('body');
      if (optionBody instanceof Y.XmlFragment) paragraph(optionBody, [[words]]);
      optionIds.push(option.id);
    }
    for (const clause of [preamble, record]) ensureClauseVersions(clause, ['ru', 'ar']);
    const write = (language: string, heading: string, words: [string, string, string], options: [string, string]) => {
      const version = clauseVersionRecord(record, language);
      const versionHeading = version?.get('heading');
      const versionBody = version?.get('body');
      const versionOptions = version?.get('options');
      if (!(versionHeading instanceof Y.Text) || !(versionBody instanceof Y.XmlFragment)) throw new Error('no version');
      if (!(versionOptions instanceof Y.Map)) throw new Error('no option versions');
      versionHeading.insert(0, heading);
      paragraph(versionBody, [[words[0]], [words[1], held], [words[2]]]);
      optionIds.forEach((id, index) => {
        const optionBody = versionOptions.get(id);
        if (optionBody instanceof Y.XmlFragment) paragraph(optionBody, [[options[index] ?? '']]);
      });
    };
    write('ru', 'Встречи', ['Стороны встречаются ', 'ежегодно', ' в Женеве.'], ['консенсусом', 'большинством']);
    write('ar', 'الاجتماعات', ['يجتمع الطرفان ', 'سنويا', ' في جنيف.'], ['بتوافق الآراء', 'بالأغلبية']);
    const russianPreamble = clauseVersionRecord(preamble, 'ru')?.get('body');
    if (russianPreamble instanceof Y.XmlFragment) paragraph(russianPreamble, [['Ссылаясь на Устав,']]);
  });
  return { doc, clauseId };
}
