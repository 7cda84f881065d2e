import * as Y from 'yjs';
import { z } from 'zod';
import type { ClauseId, PartyId } from '../ids.ts';
import { ID_PATTERN, newClauseId } from '../ids.ts';
import type { ClauseComment } from './ClauseComment.ts';
import type { ClauseOption } from './ClauseOption.ts';
import { readClauseOption } from './ClauseOption.ts';
import type { ClauseStatus } from './ClauseStatus.ts';
import { clauseStatusSchema } from './ClauseStatus.ts';
import { appendParagraph } from './RichText.ts';
import type { PlenaryRoots } from './roots.ts';
import type { SignOff } from './SignOff.ts';
import { signOffSchema } from './SignOff.ts';
import type { TextOrigin } from './TextOrigin.ts';
import { readTextOrigin } from './TextOrigin.ts';

export const clauseKindSchema = z.enum(['preamble', 'operative']);
export type ClauseKind = z.infer<typeof clauseKindSchema>;

// The server reads clauses after every keystroke (status upkeep): a set lookup rather than a zod parse.
const CLAUSE_KINDS: ReadonlySet<unknown> = new Set(clauseKindSchema.options);
const CLAUSE_STATUSES: ReadonlySet<unknown> = new Set(clauseStatusSchema.options);
const isClauseKind = (value: unknown): value is ClauseKind => CLAUSE_KINDS.has(value);
const isClauseStatus = (value: unknown): value is ClauseStatus => CLAUSE_STATUSES.has(value);

/**
 * The fields of a clause record and how they are written: `text` fields are the clause's wording
 * (delegates may edit them while the clause is open), `control` fields change only through
 * server commands, `identity` fields are fixed when the clause is created, and `versions` holds the
 * wording in the session's other languages (`ClauseVersion.ts`: records the server creates, whose
 * text the write rules' `clauseVersion` row governs).
 */
export const CLAUSE_FIELDS = {
  id: { kind: 'string', part: 'identity' },
  kind: { kind: 'string', part: 'identity' },
  heading: { kind: 'text', part: 'text' },
  body: { kind: 'xmlFragment', part: 'text' },
  options: { kind: 'array', part: 'text' },
  status: { kind: 'string', part: 'control' },
  locked: { kind: 'boolean', part: 'control' },
  signoffs: { kind: 'map', part: 'control' },
  comments: { kind: 'array', part: 'control' },
  /** Where a tabled clause came from (a working group, a caucus), or null; stamped by the server. */
  origin: { kind: 'origin', part: 'control' },
  /** The wording in each other language of the session: `{<tag>: {heading, body, options}}` (migration 8). */
  versions: { kind: 'map', part: 'versions' },
  /** Each version's alignment with the source (`LanguageAlignment`): written by `clause.alignLanguage` only. */
  alignments: { kind: 'map', part: 'control' },
} as const;
export type ClauseField = keyof typeof CLAUSE_FIELDS;
export type ClausePart = (typeof CLAUSE_FIELDS)[ClauseField]['part'];

export function isClauseField(key: string): key is ClauseField {
  return Object.hasOwn(CLAUSE_FIELDS, key);
}

export const newClauseSchema = z.object({
  kind: clauseKindSchema,
  heading: z.string().max(500).default(''),
  text: z.string().max(100_000).default(''),
  status: clauseStatusSchema.default('proposed'),
});
export type NewClause = z.input<typeof newClauseSchema>;

/** The plain view of a clause; rich-text fields stay live Yjs types for editors to bind. */
export interface Clause {
  readonly id: ClauseId;
  readonly kind: ClauseKind;
  readonly heading: Y.Text;
  readonly body: Y.XmlFragment;
  readonly status: ClauseStatus;
  readonly locked: boolean;
  readonly options: ClauseOption[];
  readonly signoffs: ReadonlyMap<PartyId, SignOff>;
  /** Where the clause was tabled from, if it came from a breakout room. */
  readonly origin: TextOrigin | null;
}

/** A clause record with an empty body; the text is written once the record is in a document. */
export function buildClauseRecord(id: ClauseId, clause: z.output<typeof newClauseSchema>): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  record.set('id', id);
  record.set('kind', clause.kind);
  record.set('heading', new Y.Text(clause.heading));
  record.set('body', new Y.XmlFragment());
  record.set('status', clause.status);
  record.set('locked', false);
  record.set('options', new Y.Array<Y.Map<unknown>>());
  record.set('signoffs', new Y.Map<SignOff>());
  record.set('comments', new Y.Array<unknown>());
  record.set('origin', null);
  // Empty: the server adds a version per language once the clause is in the document (ensureClauseVersions).
  record.set('versions', new Y.Map<Y.Map<unknown>>());
  record.set('alignments', new Y.Map<unknown>());
  return record;
}

