import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { command, createSession, join } from '../helpers/api.ts';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { createSessionThroughUi, joinThroughInvite, sendCommand } from './roomFlows.ts';
import { rewriteClause, seedTalks } from './sessionScene.ts';

const browser = useBrowser();

/** What has keyboard focus: its tag, test id, accessible-ish name, and whether a focus ring is drawn. */
/** What the keyboard test reads of a TipTap editor's state in the page. */
interface EditorStateLike {
  readonly doc: { textBetween(from: number, to: number): string };
  readonly selection: { readonly from: number; readonly to: number };
}

interface Focused {
  readonly tag: string;
  readonly testId: string | null;
  readonly name: string;
  readonly ring: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) {
      return { tag: 'body', testId: null, name: '', ring: false };
    }
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      testId: element.dataset.testid ?? null,
      name: (element.getAttribute('aria-label') ?? element.closest('label')?.textContent ?? element.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
      // An outline (or the dark ring drawn as a box shadow) that someone can see.
      ring: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would; fails
 * after `limit` presses. Every element passed on the way must show that it has focus.
 */
async function tabTo(
  page: Page,
  matches: (element: Focused) => boolean,
  { backwards = false, limit = 200 }: { backwards?: boolean; limit?: number } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const element = await focused(page);
    if (element.tag !== 'body') {
      expect(element.ring, `focus is visible on ${element.tag} "${element.name}"`).toBe(true);
    }
    if (matches(element)) return element;
    seen.push(`${element.tag}:${element.testId ?? ''}:${element.name.slice(0, 40)}`);
  }
  throw new Error(`no match after ${limit} presses; passed ${seen.join(' | ')}`);
}

/** Runs axe on the page; the failure message lists every serious or critical violation. */
async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(formatViolations(violations), `${screen}: axe found serious or critical violations`).toBe('');
}

