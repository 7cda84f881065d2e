import type { ApiError, CreateSessionResponse } from '@parley/shared';
import {
  CURRENT_SCHEMA_VERSION,
  healthAnswerSchema,
  plenaryRoots,
  readParties,
  readSchemaVersion,
  readTitle,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { join, postJson } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient, UpgradeRefused } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';

describe('HTTP API', () => {
  it('GET /healthz answers ok', async () => {
    const server = await startServer();
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(healthAnswerSchema.parse(await response.json()).status).toBe('ok');
  });

  it('POST /api/sessions creates the session, its plenary document and one invite per role capability', async () => {
    const server = await startServer();
    const response = await postJson<CreateSessionResponse>(`${server.url}/api/sessions`, {
      title: 'Mer Rouge — accord de cessez-le-feu',
      parties: [{ name: 'République A' }, { name: '北方' }, { name: 'الجنوب' }],
      mediatorName: 'Envoy',
    });
    expect(response.status).toBe(201);
    const session = response.body;
    expect(session.id).toMatch(/^[0-9a-z]{16}$/);
    expect(session.title).toBe('Mer Rouge — accord de cessez-le-feu');
    expect(session.parties.map((p) => p.name)).toEqual(['République A', '北方', 'الجنوب']);
    expect(Object.keys(session.invites.parties).sort()).toEqual(session.parties.map((p) => p.id).sort());
    const invites = [session.invites.mediator, session.invites.observer, ...Object.values(session.invites.parties)];
    expect(new Set(invites.map((i) => i.token)).size).toBe(5);
    for (const invite of invites) {
      expect(invite.url).toBe(`${server.url}/join/${session.id}#invite=${invite.token}`);
    }

    const observer = await join(server.url, session, 'observer');
    const client = await connectProvider(server.wsUrl, session.id, { token: observer.token });
    const roots = plenaryRoots(client.doc);
    expect(readTitle(roots)).toBe(session.title);
    expect(readSchemaVersion(roots)).toBe(CURRENT_SCHEMA_VERSION);
    expect(readParties(roots).map((p) => [p.id, p.name])).toEqual(session.parties.map((p) => [p.id, p.name]));
    expect(new Set(readParties(roots).map((p) => p.color)).size).toBe(3);
  });

  it.each([
    ['not JSON', '{"title": ', 'body is not valid JSON'],
    ['a missing title', { parties: [{ name: 'A' }] }, 'title'],
    ['a title of the wrong type', { title: 42, parties: [{ name: 'A' }] }, 'title'],
    ['no parties', { title: 'T', parties: [] }, 'at least one party'],
    ['a nameless party', { title: 'T', parties: [{ name: ' ' }] }, 'parties.0.name'],
    ['duplicate parties', { title: 'T', parties: [{ name: 'A' }, { name: 'a' }] }, 'distinct'],
  ])('POST /api/sessions with %s is refused with 400 and a reason', async (_what, body, reason) => {
    const server = await startServer();
    const response = await postJson<ApiError>(`${server.url}/api/sessions`, body);
    expect(response.status).toBe(400);
    expect(response.body.error).toContain(reason);
    expect(server.logLines.some((line) => line.includes('"http.refused"'))).toBe(true);
  });

  it('refuses a body over the limit with 413 and a non-JSON content type with 415', async () => {
    const server = await startServer();
    const huge = await postJson<ApiError>(`${server.url}/api/sessions`, { title: 'x'.repeat(100_000), parties: [] });
    expect(huge.status).toBe(413);
    expect(huge.body.error).toContain('too large');
    const text = await fetch(`${server.url}/api/sessions`, { method: 'POST', body: 'title=x' });
    expect(text.status).toBe(415);
    expect(((await text.json()) as ApiError).error).toContain('application/json');
  });

  it('with PARLEY_CREATE_TOKEN set, creating a session needs it', async () => {
    const server = await startServer({ createToken: 'let-me-create' });
    const body = { title: 'T', parties: [{ name: 'A' }] };
    const anonymous = await postJson<ApiError>(`${server.url}/api/sessions`, body);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toContain('create token');
    const wrong = await postJson(`${server.url}/api/sessions`, body, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    const right = await postJson(`${server.url}/api/sessions`, body, { authorization: 'Bearer let-me-create' });
    expect(right.status).toBe(201);
  });

  it('without a create token, session creation is rate-limited per address', async () => {
    const server = await startServer({ createPerMinute: 3 });
    const body = { title: 'T', parties: [{ name: 'A' }] };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await postJson(`${server.url}/api/sessions`, body)).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
  });

  it('unknown endpoints get 404 with a JSON error', async () => {
    const server = await startServer();
    const response = await fetch(`${server.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as ApiError).error).toContain('no such endpoint');
  });

  it('a sync connection to an unknown session or a malformed document name is refused at the upgrade', async () => {
    const server = await startServer();
    const unknown = await RawClient.connect(server.wsUrl, 'nosuchsession0000').catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(UpgradeRefused);
    expect((unknown as UpgradeRefused).status).toBe(404);
    expect((unknown as UpgradeRefused).body).toContain('no such session');
    const malformed = await RawClient.connect(server.wsUrl, 'abc/def/ghi/jkl').catch((error: unknown) => error);
    expect((malformed as UpgradeRefused).status).toBe(404);
  });
});
