import type { BenchServer } from './benchServers.ts';
import type { RoomPlan } from './loadWorker.ts';

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * The rooms of a scenario. On Parley each room is a session with one clause, and each client a
 * delegate who joined with the party's invite (the gate, storage and presence identity all on).
 * The reference and the floor take any room name and no token.
 */
export async function prepareRooms(server: BenchServer, rooms: number, clientsPerRoom: number): Promise<RoomPlan[]> {
  if (server.kind !== 'parley') {
    return Array.from({ length: rooms }, (_v, i) => ({
      docName: `bench-room-${i}`,
      tokens: Array.from({ length: clientsPerRoom }, () => undefined),
    }));
  }
  const plans: RoomPlan[] = [];
  for (let i = 0; i < rooms; i++) {
    const session = await post<{
      id: string;
      parties: { id: string }[];
      invites: { mediator: { token: string }; parties: Record<string, { token: string }> };
    }>(`${server.httpUrl}/api/sessions`, { title: `Bench ${i}`, parties: [{ name: 'A' }, { name: 'B' }] });
    const mediator = await post<{ token: string }>(`${server.httpUrl}/api/sessions/${session.id}/join`, {
      invite: session.invites.mediator.token,
      name: 'Chair',
    });
    await post(
      `${server.httpUrl}/api/sessions/${session.id}/commands`,
      { type: 'clause.add', kind: 'operative', text: 'The Parties shall' },
      mediator.token,
    );
    const invite = session.invites.parties[session.parties[0]?.id ?? '']?.token ?? '';
    const tokens = await Promise.all(
      Array.from({ length: clientsPerRoom }, (_v, n) =>
        post<{ token: string }>(`${server.httpUrl}/api/sessions/${session.id}/join`, {
          invite,
          name: `Delegate ${n}`,
        }).then((j) => j.token),
      ),
    );
    plans.push({ docName: session.id, tokens });
  }
  return plans;
}
