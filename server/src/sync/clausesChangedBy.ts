import { CLAUSE_FIELDS } from '@parley/shared';
import type * as Y from 'yjs';

/** The clause fields that hold its wording: those of part 'text' in the shared layout. */
const WORDING_FIELDS: ReadonlySet<string> = new Set(
  Object.entries(CLAUSE_FIELDS)
    .filter(([, field]) => field.part === 'text')
    .map(([name]) => name),
);

/**
 * The clauses one transaction added or removed (`keys`: changed keys of the clauses root) and, when
 * `wording` is asked for, those whose heading, body or options it changed. Each changed type is
 * followed up to the clause it sits in (a few parents; Yjs internals `_item.parent`/`parentSub`, as
 * the gate reads them), so the cost follows the transaction, not the document. A change to a
 * clause's status, lock, sign-offs or comments is not a change of wording, nor is one to its language
 * versions or alignments (`versions` is not a 'text' field: the versions keep no history of their own).
 */
export function clausesChangedBy(
  transaction: Y.Transaction,
  // Compared by identity only.
  clausesRoot: object,
  wording: boolean,
): { keys: Set<string>; worded: Set<string> } {
  const keys = new Set<string>();
  const worded = new Set<string>();
  for (const [type, changedKeys] of transaction.changed) {
    if (type === clausesRoot) {
      for (const key of changedKeys) if (key !== null) keys.add(key);
      continue;
    }
    if (!wording) continue;
    let current = type;
    let fields: Iterable<string | null> = changedKeys;
    while (current._item !== null) {
      const item = current._item;
      // An item's parent is the type that holds it (Yjs 13 types it loosely).
      const parent = item.parent as typeof current;
      if (parent === clausesRoot) {
        if (item.parentSub !== null && [...fields].some((field) => field !== null && WORDING_FIELDS.has(field))) {
          worded.add(item.parentSub);
        }
        break;
      }
      fields = [item.parentSub];
      current = parent;
    }
  }
  return { keys, worded };
}
