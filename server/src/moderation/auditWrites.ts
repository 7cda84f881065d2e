import type { NewAuditEntry, SessionStore } from '../storage/SessionStore.ts';

/**
 * Record entries a command's document change writes as it goes (the upkeep of a clause whose wording
 * changed): the change runs in one synchronous transaction, so each write starts there and the
 * command awaits them all before it answers (a failed write fails the command, as it did before).
 */
export function auditWrites(storage: Pick<SessionStore, 'appendAudit'>) {
  const pending: Promise<number>[] = [];
  return {
    append(entry: NewAuditEntry): void {
      const written = storage.appendAudit(entry);
      // Marked handled now; `settled` still rejects with it.
      written.catch(() => undefined);
      pending.push(written);
    },
    async settled(): Promise<void> {
      await Promise.all(pending);
    },
  };
}
