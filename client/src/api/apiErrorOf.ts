import type { TransitionRefusal } from '@parley/shared';
import { apiErrorSchema } from '@parley/shared';

/** The reason in a 4xx/5xx body (`{ error }`, DESIGN.md "HTTP API"), or null for anything else. */
export function apiErrorOf(json: unknown): string | null {
  const parsed = apiErrorSchema.safeParse(json);
  return parsed.success && parsed.data.error.length > 0 ? parsed.data.error : null;
}

/** The facts behind a refused change of a clause's status (`why`), or null. */
export function apiRefusalFactsOf(json: unknown): TransitionRefusal | null {
  const parsed = apiErrorSchema.safeParse(json);
  return parsed.success ? (parsed.data.why ?? null) : null;
}
