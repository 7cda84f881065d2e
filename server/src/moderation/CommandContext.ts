import type { VerifiedParticipant } from '../auth/authenticate.ts';
import type { TokenSigner } from '../auth/TokenSigner.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { SessionRecord, SessionStore } from '../storage/SessionStore.ts';
import type { PlenaryDocuments } from './PlenaryDocuments.ts';

/** Everything a command handler may use; the caller has authenticated `actor` for `session`. */
export interface CommandContext {
  /** The session's records, and its saved revisions (`version.save`; the adopted text and its digest). */
  readonly storage: SessionStore &
    Pick<DocumentStore, 'listVersions' | 'saveVersion' | 'loadVersion' | 'loadClientBindings'>;
  readonly signer: TokenSigner;
  /** The session's live documents: commands change the plenary only through this. */
  readonly documents: PlenaryDocuments;
  readonly baseUrl: string;
  readonly session: SessionRecord;
  readonly actor: VerifiedParticipant;
  /** Server time of the command: every timer and stamp it writes uses this clock. */
  readonly now: number;
}

/**
 * What a command answers besides `ok` (ids it created, a new invite link …). `auditDetail` goes to
 * the record only, never to the caller (the text at a reopening, the status before and after).
 */
export type CommandResult = { readonly ok: true; readonly auditDetail?: Readonly<Record<string, unknown>> } & Readonly<
  Record<string, unknown>
>;

export const OK: CommandResult = { ok: true };
