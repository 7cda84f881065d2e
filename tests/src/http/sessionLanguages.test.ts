import type { ApiError, CreateSessionResponse, SessionSummary } from '@parley/shared';
import { auditPageSchema, plenaryRoots, readLanguages, sessionSummarySchema } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command, join, postJson, sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

async function sessionSummary(baseUrl: string, sessionId: string, token: string): Promise<SessionSummary> {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return sessionSummarySchema.parse(await response.json());
}

describe('languages of a session', () => {
  it('are stored canonical at creation, returned by GET /api/sessions/:id and live in the plenary meta', async () => {
    const server = await startServer();
    const created = await postJson<CreateSessionResponse>(`${server.url}/api/sessions`, {
      title: 'Agreement on the status of the mission',
      parties: [{ name: 'The Organisation' }, { name: 'Российская Федерация' }],
      languages: [{ tag: 'EN' }, { tag: 'ru', authentic: true }, { tag: 'zh-hant-tw', authentic: false }],
    });
    expect(created.status).toBe(201);
    const observer = await join(server.url, created.body, 'observer');
    const summary = await sessionSummary(server.url, created.body.id, observer.token);
    const expected = [
      { tag: 'en', authentic: true },
      { tag: 'ru', authentic: true },
      { tag: 'zh-Hant-TW', authentic: false },
    ];
    expect(summary.languages).toEqual(expected);

    const client = await connectProvider(server.wsUrl, created.body.id, { token: observer.token });
    expect(readLanguages(plenaryRoots(client.doc))).toEqual(expected);
  });

  it('default to English alone, authentic', async () => {
    const server = await startServer();
    const created = await postJson<CreateSessionResponse>(`${server.url}/api/sessions`, {
      title: 'T',
      parties: [{ name: 'A' }],
    });
    const mediator = await join(server.url, created.body, 'mediator');
    const summary = await sessionSummary(server.url, created.body.id, mediator.token);
    expect(summary.languages).toEqual([{ tag: 'en', authentic: true }]);
  });

  it.each([
    ['a tag that is not BCP 47', [{ tag: 'english!' }], 'languages.0.tag', 'not a BCP 47 language tag'],
    ['an empty tag', [{ tag: ' ' }], 'languages.0.tag', 'must not be empty'],
    ['no languages', [], 'languages', 'at least one language'],
    ['the same language twice, spelt differently', [{ tag: 'en-GB' }, { tag: 'EN-gb' }], 'languages', 'distinct'],
    ['authentic of the wrong type', [{ tag: 'fr', authentic: 'yes' }], 'languages.0.authentic', ''],
  ])('are refused with 400 and a reason for %s', async (_what, languages, path, reason) => {
    const server = await startServer();
    const response = await postJson<ApiError>(`${server.url}/api/sessions`, {
      title: 'T',
      parties: [{ name: 'A' }],
      languages,
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toContain(path);
    expect(response.body.error).toContain(reason);
  });

  it('the mediator changes them later; the clients see it live; a language with text stays', async () => {
    const server = await startServer();
    const { session, mediator, delegateA } = await sessionWithPeople(server.url);
    const watcher = await connectProvider(server.wsUrl, session.id, { token: delegateA.token });
    const roots = plenaryRoots(watcher.doc);

    const byDelegate = await command(server.url, session.id, delegateA.token, {
      type: 'session.languages',
      languages: [{ tag: 'en' }, { tag: 'ru' }],
    });
    expect(byDelegate.status).toBe(403);

    const changed = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: [{ tag: 'en' }, { tag: 'RU' }, { tag: 'ar', authentic: false }],
    });
    expect(changed.status).toBe(200);
    await waitFor(() => readLanguages(roots).length === 3, 'the new languages reach the delegate');
    expect(readLanguages(roots)).toEqual([
      { tag: 'en', authentic: true },
      { tag: 'ru', authentic: true },
      { tag: 'ar', authentic: false },
    ]);
    const same = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: [{ tag: 'en' }, { tag: 'ru' }, { tag: 'ar', authentic: false }],
    });
    expect(same.status).toBe(409);

    // Before there is text, even the language of negotiation may change.
    const french = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: [{ tag: 'fr' }, { tag: 'en' }],
    });
    expect(french.status).toBe(200);
    const added = await command(server.url, session.id, mediator.token, { type: 'clause.add', kind: 'operative' });
    expect(added.status).toBe(200);

    const dropped = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: [{ tag: 'en' }],
    });
    expect(dropped.status).toBe(409);
    expect(dropped.body.error).toContain('French holds text');
    const reordered = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: [{ tag: 'en' }, { tag: 'fr' }],
    });
    expect(reordered.status).toBe(409);
    expect(reordered.body.error).toContain('negotiated in French');
    const more = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: [{ tag: 'fr' }, { tag: 'zh' }],
    });
    expect(more.status).toBe(200);
    const summary = await sessionSummary(server.url, session.id, delegateA.token);
    expect(summary.languages.map((language) => language.tag)).toEqual(['fr', 'zh']);

    const record = await fetch(`${server.url}/api/sessions/${session.id}/audit`, {
      headers: { authorization: `Bearer ${mediator.token}` },
    });
    const { entries } = auditPageSchema.parse(await record.json());
    expect(entries.map((entry) => entry.summary)).toContain(
      'The Envoy (mediator) set the languages to English (negotiated), Russian and Arabic (not authentic).',
    );
  });
});
