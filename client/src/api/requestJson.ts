import type { TransitionRefusal } from '@parley/shared';
import type { AnswerSchema } from './AnswerSchema.ts';
import { apiErrorOf, apiRefusalFactsOf } from './apiErrorOf.ts';
import { isServerAnswer, noteServerAnswered } from './serverAnswers.ts';

/** The outcome of an API call: the parsed body, or a reason a person can act on. */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  /** `status` is the HTTP status, or 0 when no answer came (no network, no server). */
  | {
      readonly ok: false;
      readonly status: number;
      readonly error: string;
      /** A refused change of a clause's status, as facts, for words in the reader's language. */
      readonly why?: TransitionRefusal;
    };

export const UNREACHABLE = 'Could not reach the Parley server. Check your connection and try again.';

/**
 * Sends a JSON request to the Parley API, with the participant's token when given: the one way the
 * client asks the server anything. Errors come back as `{ error }` with a 4xx/5xx status (DESIGN.md,
 * "HTTP API"); anything else (no server, a proxy page) is described from the status. The body is
 * checked with the answer's schema from `shared/`: a response is never trusted by casting.
 */
export async function requestJson<T>(
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  schema: AnswerSchema<T>,
  token?: string,
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, error: UNREACHABLE };
  }
  if (isServerAnswer(response.status)) noteServerAnswered();
  const json = await readJson(response);
  if (!response.ok) {
    const why = apiRefusalFactsOf(json);
    return { ok: false, status: response.status, error: refusalOf(response, json), ...(why ? { why } : {}) };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, status: response.status, error: 'The server sent an answer this page does not understand.' };
  }
  return { ok: true, value: parsed.data };
}

/** The failure says nothing was heard from the server (no network, or a gateway's 502/503/504). */
export function isUnreachable(result: { readonly status: number }): boolean {
  return result.status === 0 || !isServerAnswer(result.status);
}

/** The server's reason for a 4xx/5xx, or its status in words when the body carries none. */
export function refusalOf(response: Response, json: unknown): string {
  return apiErrorOf(json) ?? `The server answered ${response.status} ${response.statusText}`.trim();
}

export async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}
