import type { RosterEntry } from '@parley/shared';
import { rosterSchema } from '@parley/shared';

/** `GET /api/sessions/:id/participants`, checked with the schema the server builds it from. */
export function parseRoster(value: unknown): readonly RosterEntry[] | null {
  const parsed = rosterSchema.safeParse(value);
  return parsed.success ? parsed.data.participants : null;
}
