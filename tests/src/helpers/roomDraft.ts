import { addRoomDraft, appendParagraph, readRoomDraft, roomDrafts } from '@parley/shared';
import { forwardLocalUpdates } from '../security/sessionFixture.ts';
import { RawClient } from './rawClient.ts';
import type { TestServer } from './startServer.ts';
import { waitForAsync } from './waitFor.ts';

/**
 * Writes a draft clause into a breakout room's document through sync, as one of the room's writers
 * would in the browser, and answers its id once the server has it.
 */
export async function writeDraft(
  server: TestServer,
  room: string,
  token: string,
  draft: { heading?: string; text: string },
): Promise<string> {
  const client = await RawClient.connect(server.wsUrl, room, token);
  await client.sync();
  forwardLocalUpdates(client);
  const stored = await server.storage.countUpdates(room);
  let id = '';
  client.doc.transact(() => {
    id = addRoomDraft(client.doc);
    const written = readRoomDraft(roomDrafts(client.doc).get(id));
    if (!written) throw new Error('the draft was not added');
    if (draft.heading) written.heading.insert(0, draft.heading);
    for (const line of draft.text.split('\n')) appendParagraph(written.body, line);
  });
  await waitForAsync(
    async () => (await server.storage.countUpdates(room)) > stored,
    `the draft to be stored in ${room}`,
  );
  // A fresh reader that sees the draft proves the server kept it (the gate admitted it).
  const check = await RawClient.connect(server.wsUrl, room, token);
  await check.sync();
  const there = roomDrafts(check.doc).has(id);
  check.close();
  client.close();
  if (!there) throw new Error(`the draft did not reach ${room}`);
  return id;
}
