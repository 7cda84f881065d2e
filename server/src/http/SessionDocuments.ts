import type { SessionId } from '@parley/shared';
import type { PlenaryDocuments } from '../moderation/PlenaryDocuments.ts';
import type { RoomPresence } from '../sync/RoomRegistry.ts';

/** What the API's routes need of the live documents: the commands' view, and who is online where. */
export interface SessionDocuments extends PlenaryDocuments {
  presence(sessionId: SessionId): readonly RoomPresence[];
}
