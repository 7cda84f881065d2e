import type { CreateSessionResponse, Invite, Party, ValidCreateSessionRequest } from '@parley/shared';
import { createPlenaryDocument, newPartyId, newSessionId, partyColor } from '@parley/shared';
import * as Y from 'yjs';
import type { TokenSigner } from '../auth/TokenSigner.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { InviteRecord, SessionStore } from '../storage/SessionStore.ts';
import { inviteLink } from './inviteLink.ts';
import { newInvite } from './newInvite.ts';

/**
 * Creates a session: its parties (with colours), one invite per role capability (mediator, observer,
 * language services, each party's delegation) and the initial plenary document, which holds the session's languages.
 */
export async function createSession(
  request: ValidCreateSessionRequest,
  storage: SessionStore & Pick<DocumentStore, 'appendUpdate'>,
  signer: TokenSigner,
  baseUrl: string,
  /** In a cluster: the new session's lease, taken for its first write (fenced like any other) and let go. */
  lease?: { claim(sessionId: string): Promise<void>; release(sessionId: string): void },
): Promise<CreateSessionResponse> {
  const sessionId = newSessionId();
  const now = Date.now();
  const parties: Party[] = request.parties.map((party, index) => ({
    id: newPartyId(),
    name: party.name,
    color: partyColor(index),
  }));
  const mediator = newInvite(sessionId, 'mediator', null, now);
  const observer = newInvite(sessionId, 'observer', null, now);
  const languageServices = newInvite(sessionId, 'languageServices', null, now);
  const partyInvites = parties.map((party) => newInvite(sessionId, 'delegate', party.id, now));

  const doc = createPlenaryDocument({
    title: request.title,
    parties,
    ...(request.languages ? { languages: request.languages } : {}),
    ...(request.languagesInParallel !== undefined ? { languagesInParallel: request.languagesInParallel } : {}),
  });
  const initialState = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  // The plenary first: a failure between the two writes leaves a document nobody can open, never a
  // session without its document.
  await lease?.claim(sessionId);
  try {
    await storage.appendUpdate(sessionId, initialState);
  } finally {
    lease?.release(sessionId);
  }
  await storage.createSession(
    { id: sessionId, title: request.title, createdAt: now, parties: parties.map(({ id, name }) => ({ id, name })) },
    [mediator, observer, languageServices, ...partyInvites],
  );

  const link = (invite: InviteRecord): Invite => inviteLink(baseUrl, invite, signer);
  return {
    id: sessionId,
    title: request.title,
    parties: parties.map(({ id, name }) => ({ id, name })),
    invites: {
      mediator: link(mediator),
      observer: link(observer),
      languageServices: link(languageServices),
      parties: Object.fromEntries(partyInvites.map((invite) => [invite.partyId, link(invite)])),
    },
  };
}
