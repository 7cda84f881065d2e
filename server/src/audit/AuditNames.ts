import type { PlenaryRoots } from '@parley/shared';
import { clauseNumbers, plenaryRoots, readAgenda, readClausesInOrder, readModeration } from '@parley/shared';
import type * as Y from 'yjs';
import type { ParticipantRecord, SessionRecord, SessionStore } from '../storage/SessionStore.ts';

/** Everything a record entry's ids turn into when told in words. */
export interface AuditNames {
  readonly people: ReadonlyMap<string, ParticipantRecord>;
  readonly parties: ReadonlyMap<string, string>;
  /** Clause id → "clause 2" or "preambular paragraph PP1", in the text's current order. */
  readonly clauses: ReadonlyMap<string, string>;
  readonly agendaItems: ReadonlyMap<string, string>;
  readonly breakouts: ReadonlyMap<string, string>;
}

/** "clause 2" for an operative clause, "preambular paragraph PP1" for the preamble. */
export function clauseInWords(number: string): string {
  return number.startsWith('PP') ? `preambular paragraph ${number}` : `clause ${number}`;
}

/** The names of a session, from its stored participants and (when given) its plenary's current state. */
export function auditNames(
  session: SessionRecord,
  participants: readonly ParticipantRecord[],
  roots: PlenaryRoots | null,
): AuditNames {
  const clauses = roots ? readClausesInOrder(roots) : [];
  const numbers = clauseNumbers(clauses);
  return {
    people: new Map(participants.map((p) => [p.id, p])),
    parties: new Map(session.parties.map((p) => [p.id, p.name])),
    clauses: new Map([...numbers].map(([id, number]) => [id, clauseInWords(number)])),
    agendaItems: new Map(roots ? readAgenda(roots).map((item) => [item.id, item.title]) : []),
    breakouts: new Map(roots ? readModeration(roots).breakouts.map((b) => [b.id, b.label]) : []),
  };
}

/** What reading a session's names needs from the sync layer: its plenary, loaded if need be. */
export interface PlenaryReader {
  readPlenary<T>(sessionId: SessionRecord['id'], read: (doc: Y.Doc) => T): Promise<T>;
}

/** The names of a session as they stand now: its participants from storage, clauses and agenda from the plenary. */
export async function loadAuditNames(
  storage: SessionStore,
  sync: PlenaryReader,
  session: SessionRecord,
): Promise<AuditNames> {
  const participants = await storage.listParticipants(session.id);
  return sync.readPlenary(session.id, (doc) => auditNames(session, participants, plenaryRoots(doc)));
}

/** The number back from `clauseInWords` ("clause 2" → "2", "preambular paragraph PP1" → "PP1"). */
export function clauseNumberOf(words: string): string {
  return words.replace(/^(preambular paragraph|clause) /, '');
}
