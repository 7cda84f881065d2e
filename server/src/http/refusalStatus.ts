import type { RefusalKind } from '../domain/Refusal.ts';

/** The one place a refusal becomes an HTTP status (the API's and the sync upgrade's). */
export const REFUSAL_STATUS = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  notAllowed: 405,
  conflict: 409,
  tooLarge: 413,
  unsupported: 415,
  rateLimited: 429,
} as const satisfies Record<RefusalKind, number>;

export type RefusalStatus = (typeof REFUSAL_STATUS)[RefusalKind];

export function refusalStatus(kind: RefusalKind): RefusalStatus {
  return REFUSAL_STATUS[kind];
}
