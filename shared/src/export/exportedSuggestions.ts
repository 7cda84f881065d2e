import { DELETION_MARK, INSERTION_MARK, suggestionAttributesSchema } from '../schema/Suggestion.ts';
import type { Block, RunSuggestion } from './Agreement.ts';

/** Names the export prints for ids: parties (id → name) and participants (id → display name). */
export interface ExportNames {
  readonly parties: ReadonlyMap<string, string>;
  readonly participants: ReadonlyMap<string, string>;
}

/**
 * The pending suggestion a run of text belongs to, read from its Yjs format attributes, with names.
 * Words under both marks (someone proposes to delete words another proposed to insert) are shown as
 * the deletion: the later proposal over them, and the one a reader must act on first.
 */
export function runSuggestion(attributes: Record<string, unknown>, names: ExportNames): RunSuggestion | undefined {
  for (const kind of [DELETION_MARK, INSERTION_MARK] as const) {
    const parsed = suggestionAttributesSchema.safeParse(attributes[kind]);
    if (!parsed.success) continue;
    const { id, by, party, at } = parsed.data;
    return {
      kind,
      id,
      by,
      byName: names.participants.get(by) ?? by,
      party,
      partyName: party === null ? null : (names.parties.get(party) ?? party),
      at,
    };
  }
  return undefined;
}

/** A pending suggestion with the words it proposes to insert or delete (all its runs in a field, joined). */
export interface ExportedSuggestion extends RunSuggestion {
  readonly words: string;
}

/**
 * The pending suggestions of an exported field (its runs, with names; the rules' `pendingSuggestionsOf` reads Yjs):
 * each suggestion once, in the order its words first appear.
 */
export function exportedSuggestionsOf(blocks: readonly Block[]): ExportedSuggestion[] {
  const found = new Map<string, ExportedSuggestion>();
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'list') {
        block.items.forEach(visit);
        continue;
      }
      for (const { suggestion, text } of block.runs) {
        if (suggestion === undefined) continue;
        const seen = found.get(suggestion.id);
        found.set(suggestion.id, { ...(seen ?? suggestion), words: `${seen?.words ?? ''}${text}` });
      }
    }
  };
  visit(blocks);
  return [...found.values()];
}

/** "Anna Kowalska (Ruritania)", or "The Envoy (mediator)": the author as Word's review pane and the notes show it. */
export function suggestionAuthor(suggestion: RunSuggestion): string {
  return `${suggestion.byName} (${suggestion.partyName ?? 'mediator'})`;
}

/** "2026-12-01 14:05 UTC": the same on every machine, so printed drafts and tests agree. */
export function suggestionTime(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "Insertion suggested by Anna Kowalska (Ruritania), 2026-12-01 14:05 UTC". */
export function describeExportedSuggestion(suggestion: RunSuggestion): string {
  const kind = suggestion.kind === INSERTION_MARK ? 'Insertion' : 'Deletion';
  return `${kind} suggested by ${suggestionAuthor(suggestion)}, ${suggestionTime(suggestion.at)}`;
}
