import * as Y from 'yjs';
import { BRACKET_MARK } from '../schema/Bracket.ts';
import { clauseNumbers, readClausesInOrder } from '../schema/Clause.ts';
import { readParties } from '../schema/Meta.ts';
import { plenaryRoots } from '../schema/roots.ts';
import type { SessionSettings } from '../schema/SessionSettings.ts';
import type { SuggestionAttributes, SuggestionMark } from '../schema/Suggestion.ts';
import { DELETION_MARK, INSERTION_MARK } from '../schema/Suggestion.ts';
import type { MarkedBlock, MarkedRun } from './SuggestionRules.ts';
import { suggestionOf } from './SuggestionRules.ts';

/**
 * A clause's text fields: as stored in its record (options a `Y.Array` of maps; the gate reads
 * records mid-update) or as `readClause` gives them (options with their `body`).
 */
interface ClauseTextFields {
  readonly heading: unknown;
  readonly body: unknown;
  readonly options: unknown;
}

interface DeltaOp {
  readonly insert: unknown;
  readonly attributes?: Record<string, unknown>;
}

/** Where a text block sits in a clause. */
export type SuggestionField = { readonly kind: 'body' } | { readonly kind: 'option'; readonly index: number };

/** The stored fields of a clause record (`Y.Map`), or of a clause read with `readClause`. */
export function clauseTextFields(record: Y.Map<unknown>): ClauseTextFields {
  return { heading: record.get('heading'), body: record.get('body'), options: record.get('options') };
}

/**
 * Every text block of a clause in reading order with its runs and marks (`SuggestionRules`): the
 * heading (plain text: it holds no marks, so no suggestions), the body, then each option's body.
 */
export function readMarkedBlocks(fields: ClauseTextFields): MarkedBlock[] {
  const blocks: MarkedBlock[] = [];
  if (fields.heading instanceof Y.Text) blocks.push({ node: 'heading', runs: runsOf(fields.heading) });
  // Each option as a block of its own (its label and other fields), so adding or removing one is a change.
  optionsOf(fields).forEach((option, index) => {
    const entries = option instanceof Y.Map ? [...option.entries()] : [];
    const described = entries.filter(([key]) => key !== 'body').sort(([a], [b]) => (a < b ? -1 : 1));
    blocks.push({ node: `option${index}`, runs: [{ text: JSON.stringify(described), marks: {} }] });
  });
  forEachFieldText(fields, (field, path, text) =>
    blocks.push({ node: `${fieldName(field)}${path}`, runs: runsOf(text) }),
  );
  return blocks;
}

const fieldName = (field: SuggestionField) => (field.kind === 'body' ? 'body' : `option${field.index}`);

/** Visits every text node of the clause's rich-text fields with its block's path (node names and attributes). */
export function forEachFieldText(
  fields: ClauseTextFields,
  visit: (field: SuggestionField, path: string, text: Y.XmlText) => void,
): void {
  if (fields.body instanceof Y.XmlFragment) walk(fields.body, '', (path, text) => visit({ kind: 'body' }, path, text));
  optionsOf(fields).forEach((option: unknown, index: number) => {
    const body =
      option instanceof Y.Map
        ? option.get('body')
        : typeof option === 'object' && option !== null && 'body' in option
          ? option.body
          : null;
    if (body instanceof Y.XmlFragment) walk(body, '', (path, text) => visit({ kind: 'option', index }, path, text));
  });
}

function optionsOf(fields: ClauseTextFields): unknown[] {
  if (fields.options instanceof Y.Array) return fields.options.toArray();
  return Array.isArray(fields.options) ? fields.options : [];
}

/**
 * The path names the enclosing nodes with their attributes, not positions: a block added before
 * another (an empty paragraph, a suggested one) leaves the other's name as it was.
 */
function walk(node: Y.XmlFragment, path: string, visit: (path: string, text: Y.XmlText) => void): void {
  node.toArray().forEach((child) => {
    if (child instanceof Y.XmlText) visit(path, child);
    else if (child instanceof Y.XmlElement) {
      const attributes = JSON.stringify(Object.entries(child.getAttributes()).sort(([a], [b]) => (a < b ? -1 : 1)));
      walk(child, `${path}/${child.nodeName}${attributes}`, visit);
    }
  });
}

function runsOf(text: Y.Text): MarkedRun[] {
  return (text.toDelta() as DeltaOp[]).map((op) => ({
    text: typeof op.insert === 'string' ? op.insert : '\uFFFC',
    marks: op.attributes ?? {},
  }));
}

/** One pending suggestion of a clause: every run under marks with its id, and the words they hold. */
export interface PendingSuggestion extends SuggestionAttributes {
  readonly kind: SuggestionMark;
  /** The words proposed for insertion or deletion, runs joined with " … " where they are apart. */
  readonly words: string;
  /** The fields it lies in. */
  readonly fields: readonly SuggestionField[];
  /** The holder of the brackets every word of it lies inside (one holder), or null. */
  readonly holder: string | null;
}

