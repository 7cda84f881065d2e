import type { BracketReason, ClauseStatus, SuggestionAttributes, SuggestionMark } from '@parley/shared';
import { INSERTION_MARK, isMediatorHolder } from '@parley/shared';
import type { MessageKey } from '../../i18n/catalogs/english.ts';
import type { Translate } from '../../i18n/Translate.ts';
import type { BracketAttributes, HolderLook } from './BracketMark.ts';
import { NOT_WHILE_SUGGESTING } from './SuggestChanges.ts';

/** How the suggesting plugin words a refused edit: "Not changed: <the shared rules' reason>." */
const NOT_CHANGED = /^Not changed: (.*)\.$/s;

/** The words for each reason a bracket can give (shared `BRACKET_REASON_NAMES` in English). */
export const BRACKET_REASON_KEYS: Readonly<Record<BracketReason, MessageKey>> = {
  substance: 'bracket.reason.substance',
  linkedIssue: 'bracket.reason.linkedIssue',
  awaitingInstructions: 'bracket.reason.awaitingInstructions',
  other: 'bracket.reason.other',
};

/** The words for a clause's status (shared `CLAUSE_STATUS_NAMES` in English). */
export const CLAUSE_STATUS_KEYS: Readonly<Record<ClauseStatus, MessageKey>> = {
  placeholder: 'clause.status.placeholder',
  proposed: 'clause.status.proposed',
  bracketed: 'clause.status.bracketed',
  agreedAdReferendum: 'clause.status.agreedAdReferendum',
  agreed: 'clause.status.agreed',
  adopted: 'clause.status.adopted',
  withdrawn: 'clause.status.withdrawn',
};

/**
 * What the editors write outside React (a bracket's title and inline label, a suggestion's title),
 * in the reader's language. The marks are configured once per editor and read the latest through a
 * ref, so a language chosen later shows on the next redraw of the text.
 */
export interface EditorWords {
  /** "Bracketed by Ruritania: Awaiting instructions (capital to confirm)", and who may change it when not you. */
  readonly bracketTitle: (attrs: BracketAttributes, holder: HolderLook) => string;
  /** "Ruritania · Awaiting instructions · capital to confirm", after the closing bracket. */
  readonly bracketLabel: (attrs: BracketAttributes, holder: HolderLook) => string;
  /** "Insertion suggested by Rudolf (Ruritania), 1 Dec 2026, 15:04:07". */
  readonly suggestionTitle: (kind: SuggestionMark, attrs: SuggestionAttributes, author: string) => string;
  /**
   * Why an edit was not made while suggesting, from the plugin's English: its own message in the
   * reader's language, around the shared rules' reason (which stays English, as the server's do).
   */
  readonly suggestBlocked: (reason: string) => string;
  /** How a holder without a party is named: the mediator's brackets, a party no longer known. */
  readonly holderNames: { readonly mediator: string; readonly unknown: string };
}

/** `when` writes a suggestion's moment (`formatTime` in the interface's language). */
export function editorWords(text: Translate, when: (ms: number) => string): EditorWords {
  const reasonOf = (attrs: BracketAttributes) => text(BRACKET_REASON_KEYS[attrs.reason] ?? 'bracket.reason.other');
  return {
    bracketTitle: (attrs, holder) => {
      const described = attrs.note
        ? text('bracket.titleWithNote', { holder: holder.name, reason: reasonOf(attrs), note: attrs.note })
        : text('bracket.title', { holder: holder.name, reason: reasonOf(attrs) });
      if (holder.mayChange !== false) return described;
      const who = isMediatorHolder(attrs.holder)
        ? text('bracket.mayChange.mediator')
        : text('bracket.mayChange.party', { holder: holder.name });
      return `${described}. ${who}`;
    },
    bracketLabel: (attrs, holder) =>
      [holder.name, reasonOf(attrs), attrs.note].filter((part) => part !== null && part !== '').join(' · '),
    suggestionTitle: (kind, attrs, author) =>
      text(kind === INSERTION_MARK ? 'suggestion.title.insertion' : 'suggestion.title.deletion', {
        author,
        when: when(attrs.at),
      }),
    suggestBlocked: (reason) => {
      if (reason === NOT_WHILE_SUGGESTING) return text('suggest.notWhile');
      const why = NOT_CHANGED.exec(reason)?.[1];
      return why === undefined ? reason : text('suggest.notChanged', { reason: why });
    },
    holderNames: { mediator: text('bracket.holder.mediator'), unknown: text('bracket.holder.unknown') },
  };
}
