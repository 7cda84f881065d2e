import type { CreateSessionResponse } from '@parley/shared';

export interface JsonResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
}

export async function postJson<T = unknown>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** Creates a session with two parties (one with a non-Latin name) and returns the API's answer. */
export async function createSession(
  baseUrl: string,
  parties: string[] = ['Ruritania', 'Граница'],
): Promise<CreateSessionResponse> {
  const response = await postJson<CreateSessionResponse>(`${baseUrl}/api/sessions`, {
    title: 'Talks on the northern border',
    parties: parties.map((name) => ({ name })),
  });
  if (response.status !== 201) throw new Error(`session creation failed: ${JSON.stringify(response.body)}`);
  return response.body;
}
