import type { useMessages } from '../../i18n/useMessages.ts';

/** What the mediator is told before confirming a removal: what happens to the person and their link. */
export function removalWarning(
  name: string,
  seat: string,
  keepInvite: boolean,
  text: ReturnType<typeof useMessages>['text'],
): string {
  return keepInvite
    ? text('console.participants.removeConfirmKeep', { name, seat })
    : text('console.participants.removeConfirm', { name, seat });
}
