import type { Moderation, ParticipantId, SessionId } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.ts';
import type { NewAuditEntry } from '../storage/SessionStore.ts';
import { SpeakingTime } from './SpeakingTime.ts';

const SESSION = 'sone' as SessionId;
const SPEAKER = 'uanna' as ParticipantId;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function watch(floor: () => Moderation['floor']) {
  const entries: NewAuditEntry[] = [];
  const time = new SpeakingTime(
    { appendAudit: async (entry) => entries.push(entry) },
    async () => floor(),
    createLogger('error'),
  );
  return { time, entries };
}

describe('speaking time', () => {
  it('says in the record when the speaker still holds the floor at the end of their time', async () => {
    const turn = { participantId: SPEAKER, since: Date.now(), limitMs: 30 };
    const { time, entries } = watch(() => turn);
    await time.follow(SESSION);
    await wait(80);
    expect(entries).toMatchObject([
      { action: 'floor.timeUp', participantId: null, detail: { participantId: SPEAKER, limitMs: 30 } },
    ]);
    time.close();
  });

  it('says nothing when the turn ended or passed to someone else before the time was up', async () => {
    let floor: Moderation['floor'] = { participantId: SPEAKER, since: Date.now(), limitMs: 30 };
    const { time, entries } = watch(() => floor);
    await time.follow(SESSION);
    floor = null;
    await wait(80);
    floor = { participantId: 'uother' as ParticipantId, since: Date.now(), limitMs: null };
    await time.follow(SESSION);
    await wait(50);
    expect(entries).toEqual([]);
    time.close();
  });
});
