import type { SessionId } from '@parley/shared';
import { plenaryRoots, readModeration } from '@parley/shared';
import type { PlenaryReader } from '../sync/DocumentPolicy.ts';

/**
 * The members of an open working group, or null when no such group is open: who besides the
 * mediators may open its room (`mayRead`), read from the plenary's moderation state (loaded: see
 * `PlenaryReader`).
 */
export function workingGroupMembers(
  plenaries: PlenaryReader,
  sessionId: SessionId,
  breakoutId: string,
): readonly string[] | null {
  return plenaries.readPlenary(sessionId, (doc) => {
    const group = readModeration(plenaryRoots(doc)).breakouts.find(
      (b) => b.id === breakoutId && b.kind === 'workingGroup',
    );
    return group ? group.participantIds : null;
  });
}
