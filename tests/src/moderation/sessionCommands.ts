import type { ClauseId } from '@parley/shared';
import { clauseRecord, plenaryRoots, readClause } from '@parley/shared';
import type * as Y from 'yjs';
import { command } from '../helpers/api.ts';
import type { TestServer } from '../helpers/startServer.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';

/** The people of a prepared session who send commands in these tests. */
export type Actor = 'mediator' | 'delegateA' | 'delegateB' | 'observer';

/** Sends a command as one person of a prepared session. */
export const run = (server: TestServer, f: PreparedSession, who: Actor, body: Record<string, unknown>) =>
  command(server.url, f.session.id, f[who].token, body);

/** A clause as a client's copy of the plenary holds it (null while it has not arrived). */
export const clause = (doc: Y.Doc, id: string) => {
  const record = clauseRecord(plenaryRoots(doc), id as ClauseId);
  return record ? readClause(record) : null;
};
