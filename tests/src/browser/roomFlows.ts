import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a participant's browser keeps after joining (client `StoredParticipant`). */
export interface StoredParticipant {
  readonly token: string;
  readonly participantId: string;
  readonly role: 'mediator' | 'delegate' | 'observer';
  readonly partyId?: string;
  readonly name: string;
}

export interface InviteRow {
  readonly role: 'mediator' | 'party' | 'observer' | 'languageServices';
  readonly partyId: string | null;
  readonly label: string;
  readonly href: string;
}

/** The mediator fills in the landing page's form and gets the session's invite links from the page. */
export async function createSessionThroughUi(
  page: Page,
  baseUrl: string,
  session: { title: string; parties: readonly string[] },
): Promise<{ sessionId: string; invites: InviteRow[] }> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Title', { exact: true }).fill(session.title);
  for (const [index, name] of session.parties.entries()) {
    if (index >= 2) await page.getByRole('button', { name: 'Add a party' }).click();
    await page.getByLabel(`Party ${index + 1}`, { exact: true }).fill(name);
  }
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByTestId('session-created').waitFor();
  const invites = await page.$$eval('li.invite', (rows) =>
    rows.map((row) => {
      const link = row.querySelector<HTMLAnchorElement>('a[data-testid="invite-link"]');
      return {
        role: (link?.dataset.role ?? '') as InviteRow['role'],
        partyId: link?.dataset.partyId ?? null,
        label: row.querySelector('.invite__label')?.textContent ?? '',
        href: link?.href ?? '',
      };
    }),
  );
  const sessionId = /\/join\/([0-9a-z]+)#invite=/.exec(invites[0]?.href ?? '')?.[1];
  if (!sessionId) throw new Error(`no session id in the invite links: ${JSON.stringify(invites)}`);
  return { sessionId, invites };
}

/** Opens an invite link, gives a name and joins: the page ends up in the room as that participant. */
export async function joinThroughInvite(page: Page, inviteUrl: string, name: string): Promise<StoredParticipant> {
  await page.goto(inviteUrl);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/s/'));
  await expect.poll(() => page.getByTestId('you-name').textContent()).toBe(name);
  const sessionId = new URL(page.url()).pathname.split('/')[2] ?? '';
  const stored = await storedParticipant(page, sessionId);
  if (!stored) throw new Error(`joined as ${name} but nothing was stored for session ${sessionId}`);
  return stored;
}

export async function storedParticipant(page: Page, sessionId: string): Promise<StoredParticipant | null> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), `parley:participant:${sessionId}`);
  return raw === null ? null : (JSON.parse(raw) as StoredParticipant);
}

/** The rich-text editor of the clause at `index` in the text (0-based). */
export function clauseEditor(page: Page, index = 0): Locator {
  return page.getByTestId('clause').nth(index).locator('.ProseMirror');
}

/** The clause's text as the page shows it (caret labels are drawn by CSS, so they are not in it). */
export async function editorText(editor: Locator): Promise<string> {
  // The words only: bracket labels and carets are drawn beside the text, not part of it.
  const text = await editor.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.bracket-label, .collaboration-carets__caret').forEach((drawn) => {
      drawn.remove();
    });
    return copy.textContent ?? '';
  });
  return text.replace(/\u2060/g, '');
}

/** Posts a moderation command with a participant's token, as the mediator's tools would. */
export async function sendCommand(
  baseUrl: string,
  sessionId: string,
  token: string,
  command: Record<string, unknown>,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(command),
  });
  return { status: response.status, body: await response.json() };
}
