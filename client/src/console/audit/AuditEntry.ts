import { isRecord } from '../../api/isRecord.ts';

/** One line of the session's record (`GET /api/sessions/:id/audit`). */
export interface AuditEntry {
  readonly id: number;
  readonly at: number;
  readonly participantId: string | null;
  readonly role: string;
  readonly action: string;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly outcome: 'ok' | 'refused';
}

export interface AuditPage {
  readonly entries: readonly AuditEntry[];
  /** The id to page back from, or null at the start of the record. */
  readonly next: number | null;
}

export function parseAuditPage(value: unknown): AuditPage | null {
  if (!isRecord(value) || !Array.isArray(value.entries)) return null;
  const next = value.next;
  if (next !== null && typeof next !== 'number') return null;
  const entries: AuditEntry[] = [];
  for (const entry of value.entries) {
    if (!isRecord(entry)) return null;
    const { id, at, participantId, role, action, detail, outcome } = entry;
    if (typeof id !== 'number' || typeof at !== 'number' || typeof role !== 'string' || typeof action !== 'string') {
      return null;
    }
    if (participantId !== null && typeof participantId !== 'string') return null;
    if (outcome !== 'ok' && outcome !== 'refused') return null;
    entries.push({ id, at, participantId, role, action, detail: isRecord(detail) ? detail : {}, outcome });
  }
  return { entries, next };
}
