import type { AuthorEntry } from '@parley/shared';
import { SERVER_AUTHOR_NAME } from '@parley/shared';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { ParticipantRecord, SessionRecord, SessionStore } from '../storage/SessionStore.ts';

/**
 * Who each Yjs client id of one document belongs to, from the gate's stored bindings. They are the
 * server's proof of authorship: the gate binds an id to the first connection that uses it and refuses
 * structs under an id bound to anyone else, so a client cannot pass its text off as another's.
 * Removed participants keep their authorship (what they wrote stays theirs).
 */
export async function readAuthors(
  storage: Pick<DocumentStore, 'loadClientBindings'> & Pick<SessionStore, 'listParticipants'>,
  session: SessionRecord,
  docName: string,
): Promise<AuthorEntry[]> {
  const participants = new Map<string, ParticipantRecord>(
    (await storage.listParticipants(session.id)).map((record) => [record.id, record]),
  );
  const authors: AuthorEntry[] = [];
  for (const [clientId, owner] of await storage.loadClientBindings(docName)) {
    if (owner === 'server') {
      authors.push({ clientId, participantId: null, name: SERVER_AUTHOR_NAME, role: null, partyId: null });
      continue;
    }
    const record = participants.get(owner);
    // A binding always names a participant of this session (the gate binds verified connections).
    if (record === undefined) throw new Error(`client ${clientId} of ${docName} is bound to an unknown participant`);
    authors.push({ clientId, participantId: record.id, name: record.name, role: record.role, partyId: record.partyId });
  }
  return authors.sort((a, b) => a.clientId - b.clientId);
}
