import { clauseRecord, plenaryRoots } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RawClient } from '../helpers/rawClient.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { forwardLocalUpdates, preparedSession } from '../security/sessionFixture.ts';

async function exportAs(server: TestServer, f: PreparedSession, token: string, query: string) {
  const response = await fetch(`${server.url}/api/sessions/${f.session.id}/export?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, text: await response.text() };
}

/** Types words at the end of the open clause through a delegate's raw sync connection. */
async function typeInOpenClause(server: TestServer, f: PreparedSession, token: string, words: string) {
  const client = await RawClient.connect(server.wsUrl, f.session.id, token);
  await client.sync();
  forwardLocalUpdates(client);
  const body = clauseRecord(plenaryRoots(client.doc), f.openClause)?.get('body');
  const paragraph = body instanceof Y.XmlFragment ? body.get(0) : null;
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('the open clause has no text');
  text.insert(text.length, words);
  // A reader gets the words relayed only once the server has stored them.
  const check = await RawClient.connect(server.wsUrl, f.session.id, f.mediator.token);
  await check.sync();
  await waitFor(() => JSON.stringify(check.doc.getMap('clauses').toJSON()).includes(words), `"${words}" to be stored`);
  check.close();
  client.close();
}

describe('the HTML export with authorship=1', () => {
  it('colours each author’s words in their party’s colour, names them on hover and in a legend', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    await typeInOpenClause(server, f, f.delegateA.token, ' Ruritania writes.');
    await typeInOpenClause(server, f, f.delegateB.token, ' Граница answers.');

    const html = await exportAs(server, f, f.delegateA.token, 'format=html&authorship=1');
    expect(html.status).toBe(200);
    expect(html.text).toContain(
      '<span class="author" style="--author-color: #6b7280" title="Written by The Envoy (mediator)">The Parties shall meet.</span>',
    );
    expect(html.text).toContain(
      '<span class="author" style="--author-color: #0072b2" title="Written by Delegate of A (Ruritania)"> Ruritania writes.</span>',
    );
    expect(html.text).toContain(
      '<span class="author" style="--author-color: #d55e00" title="Written by Делегат B (Граница)"> Граница answers.</span>',
    );
    const legend = /<ul class="authorship-legend">(.*?)<\/ul>/.exec(html.text)?.[1] ?? '';
    expect(legend).toContain('Written by Delegate of A (Ruritania)');
    expect(legend).toContain('Written by Делегат B (Граница)');
    expect(legend).toContain('Written by The Envoy (mediator)');

    // Without the option the HTML is as before; other formats do not take it.
    const plain = await exportAs(server, f, f.delegateA.token, 'format=html');
    expect(plain.status).toBe(200);
    expect(plain.text).not.toContain('class="author"');
    expect(plain.text).not.toContain('authorship-legend');
    expect(plain.text).toContain('The Parties shall meet. Ruritania writes. Граница answers.');
    expect((await exportAs(server, f, f.delegateA.token, 'format=md&authorship=1')).status).toBe(400);
    expect((await exportAs(server, f, f.delegateA.token, 'format=json&authorship=1')).status).toBe(400);
  });
});
