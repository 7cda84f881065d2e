import type { Participant } from '../Participant.ts';
import type { SessionSettings } from '../schema/SessionSettings.ts';
import type { SuggestionAttributes } from '../schema/Suggestion.ts';
import { DELETION_MARK, INSERTION_MARK, suggestionAttributesSchema } from '../schema/Suggestion.ts';
import { canonicalMarks } from './BracketOwnership.ts';

/**
 * Suggesting mode's rules (DESIGN.md, "Suggestions in the document"), judged on the effect of an
 * edit: a clause's text read before and after, block by block and run by run. The server's update
 * gate judges every update with them; the client can judge an edit before it sends it.
 *
 * A clause is read as `MarkedBlock`s: every text block of its heading, body and options in reading
 * order, each with its runs of text and their marks (name → attributes, as y-prosemirror stores them).
 */
export interface MarkedRun {
  readonly text: string;
  readonly marks: Readonly<Record<string, unknown>>;
}

export interface MarkedBlock {
  /**
   * What block this is (its field, node names and attributes, not its position): a change of it is a
   * change of the text. Only compared between two readings by the same reader, so the server (Yjs)
   * and the editor (ProseMirror) may spell it differently.
   */
  readonly node: string;
  readonly runs: readonly MarkedRun[];
}

/** Who suggests: a participant and their party (null for a mediator), as a suggestion names them. */
export interface SuggestionAuthor {
  readonly participantId: string;
  readonly partyId: string | null;
}

export const suggestionAuthorOf = (who: Participant): SuggestionAuthor => ({
  participantId: who.participantId,
  partyId: who.role === 'delegate' ? (who.partyId ?? null) : null,
});

/** A delegate suggests instead of editing when the session asks it, and always in One-Text mode. */
export function mustSuggest(who: Participant, settings: SessionSettings): boolean {
  return who.role === 'delegate' && (settings.oneText || settings.editMode === 'suggest');
}

