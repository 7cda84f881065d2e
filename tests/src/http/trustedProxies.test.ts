import { describe, expect, it } from 'vitest';
import { createSession, postJson } from '../helpers/api.ts';
import { startServer } from '../helpers/startServer.ts';

/**
 * Behind a load balancer every request comes from the balancer's address; per-address limits must
 * count the client the balancer names in `X-Forwarded-For` (only when the balancer is trusted, and
 * only the entry it wrote, never what a client put before it).
 */
async function joinFrom(baseUrl: string, sessionId: string, invite: string, forwardedFor: string) {
  return (
    await postJson(
      `${baseUrl}/api/sessions/${sessionId}/join`,
      { invite, name: 'Delegate' },
      {
        'x-forwarded-for': forwardedFor,
      },
    )
  ).status;
}

describe('clients behind a trusted load balancer', () => {
  it('counts joins per client address named by a trusted proxy, from the last X-Forwarded-For entry', async () => {
    const server = await startServer({ joinsPerMinute: 2, trustedProxies: ['127.0.0.1'] });
    const session = await createSession(server.url);
    const invite = session.invites.observer.token;
    expect(await joinFrom(server.url, session.id, invite, '10.0.0.1')).toBe(200);
    expect(await joinFrom(server.url, session.id, invite, '10.0.0.1')).toBe(200);
    expect(await joinFrom(server.url, session.id, invite, '10.0.0.1')).toBe(429);
    // Another client behind the same balancer has its own allowance.
    expect(await joinFrom(server.url, session.id, invite, '10.0.0.2')).toBe(200);
    // A client cannot escape its limit by writing its own X-Forwarded-For: the balancer's entry is last.
    expect(await joinFrom(server.url, session.id, invite, '192.0.2.9, 10.0.0.1')).toBe(429);
  });

  it('ignores X-Forwarded-For from anyone not trusted', async () => {
    const server = await startServer({ joinsPerMinute: 2 });
    const session = await createSession(server.url);
    const invite = session.invites.observer.token;
    expect(await joinFrom(server.url, session.id, invite, '10.0.0.1')).toBe(200);
    expect(await joinFrom(server.url, session.id, invite, '10.0.0.2')).toBe(200);
    expect(await joinFrom(server.url, session.id, invite, '10.0.0.3')).toBe(429);
  });
});
