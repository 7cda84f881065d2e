import type { Invite } from '@parley/shared';

/** An invite's link, whole (people share it) and only if it is a web address; `#` otherwise. */
export function inviteHref(invite: Invite): string {
  try {
    const url = new URL(invite.url, window.location.origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}
