import type { ParticipantId, PartyId, Role, SessionId } from '@parley/shared';

export interface SessionRecord {
  readonly id: SessionId;
  readonly title: string;
  readonly createdAt: number;
  /** The parties invites were made for; the plenary's `meta.parties` holds their display records. */
  readonly parties: readonly { readonly id: PartyId; readonly name: string }[];
}

export interface InviteRecord {
  readonly id: string;
  readonly sessionId: SessionId;
  readonly role: Role;
  readonly partyId: PartyId | null;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

export interface ParticipantRecord {
  readonly id: ParticipantId;
  readonly sessionId: SessionId;
  readonly inviteId: string;
  readonly role: Role;
  readonly partyId: PartyId | null;
  readonly name: string;
  readonly joinedAt: number;
  readonly removedAt: number | null;
}

/** One line of a session's record: who did what, when, and whether it was allowed. */
export interface AuditEntry {
  readonly id: number;
  readonly sessionId: SessionId;
  readonly at: number;
  readonly participantId: ParticipantId | null;
  readonly role: Role | 'server';
  readonly action: string;
  /** What was acted on, as JSON (payload fields, reasons). */
  readonly detail: Readonly<Record<string, unknown>>;
  readonly outcome: 'ok' | 'refused';
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/**
 * Who and what a session is besides its documents: the session, its invites and participants, its
 * append-only record (audit log) and each participant's notice cursor. Another engine passes
 * `SessionStore.contract.ts` before it is used. Asynchronous, like the document store.
 */
export interface SessionStore {
  /** The session and its first invites, together (its plenary is stored in the document store). */
  createSession(session: SessionRecord, invites: readonly InviteRecord[]): Promise<void>;
  getSession(id: SessionId): Promise<SessionRecord | null>;
  getInvite(id: string): Promise<InviteRecord | null>;
  listInvites(sessionId: SessionId): Promise<InviteRecord[]>;
  addInvite(invite: InviteRecord): Promise<void>;
  /** Revokes once: a later call keeps the first time. */
  revokeInvite(id: string, at: number): Promise<void>;
  addParticipant(participant: ParticipantRecord): Promise<void>;
  getParticipant(id: ParticipantId): Promise<ParticipantRecord | null>;
  listParticipants(sessionId: SessionId): Promise<ParticipantRecord[]>;
  /** Removes once: a later call keeps the first time. */
  removeParticipant(id: ParticipantId, at: number): Promise<void>;

  appendAudit(entry: NewAuditEntry): Promise<number>;
  /** Newest first; `before` pages back from an entry id. */
  listAudit(sessionId: SessionId, limit: number, before?: number): Promise<AuditEntry[]>;
  /** Oldest first: the entries written after entry id `after` (live updates, notices). */
  listAuditAfter(sessionId: SessionId, after: number, limit: number): Promise<AuditEntry[]>;

  /** The newest audit entry id whose notice the participant has read (0 when none). */
  noticesReadUpTo(participantId: ParticipantId): Promise<number>;
  /** Moves the read cursor forward (never back); answers where it now stands. */
  markNoticesRead(participantId: ParticipantId, upTo: number): Promise<number>;

  /** When the participant last had the draft in front of them (epoch ms), or null before their first visit. */
  lastVisit(participantId: ParticipantId): Promise<number | null>;
  /** Records a visit's end (or "seen"); the stored time only moves forward. */
  recordVisit(participantId: ParticipantId, at: number): Promise<void>;
}
