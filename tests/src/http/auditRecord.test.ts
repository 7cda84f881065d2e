import { auditPageSchema } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { startServer } from '../helpers/startServer.ts';

async function audit(baseUrl: string, sessionId: string, token: string, query = '') {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/audit${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('the record: GET /api/sessions/:id/audit', () => {
  it('each entry names its actor and says what happened in words; after= reads only what is new', async () => {
    const server = await startServer();
    const { session, mediator, delegateA } = await sessionWithPeople(server.url);
    const added = await command(server.url, session.id, mediator.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'Borders',
    });
    const clauseId = (added.body as { clauseId: string }).clauseId;
    await command(server.url, session.id, mediator.token, { type: 'clause.lock', clauseId });

    const first = auditPageSchema.parse((await audit(server.url, session.id, mediator.token)).body);
    const lock = first.entries[0];
    expect(lock?.actor).toEqual({ participantId: mediator.participantId, name: 'The Envoy', role: 'mediator' });
    expect(lock?.summary).toBe('The Envoy (mediator) locked clause 1.');
    expect(first.latest).toBe(lock?.id);
    for (const entry of first.entries) {
      expect(entry.summary).not.toContain(mediator.participantId);
      expect(entry.summary).not.toContain(clauseId);
    }

    await command(server.url, session.id, delegateA.token, { type: 'queue.raiseHand' });
    const fresh = auditPageSchema.parse(
      (await audit(server.url, session.id, mediator.token, `?after=${first.latest}`)).body,
    );
    expect(fresh.entries.map((e) => e.summary)).toEqual(['Delegate of A (Ruritania) requested the floor.']);
    expect(fresh.entries[0]?.actor).toMatchObject({ name: 'Delegate of A', partyName: 'Ruritania' });
    expect((await audit(server.url, session.id, mediator.token, '?after=x')).status).toBe(400);
    expect((await audit(server.url, session.id, delegateA.token)).status).toBe(403);
  });
});
