import type { SessionId } from '@parley/shared';
import type { PlenaryDocuments } from '../moderation/PlenaryDocuments.ts';
import type { RoomPresence } from '../sync/RoomRegistry.ts';

/** What the API's routes need of the live documents: the commands' view, who is online where, the history. */
export interface SessionDocuments extends PlenaryDocuments {
  presence(sessionId: SessionId): readonly RoomPresence[];
  /** Writes the plenary's clause history up to now (it is otherwise written at most once a second). */
  settleHistory(sessionId: SessionId): Promise<void>;
}
