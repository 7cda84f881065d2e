import { commandAnswerSchema, createSessionResponseSchema, joinResponseSchema } from '@parley/shared';
import type { BenchServer } from './benchServers.ts';
import type { RoomPlan } from './loadWorker.ts';

/** A zod schema of `shared/src/protocol`, as far as reading an answer needs one. */
interface AnswerSchema<T> {
  parse(value: unknown): T;
}

async function post<T>(url: string, body: unknown, schema: AnswerSchema<T>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return schema.parse(await response.json());
}

/**
 * One Parley room: a session with one clause, and a delegate per client who joined with the party's
 * invite (the gate, storage and presence identity all on). Every call goes to `httpUrl`, so in a
 * cluster that server loads the session first and owns it (it takes the lease).
 */
export async function prepareParleyRoom(httpUrl: string, index: number, clients: number): Promise<RoomPlan> {
  const session = await post(
    `${httpUrl}/api/sessions`,
    { title: `Bench ${index}`, parties: [{ name: 'A' }, { name: 'B' }] },
    createSessionResponseSchema,
  );
  const mediator = await post(
    `${httpUrl}/api/sessions/${session.id}/join`,
    { invite: session.invites.mediator.token, name: 'Chair' },
    joinResponseSchema,
  );
  await post(
    `${httpUrl}/api/sessions/${session.id}/commands`,
    { type: 'clause.add', kind: 'operative', text: 'The Parties shall' },
    commandAnswerSchema,
    mediator.token,
  );
  const invite = session.invites.parties[session.parties[0]?.id ?? '']?.token ?? '';
  const tokens = await Promise.all(
    Array.from({ length: clients }, (_v, n) =>
      post(`${httpUrl}/api/sessions/${session.id}/join`, { invite, name: `Delegate ${n}` }, joinResponseSchema).then(
        (joined) => joined.token,
      ),
    ),
  );
  return { docName: session.id, tokens };
}

/**
 * The rooms of a scenario: Parley rooms as above. The reference and the floor take any room name and
 * no token.
 */
export async function prepareRooms(
  server: Pick<BenchServer, 'kind' | 'httpUrl'>,
  rooms: number,
  clientsPerRoom: number,
): Promise<RoomPlan[]> {
  if (server.kind !== 'parley') {
    return Array.from({ length: rooms }, (_v, i) => ({
      docName: `bench-room-${i}`,
      tokens: Array.from({ length: clientsPerRoom }, () => undefined),
    }));
  }
  const plans: RoomPlan[] = [];
  for (let i = 0; i < rooms; i++) plans.push(await prepareParleyRoom(server.httpUrl, i, clientsPerRoom));
  return plans;
}
