import type { Participant, ParticipantId, PartyId, SessionId } from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import type { SessionStore } from '../storage/SessionStore.ts';
import type { TokenSigner } from './TokenSigner.ts';

/** A participant whose token the server verified, with the session they belong to. */
export interface VerifiedParticipant extends Participant {
  readonly sessionId: SessionId;
}

export type Authentication =
  | { readonly ok: true; readonly participant: VerifiedParticipant }
  | { readonly ok: false; readonly refusal: Refusal };

/**
 * Checks a participant token: signed by this server (else unauthenticated), for this session, of a
 * participant who exists and was not removed (else forbidden). Role and party come from storage, not from the token,
 * so they cannot be stale.
 */
export async function authenticate(
  token: string | null,
  sessionId: SessionId,
  storage: Pick<SessionStore, 'getParticipant'>,
  signer: TokenSigner,
): Promise<Authentication> {
  if (token === null || token === '') return refuse('unauthenticated', 'a participant token is required');
  const claims = signer.verify('participant', token);
  if (claims === null) return refuse('unauthenticated', 'the participant token is not valid');
  if (claims.s !== sessionId) return refuse('forbidden', 'this token belongs to another session');
  const record = await storage.getParticipant(claims.u as ParticipantId);
  if (record === null || record.sessionId !== sessionId) {
    return refuse('unauthenticated', 'the participant token is not valid');
  }
  if (record.removedAt !== null) return refuse('forbidden', 'you were removed from this session');
  return {
    ok: true,
    participant: {
      sessionId,
      participantId: record.id,
      role: record.role,
      ...(record.partyId ? { partyId: record.partyId as PartyId } : {}),
      name: record.name,
    },
  };
}

function refuse(kind: 'unauthenticated' | 'forbidden', message: string): Authentication {
  return { ok: false, refusal: new Refusal(kind, message) };
}
