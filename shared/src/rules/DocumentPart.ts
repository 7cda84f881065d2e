import { languageName } from '../display/LanguageNames.ts';
import type { ClauseId, PartyId } from '../ids.ts';

/**
 * A part of a session's documents that one write touches, as the update gate resolves it and as the
 * UI asks about it. Rights are decided per part (DESIGN.md, "Who may write what").
 */
export type DocumentPart =
  | { readonly kind: 'meta' }
  /** A key of `meta` that only the server writes, through a command (`SERVER_WRITTEN_META_KEYS`: `document`). */
  | { readonly kind: 'serverMeta'; readonly key: string }
  | { readonly kind: 'agenda' }
  /** Adding, removing or reordering clauses: keys of `clauses`, and `clauseOrder`. */
  | { readonly kind: 'clauseSet' }
  | { readonly kind: 'statement'; readonly partyId: PartyId }
  /** A clause's wording: heading, body and options. */
  | { readonly kind: 'clauseText'; readonly clauseId: ClauseId }
  /**
   * A clause's wording in another language of the session: anything inside its version record
   * `clauses/<id>/versions/<language>/…` (heading, body, options' bodies). The records themselves
   * are the server's; their words are written as the write rules' `clauseVersion` row says.
   */
  | { readonly kind: 'clauseVersion'; readonly clauseId: ClauseId; readonly language: string }
  /** Status, lock, sign-offs, comments and alignments: through server commands only. */
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
    case 'serverMeta':
      return part.key === 'document'
        ? 'the document’s symbol, marking and date (meta.document)'
        : `session details set by commands only (meta.${part.key})`;
    case 'agenda':
      return 'the agenda';
    case 'clauseSet':
      return 'the list of clauses';
    case 'statement':
      return `position statement of party ${part.partyId}`;
    case 'clauseText':
      return `text of clause ${part.clauseId}`;
    case 'clauseVersion':
      return `${languageName(part.language)} version of clause ${part.clauseId}`;
    case 'clauseControl':
      return `status, lock, sign-offs, comments or alignments of clause ${part.clauseId}`;
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
