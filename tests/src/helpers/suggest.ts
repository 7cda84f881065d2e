import type { ClauseId } from '@parley/shared';
import { clauseRecord, plenaryRoots } from '@parley/shared';
import * as Y from 'yjs';
import type { Person, PreparedSession } from '../security/sessionFixture.ts';
import { forwardLocalUpdates } from '../security/sessionFixture.ts';
import { RawClient } from './rawClient.ts';
import type { TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

/** The suggestion marks' attributes (`Suggestion.ts`): its id, author, author's party and time. */
export interface SuggestionAttributes {
  readonly id: string;
  readonly by: string;
  readonly party: string | null;
  readonly at: number;
}

/**
 * Edits a clause's first paragraph (the open clause's, "The Parties shall meet.", by default) through
 * a participant's raw sync connection, as their editor in suggesting mode would, and waits until a
 * fresh reader sees the suggestion's id.
 */
export async function suggest(
  server: TestServer,
  f: PreparedSession,
  who: Person,
  suggestionId: string,
  at: number,
  edit: (text: Y.XmlText, attributes: SuggestionAttributes) => void,
  clauseId: ClauseId = f.openClause,
): Promise<void> {
  const client = await RawClient.connect(server.wsUrl, f.session.id, who.token);
  await client.sync();
  forwardLocalUpdates(client);
  const body = clauseRecord(plenaryRoots(client.doc), clauseId)?.get('body');
  const paragraph = body instanceof Y.XmlFragment ? body.get(0) : null;
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('the clause has no text');
  edit(text, { id: suggestionId, by: who.participantId, party: who.partyId ?? null, at });
  const check = await RawClient.connect(server.wsUrl, f.session.id, f.mediator.token);
  await check.sync();
  await waitFor(
    () => JSON.stringify(check.doc.getMap('clauses').toJSON()).includes(suggestionId),
    `suggestion ${suggestionId} to be stored`,
  );
  check.close();
  client.close();
}
