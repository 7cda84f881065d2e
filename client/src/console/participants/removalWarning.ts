/** What the mediator is told before confirming a removal: what happens to the person and their link. */
export function removalWarning(name: string, seat: string, keepInvite: boolean): string {
  const link = keepInvite
    ? `The invite link they joined with (${seat}) keeps working: they could join again with it.`
    : `The invite link they joined with (${seat}) stops working for everyone; a new link is made for that seat, to give to those who still need to join.`;
  return `Remove ${name} from the session? They are disconnected at once and cannot come back with their own access. ${link}`;
}
