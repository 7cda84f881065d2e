import { apiErrorSchema, comparisonSchema, versionsAnswerSchema } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { startServer } from '../helpers/startServer.ts';

async function get(baseUrl: string, path: string, token: string) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('who sees the revisions (GET /versions and /versions/compare)', () => {
  it('mediator and delegates always; observers get 403 with a reason until the mediator allows it, and again after it is withdrawn', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, delegateB, observer } = await sessionWithPeople(server.url);
    const send = async (body: Record<string, unknown>) => {
      const answer = await command(server.url, session.id, mediator.token, body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return answer.body as Record<string, unknown>;
    };
    await send({ type: 'clause.add', kind: 'operative', text: 'The Parties shall meet.' });
    const rev1 = await send({ type: 'version.save' });
    await send({ type: 'clause.add', kind: 'operative', text: 'The commission shall report.' });
    const rev2 = await send({ type: 'version.save' });
    const list = `/api/sessions/${session.id}/versions`;
    const compare = `/api/sessions/${session.id}/versions/compare?from=${String(rev1.versionId)}&to=${String(rev2.versionId)}`;

    for (const person of [mediator, delegateA, delegateB]) {
      const versions = await get(server.url, list, person.token);
      expect(versions.status).toBe(200);
      expect(versionsAnswerSchema.parse(versions.body).versions.map((v) => v.label)).toEqual(['Rev.1', 'Rev.2']);
      const comparison = await get(server.url, compare, person.token);
      expect(comparison.status).toBe(200);
      const clauses = comparisonSchema.parse(comparison.body).clauses;
      expect(clauses.map((clause) => clause.change)).toEqual(['unchanged', 'added']);
      expect(clauses[1]?.parts).toEqual([{ value: 'The commission shall report.', added: true }]);
    }

    const refusedFor = async (path: string) => {
      const answer = await get(server.url, path, observer.token);
      expect(answer.status).toBe(403);
      expect(apiErrorSchema.parse(answer.body).error).toBe(
        'observers may see the revisions only when the mediator allows it',
      );
    };
    await refusedFor(list);
    await refusedFor(compare);
    await refusedFor(`/api/sessions/${session.id}/versions/compare?from=${String(rev1.versionId)}&to=current`);

    await send({ type: 'session.observersMayExport', allowed: true });
    expect((await get(server.url, list, observer.token)).status).toBe(200);
    const seen = await get(server.url, compare, observer.token);
    expect(seen.status).toBe(200);
    expect(comparisonSchema.parse(seen.body).to).toBe('Rev.2');

    await send({ type: 'session.observersMayExport', allowed: false });
    await refusedFor(list);
    await refusedFor(compare);
  });

  it('a delegate cannot open the right for observers: the setting is the mediator’s command', async () => {
    const server = await startServer();
    const { session, delegateA, observer } = await sessionWithPeople(server.url);
    const answer = await command(server.url, session.id, delegateA.token, {
      type: 'session.observersMayExport',
      allowed: true,
    });
    expect(answer.status).toBe(403);
    expect((await get(server.url, `/api/sessions/${session.id}/versions`, observer.token)).status).toBe(403);
  });
});
