import type { SuggestionAttributes, SuggestionMark } from '@parley/shared';
import { SUGGESTION_MARKS, suggestionAttributesSchema } from '@parley/shared';
import * as Y from 'yjs';

/** One pending suggestion in a clause: every run of text under marks with its id, in order. */
export interface PendingSuggestion extends SuggestionAttributes {
  readonly kind: SuggestionMark;
  /** The words it adds or strikes, runs apart joined with " … ". */
  readonly words: string;
}

/**
 * The pending suggestions anywhere in a clause record (its body, heading and options): the text
 * attributes y-prosemirror writes for the `insertion` and `deletion` marks, read from Yjs directly
 * so the console (which has no editors) and the room read them alike. A run under both marks (one
 * delegate's words another proposes to strike) counts for both suggestions.
 */
export function readSuggestions(record: Y.Map<unknown>): PendingSuggestion[] {
  const found = new Map<string, { attrs: SuggestionAttributes; kind: SuggestionMark; runs: string[]; end: number }>();
  let offset = 0;
  const visitText = (text: Y.XmlText) => {
    for (const run of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
      const words = typeof run.insert === 'string' ? run.insert : '';
      for (const kind of SUGGESTION_MARKS) {
        const parsed = suggestionAttributesSchema.safeParse(run.attributes?.[kind]);
        if (!parsed.success) continue;
        const key = `${kind}:${parsed.data.id}`;
        const entry = found.get(key) ?? { attrs: parsed.data, kind, runs: [], end: -1 };
        // Adjacent runs (split by other formatting) are one stretch of words.
        if (entry.end === offset && entry.runs.length > 0) entry.runs[entry.runs.length - 1] += words;
        else entry.runs.push(words);
        entry.end = offset + words.length;
        found.set(key, entry);
      }
      offset += words.length;
    }
    offset += 1;
  };
  const visit = (type: unknown) => {
    if (type instanceof Y.XmlText) visitText(type);
    else if (type instanceof Y.XmlElement || type instanceof Y.XmlFragment || type instanceof Y.Array)
      for (const child of type.toArray()) visit(child);
    else if (type instanceof Y.Map) for (const value of type.values()) visit(value);
  };
  visit(record);
  // In the order of the text (where each first appears), as a reader meets them.
  return [...found.values()].map(({ attrs, kind, runs }) => ({ ...attrs, kind, words: runs.join(' … ') }));
}

/** "Anna Kowalska (Ruritania) proposes to add “all three”". */
export function describePending(suggestion: PendingSuggestion, author: string): string {
  const verb = suggestion.kind === 'insertion' ? 'add' : 'strike';
  return `${author} proposes to ${verb} “${suggestion.words}”`;
}
