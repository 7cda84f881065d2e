/**
 * A schema from `shared/src/protocol` (zod), as far as the client uses it: the client parses every
 * answer with the definitions the server builds it from. Structural, so the client needs no zod of
 * its own.
 */
export interface AnswerSchema<T> {
  safeParse(value: unknown): { readonly success: true; readonly data: T } | { readonly success: false };
}
