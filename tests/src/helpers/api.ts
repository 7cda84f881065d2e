import type { CreateSessionResponse, Role } from '@parley/shared';

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

export interface Joined {
  readonly participantId: string;
  readonly token: string;
  readonly role: Role;
  readonly partyId?: string;
}

/** Joins a session through its invite for `who`: the mediator, an observer, language services or party number n's delegation. */
export async function join(
  baseUrl: string,
  session: CreateSessionResponse,
  who: 'mediator' | 'observer' | 'languageServices' | { party: number },
  name = typeof who === 'string' ? who : `delegate ${who.party}`,
): Promise<Joined> {
  const invite =
    typeof who === 'string' ? session.invites[who] : session.invites.parties[session.parties[who.party]?.id ?? ''];
  if (!invite) throw new Error(`no invite for ${JSON.stringify(who)}`);
  const response = await postJson<Joined>(`${baseUrl}/api/sessions/${session.id}/join`, { invite: invite.token, name });
  if (response.status !== 200) throw new Error(`join failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A session with two parties and one participant of each kind. */
export async function sessionWithPeople(baseUrl: string) {
  const session = await createSession(baseUrl);
  const [mediator, delegateA, delegateB, observer] = await Promise.all([
    join(baseUrl, session, 'mediator', 'The Envoy'),
    join(baseUrl, session, { party: 0 }, 'Delegate of A'),
    join(baseUrl, session, { party: 1 }, 'Делегат B'),
    join(baseUrl, session, 'observer', 'Observer'),
  ]);
  const partyA = session.parties[0]?.id ?? '';
  const partyB = session.parties[1]?.id ?? '';
  return { session, mediator, delegateA, delegateB, observer, partyA, partyB };
}

export async function command(
  baseUrl: string,
  sessionId: string,
  token: string,
  body: Record<string, unknown>,
): Promise<JsonResponse<{ ok?: boolean; error?: string }>> {
  return postJson(`${baseUrl}/api/sessions/${sessionId}/commands`, body, { authorization: `Bearer ${token}` });
}
