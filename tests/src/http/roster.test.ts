import type { Roster } from '@parley/shared';
import { rosterSchema } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { startServer } from '../helpers/startServer.ts';

async function roster(baseUrl: string, sessionId: string, token?: string) {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/participants`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body: unknown = await response.json();
  return { status: response.status, body };
}

describe('the roster: GET /api/sessions/:id/participants', () => {
  it('lists everyone who ever joined, online or not, muted, removed, for every participant', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, delegateB, observer, partyA } = await sessionWithPeople(server.url);
    await connectProvider(server.wsUrl, session.id, { token: delegateB.token });
    await command(server.url, session.id, mediator.token, {
      type: 'participant.mute',
      participantId: observer.participantId,
    });
    await command(server.url, session.id, mediator.token, {
      type: 'participant.remove',
      participantId: delegateA.participantId,
    });

    const seen: Roster = rosterSchema.parse((await roster(server.url, session.id, mediator.token)).body);
    const byId = new Map(seen.participants.map((p) => [p.participantId, p]));
    expect(byId.get(delegateB.participantId)).toMatchObject({ online: true, removed: false, muted: false });
    expect(byId.get(delegateA.participantId)).toMatchObject({
      name: 'Delegate of A',
      role: 'delegate',
      partyId: partyA,
      removed: true,
      online: false,
    });
    expect(byId.get(observer.participantId)).toMatchObject({ name: 'Observer', muted: true, removed: false });
    expect(byId.get(mediator.participantId)).toMatchObject({ name: 'The Envoy', role: 'mediator' });
    expect(byId.get(mediator.participantId)?.joinedAt).toBeTypeOf('number');

    // A delegate reads the names too (names never fall back to ids), without the times.
    const asDelegate = await roster(server.url, session.id, delegateB.token);
    expect(asDelegate.status).toBe(200);
    const names = rosterSchema.parse(asDelegate.body).participants;
    expect(names.map((p) => p.name).sort()).toEqual(['Delegate of A', 'Observer', 'The Envoy', 'Делегат B'].sort());
    expect(names.every((p) => p.joinedAt === undefined)).toBe(true);
  });

  it('needs a participant token of that session, and a removed one opens nothing', async () => {
    const server = await startServer();
    const { session, mediator, delegateA } = await sessionWithPeople(server.url);
    expect((await roster(server.url, session.id)).status).toBe(401);
    await command(server.url, session.id, mediator.token, {
      type: 'participant.remove',
      participantId: delegateA.participantId,
    });
    expect((await roster(server.url, session.id, delegateA.token)).status).toBe(403);
  });
});
