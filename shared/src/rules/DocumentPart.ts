import type { ClauseId, PartyId } from '../ids.ts';

/**
 * A part of a session's documents that one write touches, as the update gate resolves it and as the
 * UI asks about it. Rights are decided per part (DESIGN.md, "Who may write what").
 */
export type DocumentPart =
  | { readonly kind: 'meta' }
  | { readonly kind: 'agenda' }
  /** Adding, removing or reordering clauses: keys of `clauses`, and `clauseOrder`. */
  | { readonly kind: 'clauseSet' }
  | { readonly kind: 'statement'; readonly partyId: PartyId }
  /** A clause's wording: heading, body and options. */
  | { readonly kind: 'clauseText'; readonly clauseId: ClauseId }
  /** Status, lock, sign-offs and comments: through server commands only. */
  | { readonly kind: 'clauseControl'; readonly clauseId: ClauseId }
  | { readonly kind: 'moderation' }
  /** The notes of a caucus room or the mediators' notes document. */
  | { readonly kind: 'roomNotes' }
  /** A breakout room's draft clauses: adding, removing and writing them. */
  | { readonly kind: 'roomDraft' }
  /** The room's record of what was tabled in the plenary: written by the server only. */
  | { readonly kind: 'roomTabled' };
export type PartKind = DocumentPart['kind'];

export function describePart(part: DocumentPart): string {
  switch (part.kind) {
    case 'meta':
      return 'session details (meta)';
    case 'agenda':
      return 'the agenda';
    case 'clauseSet':
      return 'the list of clauses';
    case 'statement':
      return `position statement of party ${part.partyId}`;
    case 'clauseText':
      return `text of clause ${part.clauseId}`;
    case 'clauseControl':
      return `status, lock, sign-offs or comments of clause ${part.clauseId}`;
    case 'moderation':
      return 'moderation state';
    case 'roomNotes':
      return 'room notes';
    case 'roomDraft':
      return 'the room’s draft clauses';
    case 'roomTabled':
      return 'what the room tabled in the plenary';
  }
}
