import { apiErrorSchema } from '@parley/shared';

/** The reason in a 4xx/5xx body (`{ error }`, DESIGN.md "HTTP API"), or null for anything else. */
export function apiErrorOf(json: unknown): string | null {
  const parsed = apiErrorSchema.safeParse(json);
  return parsed.success && parsed.data.error.length > 0 ? parsed.data.error : null;
}
