import type { ParticipantId } from '@parley/shared';

/** Who owns a Yjs client id in one document: a participant, or the server's own transactions. */
export type ClientOwner = ParticipantId | 'server';

/**
 * Yjs client ids are chosen by clients and not authenticated. Parley binds each id to the participant
 * whose connection first used it (or to the server), refuses structs under another's id, and so
 * knows who wrote every character. Bindings are stored, so they survive restarts.
 */
export interface ClientBindings {
  ownerOf(client: number): ClientOwner | undefined;
  bind(client: number, owner: ClientOwner): void;
}
