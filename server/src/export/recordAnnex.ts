import type { Agreement } from '@parley/shared';
import { plenaryRoots } from '@parley/shared';
import * as Y from 'yjs';
import { auditNames } from '../audit/AuditNames.ts';
import { describeAuditEntry } from '../audit/describeAuditEntry.ts';
import type { SessionRecord, SessionStore } from '../storage/SessionStore.ts';

/** The most entries an annex holds (the oldest first); a longer record is read in the console. */
const MAX_ANNEX_ENTRIES = 10_000;

/** "1 December 2026, 14:05:09 CET": the server's local time, with its zone named so nobody guesses. */
export function localDateTime(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(at));
}

/**
 * The session's record as the annex prints it: when (local date and time), who (name and seat) and
 * what, in words, with names and clause numbers as the current text has them.
 */
export async function recordAnnex(
  storage: SessionStore,
  session: SessionRecord,
  currentState: Uint8Array,
  timeZone?: string,
): Promise<NonNullable<Agreement['record']>> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, currentState);
  try {
    const names = auditNames(session, await storage.listParticipants(session.id), plenaryRoots(doc));
    return (await storage.listAudit(session.id, MAX_ANNEX_ENTRIES)).reverse().map((entry) => {
      const told = describeAuditEntry(entry, names);
      const who = told.actor === null ? 'Parley (the server)' : whoInWords(told.actor);
      return {
        at: new Date(entry.at).toISOString(),
        when: localDateTime(entry.at, timeZone),
        who,
        role: entry.role,
        action: entry.action,
        what: told.summary,
        outcome: entry.outcome === 'refused' ? 'Refused' : 'Done',
        ...(told.before !== undefined ? { before: told.before } : {}),
        ...(told.after !== undefined ? { after: told.after } : {}),
      };
    });
  } finally {
    doc.destroy();
  }
}

function whoInWords(actor: { name: string; role: string; partyName?: string | undefined }): string {
  if (actor.partyName) return `${actor.name} (${actor.partyName})`;
  return `${actor.name} (${actor.role})`;
}
