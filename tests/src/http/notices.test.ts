import { noticesSchema } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command, postJson, sessionWithPeople } from '../helpers/api.ts';
import { startServer } from '../helpers/startServer.ts';

async function notices(baseUrl: string, sessionId: string, token: string) {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/notices`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return noticesSchema.parse(await response.json());
}

describe('notices: GET /api/sessions/:id/notices and POST …/notices/read', () => {
  it('a delegate is told what concerns them, in words, until they mark it read; others are not', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, delegateB } = await sessionWithPeople(server.url);
    await command(server.url, session.id, mediator.token, {
      type: 'participant.mute',
      participantId: delegateA.participantId,
    });
    await command(server.url, session.id, mediator.token, { type: 'session.freeze', frozen: true });

    const forA = await notices(server.url, session.id, delegateA.token);
    expect(forA.notices.map((n) => [n.kind, n.summary])).toEqual([
      ['muted', 'The Envoy (mediator) muted Delegate of A (Ruritania).'],
      ['freeze', 'The Envoy (mediator) froze the text.'],
    ]);
    const forB = await notices(server.url, session.id, delegateB.token);
    expect(forB.notices.map((n) => n.kind)).toEqual(['freeze']);
    // The mediator's own acts are not news to them.
    expect((await notices(server.url, session.id, mediator.token)).notices).toEqual([]);

    const first = forA.notices[0]?.id ?? 0;
    const read = await postJson(
      `${server.url}/api/sessions/${session.id}/notices/read`,
      { upTo: first },
      { authorization: `Bearer ${delegateA.token}` },
    );
    expect(read).toEqual({ status: 200, body: { readUpTo: first } });
    const after = await notices(server.url, session.id, delegateA.token);
    expect(after.notices.map((n) => n.kind)).toEqual(['freeze']);
    expect(after.readUpTo).toBe(first);

    const bad = await postJson(
      `${server.url}/api/sessions/${session.id}/notices/read`,
      { upTo: 'all' },
      { authorization: `Bearer ${delegateA.token}` },
    );
    expect(bad.status).toBe(400);
  });
});