describe('accessibility (axe-core, keyboard, live regions)', () => {
  it('the axe helper reports what it should (a control check, so a pass below means something)', async () => {
    const { page } = await browser.person();
    await page.setContent(
      '<html lang="en"><head><title>t</title></head><body><main><button></button>' +
        '<p style="color:#bbb;background:#fff">faint</p><input type="text"></main></body></html>',
    );
    const rules = (await seriousViolations(page)).map((violation) => violation.rule).sort();
    expect(rules).toEqual(['button-name', 'color-contrast', 'label']);
    // An exclusion drops one rule on the named element only.
    const rest = await seriousViolations(page, [{ rule: 'color-contrast', selectors: ['p'] }]);
    expect(rest.map((violation) => violation.rule).sort()).toEqual(['button-name', 'label']);
    expect(formatViolations(rest)).toMatch(/^button-name \(critical\): .*\n {4}button\n/);
  });

  it('the landing and join pages have no serious or critical axe violations', async () => {
    const server = await startServerWithClient();
    const { page, errors } = await browser.person();
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Create session' }).waitFor();
    await expectNoSeriousViolations(page, 'landing');
    // The same page once a session is made: the invite links and their copy buttons.
    await createSessionThroughUi(page, server.url, {
      title: 'Northern basin talks',
      parties: ['Ruritania', 'Borduria'],
    });
    await expectNoSeriousViolations(page, 'landing (invite links)');

    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    await page.goto(session.invites.mediator.url);
    await page.getByLabel('Your name').waitFor();
    await expectNoSeriousViolations(page, 'join');
    expect(errors).toEqual([]);
  });

  it('the room as a delegate (a bracketed clause, the speakers’ list) and as the mediator with the console open', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId = ''] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    const rudolf = await joinThroughInvite(delegate.page, session.invites.parties[ruritaniaId]?.url ?? '', 'Rudolf');
    await seedTalks(server.url, server.wsUrl, session, chair.token);
    expect((await command(server.url, session.id, rudolf.token, { type: 'queue.raiseHand' })).status).toBe(200);

    await expect.poll(() => delegate.page.getByTestId('clause').count()).toBe(5);
    await expect.poll(() => delegate.page.locator('.bracket').count()).toBe(1);
    await expect.poll(() => delegate.page.getByTestId('speaker-entry').count()).toBe(1);
    await expectNoSeriousViolations(delegate.page, 'room (delegate)');
    // The same room on a phone (one column, the bar wrapped), and with a clause's toolbar showing.
    await delegate.page.setViewportSize({ width: 390, height: 844 });
    await expectNoSeriousViolations(delegate.page, 'room (delegate, phone)');
    await delegate.page.getByTestId('clause-body').nth(3).locator('.ProseMirror').click();
    await expect.poll(() => delegate.page.getByTestId('editor-toolbar').count()).toBe(1);
    await expectNoSeriousViolations(delegate.page, 'room (delegate, phone, editing)');
    await delegate.page.setViewportSize({ width: 1280, height: 800 });

    await expect.poll(() => mediator.page.getByTestId('mediator-console').count()).toBe(1);
    await expect.poll(() => mediator.page.locator('.bracket').count()).toBe(1);
    // Every section of the console open, so axe sees all of its controls.
    const closed = mediator.page.locator('[data-testid="mediator-console"] details:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
    await expectNoSeriousViolations(mediator.page, 'room (mediator, console open)');

    expect(mediator.errors).toEqual([]);
    expect(delegate.errors).toEqual([]);
  });

  it('the room as an observer, and the revisions view with a comparison (a delegate, and an observer once allowed)', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId = ''] = session.parties.map((party) => party.id);
    const chair = await join(server.url, session, 'mediator', 'Ada Chair');
    const scene = await seedTalks(server.url, server.wsUrl, session, chair.token);
    const send = async (body: Record<string, unknown>) => {
      const answer = await command(server.url, session.id, chair.token, body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    };
    const delegate = await browser.person();
    const observer = await browser.person();
    await joinThroughInvite(delegate.page, session.invites.parties[ruritaniaId]?.url ?? '', 'Rudolf');
    await joinThroughInvite(observer.page, session.invites.observer.url, 'Olga Observer');
    await expect.poll(() => observer.page.getByTestId('clause').count()).toBe(5);
    await expect.poll(() => observer.page.locator('.bracket').count()).toBe(1);
    await expectNoSeriousViolations(observer.page, 'room (observer)');

    // Rev.1; then words changed in one clause, one clause added and one removed; Rev.2.
    await send({ type: 'version.save' });
    const chairDoc = (await connectProvider(server.wsUrl, session.id, { token: chair.token })).doc;
    rewriteClause(chairDoc, 3, 'six members', 'eight members');
    await expect.poll(() => delegate.page.getByTestId('clause').nth(3).textContent()).toContain('eight members');
    await send({ type: 'clause.add', kind: 'operative', text: 'The Parties shall report every year.' });
    await send({ type: 'clause.remove', clauseId: scene.clauseIds[1] });
    await send({ type: 'version.save' });

    const compare = async (page: Page) => {
      await page.getByTestId('view-revisions').click();
      await expect.poll(() => page.getByTestId('revisions-row').count()).toBe(2);
      await page.getByTestId('compare').click();
      await page.getByTestId('revision-diff').waitFor();
      // The folded unchanged clauses open too, so axe sees them.
      const folded = page.locator('[data-testid="revision-diff"] details:not([open]) > summary');
      while ((await folded.count()) > 0) await folded.first().click();
    };
    await compare(delegate.page);
    const diff = delegate.page.getByTestId('revision-diff');
    expect(await diff.locator('[data-change="changed"] ins').count()).toBeGreaterThan(0);
    expect(await diff.locator('[data-change="changed"] del').count()).toBeGreaterThan(0);
    expect(await diff.locator('[data-change="added"]').count()).toBe(1);
    expect(await diff.locator('[data-change="removed"]').count()).toBe(1);
    await expectNoSeriousViolations(delegate.page, 'revisions view (delegate, a comparison open)');

    await send({ type: 'session.observersMayExport', allowed: true });
    await compare(observer.page);
    await expectNoSeriousViolations(observer.page, 'revisions view (observer, allowed)');

    expect(delegate.errors).toEqual([]);
    expect(observer.errors).toEqual([]);
  });

  it('keyboard only: a delegate requests the floor, signs off a clause and brackets words with Tab, Shift+Tab, arrows, Space and Enter; notices are a live region', async () => {
    const server = await startServerWithClient();
    const session = await createSession(server.url, ['Ruritania', 'Borduria']);
    const [ruritaniaId = ''] = session.parties.map((party) => party.id);
    const mediator = await browser.person();
    const delegate = await browser.person();
    const chair = await joinThroughInvite(mediator.page, session.invites.mediator.url, 'Ada Chair');
    await joinThroughInvite(delegate.page, session.invites.parties[ruritaniaId]?.url ?? '', 'Rudolf');
    const added = await sendCommand(server.url, session.id, chair.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'The commission shall meet monthly',
    });
    expect(added.status).toBe(200);
    const { page } = delegate;
    const signoff = page
      .getByTestId('clause')
      .first()
      .locator(`[data-testid="signoff"][data-party-id="${ruritaniaId}"]`);
    await expect.poll(() => signoff.getAttribute('data-state')).toBe('none');

    // Notices are announced as they arrive: the region is in the page before any notice is.
    expect(await page.getByTestId('notices-region').getAttribute('aria-live')).toBe('polite');

    // Start from the top of the page, as someone arriving with the keyboard does.
    await page.locator('body').focus();
    // Down to the clause: tick "ad referendum" with Space, then Tab to "Sign off" and press Enter.
    await tabTo(page, (element) => element.tag === 'input' && element.name === 'ad referendum');
    await page.keyboard.press('Space');
    await tabTo(page, (element) => element.testId === 'sign-off', { limit: 3 });
    await page.keyboard.press('Enter');
    await expect.poll(() => signoff.getAttribute('data-state')).toBe('adReferendum');
    await expect
      .poll(() =>
        mediator.page
          .getByTestId('clause')
          .first()
          .locator(`[data-testid="signoff"][data-party-id="${ruritaniaId}"]`)
          .getAttribute('data-state'),
      )
      .toBe('adReferendum');

    // Back up the page with Shift+Tab to the speakers' list, and ask for the floor with Enter.
    await tabTo(page, (element) => element.name === 'Request the floor', { backwards: true });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => mediator.page.getByTestId('speaker-entry').allTextContents())
      .toEqual([expect.stringContaining('Rudolf')]);
    // Focus stays on the button, which now offers to withdraw: Space takes the request back.
    await expect.poll(async () => (await focused(page)).name).toBe('Withdraw request');
    await page.keyboard.press('Space');
    await expect.poll(() => mediator.page.getByTestId('speaker-entry').count()).toBe(0);
    // The room after all that (a sign-off given, the request buttons back) still passes axe.
    await expectNoSeriousViolations(page, 'room (delegate, signed off)');

    // A bracket with the keyboard alone: Tab into the clause's text, select "monthly" with
    // Shift+Arrow, Alt+F10 to the toolbar, Tab to the reason and the note, Shift+Tab and Enter on "Bracket".
    await tabTo(page, (element) => element.tag === 'div' && element.name === 'The commission shall meet monthly');
    await page.keyboard.press('End');
    // Letter by letter, as a keyboard user does. After each key, wait until the editor's own
    // selection (TipTap puts the editor on its element) has caught up with the page's, since that is
    // what "Bracket" acts on; one run bracketed "thly" when the keys outran it.
    const selections = () =>
      page.evaluate(() => {
        const element = document.activeElement as (Element & { editor?: { state: EditorStateLike } }) | null;
        const state = element?.editor?.state;
        const editor = state ? state.doc.textBetween(state.selection.from, state.selection.to) : null;
        return { page: window.getSelection()?.toString() ?? '', editor };
      });
    for (let presses = 0; presses < 12 && (await selections()).editor !== 'monthly'; presses += 1) {
      await page.keyboard.press('Shift+ArrowLeft');
      await expect
        .poll(async () => {
          const now = await selections();
          return now.editor === now.page;
        })
        .toBe(true);
    }
    expect((await selections()).editor).toBe('monthly');
    await page.keyboard.press('Alt+F10');
    await expect.poll(async () => (await focused(page)).name).toBe('Bold');
    await tabTo(page, (element) => element.testId === 'bracket-reason', { limit: 10 });
    // On a closed list of choices, ArrowDown picks the next one (Substance → the second reason).
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (element) => element.testId === 'bracket-note', { limit: 3 });
    await page.keyboard.type('how often');
    // "Bracket" sits between the reason and the note: back one with Shift+Tab.
    await tabTo(page, (element) => element.testId === 'bracket-button', { backwards: true, limit: 2 });
    await page.keyboard.press('Enter');
    const bracketSeenByMediator = mediator.page.getByTestId('clause').first().locator('.bracket');
    await expect.poll(() => bracketSeenByMediator.textContent()).toBe('monthly');
    expect(await bracketSeenByMediator.getAttribute('data-bracket-holder')).toBe(ruritaniaId);
    expect(await bracketSeenByMediator.getAttribute('data-bracket-note')).toBe('how often');
    expect(await bracketSeenByMediator.getAttribute('data-bracket-reason')).not.toBe('substance');

    expect(mediator.errors).toEqual([]);
    expect(delegate.errors).toEqual([]);
  });
});
