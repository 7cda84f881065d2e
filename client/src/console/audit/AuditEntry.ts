import type { AuditEntryView, AuditPage } from '@parley/shared';
import { auditPageSchema } from '@parley/shared';

export type AuditEntry = AuditEntryView;

/** `GET /api/sessions/:id/audit`, checked with the schema the server builds it from. */
export function parseAuditPage(value: unknown): AuditPage | null {
  const parsed = auditPageSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
