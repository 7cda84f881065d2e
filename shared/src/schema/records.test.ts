import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AgendaItemId, ClauseId, PartyId } from '../ids.ts';
import { agendaItemSchema, appendAgendaItem, readAgenda } from './AgendaItem.ts';
import {
  clauseNumbers,
  clauseRecord,
  insertClause,
  newClauseSchema,
  readClause,
  readClausesInOrder,
} from './Clause.ts';
import { clauseCommentSchema } from './ClauseComment.ts';
import { createClauseOption, readClauseOption } from './ClauseOption.ts';
import { clauseStatusSchema, isWordingSettled } from './ClauseStatus.ts';
import { createPlenaryDocument } from './createPlenaryDocument.ts';
import { readParties } from './Meta.ts';
import { moderationSchema, readModeration, writeModeration } from './Moderation.ts';
import { partySchema, readParty } from './Party.ts';
import { fragmentPlainText } from './RichText.ts';
import { plenaryRoots } from './roots.ts';
import { signOffSchema } from './SignOff.ts';
import { ensureStatement, parseStatementKey, readStatement, statementKey } from './Statement.ts';

const parties = [
  { id: 'pa' as PartyId, name: 'Ruritania', color: '#0072b2' },
  { id: 'pb' as PartyId, name: 'Граница', color: '#d55e00' },
];

describe('record validators reject bad records', () => {
  it.each([
    ['party without a name', partySchema, { id: 'pa', name: '', color: '#000000' }],
    ['party with an id that is not an id', partySchema, { id: 'P/A', name: 'A', color: '#000000' }],
    ['party with a colour that is not a hex colour', partySchema, { id: 'pa', name: 'A', color: 'red' }],
    [
      'agenda item in an unknown state',
      agendaItemSchema,
      { id: 'a1', title: 'T', state: 'open', timeboxMinutes: null, workingGroup: null },
    ],
    [
      'agenda item with a negative time-box',
      agendaItemSchema,
      { id: 'a1', title: 'T', state: 'pending', timeboxMinutes: -5, workingGroup: null },
    ],
    ['clause of an unknown kind', newClauseSchema, { kind: 'annex' }],
    ['clause with an unknown status', newClauseSchema, { kind: 'operative', status: 'done' }],
    ['sign-off without a time', signOffSchema, { by: 'u1', adReferendum: false }],
    [
      'comment with empty text',
      clauseCommentSchema,
      { id: 'm1', kind: 'comment', by: 'u1', byName: 'X', partyId: null, at: 1, text: '', disposition: 'open' },
    ],
    [
      'moderation with a floor holder that is not an id',
      moderationSchema.shape.floor,
      { participantId: '<script>', since: 1, limitMs: null },
    ],
  ])('%s', (_what, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });

  it('accepts the records Parley writes', () => {
    expect(partySchema.safeParse(parties[0]).success).toBe(true);
    expect(clauseStatusSchema.options).toEqual([
      'placeholder',
      'proposed',
      'bracketed',
      'agreedAdReferendum',
      'agreed',
      'adopted',
      'withdrawn',
    ]);
  });

  it('readers return null for records with missing or wrongly typed fields', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<Y.Map<unknown>>('x');
    const badParty = new Y.Map<unknown>();
    map.set('party', badParty);
    badParty.set('id', 'pa');
    expect(readParty(badParty)).toBeNull();
    const badClause = new Y.Map<unknown>();
    map.set('clause', badClause);
    badClause.set('id', 'c1');
    badClause.set('kind', 'operative');
    badClause.set('status', 'proposed');
    badClause.set('heading', 'a plain string, not a Y.Text');
    badClause.set('body', new Y.XmlFragment());
    expect(readClause(badClause)).toBeNull();
    const badOption = new Y.Map<unknown>();
    map.set('option', badOption);
    badOption.set('id', 'o1');
    badOption.set('label', 'Option 1');
    badOption.set('body', new Y.Text());
    expect(readClauseOption(badOption)).toBeNull();
  });
});