/** Adds a clause at `index` of the text (the end by default); numbering follows from the order. */
export function insertClause(roots: PlenaryRoots, input: NewClause, index?: number): ClauseId {
  const doc = roots.clauses.doc;
  if (!doc) throw new Error('insertClause needs roots of a document');
  const clause = newClauseSchema.parse(input);
  const id = newClauseId();
  doc.transact(() => {
    const record = buildClauseRecord(id, clause);
    roots.clauses.set(id, record);
    const body = record.get('body');
    if (body instanceof Y.XmlFragment && clause.text.length > 0) {
      for (const line of clause.text.split('\n')) appendParagraph(body, line);
    }
    roots.clauseOrder.insert(Math.min(index ?? roots.clauseOrder.length, roots.clauseOrder.length), [id]);
  });
  return id;
}

export function clauseRecord(roots: PlenaryRoots, id: ClauseId): Y.Map<unknown> | null {
  const record = roots.clauses.get(id);
  return record instanceof Y.Map ? record : null;
}

export function readClause(record: Y.Map<unknown>): Clause | null {
  const id = record.get('id');
  const kind = record.get('kind');
  const status = record.get('status');
  const heading = record.get('heading');
  const body = record.get('body');
  const options = record.get('options');
  const signoffs = record.get('signoffs');
  if (typeof id !== 'string' || !ID_PATTERN.test(id) || !isClauseKind(kind) || !isClauseStatus(status)) return null;
  if (!(heading instanceof Y.Text) || !(body instanceof Y.XmlFragment)) return null;
  const signoffMap = new Map<PartyId, SignOff>();
  if (signoffs instanceof Y.Map) {
    for (const [partyId, value] of signoffs.entries()) {
      const signOff = signOffSchema.safeParse(value);
      if (signOff.success) signoffMap.set(partyId as PartyId, signOff.data);
    }
  }
  const optionList = options instanceof Y.Array ? options.toArray() : [];
  return {
    id: id as ClauseId,
    kind,
    heading,
    body,
    status,
    locked: record.get('locked') === true,
    options: optionList.flatMap((option) => {
      const read = option instanceof Y.Map ? readClauseOption(option as Y.Map<unknown>) : null;
      return read ? [read] : [];
    }),
    signoffs: signoffMap,
    origin: readTextOrigin(record.get('origin')),
  };
}

export function setClauseControl(
  record: Y.Map<unknown>,
  field: 'status' | 'locked',
  value: ClauseStatus | boolean,
): void {
  record.set(field, value);
}

/** Clauses in the order of the text, skipping ids whose record is missing (e.g. mid-sync). */
export function readClausesInOrder(roots: PlenaryRoots): Clause[] {
  const seen = new Set<string>();
  const clauses: Clause[] = [];
  for (const id of roots.clauseOrder.toArray()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const record = roots.clauses.get(id);
    const clause = record instanceof Y.Map ? readClause(record) : null;
    if (clause) clauses.push(clause);
  }
  return clauses;
}

/** "PP1", "PP2" … for the preamble, "1", "2" … for operative clauses: derived, never stored. */
export function clauseNumbers(clauses: readonly Pick<Clause, 'id' | 'kind'>[]): Map<ClauseId, string> {
  const numbers = new Map<ClauseId, string>();
  let preamble = 0;
  let operative = 0;
  for (const clause of clauses) {
    numbers.set(clause.id, clause.kind === 'preamble' ? `PP${++preamble}` : String(++operative));
  }
  return numbers;
}

/** Lock and status only: what the write rules need, without reading the whole clause. */
export function readClauseState(roots: PlenaryRoots, id: ClauseId): { locked: boolean; status: ClauseStatus } | null {
  const record = clauseRecord(roots, id);
  if (!record) return null;
  const status = clauseStatusSchema.safeParse(record.get('status'));
  return { locked: record.get('locked') === true, status: status.success ? status.data : 'proposed' };
}

function nested<T>(record: Y.Map<unknown>, name: ClauseField, isType: (value: unknown) => value is T): T {
  const value = record.get(name);
  if (!isType(value)) throw new Error(`the clause has no ${name}`);
  return value;
}

/** The clause's alternatives (Y.Maps of {id, label, body}). */
export function clauseOptions(record: Y.Map<unknown>): Y.Array<Y.Map<unknown>> {
  return nested(record, 'options', (v): v is Y.Array<Y.Map<unknown>> => v instanceof Y.Array);
}

/** Each party's sign-off, keyed by party id. */
export function clauseSignOffs(record: Y.Map<unknown>): Y.Map<SignOff> {
  return nested(record, 'signoffs', (v): v is Y.Map<SignOff> => v instanceof Y.Map);
}

/** Comments and textual proposals, oldest first, as plain records. */
export function clauseComments(record: Y.Map<unknown>): Y.Array<ClauseComment> {
  return nested(record, 'comments', (v): v is Y.Array<ClauseComment> => v instanceof Y.Array);
}
