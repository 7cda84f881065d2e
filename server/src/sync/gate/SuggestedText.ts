import type { ClauseId, MarkedBlock, PlenaryRoots } from '@parley/shared';
import { clauseRecord, clauseTextFields, isSuggestionMark, readMarkedBlocks } from '@parley/shared';
import * as Y from 'yjs';

/**
 * The text of the given clauses block by block with every run's marks, read from the document's
 * live state, for suggesting mode's rules (shared `SuggestionRules`): like brackets, suggestions are
 * judged by their effect, so the binding's own rewrites are judged by what they leave.
 */
export function readClauseTexts(roots: PlenaryRoots, clauseIds: Iterable<string>): Map<string, MarkedBlock[]> {
  const result = new Map<string, MarkedBlock[]>();
  for (const clauseId of clauseIds) {
    const record = clauseRecord(roots, clauseId as ClauseId);
    result.set(clauseId, record ? readMarkedBlocks(clauseTextFields(record)) : []);
  }
  return result;
}

/**
 * Whether any of the clauses holds a suggestion mark, by a walk of their items (no delta is built):
 * with none before and none after an update, and a sender free to edit, the suggestion rules have
 * nothing to judge, and typing costs what it did before suggesting mode.
 */
export function holdSuggestions(roots: PlenaryRoots, clauseIds: Iterable<string>): boolean {
  for (const clauseId of clauseIds) {
    const record = clauseRecord(roots, clauseId as ClauseId);
    if (!record) continue;
    const body = record.get('body');
    if (body instanceof Y.XmlFragment && fragmentHolds(body)) return true;
    const options = record.get('options');
    if (options instanceof Y.Array) {
      for (const option of options.toArray()) {
        const optionBody = option instanceof Y.Map ? option.get('body') : null;
        if (optionBody instanceof Y.XmlFragment && fragmentHolds(optionBody)) return true;
      }
    }
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
  for (let item = text._start; item !== null; item = item.right) {
    const content = item.content;
    if (!item.deleted && content instanceof Y.ContentFormat && content.value !== null && isSuggestionMark(content.key))
      return true;
  }
  return false;
}
