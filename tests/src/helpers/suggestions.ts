import type { ClauseId, SuggestionAttributes } from '@parley/shared';
import { clauseRecord, clauseTextFields, INSERTION_MARK, pendingSuggestionsOf, plenaryRoots } from '@parley/shared';
import * as Y from 'yjs';
import type { Joined } from './api.ts';
import { RawClient } from './rawClient.ts';
import { waitFor } from './waitFor.ts';

let counter = 0;

/** Suggestion mark attributes naming `who` (their party, or null for a mediator). */
export function suggestionBy(who: Joined, id = `sg${Date.now().toString(36)}${counter++}`): SuggestionAttributes {
  return { id, by: who.participantId, party: who.role === 'delegate' ? (who.partyId ?? null) : null, at: Date.now() };
}

/** The first text node of a clause's body (its first paragraph's text). */
export function firstLine(doc: Y.Doc, clauseId: ClauseId): Y.XmlText {
  const body = clauseRecord(plenaryRoots(doc), clauseId)?.get('body');
  const paragraph = body instanceof Y.XmlFragment ? body.get(0) : null;
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('the clause has no text');
  return text;
}

/** The ids of a clause's pending suggestions, as a document holds them. */
export function pendingIds(doc: Y.Doc, clauseId: ClauseId): string[] {
  const record = clauseRecord(plenaryRoots(doc), clauseId);
  return record ? pendingSuggestionsOf(clauseTextFields(record)).map((s) => s.id) : [];
}

/**
 * `who` suggests inserting `words` at `index` of a clause's first line through sync, as the
 * editor would; resolves with the suggestion's id once the server holds it.
 */
export async function suggestInsertion(
  wsUrl: string,
  sessionId: string,
  who: Joined,
  clauseId: ClauseId,
  index: number,
  words: string,
): Promise<string> {
  const client = await RawClient.connect(wsUrl, sessionId, who.token);
  await client.sync();
  const attributes = suggestionBy(who);
  const updates: Uint8Array[] = [];
  client.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') updates.push(update);
  });
  firstLine(client.doc, clauseId).insert(index, words, { [INSERTION_MARK]: attributes });
  client.sendUpdate(Y.mergeUpdates(updates));
  const reader = await RawClient.connect(wsUrl, sessionId, who.token);
  try {
    await reader.sync();
    await waitFor(() => pendingIds(reader.doc, clauseId).includes(attributes.id), 'the suggestion to land');
  } finally {
    reader.close();
    client.close();
  }
  return attributes.id;
}
