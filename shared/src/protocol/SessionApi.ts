import { z } from 'zod';

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
});
export type CreateSessionRequest = z.infer<typeof createSessionRequestSchema>;

export interface Invite {
  readonly token: string;
  readonly url: string;
}

export interface CreateSessionResponse {
  readonly id: string;
  readonly title: string;
  readonly parties: readonly { readonly id: string; readonly name: string }[];
  readonly invites: {
    readonly mediator: Invite;
    readonly observer: Invite;
    readonly parties: Readonly<Record<string, Invite>>;
  };
}

export interface ApiError {
  readonly error: string;
}

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

export interface JoinResponse {
  readonly participantId: string;
  readonly token: string;
  readonly role: 'mediator' | 'delegate' | 'observer';
  readonly partyId?: string;
}

export interface SessionSummary {
  readonly id: string;
  readonly title: string;
  readonly parties: readonly { readonly id: string; readonly name: string; readonly color: string }[];
  readonly you: {
    readonly participantId: string;
    readonly role: 'mediator' | 'delegate' | 'observer';
    readonly partyId?: string;
    readonly name: string;
  };
}
