import type { ApiError, Invite, JoinResponse } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command, join, postJson, sessionWithPeople } from '../helpers/api.ts';
import { RawClient, type UpgradeRefused } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';

type RemoveAnswer = { ok?: boolean; error?: string; invite?: Invite; inviteRetired?: boolean };

async function joinWith(baseUrl: string, sessionId: string, invite: string, name: string) {
  return postJson<JoinResponse & ApiError>(`${baseUrl}/api/sessions/${sessionId}/join`, { invite, name });
}

describe('removal sticks (issue 11, item 3)', () => {
  it('a removed delegate reopening the same invite link is refused with a clear message; the fresh link works', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, partyA } = await sessionWithPeople(server.url);
    const oldInvite = session.invites.parties[partyA]?.token ?? '';

    const removed = await command(server.url, session.id, mediator.token, {
      type: 'participant.remove',
      participantId: delegateA.participantId,
    });
    expect(removed.status).toBe(200);
    const answer = removed.body as RemoveAnswer;
    expect(answer.ok).toBe(true);
    expect(answer.inviteRetired).toBe(true);
    expect(answer.invite?.url).toContain(`/join/${session.id}#invite=`);

    // The removed person tries the link they still hold, under a new name: refused.
    const back = await joinWith(server.url, session.id, oldInvite, 'Someone else entirely');
    expect(back.status).toBe(403);
    expect(back.body.error).toMatch(
      /retired when the mediator removed a participant.*ask the mediator for the new link/,
    );

    // The removed token opens nothing: HTTP 403 and a refused upgrade.
    const summary = await fetch(`${server.url}/api/sessions/${session.id}`, {
      headers: { authorization: `Bearer ${delegateA.token}` },
    });
    expect(summary.status).toBe(403);
    const upgrade = await RawClient.connect(server.wsUrl, session.id, delegateA.token).catch((e: unknown) => e);
    expect((upgrade as UpgradeRefused).status).toBe(403);

    // The fresh link seats the same party; the console's list of active links shows it, not the old one.
    const fresh = await joinWith(server.url, session.id, answer.invite?.token ?? '', 'New delegate of A');
    expect(fresh.status).toBe(200);
    expect(fresh.body.partyId).toBe(partyA);
    const invites = await fetch(`${server.url}/api/sessions/${session.id}/invites`, {
      headers: { authorization: `Bearer ${mediator.token}` },
    });
    const listed = ((await invites.json()) as { invites: { partyId: string | null; token: string }[] }).invites;
    const tokensOfA = listed.filter((i) => i.partyId === partyA).map((i) => i.token);
    expect(tokensOfA).toEqual([answer.invite?.token]);
  });

  it('colleagues who joined with the retired invite keep their seats', async () => {
    const server = await startServer();
    const { session, mediator, delegateA } = await sessionWithPeople(server.url);
    const colleague = await join(server.url, session, { party: 0 }, 'Colleague of A');
    await command(server.url, session.id, mediator.token, {
      type: 'participant.remove',
      participantId: delegateA.participantId,
    });
    const summary = await fetch(`${server.url}/api/sessions/${session.id}`, {
      headers: { authorization: `Bearer ${colleague.token}` },
    });
    expect(summary.status).toBe(200);
  });

  it('keepInvite: true keeps the invite working and answers no new link', async () => {
    const server = await startServer();
    const { session, mediator, observer } = await sessionWithPeople(server.url);
    const removed = await command(server.url, session.id, mediator.token, {
      type: 'participant.remove',
      participantId: observer.participantId,
      keepInvite: true,
    });
    expect(removed.status).toBe(200);
    expect((removed.body as RemoveAnswer).invite).toBeUndefined();
    const back = await joinWith(server.url, session.id, session.invites.observer.token, 'Observer again');
    expect(back.status).toBe(200);
  });

  it('removing someone whose invite was already revoked retires nothing more', async () => {
    const server = await startServer();
    const { session, mediator, observer } = await sessionWithPeople(server.url);
    await command(server.url, session.id, mediator.token, { type: 'invite.revoke', role: 'observer' });
    const removed = await command(server.url, session.id, mediator.token, {
      type: 'participant.remove',
      participantId: observer.participantId,
    });
    expect(removed.status).toBe(200);
    expect(removed.body as RemoveAnswer).toEqual({ ok: true, inviteRetired: false });
    const back = await joinWith(server.url, session.id, session.invites.observer.token, 'Observer again');
    expect(back.status).toBe(403);
    expect(back.body.error).toBe('this invite was revoked; ask the mediator for a new link');
  });
});
