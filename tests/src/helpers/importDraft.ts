import { postJson } from './api.ts';

/** Imports a Markdown zero draft as the mediator; answers the ids of the clauses it made. */
export async function importMarkdown(baseUrl: string, sessionId: string, token: string, markdown: string) {
  const answer = await postJson<{ ok?: boolean; clauseIds?: string[]; error?: string }>(
    `${baseUrl}/api/sessions/${sessionId}/import`,
    { format: 'md', data: Buffer.from(markdown).toString('base64') },
    { authorization: `Bearer ${token}` },
  );
  if (answer.status !== 200 || !answer.body.clauseIds) throw new Error(`import failed: ${JSON.stringify(answer.body)}`);
  return answer.body.clauseIds;
}
