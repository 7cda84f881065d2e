/** The outcome of an API call: the parsed body, or a reason a person can act on. */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  /** `status` is the HTTP status, or 0 when no answer came (no network, no server). */
  | { readonly ok: false; readonly status: number; readonly error: string };

/**
 * Sends a JSON request to the Parley API, with the participant's token when given. Errors come back
 * as `{ error }` with a 4xx/5xx status (DESIGN.md, "HTTP API"); anything else (no server, a proxy
 * page) is described from the status. `parse` checks the body's shape: a response is never trusted
 * by casting.
 */
export async function requestJson<T>(
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  parse: (value: unknown) => T | null,
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
    return { ok: false, status: 0, error: 'Could not reach the Parley server. Check your connection and try again.' };
  }
  const json = await readJson(response);
  if (!response.ok) {
    const reason = errorMessage(json);
    return {
      ok: false,
      status: response.status,
      error: reason ?? `The server answered ${response.status} ${response.statusText}`.trim(),
    };
  }
  const value = parse(json);
  if (value === null) {
    return { ok: false, status: response.status, error: 'The server sent an answer this page does not understand.' };
  }
  return { ok: true, value };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function errorMessage(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || !('error' in json)) return null;
  return typeof json.error === 'string' && json.error.length > 0 ? json.error : null;
}
