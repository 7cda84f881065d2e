import { z } from 'zod';
import { roleSchema } from '../Role.ts';

/** Who made an audit entry, by name and seat (DESIGN.md, "Audit entries"); null for the server itself. */
export const auditActorSchema = z.object({
  participantId: z.string(),
  name: z.string(),
  role: roleSchema,
  partyId: z.string().optional(),
  partyName: z.string().optional(),
});
export type AuditActor = z.infer<typeof auditActorSchema>;

/** One entry of `GET /api/sessions/:id/audit`: the stored facts and the same told in words. */
export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.number(),
  participantId: z.string().nullable(),
  role: z.string(),
  action: z.string(),
  detail: z.record(z.string(), z.unknown()),
  outcome: z.enum(['ok', 'refused']),
  actor: auditActorSchema.nullable(),
  /** One sentence: names for people and parties, clause numbers, display labels. */
  summary: z.string(),
  /** The text or status before and after, where the entry changed one. */
  before: z.string().optional(),
  after: z.string().optional(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

/** Newest first; `next` pages back (`before=`), `latest` is the newest id for `after=` polling. */
export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  next: z.number().nullable(),
  latest: z.number().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