/** A suggestion mark's attributes, or null when the value is not one. */
export function suggestionOf(value: unknown): SuggestionAttributes | null {
  if (value === undefined || value === null) return null;
  const parsed = suggestionAttributesSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const isOwn = (suggestion: SuggestionAttributes | null, author: SuggestionAuthor) =>
  suggestion !== null && suggestion.by === author.participantId && suggestion.party === author.partyId;

/** A mark value that names somebody else (or is not a well-formed suggestion at all). */
const isForeign = (value: unknown, author: SuggestionAuthor) =>
  value !== undefined && value !== null && !isOwn(suggestionOf(value), author);

const quote = (words: string) => {
  const trimmed = words.trim();
  return `“${trimmed.length > 24 ? `${trimmed.slice(0, 23)}…` : trimmed}”`;
};

/**
 * Why an edit of one clause's text breaks suggesting mode's rules, or null when it keeps them:
 * 1. every suggestion mark the edit adds names its sender (participant and party): nobody suggests
 *    in another's name (a mark already in the clause may be carried along, e.g. by a rewrite);
 * 2. except for the mediator, another participant's suggestions stay exactly as they were;
 * 3. a delegate who must suggest (`mustSuggest`) changes nothing but their own suggestions: they may
 *    add text under their own insertion mark, put their own deletion mark over existing text, and
 *    withdraw their own (delete their inserted text, lift their deletion mark); no plain typing, no
 *    deleting, no formatting, and no new block except one holding only their own inserted words.
 */
export function suggestionEditProblem(
  before: readonly MarkedBlock[],
  after: readonly MarkedBlock[],
  who: Participant,
  mustSuggestNow: boolean,
): string | null {
  const author = suggestionAuthorOf(who);
  const forged = forgedSuggestion(before, after, author);
  if (forged !== null) return `a suggestion must be made in your own name: ${quote(forged)} names someone else`;
  if (who.role !== 'mediator') {
    const touched = changedForeignSuggestion(before, after, author);
    if (touched !== null)
      return `the suggestion ${quote(touched)} is someone else’s: only they or the mediator may change it`;
  }
  if (mustSuggestNow) {
    const was = suggestingProjection(before, author);
    const is = suggestingProjection(after, author);
    if (was !== is) {
      return 'you are in suggesting mode: type your words as suggested insertions and strike words as suggested deletions; other changes are the mediator’s';
    }
  }
  return null;
}

/** The words of the first run whose suggestion mark names someone else and was not in the clause before. */
function forgedSuggestion(
  before: readonly MarkedBlock[],
  after: readonly MarkedBlock[],
  author: SuggestionAuthor,
): string | null {
  const known = new Set<string>();
  forEachRun(before, (run) => {
    for (const mark of [INSERTION_MARK, DELETION_MARK]) {
      const value = run.marks[mark];
      if (isForeign(value, author)) known.add(`${mark}:${canonicalValue(value)}`);
    }
  });
  let forged: string | null = null;
  forEachRun(after, (run) => {
    if (forged !== null) return;
    for (const mark of [INSERTION_MARK, DELETION_MARK]) {
      const value = run.marks[mark];
      if (isForeign(value, author) && !known.has(`${mark}:${canonicalValue(value)}`)) forged = run.text;
    }
  });
  return forged;
}

/**
 * The first stretch of another participant's suggestion that differs between the readings: its words,
 * its marks, or how it is cut (a word typed into the middle of it splits it).
 */
function changedForeignSuggestion(
  before: readonly MarkedBlock[],
  after: readonly MarkedBlock[],
  author: SuggestionAuthor,
): string | null {
  const was = foreignStretches(before, author);
  const is = foreignStretches(after, author);
  for (let i = 0; i < Math.max(was.length, is.length); i++) {
    const a = was[i];
    const b = is[i];
    if (!a || !b || a.key !== b.key || a.text !== b.text) return (a ?? b)?.text ?? '';
  }
  return null;
}

function foreignStretches(blocks: readonly MarkedBlock[], author: SuggestionAuthor): { key: string; text: string }[] {
  const stretches: { key: string; text: string }[] = [];
  for (const block of blocks) {
    let current: { key: string; text: string } | null = null;
    for (const run of block.runs) {
      const foreign = isForeign(run.marks[INSERTION_MARK], author) || isForeign(run.marks[DELETION_MARK], author);
      if (!foreign) {
        current = null;
        continue;
      }
      const key = canonicalMarks(Object.entries(run.marks), '');
      if (current && current.key === key) current.text += run.text;
      else {
        current = { key, text: run.text };
        stretches.push(current);
      }
    }
  }
  return stretches;
}

/**
 * The clause as it stands apart from the author's own suggestions: every character not under their
 * own insertion, with its marks less their own deletion mark, and the blocks that hold such
 * characters. Suggesting changes nothing of it; any other edit does.
 */
function suggestingProjection(blocks: readonly MarkedBlock[], author: SuggestionAuthor): string {
  const parts: string[] = [];
  for (const block of blocks) {
    const kept: string[] = [];
    for (const run of block.runs) {
      if (isOwn(suggestionOf(run.marks[INSERTION_MARK]), author)) continue;
      const marks = Object.entries(run.marks).filter(
        ([name, value]) => !(name === DELETION_MARK && isOwn(suggestionOf(value), author)),
      );
      const key = canonicalMarks(marks, '');
      for (const char of run.text) kept.push(`${key}\u0001${char}`);
    }
    // A block with none of it (empty, or only the author's inserted words) is part of their suggestion.
    if (kept.length > 0) parts.push(`\u0002${block.node}\u0003${kept.join('\u0000')}`);
  }
  return parts.join('');
}

function forEachRun(blocks: readonly MarkedBlock[], visit: (run: MarkedRun) => void): void {
  for (const block of blocks) for (const run of block.runs) visit(run);
}

function canonicalValue(value: unknown): string {
  return canonicalMarks([['v', value]], '');
}
