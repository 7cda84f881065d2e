import type { Role } from '@parley/shared';
import { roleSchema } from '@parley/shared';
import { isRecord } from '../../api/isRecord.ts';

/** One participant connected to one document of the session (`GET /api/sessions/:id/presence`). */
export interface PresenceEntry {
  readonly doc: string;
  readonly participantId: string;
  readonly name: string;
  readonly role: Role;
  readonly partyId: string | null;
}

export function parsePresence(value: unknown): PresenceEntry[] | null {
  if (!isRecord(value) || !Array.isArray(value.online)) return null;
  const entries: PresenceEntry[] = [];
  for (const entry of value.online) {
    if (!isRecord(entry)) return null;
    const { doc, participantId, name, partyId } = entry;
    const role = roleSchema.safeParse(entry.role);
    if (typeof doc !== 'string' || typeof participantId !== 'string' || typeof name !== 'string') return null;
    if (!role.success || (partyId !== null && partyId !== undefined && typeof partyId !== 'string')) return null;
    entries.push({ doc, participantId, name, role: role.data, partyId: partyId ?? null });
  }
  return entries;
}