/**
 * Who may accept or reject a pending suggestion: the mediator always; a delegate only while the
 * session lets bracket holders settle suggestions, and only one whose every word lies inside brackets
 * their party holds (the words are that party's reservation to settle).
 */
export function maySettleSuggestion(
  who: { readonly role: string; readonly partyId?: string | null },
  settings: Pick<SessionSettings, 'holdersMaySettleSuggestions'>,
  suggestion: Pick<PendingSuggestion, 'holder'>,
): boolean {
  if (who.role === 'mediator') return true;
  return (
    who.role === 'delegate' &&
    settings.holdersMaySettleSuggestions &&
    suggestion.holder !== null &&
    suggestion.holder === (who.partyId ?? null)
  );
}

/**
 * The suggestions still waiting in a clause, in reading order, one per id and kind. The server's
 * preconditions (sign-off, agreement, clean export) and the exports read them with this.
 */
export function pendingSuggestionsOf(fields: ClauseTextFields): PendingSuggestion[] {
  const found = new Map<string, { suggestion: PendingSuggestion; pieces: string[]; lastEnd: string }>();
  // The bracket holder of each run of a suggestion; "" for a run outside any bracket.
  const holders = new Map<string, Set<string>>();
  let textIndex = 0;
  forEachFieldText(fields, (field, _path, text) => {
    textIndex++;
    let offset = 0;
    for (const op of text.toDelta() as DeltaOp[]) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      const words = typeof op.insert === 'string' ? op.insert : '';
      for (const kind of [INSERTION_MARK, DELETION_MARK] as const) {
        const attributes = suggestionOf(op.attributes?.[kind]);
        if (attributes === null) continue;
        const key = `${kind}:${attributes.id}`;
        const here = `${textIndex}@${offset}`;
        const bracket = op.attributes?.[BRACKET_MARK];
        const holder =
          typeof bracket === 'object' &&
          bracket !== null &&
          typeof (bracket as { holder?: unknown }).holder === 'string'
            ? (bracket as { holder: string }).holder
            : '';
        holders.set(key, (holders.get(key) ?? new Set()).add(holder));
        const entry = found.get(key);
        if (!entry) {
          found.set(key, {
            suggestion: { ...attributes, kind, words: '', fields: [field], holder: null },
            pieces: [words],
            lastEnd: `${textIndex}@${offset + length}`,
          });
          continue;
        }
        if (entry.lastEnd === here) entry.pieces[entry.pieces.length - 1] += words;
        else entry.pieces.push(words);
        entry.lastEnd = `${textIndex}@${offset + length}`;
        if (!entry.suggestion.fields.some((f) => JSON.stringify(f) === JSON.stringify(field))) {
          entry.suggestion = { ...entry.suggestion, fields: [...entry.suggestion.fields, field] };
        }
      }
      offset += length;
    }
  });
  return [...found.entries()].map(([key, { suggestion, pieces }]) => {
    const within = [...(holders.get(key) ?? [])];
    const holder = within.length === 1 && within[0] !== '' ? (within[0] ?? null) : null;
    return { ...suggestion, words: pieces.join(' … '), holder };
  });
}

/** "2 pending suggestions by Ruritania and one by the mediator": what blocks a sign-off or a clean export. */
export function describePendingSuggestions(
  pending: readonly Pick<PendingSuggestion, 'party'>[],
  parties: readonly { readonly id: string; readonly name: string }[],
): string | null {
  if (pending.length === 0) return null;
  const counts = new Map<string | null, number>();
  for (const suggestion of pending) counts.set(suggestion.party, (counts.get(suggestion.party) ?? 0) + 1);
  const parts = [...counts].map(([party, n], i) => {
    const name = party === null ? 'the mediator' : (parties.find((p) => p.id === party)?.name ?? 'a party');
    const what = i === 0 ? (n === 1 ? 'a pending suggestion' : `${n} pending suggestions`) : n === 1 ? 'one' : `${n}`;
    return `${what} by ${name}`;
  });
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Why a document has no clean text yet as far as suggestions go: "clause 3 has 2 pending suggestions
 * by Ruritania", one line per clause (withdrawn clauses leave the text, so theirs do not count).
 */
export function pendingSuggestionProblems(doc: Y.Doc): string[] {
  const roots = plenaryRoots(doc);
  const clauses = readClausesInOrder(roots);
  const numbers = clauseNumbers(clauses);
  const parties = readParties(roots);
  return clauses.flatMap((clause) => {
    if (clause.status === 'withdrawn') return [];
    const pending = describePendingSuggestions(pendingSuggestionsOf(clause), parties);
    return pending === null ? [] : [`clause ${numbers.get(clause.id) ?? ''} has ${pending}`];
  });
}
