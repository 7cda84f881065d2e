/**
 * The invite token of a join link (`/join/<sessionId>#invite=<token>`). It travels in the fragment so
 * that it never reaches the server's logs or a `Referer` header.
 */
export function inviteFromLocation(location: Pick<Location, 'hash'> = window.location): string | null {
  const invite = new URLSearchParams(location.hash.replace(/^#/, '')).get('invite');
  return invite === null || invite.trim() === '' ? null : invite.trim();
}
