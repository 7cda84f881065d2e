import { apiErrorSchema, comparisonSchema } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command } from '../helpers/api.ts';
import { startServer } from '../helpers/startServer.ts';
import {
  addClause,
  get,
  multilingualSession,
  replaceInVersion,
  versionReachesServer,
  writeVersion,
} from './multilingualSession.ts';

describe('compare of revisions per language (issue 15)', () => {
  it('a Chinese text changed between two revisions shows the changed word, not the sentence nor its characters', async () => {
    const server = await startServer();
    const people = await multilingualSession(server);
    const { session, mediator, room } = people;
    const clauseId = await addClause(server, session.id, mediator, 'The Parties shall meet annually in Geneva.');
    await writeVersion(server, room, people.delegate, clauseId, 'zh', { body: '双方应每年在日内瓦举行会议。' });
    const save = async () => {
      const saved = await command(server.url, session.id, mediator.token, { type: 'version.save' });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      return String((saved.body as { versionId?: unknown }).versionId);
    };
    const rev1 = await save();
    replaceInVersion(room, clauseId, 'zh', '日内瓦', '维也纳');
    await versionReachesServer(server, room, people.delegate, clauseId, 'zh', '维也纳');
    const rev2 = await save();

    const compare = (query: string) =>
      get(
        server,
        `/api/sessions/${session.id}/versions/compare?from=${rev1}&to=${rev2}${query}`,
        people.delegate.token,
      );
    const chinese = await compare('&language=zh');
    expect(chinese.response.status).toBe(200);
    const answer = comparisonSchema.parse(JSON.parse(chinese.body.toString()));
    expect(answer.language).toBe('zh');
    expect(answer.clauses[0]?.change).toBe('changed');
    expect(answer.clauses[0]?.parts).toEqual([
      { value: '双方应每年在' },
      { value: '日内瓦', removed: true },
      { value: '维也纳', added: true },
      { value: '举行会议。' },
    ]);

    // Without `language`, the language of negotiation: the English text did not change.
    const english = comparisonSchema.parse(JSON.parse((await compare('')).body.toString()));
    expect(english.language).toBe('en');
    expect(english.clauses[0]?.change).toBe('unchanged');

    const refused = await compare('&language=de');
    expect(refused.response.status).toBe(400);
    expect(apiErrorSchema.parse(JSON.parse(refused.body.toString())).error).toContain(
      '"de" is not a language of this session',
    );
    const two = await compare('&language=en,zh');
    expect(two.response.status).toBe(400);
    expect(apiErrorSchema.parse(JSON.parse(two.body.toString())).error).toContain('one language tag only');
    expect(room.closes).toEqual([]);
  });
});
