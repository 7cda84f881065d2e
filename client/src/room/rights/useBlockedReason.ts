import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useRoom } from '../session/RoomContext.ts';

/**
 * Why the server would refuse the local participant's command now, so the control is disabled with
 * the reason before any click, or null. `speaking` commands (request the floor, sign off, comment)
 * are refused to a muted participant (`floorCommands`, `clauseCommands`); every command of a
 * non-mediator is refused while the session is frozen (`executeCommand`). In the reader's language
 * ("The mediator has muted you", "The session is frozen").
 */
export function useBlockedReason(scope: 'speaking' | 'any'): string | null {
  const { you } = useIdentity();
  const { muted, frozen } = useRoom();
  const { text } = useMessages();
  if (you.role === 'mediator') return null;
  if (frozen) return text('rights.frozen');
  if (scope === 'speaking' && muted) return text('rights.muted');
  return null;
}
