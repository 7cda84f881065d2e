import type { BracketReason } from '@parley/shared';
import { BRACKET_MARK, BRACKET_REASON_LABELS, isMediatorHolder } from '@parley/shared';
import { Mark } from '@tiptap/core';
import { bracketLabelsPlugin } from './bracketLabels.ts';

/** Who may change a bracket's words: "only Northland or the mediator", or "only the mediator" for the mediator's own. */
function whoMayChange(holder: string, name: string): string {
  return isMediatorHolder(holder) ? 'only the mediator' : `only ${name} or the mediator`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What a bracket says of itself on hover and after its "]"; `editorWords` gives them in the reader's language. */
export interface BracketWords {
  readonly bracketTitle: (attrs: BracketAttributes, holder: HolderLook) => string;
  readonly bracketLabel: (attrs: BracketAttributes, holder: HolderLook) => string;
}

/** The English words, for an editor configured without the interface's (none in the room does). */
const ENGLISH_WORDS: BracketWords = {
  bracketTitle: (attrs, holder) =>
    holder.mayChange === false
      ? `${describeBracket(attrs, holder)}. ${capitalised(whoMayChange(attrs.holder, holder.name))} may change these words.`
      : describeBracket(attrs, holder),
  bracketLabel: (attrs, holder) => bracketLabel(attrs, holder),
};

/** What a bracket shows of its holder: the party's name and colour. */
export interface HolderLook {
  readonly name: string;
  readonly color: string;
  /** Whether the local participant may change the words under this holder's brackets (default yes). */
  readonly mayChange?: boolean;
}

export interface BracketMarkOptions {
  /** The party behind a holder id (the editor is created once the parties are known). */
  readonly describeHolder: (holder: string) => HolderLook;
  /** The words of its title and label, read at each drawing (the reader may have changed language). */
  readonly words: () => BracketWords;
}

export interface BracketAttributes {
  readonly holder: string;
  readonly reason: BracketReason;
  readonly note: string | null;
}

/** "Bracketed by Ruritania: Awaiting instructions (capital to confirm)". */
function describeBracket(attrs: BracketAttributes, holder: HolderLook): string {
  const reason = BRACKET_REASON_LABELS[attrs.reason] ?? 'Other';
  return `Bracketed by ${holder.name}: ${reason}${attrs.note ? ` (${attrs.note})` : ''}`;
}

/** The label shown inline after the closing bracket: "Ruritania · Awaiting instructions · capital to confirm". */
function bracketLabel(attrs: BracketAttributes, holder: HolderLook): string {
  const reason = BRACKET_REASON_LABELS[attrs.reason] ?? 'Other';
  return [holder.name, reason, attrs.note].filter((part) => part !== null && part !== '').join(' · ');
}

/**
 * Square brackets around language a party cannot accept yet (DOMAIN.md, "The text"). A TipTap mark
 * named `bracket` (BRACKET_MARK), which y-prosemirror stores as the text attribute `bracket` whose
 * value is `{holder, reason, note}` — the form the server's update gate checks.
 *
 * - Exclusive of itself (ProseMirror's default `excludes`), so y-prosemirror keys it plainly as
 *   `bracket`, not `bracket--<hash>`, and one stretch of text has one holder.
 * - Not inclusive: typing at the end of a bracket does not extend it.
 * - Highest priority: the outermost mark, so a bracket spanning bold and plain words is one element
 *   with one "[" and one "]".
 */
export const BracketMark = Mark.create<BracketMarkOptions>({
  name: BRACKET_MARK,
  inclusive: false,
  priority: 1000,

  addOptions() {
    return { describeHolder: (holder: string) => ({ name: holder, color: '#555555' }), words: () => ENGLISH_WORDS };
  },

  addAttributes() {
    return {
      holder: {
        default: null,
        rendered: false,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-bracket-holder'),
      },
      reason: {
        default: 'other',
        rendered: false,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-bracket-reason') ?? 'other',
      },
      note: {
        default: null,
        rendered: false,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-bracket-note'),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-bracket-holder]' }];
  },

  addProseMirrorPlugins() {
    return [
      bracketLabelsPlugin(
        (holder) => this.options.describeHolder(holder),
        (attrs, holder) => this.options.words().bracketLabel(attrs, holder),
      ),
    ];
  },

  renderHTML({ mark }) {
    const attrs = mark.attrs as BracketAttributes;
    const holder = this.options.describeHolder(attrs.holder);
    const theirs = holder.mayChange === false;
    return [
      'span',
      {
        class: theirs ? 'bracket bracket--theirs' : 'bracket',
        'data-bracket-holder': attrs.holder,
        'data-bracket-reason': attrs.reason,
        ...(attrs.note ? { 'data-bracket-note': attrs.note } : {}),
        'data-bracket-party': holder.name,
        title: this.options.words().bracketTitle(attrs, holder),
        style: `--bracket-color: ${holder.color}`,
      },
      0,
    ];
  },
});
