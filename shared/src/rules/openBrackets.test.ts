import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ClauseId } from '../ids.ts';
import { clauseOptions, clauseRecord, insertClause, readClause } from '../schema/Clause.ts';
import { createClauseOption } from '../schema/ClauseOption.ts';
import { appendParagraph } from '../schema/RichText.ts';
import { plenaryRoots } from '../schema/roots.ts';
import { clauseContentOf, clauseWording } from './clauseFacts.ts';
import { openBracketsOf } from './openBrackets.ts';

const bracketOf = (holder: string, reason = 'substance') => ({ bracket: { holder, reason, note: null } });

function clauseWith(fill: (record: Y.Map<unknown>, body: Y.XmlFragment, heading: Y.Text) => void) {
  const doc = new Y.Doc();
  const roots = plenaryRoots(doc);
  const id = insertClause(roots, { kind: 'operative', heading: 'Troops', text: '' }) as ClauseId;
  const record = clauseRecord(roots, id);
  if (!record) throw new Error('no clause');
  const body = record.get('body') as Y.XmlFragment;
  const heading = record.get('heading') as Y.Text;
  doc.transact(() => fill(record, body, heading));
  const clause = readClause(record);
  if (!clause) throw new Error('unreadable clause');
  return clause;
}

describe('[LIFE6] the open brackets of a clause, across heading, body and options', () => {
  it('finds each bracket with its holder and words; a bold word does not split a bracket', () => {
    const clause = clauseWith((record, body, heading) => {
      heading.format(0, 6, bracketOf('pa'));
      const text = appendParagraph(body, 'Withdraw 9,000 troops within 30 days').get(0) as Y.XmlText;
      text.format(9, 6, bracketOf('pb'));
      text.format(15, 6, { ...bracketOf('pb'), bold: true });
      text.format(29, 7, bracketOf('pa', 'awaitingInstructions'));
      const option = createClauseOption('Option 2');
      clauseOptions(record).push([option.record]);
      const optionText = appendParagraph(option.record.get('body') as Y.XmlFragment, 'no troops').get(0) as Y.XmlText;
      optionText.format(3, 6, bracketOf('pb'));
    });
    expect(openBracketsOf(clause).map((b) => [b.holder, b.words, b.field.kind])).toEqual([
      ['pa', 'Troops', 'heading'],
      ['pb', '9,000 troops', 'body'],
      ['pa', '30 days', 'body'],
      ['pb', 'troops', 'option'],
    ]);
    expect(clauseContentOf(clause).options).toEqual(['Option 2']);
  });

  it('a lifted bracket (format null) is no longer open; two holders side by side are two brackets', () => {
    const clause = clauseWith((_record, body) => {
      const text = appendParagraph(body, 'alpha beta').get(0) as Y.XmlText;
      text.format(0, 5, bracketOf('pa'));
      text.format(5, 5, bracketOf('pb'));
      text.format(0, 5, { bracket: null });
    });
    expect(openBracketsOf(clause).map((b) => [b.holder, b.words])).toEqual([['pb', 'beta']]);
  });

  it('a bracket value that is not a valid bracket is not counted', () => {
    const clause = clauseWith((_record, body) => {
      const text = appendParagraph(body, 'alpha').get(0) as Y.XmlText;
      text.format(0, 5, { bracket: { holder: 'NOT AN ID!' } });
    });
    expect(openBracketsOf(clause)).toEqual([]);
  });

  it('the wording of a clause in plain text: heading, body, options', () => {
    const clause = clauseWith((record, body) => {
      appendParagraph(body, 'The Parties shall meet.');
      const option = createClauseOption('Option 2');
      clauseOptions(record).push([option.record]);
      appendParagraph(option.record.get('body') as Y.XmlFragment, 'No text');
    });
    expect(clauseWording(clause)).toBe('Troops\nThe Parties shall meet.\nOption 2: No text');
  });
});
