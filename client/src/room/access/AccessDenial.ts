import { CloseCodes } from '@parley/shared';

/**
 * Why this browser may not be in the room: what kind of refusal, and the server's own reason (in its
 * words, which stay English). The page puts it in the reader's language (`denialWords`).
 */
export interface AccessDenial {
  /**
   * `invalidLink`: the token was not accepted; `noSession`: no such session; `refused`: another
   * refusal, named by the server's reason; `removed`: the mediator removed this participant;
   * `refusedAgain`: the server refused this page's edits again right after a reload.
   */
  readonly kind: 'invalidLink' | 'noSession' | 'refused' | 'removed' | 'refusedAgain';
  /** The server's reason, or '' when it gave none worth repeating. */
  readonly reason: string;
}

/** HTTP statuses after which the room cannot open however often we try; others may pass. */
export function isDenialStatus(status: number): boolean {
  return status === 401 || status === 403 || status === 404;
}

/** A refusal of `GET /api/sessions/:id`; `error` is the server's own reason. */
export function denialFromStatus(status: number, error: string): AccessDenial {
  switch (status) {
    case 401:
      return { kind: 'invalidLink', reason: error };
    case 404:
      return { kind: 'noSession', reason: error };
    default:
      return { kind: 'refused', reason: error };
  }
}

/** A connection the server ended for good because of who we are (4410, 4401); null for other closes. */
export function denialFromClose(code: number, reason: string): AccessDenial | null {
  switch (code) {
    case CloseCodes.Removed.code:
      return { kind: 'removed', reason: reason && reason !== CloseCodes.Removed.reason ? reason : '' };
    case CloseCodes.Unauthorized.code:
      return { kind: 'invalidLink', reason: reason || CloseCodes.Unauthorized.reason };
    default:
      return null;
  }
}
