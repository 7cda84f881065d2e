/** The outcome of an API call: the parsed body, or a reason a person can act on. */
export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/**
 * Sends a JSON request to the Parley API. Errors come back as `{ error }` with a 4xx/5xx status
 * (DESIGN.md, "HTTP API"); anything else (no server, a proxy page) is described from the status.
 * `parse` checks the body's shape: a response is never trusted by casting.
 */
export async function requestJson<T>(
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  parse: (value: unknown) => T | null,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: 'Could not reach the Parley server. Check your connection and try again.' };
  }
  const json = await readJson(response);
  if (!response.ok) {
    const reason = errorMessage(json);
    return { ok: false, error: reason ?? `The server answered ${response.status} ${response.statusText}`.trim() };
  }
  const value = parse(json);
  if (value === null) return { ok: false, error: 'The server sent an answer this page does not understand.' };
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
