import type { MarkedBlock, PlenaryRoots } from '@parley/shared';
import { carriesNoMark, isSuggestionMark, readMarkedBlocks } from '@parley/shared';
import * as Y from 'yjs';
import type { WordingRef } from './Wordings.ts';
import { optionBodies, wordingFields, wordingKey } from './Wordings.ts';

/**
 * The text of the given wordings (originals or language versions, keyed by `wordingKey`) block by
 * block with every run's marks, read from the document's live state, for suggesting mode's rules
 * (shared `SuggestionRules`): like brackets, suggestions are judged by their effect, so the
 * binding's own rewrites are judged by what they leave.
 */
export function readClauseTexts(roots: PlenaryRoots, wordings: Iterable<WordingRef>): Map<string, MarkedBlock[]> {
  const result = new Map<string, MarkedBlock[]>();
  for (const ref of wordings) {
    const fields = wordingFields(roots, ref);
    result.set(wordingKey(ref), fields ? readMarkedBlocks(fields) : []);
  }
  return result;
}

/**
 * Whether any of the wordings holds a suggestion mark, by a walk of their items (no delta is built):
 * with none before and none after an update, and a sender free to edit, the suggestion rules have
 * nothing to judge, and typing costs what it did before suggesting mode.
 */
export function holdSuggestions(roots: PlenaryRoots, wordings: Iterable<WordingRef>): boolean {
  for (const ref of wordings) {
    const fields = wordingFields(roots, ref);
    if (!fields) continue;
    if (fields.body instanceof Y.XmlFragment && fragmentHolds(fields.body)) return true;
    if (optionBodies(fields).some(fragmentHolds)) return true;
  }
  return false;
}

function fragmentHolds(type: Y.XmlFragment): boolean {
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const child = item.content.type;
    if (child instanceof Y.XmlText && textHolds(child)) return true;
    if (child instanceof Y.XmlElement && fragmentHolds(child)) return true;
  }
  return false;
}

/** A live format item that opens a suggestion mark (a null value only closes one). */
function textHolds(text: Y.XmlText): boolean {
  // Plain typing skips the walk: 4.8% of the server's busy time in the many-rooms profile once the
  // bracket reading had the same shortcut.
  if (carriesNoMark(text)) return false;
  for (let item = text._start; item !== null; item = item.right) {
    const content = item.content;
    if (!item.deleted && content instanceof Y.ContentFormat && content.value !== null && isSuggestionMark(content.key))
      return true;
  }
  return false;
}
