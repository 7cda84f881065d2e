import type { TransitionRefusal } from '@parley/shared';

/**
 * Why an expected request was refused, in domain words. The transport picks its own signal from the
 * kind (an HTTP status in `http/refusalStatus.ts`, a close code in `sync/`); a command-line tool shows
 * only the message. Invariant breaks stay plain `Error`s.
 */
export type RefusalKind =
  /** The request is malformed or names something in the wrong shape. */
  | 'invalid'
  /** Nobody could be identified: no token, or one this server did not sign. */
  | 'unauthenticated'
  /** The caller is known but may not do this. */
  | 'forbidden'
  /** What the request names does not exist. */
  | 'notFound'
  /** The resource exists but does not offer this action (a method on a path). */
  | 'notAllowed'
  /** The state does not allow it now (already done, frozen, muted, something unagreed). */
  | 'conflict'
  | 'tooLarge'
  /** The request's form is one we do not read (not JSON). */
  | 'unsupported'
  /** Too many requests from one place; try again later. */
  | 'rateLimited';

/** An expected refusal with a message a person can act on (shown to them as it is). */
export class Refusal extends Error {
  override readonly name = 'Refusal';

  constructor(
    readonly kind: RefusalKind,
    message: string,
    /** The same reason as facts, when the rules gave them (a refused sign-off …): sent as `why`. */
    readonly why?: TransitionRefusal,
  ) {
    super(message);
  }
}
