import { useIdentity } from '../../state/IdentityContext.ts';
import { useRoom } from '../session/RoomContext.ts';

/** Shown beside the floor, sign-off and comment controls of a muted delegate. */
export const MUTED_REASON = 'The mediator has muted you';
/** Shown beside every control of a delegate while the session is frozen. */
export const FROZEN_REASON = 'The session is frozen';

/**
 * Why the server would refuse the local participant's command now, so the control is disabled with
 * the reason before any click, or null. `speaking` commands (request the floor, sign off, comment)
 * are refused to a muted participant (`floorCommands`, `clauseCommands`); every command of a
 * non-mediator is refused while the session is frozen (`executeCommand`).
 */
export function useBlockedReason(scope: 'speaking' | 'any'): string | null {
  const { you } = useIdentity();
  const { muted, frozen } = useRoom();
  if (you.role === 'mediator') return null;
  if (frozen) return FROZEN_REASON;
  if (scope === 'speaking' && muted) return MUTED_REASON;
  return null;
}
