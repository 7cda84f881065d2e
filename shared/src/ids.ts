/**
 * Branded ids: a PartyId cannot be passed where a ClauseId is expected, although both are strings
 * on the wire and in the Yjs document.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SessionId = Brand<string, 'SessionId'>;
export type PartyId = Brand<string, 'PartyId'>;
export type ClauseId = Brand<string, 'ClauseId'>;
export type AgendaItemId = Brand<string, 'AgendaItemId'>;
export type OptionId = Brand<string, 'OptionId'>;
export type ParticipantId = Brand<string, 'ParticipantId'>;
export type CommentId = Brand<string, 'CommentId'>;

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random id of `length` base-36 characters (length 12 gives ~62 bits). Works in Node and browsers. */
export function randomId(length = 12): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return id;
}

export const newSessionId = (): SessionId => randomId(16) as SessionId;
export const newPartyId = (): PartyId => `p${randomId(8)}` as PartyId;
export const newClauseId = (): ClauseId => `c${randomId(10)}` as ClauseId;
export const newAgendaItemId = (): AgendaItemId => `a${randomId(8)}` as AgendaItemId;
export const newOptionId = (): OptionId => `o${randomId(8)}` as OptionId;
export const newParticipantId = (): ParticipantId => `u${randomId(12)}` as ParticipantId;
export const newCommentId = (): CommentId => `m${randomId(10)}` as CommentId;

/** Ids as they appear in URLs and document keys: lower-case letters and digits, no separators. */
export const ID_PATTERN = /^[0-9a-z]{1,64}$/;
