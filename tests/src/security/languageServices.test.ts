import { apiErrorSchema, plenaryRoots, readTitle, sessionSummarySchema } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command, createSession, join } from '../helpers/api.ts';
import { RawClient, UpgradeRefused } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';

describe('the language services role', () => {
  it('is invited at creation, joins, reads the plenary as an observer does and may not act on it', async () => {
    const server = await startServer();
    const session = await createSession(server.url);
    expect(session.invites.languageServices.url).toBe(
      `${server.url}/join/${session.id}#invite=${session.invites.languageServices.token}`,
    );
    const translator = await join(server.url, session, 'languageServices', 'Переводчик');
    expect(translator.role).toBe('languageServices');
    expect(translator.partyId).toBeUndefined();

    const summary = await fetch(`${server.url}/api/sessions/${session.id}`, {
      headers: { authorization: `Bearer ${translator.token}` },
    });
    expect(sessionSummarySchema.parse(await summary.json()).you).toMatchObject({
      role: 'languageServices',
      name: 'Переводчик',
    });

    const reader = await RawClient.connect(server.wsUrl, session.id, translator.token);
    await reader.sync();
    expect(readTitle(plenaryRoots(reader.doc))).toBe('Talks on the northern border');
    const caucus = await RawClient.connect(
      server.wsUrl,
      `${session.id}/caucus/${session.parties[0]?.id}`,
      translator.token,
    ).catch((error: unknown) => error);
    expect(caucus).toBeInstanceOf(UpgradeRefused);

    const raised = await command(server.url, session.id, translator.token, { type: 'queue.raiseHand' });
    expect(raised.status).toBe(403);
    expect(raised.body.error).toContain('language services may not');
    const revisions = await fetch(`${server.url}/api/sessions/${session.id}/versions`, {
      headers: { authorization: `Bearer ${translator.token}` },
    });
    expect(revisions.status).toBe(403);
    expect(apiErrorSchema.parse(await revisions.json()).error).toBe(
      'language services may see the revisions only when the mediator allows it',
    );
    const download = await fetch(`${server.url}/api/sessions/${session.id}/export?format=md`, {
      headers: { authorization: `Bearer ${translator.token}` },
    });
    expect(download.status).toBe(403);
    expect(apiErrorSchema.parse(await download.json()).error).toContain('language services may export only');
  });
});
