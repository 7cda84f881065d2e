import { z } from 'zod';
import { roleSchema } from '../Role.ts';
import { sessionLanguageSchema, sessionLanguagesSchema } from '../schema/SessionLanguage.ts';
import { transitionRefusalSchema } from './TransitionRefusalSchema.ts';

/** HTTP API bodies (DESIGN.md, "HTTP API"); the server validates with these, the client types with them. */
export const createSessionRequestSchema = z.object({
  title: z.string().trim().min(1, 'title must not be empty').max(300),
  parties: z
    .array(z.object({ name: z.string().trim().min(1, 'party name must not be empty').max(200) }))
    .min(1, 'at least one party is needed')
    .max(32)
    .refine((parties) => new Set(parties.map((p) => p.name.toLowerCase())).size === parties.length, {
      message: 'party names must be distinct',
    }),
  mediatorName: z.string().trim().min(1).max(200).optional(),
  /** BCP 47 tags, the language of negotiation first (`schema/SessionLanguage.ts`); English alone when left out. */
  languages: sessionLanguagesSchema.optional(),
  /**
   * The versions are negotiated in parallel with the first language (delegates write every version as
   * they write the original); otherwise they follow the language of negotiation. False when left out.
   */
  languagesInParallel: z.boolean().optional(),
});
/** What a creator sends: `authentic` may be left out (it then means authentic). */
export type CreateSessionRequest = z.input<typeof createSessionRequestSchema>;
/** The request once validated: tags canonical, every language saying whether it is authentic. */
export type ValidCreateSessionRequest = z.infer<typeof createSessionRequestSchema>;

/** An invite link: the signed token and the page that redeems it. */
export const inviteSchema = z.object({ token: z.string(), url: z.string() });
export type Invite = z.infer<typeof inviteSchema>;

/** `POST /api/sessions` (201): the session and its invites (mediator, observer, language services, one per party id). */
export const createSessionResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  parties: z.array(z.object({ id: z.string(), name: z.string() })),
  invites: z.object({
    mediator: inviteSchema,
    observer: inviteSchema,
    /** Translators and revisers (role `languageServices`). */
    languageServices: inviteSchema,
    parties: z.record(z.string(), inviteSchema),
  }),
});
export type CreateSessionResponse = z.infer<typeof createSessionResponseSchema>;

/**
 * Every 4xx/5xx answer of the API: the reason, in words a person can act on; a refused change of a
 * clause's status adds `why`, the same reason as facts, for a reader in another language.
 */
export const apiErrorSchema = z.object({ error: z.string(), why: transitionRefusalSchema.optional() });
export type ApiError = z.infer<typeof apiErrorSchema>;

/** A zod error as one line a person can act on: the field path and what is wrong with it. */
export function describeValidationError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export const joinRequestSchema = z.object({
  invite: z.string().min(1, 'invite is required').max(2048),
  name: z.string().trim().min(1, 'name must not be empty').max(100),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

/** `POST /api/sessions/:id/join`: the personal participant token and the seat it carries. */
export const joinResponseSchema = z.object({
  participantId: z.string(),
  token: z.string(),
  role: roleSchema,
  partyId: z.string().optional(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

/** `GET /api/sessions/:id`: the session, its parties with their colours, and who the caller is. */
export const sessionSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  parties: z.array(z.object({ id: z.string(), name: z.string(), color: z.string() })),
  /** The language of negotiation first; live in the plenary's `meta.languages`. */
  languages: z.array(sessionLanguageSchema),
  /** Whether delegates negotiate the versions in parallel (`meta.languagesInParallel`). */
  languagesInParallel: z.boolean(),
  you: z.object({
    participantId: z.string(),
    role: roleSchema,
    partyId: z.string().optional(),
    name: z.string(),
  }),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** `GET /api/time`: the server's clock, so every screen counts down to the same second. */
export const serverTimeSchema = z.object({ now: z.number() });
export type ServerTime = z.infer<typeof serverTimeSchema>;
