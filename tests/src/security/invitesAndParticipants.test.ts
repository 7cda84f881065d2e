import type { ApiError, SessionSummary } from '@parley/shared';
import { CloseCodes } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command, createSession, join, postJson, sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient, type UpgradeRefused } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';

async function getSession(baseUrl: string, id: string, token?: string) {
  const response = await fetch(`${baseUrl}/api/sessions/${id}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as SessionSummary & ApiError };
}

describe('invitations and participants', () => {
  it('joining with an invite gives a personal token carrying the invite’s role and party', async () => {
    const server = await startServer();
    const session = await createSession(server.url);
    const delegate = await join(server.url, session, { party: 1 }, 'Амина');
    expect(delegate.role).toBe('delegate');
    expect(delegate.partyId).toBe(session.parties[1]?.id);
    const summary = await getSession(server.url, session.id, delegate.token);
    expect(summary.status).toBe(200);
    expect(summary.body.you).toEqual({
      participantId: delegate.participantId,
      role: 'delegate',
      partyId: session.parties[1]?.id,
      name: 'Амина',
    });
    expect(summary.body.parties.map((p) => p.name)).toEqual(['Ruritania', 'Граница']);
    expect(summary.body.parties.every((p) => /^#[0-9a-f]{6}$/.test(p.color))).toBe(true);
    // Every participant has a token of their own, even from the same invite.
    const colleague = await join(server.url, session, { party: 1 }, 'Second delegate');
    expect(colleague.participantId).not.toBe(delegate.participantId);
    expect(colleague.token).not.toBe(delegate.token);
  });

  it.each([
    ['a forged invite', (token: string) => `${token.slice(0, -4)}AAAA`, 401],
    ['a participant token instead of an invite', () => 'participant.e30.AAAA', 401],
    ['garbage', () => 'not-a-token', 401],
  ])('joining with %s is refused', async (_what, mangle, status) => {
    const server = await startServer();
    const session = await createSession(server.url);
    const response = await postJson<ApiError>(`${server.url}/api/sessions/${session.id}/join`, {
      invite: mangle(session.invites.mediator.token),
      name: 'Mallory',
    });
    expect(response.status).toBe(status);
    expect(response.body.error).toContain('not valid');
  });

  it('an invite of one session does not open another', async () => {
    const server = await startServer();
    const first = await createSession(server.url);
    const second = await createSession(server.url);
    const response = await postJson<ApiError>(`${server.url}/api/sessions/${second.id}/join`, {
      invite: first.invites.mediator.token,
      name: 'Mallory',
    });
    expect(response.status).toBe(403);
    expect(response.body.error).toContain('another session');
  });

  it('a revoked invite refuses new joins; a reissued one works; those who joined stay in', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, partyA } = await sessionWithPeople(server.url);
    const revoke = await command(server.url, session.id, mediator.token, {
      type: 'invite.revoke',
      role: 'delegate',
      partyId: partyA,
    });
    expect(revoke.status).toBe(200);
    const refused = await postJson<ApiError>(`${server.url}/api/sessions/${session.id}/join`, {
      invite: session.invites.parties[partyA]?.token,
      name: 'Late delegate',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toContain('revoked');
    expect((await getSession(server.url, session.id, delegateA.token)).status).toBe(200);

    const reissued = await command(server.url, session.id, mediator.token, {
      type: 'invite.reissue',
      role: 'delegate',
      partyId: partyA,
    });
    const invite = (reissued.body as { invite?: { token: string; url: string } }).invite;
    expect(invite?.url).toContain(`/join/${session.id}#invite=`);
    const joined = await postJson(`${server.url}/api/sessions/${session.id}/join`, {
      invite: invite?.token,
      name: 'Late delegate',
    });
    expect(joined.status).toBe(200);
  });

  it('only the mediator may revoke invites, remove participants or list invites', async () => {
    const server = await startServer();
    const { session, delegateA, observer, partyA } = await sessionWithPeople(server.url);
    for (const actor of [delegateA, observer]) {
      const revoke = await command(server.url, session.id, actor.token, {
        type: 'invite.revoke',
        role: 'delegate',
        partyId: partyA,
      });
      expect(revoke.status).toBe(403);
      const remove = await command(server.url, session.id, actor.token, {
        type: 'participant.remove',
        participantId: observer.participantId,
      });
      expect(remove.status).toBe(403);
      const invites = await fetch(`${server.url}/api/sessions/${session.id}/invites`, {
        headers: { authorization: `Bearer ${actor.token}` },
      });
      expect(invites.status).toBe(403);
    }
  });

  it('removing a participant closes their connections at once with 4410 and refuses their token after', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, partyA } = await sessionWithPeople(server.url);
    const plenary = await connectProvider(server.wsUrl, session.id, { token: delegateA.token });
    const caucus = await RawClient.connect(server.wsUrl, `${session.id}/caucus/${partyA}`, delegateA.token);
    const bystander = await connectProvider(server.wsUrl, session.id, { token: mediator.token });

    const removed = await command(server.url, session.id, mediator.token, {
      type: 'participant.remove',
      participantId: delegateA.participantId,
    });
    expect(removed.status).toBe(200);
    expect((await caucus.closedWithin(2000, 'caucus connection')).code).toBe(CloseCodes.Removed.code);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The provider got 4410, a final code: it stopped instead of reconnecting.
    expect(plenary.closes.map((c) => c.code)).toEqual([CloseCodes.Removed.code]);
    expect(plenary.provider.shouldConnect).toBe(false);
    expect(bystander.closes).toEqual([]);

    const again = await RawClient.connect(server.wsUrl, session.id, delegateA.token).catch((error: unknown) => error);
    expect((again as UpgradeRefused).status).toBe(403);
    expect((again as UpgradeRefused).body).toContain('removed');
    const summary = await getSession(server.url, session.id, delegateA.token);
    expect(summary.status).toBe(403);
    expect(summary.body.error).toBe('you were removed from this session');
  });

  it('the session summary needs a valid token of that session', async () => {
    const server = await startServer();
    const { session, mediator } = await sessionWithPeople(server.url);
    const other = await sessionWithPeople(server.url);
    expect((await getSession(server.url, session.id)).status).toBe(401);
    expect((await getSession(server.url, session.id, 'participant.xx.yy')).status).toBe(401);
    expect((await getSession(server.url, session.id, other.mediator.token)).status).toBe(403);
    expect((await getSession(server.url, 'nosuchsession', mediator.token)).status).toBe(404);
  });

  it('joins are rate-limited per address', async () => {
    const server = await startServer({ joinsPerMinute: 2 });
    const session = await createSession(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (
          await postJson(`${server.url}/api/sessions/${session.id}/join`, {
            invite: session.invites.observer.token,
            name: `O${i}`,
          })
        ).status,
      );
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it('tokens never appear in the log', async () => {
    const server = await startServer();
    const { session, delegateA } = await sessionWithPeople(server.url);
    await RawClient.connect(server.wsUrl, session.id, `${delegateA.token}x`).catch(() => undefined);
    const log = server.logLines.join('\n');
    expect(log).toContain('upgrade.refused');
    for (const token of [delegateA.token, session.invites.mediator.token, session.invites.observer.token]) {
      expect(log).not.toContain(token.split('.')[2]);
    }
  });
});
