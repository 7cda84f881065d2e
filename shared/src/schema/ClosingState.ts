import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';
import type { PlenaryRoots } from './roots.ts';

const id = z.string().regex(ID_PATTERN);
const at = z.number();
/** A SHA-256 digest in lowercase hex. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;
const digest = z.string().regex(SHA256_HEX);

/** One party's acceptance of the whole text; ad referendum until its capital confirms. */
export const adoptionAcceptanceSchema = z.object({
  at,
  by: id,
  adReferendum: z.boolean(),
  confirmedAt: at.optional(),
  confirmedBy: id.optional(),
});
export type AdoptionAcceptance = z.infer<typeof adoptionAcceptanceSchema>;

/** A head of delegation's initials on the adopted text, with the digest of the text they initialled. */
export const initialsSchema = z.object({ at, by: id, name: z.string().max(200), digest });
export type Initials = z.infer<typeof initialsSchema>;

/**
 * `moderation.adoption` (written by the server only, replaced whole): the mediator proposed the whole
 * text for adoption; each party accepts; once all have, it is adopted: a frozen revision (`revisionId`),
 * whose canonical JSON export has `digest`, which the heads of delegation initial.
 */
export const adoptionSchema = z.object({
  state: z.enum(['proposed', 'adopted']),
  proposedAt: at,
  proposedBy: id,
  acceptances: z.record(id, adoptionAcceptanceSchema),
  adoptedAt: at.optional(),
  revisionId: z.string().max(100).optional(),
  revisionLabel: z.string().max(100).optional(),
  digest: digest.optional(),
  initials: z.record(id, initialsSchema),
  /** Adopted because silence was kept on the whole draft (no acceptances were needed). */
  underSilence: z.boolean().optional(),
});
export type Adoption = z.infer<typeof adoptionSchema>;

export const silenceOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('broken'),
    at,
    by: id,
    partyId: id.nullable(),
    name: z.string().max(200),
    explanation: z.string().max(5000),
  }),
  z.object({ kind: z.literal('kept'), at }),
]);
export type SilenceOutcome = z.infer<typeof silenceOutcomeSchema>;

/**
 * `moderation.silence` (server only, replaced whole): a text under silence until `until` (server time).
 * `clauseIds` null: the whole draft. Without `outcome` the procedure is running.
 */
export const silenceSchema = z.object({
  until: at,
  startedAt: at,
  startedBy: id,
  clauseIds: z.array(id).nullable(),
  outcome: silenceOutcomeSchema.optional(),
});
export type Silence = z.infer<typeof silenceSchema>;

export const ADOPTION_KEY = 'adoption';
export const SILENCE_KEY = 'silence';

/** The adoption procedure, or null when none was proposed (absent in sessions from before it: no migration). */
export function readAdoption(roots: PlenaryRoots): Adoption | null {
  return parsedOnce(roots.moderation.get(ADOPTION_KEY), adoptionSchema, parsedAdoptions);
}

export function writeAdoption(roots: PlenaryRoots, adoption: Adoption | null): void {
  roots.moderation.set(ADOPTION_KEY, adoption === null ? null : adoptionSchema.parse(adoption));
}

/** The last silence procedure (running or ended), or null when there never was one. */
export function readSilence(roots: PlenaryRoots): Silence | null {
  return parsedOnce(roots.moderation.get(SILENCE_KEY), silenceSchema, parsedSilences);
}

const parsedAdoptions = new WeakMap<object, Adoption | null>();
const parsedSilences = new WeakMap<object, Silence | null>();

/**
 * A stored plain value parsed once: it is replaced whole, never changed in place, and the gate asks
 * whether silence covers a clause on every keystroke. Absent (most sessions) costs no parse at all:
 * zod builds an error for every failing parse.
 */
function parsedOnce<T>(stored: unknown, schema: z.ZodType<T>, cache: WeakMap<object, T | null>): T | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const known = cache.get(stored);
  if (known !== undefined) return known;
  const parsed = schema.safeParse(stored);
  const value = parsed.success ? parsed.data : null;
  cache.set(stored, value);
  return value;
}

export function writeSilence(roots: PlenaryRoots, silence: Silence | null): void {
  roots.moderation.set(SILENCE_KEY, silence === null ? null : silenceSchema.parse(silence));
}

/** Whether a silence procedure is running (started, neither broken nor kept yet). */
export function isSilenceRunning(silence: Silence | null): silence is Silence & { outcome: undefined } {
  return silence !== null && silence.outcome === undefined;
}

/** Whether the running silence covers a clause: the whole draft, or the clause is among those chosen. */
export function silenceCovers(silence: Silence | null, clauseId: string | null): boolean {
  if (!isSilenceRunning(silence)) return false;
  if (silence.clauseIds === null) return true;
  return clauseId !== null && silence.clauseIds.includes(clauseId);
}

/** Whether the whole text has been adopted. */
export function isAdopted(roots: PlenaryRoots): boolean {
  return readAdoption(roots)?.state === 'adopted';
}
