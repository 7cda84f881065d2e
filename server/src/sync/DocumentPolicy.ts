import type { DocRef, SessionId, WriteContext } from '@parley/shared';
import type * as Y from 'yjs';
import type { VerifiedParticipant } from '../auth/authenticate.ts';
import type { BracketChange } from './gate/BracketedText.ts';

/**
 * The session's rules as the document layer needs them, owned by the negotiation side and handed to
 * the room registry as one object: sync/ checks, stores and relays; what is allowed, what follows an
 * edit and what goes on the record are decided here.
 */
export interface DocumentPolicy {
  /** Whether a participant may open a document at all (checked before the WebSocket exists). */
  mayOpen(participant: VerifiedParticipant, ref: DocRef): boolean;
  /** The session state the update gate checks a client's update against (locks, mutes, freeze). */
  writeContext(ref: DocRef): WriteContext;
  /** After a client's update was admitted, stored and relayed: what follows it, if anything. */
  afterClientUpdate(update: AdmittedUpdate): void;
  /** What the document layer saw that the session's record keeps. */
  record(event: DocumentEvent): void;
  /**
   * A session's plenary document was loaded into memory and applied (after a start, or after it was
   * unloaded while idle); a room answered from its stored bytes applies it just after the first answer.
   */
  plenaryLoaded?(sessionId: SessionId): void;
  /** A participant's connection to a document closed (their visit to it ended, for now). */
  connectionClosed?(participant: VerifiedParticipant, ref: DocRef): void;
}

/** A client's update that the gate admitted. */
export interface AdmittedUpdate {
  readonly ref: DocRef;
  readonly sender: VerifiedParticipant;
  /** Clauses whose wording (heading, body, options) the update changed. */
  readonly clauseTexts: readonly string[];
  /** Language versions whose words the update changed. */
  readonly clauseVersions: readonly { readonly clauseId: string; readonly language: string }[];
  /** Clauses the update added (their language versions are the server's to create). */
  readonly clausesAdded: readonly string[];
  /** The document as the update left it, to read whether to amend it (never written directly). */
  readonly doc: Y.Doc;
  /** Changes the same document as the server: one transaction, stored and relayed like any change. */
  readonly amend: (change: (doc: Y.Doc) => void) => void;
}

export type DocumentEvent =
  /** The gate refused a client's update whole (the connection is closed with the reason). */
  | {
      readonly kind: 'updateRefused';
      readonly ref: DocRef;
      readonly docName: string;
      readonly sender: VerifiedParticipant;
      readonly reason: string;
      readonly bytes: number;
    }
  /** An admitted update put a bracket in or lifted one. */
  | {
      readonly kind: 'bracketChanged';
      readonly ref: DocRef;
      readonly sender: VerifiedParticipant;
      readonly change: BracketChange;
    };

/**
 * What a policy may read while it decides: a session's plenary, synchronously (the gate decides in
 * one turn). The registry keeps it in memory whenever the policy may ask: it loads the plenary
 * before any other room of its session and keeps it while one is loaded, and loads it before
 * `mayOpen`. Reading a plenary that is not loaded throws.
 */
export interface PlenaryReader {
  readPlenary<T>(sessionId: SessionId, read: (doc: Y.Doc) => T): T;
}

/** Builds the policy once the registry exists (the policy reads plenaries through it). */
export type DocumentPolicyFactory = (plenaries: PlenaryReader) => DocumentPolicy;