describe('typed accessors', () => {
  it('a new plenary document holds the title and parties in order', () => {
    const doc = createPlenaryDocument({ title: 'Talks', parties });
    expect(readParties(plenaryRoots(doc))).toEqual(parties);
  });

  it('clauses keep stable ids while their numbers are derived from the order', () => {
    const doc = createPlenaryDocument({ title: 'Talks', parties });
    const roots = plenaryRoots(doc);
    const op1 = insertClause(roots, { kind: 'operative', text: 'First\nSecond paragraph' });
    const pp1 = insertClause(roots, { kind: 'preamble', text: 'Recalling' }, 0);
    const op2 = insertClause(roots, { kind: 'operative', heading: 'Verification' });
    const numbers = () => clauseNumbers(readClausesInOrder(roots));
    expect([...numbers().entries()]).toEqual([
      [pp1, 'PP1'],
      [op1, '1'],
      [op2, '2'],
    ]);
    // Moving the last article first renumbers it, its id stays.
    doc.transact(() => {
      roots.clauseOrder.delete(2, 1);
      roots.clauseOrder.insert(1, [op2]);
    });
    expect(numbers().get(op2)).toBe('1');
    expect(numbers().get(op1)).toBe('2');
    const first = clauseRecord(roots, op1 as ClauseId);
    const clause = first ? readClause(first) : null;
    expect(clause?.status).toBe('proposed');
    expect(clause?.locked).toBe(false);
    expect(fragmentPlainText(clause?.body ?? new Y.XmlFragment())).toBe('First\nSecond paragraph');
    expect(clause?.body.toString()).toBe('<paragraph>First</paragraph><paragraph>Second paragraph</paragraph>');
  });

  it('clause options carry their own rich-text body', () => {
    const doc = createPlenaryDocument({ title: 'Talks', parties });
    const roots = plenaryRoots(doc);
    const id = insertClause(roots, { kind: 'operative' });
    const record = clauseRecord(roots, id);
    const option = createClauseOption('Option 1');
    const options = record?.get('options');
    if (!(options instanceof Y.Array)) throw new Error('clause has no options array');
    options.push([option.record]);
    const clause = record ? readClause(record) : null;
    expect(clause?.options.map((o) => o.label)).toEqual(['Option 1']);
    expect(clause?.options[0]?.body).toBeInstanceOf(Y.XmlFragment);
  });

  it('statements are keyed by party and agenda item', () => {
    const doc = createPlenaryDocument({ title: 'Talks', parties });
    const roots = plenaryRoots(doc);
    const itemId = appendAgendaItem(roots, { title: 'Verification', timeboxMinutes: 45 });
    expect(readAgenda(roots)).toEqual([
      { id: itemId, title: 'Verification', state: 'pending', timeboxMinutes: 45, workingGroup: null },
    ]);
    const fragment = ensureStatement(roots, 'pa' as PartyId, itemId);
    expect(readStatement(roots, 'pa' as PartyId, itemId)).toBe(fragment);
    expect(readStatement(roots, 'pb' as PartyId, itemId)).toBeNull();
    expect(statementKey('pa' as PartyId, itemId as AgendaItemId)).toBe(`pa/${itemId}`);
    expect(parseStatementKey(`pa/${itemId}`)).toEqual({ partyId: 'pa', itemId });
    expect(parseStatementKey('pa')).toBeNull();
    expect(parseStatementKey('pa/x/y')).toBeNull();
  });

  it('moderation state is validated on write and defaults on read', () => {
    const doc = createPlenaryDocument({ title: 'Talks', parties });
    const roots = plenaryRoots(doc);
    writeModeration(roots, 'speakers', [{ participantId: 'u1', pointOfOrder: false, at: 5 }]);
    expect(readModeration(roots).speakers).toHaveLength(1);
    expect(() => writeModeration(roots, 'floor', { participantId: '', since: 0, limitMs: null })).toThrow();
    roots.moderation.set('floor', 'garbage');
    expect(readModeration(roots).floor).toBeNull();
  });

  it('settled wording is agreed ad referendum, agreed, adopted or withdrawn', () => {
    expect(clauseStatusSchema.options.filter(isWordingSettled)).toEqual([
      'agreedAdReferendum',
      'agreed',
      'adopted',
      'withdrawn',
    ]);
  });
});
