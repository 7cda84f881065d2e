import { CloseCodes } from '@parley/shared';

/** Why this browser may not be in the room, as a heading and a sentence on what to do. */
export interface AccessDenial {
  readonly title: string;
  readonly detail: string;
}

/** HTTP statuses after which the room cannot open however often we try; others may pass. */
export function isDenialStatus(status: number): boolean {
  return status === 401 || status === 403 || status === 404;
}

/** A refusal of `GET /api/sessions/:id` in words; `error` is the server's own reason. */
export function denialFromStatus(status: number, error: string): AccessDenial {
  switch (status) {
    case 401:
      return {
        title: 'This link is not valid',
        detail: `The server did not accept your access (${error}). Open the invite link you were sent again.`,
      };
    case 404:
      return { title: 'This session does not exist', detail: `${capitalize(error)}. Check the link you were sent.` };
    default:
      return { title: capitalize(error), detail: 'Ask the mediator if you think this is a mistake.' };
  }
}

/** A connection the server ended for good because of who we are (4410, 4401); null for other closes. */
export function denialFromClose(code: number, reason: string): AccessDenial | null {
  switch (code) {
    case CloseCodes.Removed.code:
      return {
        title: 'You were removed from this session',
        detail: `The mediator removed you${reason && reason !== CloseCodes.Removed.reason ? ` (${reason})` : ''}. Ask them if you think this is a mistake.`,
      };
    case CloseCodes.Unauthorized.code:
      return {
        title: 'This link is not valid',
        detail: `The server did not accept your access (${reason || CloseCodes.Unauthorized.reason}). Open the invite link you were sent again.`,
      };
    default:
      return null;
  }
}

function capitalize(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
