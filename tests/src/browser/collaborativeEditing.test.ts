import { describe, expect, it } from 'vitest';
import { saveScreenshot, startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { clauseEditor, createSessionThroughUi, editorText, joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

describe('three people draft one clause together in their browsers', () => {
  it('a session created on the landing page is joined through its links, and concurrent typing converges', async () => {
    const server = await startServerWithClient();
    const mediator = await browser.person();
    const ruritania = await browser.person();
    const borduria = await browser.person();

    // The mediator opens a session on the landing page and reads the invites off the page.
    const { sessionId, invites } = await createSessionThroughUi(mediator.page, server.url, {
      title: 'Talks on the northern water basin',
      parties: ['Ruritania', 'Borduria'],
    });
    expect(invites.map((invite) => invite.label)).toEqual([
      'Mediator',
      'Delegation of Ruritania',
      'Delegation of Borduria',
      'Observers',
      'Language services',
    ]);
    for (const invite of invites) expect(invite.href).toMatch(new RegExp(`^${server.url}/join/${sessionId}#invite=.+`));
    await saveScreenshot(mediator.page, 'landing-session-created');
    const link = (label: string) => invites.find((invite) => invite.label === label)?.href ?? '';

    // Each joins through their own link, in their own browser.
    const people = [
      { who: mediator, name: 'Ada Chair', link: link('Mediator'), role: 'Mediator' },
      {
        who: ruritania,
        name: 'Rudolf Rassendyll',
        link: link('Delegation of Ruritania'),
        role: 'Delegation of Ruritania',
      },
      {
        who: borduria,
        name: 'Bianca Castafiore',
        link: link('Delegation of Borduria'),
        role: 'Delegation of Borduria',
      },
    ];
    for (const person of people) {
      const stored = await joinThroughInvite(person.who.page, person.link, person.name);
      expect(stored.name).toBe(person.name);
      // The invite does not stay in the address bar (the room replaced the join page in the history).
      expect(person.who.page.url()).toBe(`${server.url}/s/${sessionId}`);
      await expect.poll(() => person.who.page.getByTestId('you-role').textContent()).toBe(person.role);
      await expect.poll(() => person.who.page.getByTestId('connection-status').textContent()).toBe('online');
    }
    for (const { who } of people) {
      await expect.poll(() => who.page.getByTestId('present-participant').count()).toBe(2);
    }

    // The mediator adds a clause; it appears for everyone.
    await mediator.page.getByTestId('add-clause-operative').click();
    for (const { who } of people) {
      await clauseEditor(who.page).waitFor();
      await expect.poll(() => clauseEditor(who.page).getAttribute('contenteditable')).toBe('true');
    }

    // All three type into the same clause at once, a word at a time, interleaved.
    const words = {
      mediator: ['The', 'Parties', 'shall', 'share', 'the', 'basin'],
      ruritania: ['equitably', 'and', 'reasonably'],
      borduria: ['subject', 'to', 'annual', 'review'],
    };
    const typeWords = async (who: typeof mediator, list: string[]) => {
      const editor = clauseEditor(who.page);
      await editor.click();
      await who.page.keyboard.press('End');
      for (const word of list) {
        await who.page.keyboard.insertText(` ${word}`);
        await who.page.waitForTimeout(30);
      }
    };
    await Promise.all([
      typeWords(mediator, words.mediator),
      typeWords(ruritania, words.ruritania),
      typeWords(borduria, words.borduria),
    ]);

    const allWords = [...words.mediator, ...words.ruritania, ...words.borduria];
    const texts = async () => Promise.all(people.map(({ who }) => editorText(clauseEditor(who.page))));
    await expect
      .poll(async () => {
        const [first, ...rest] = await texts();
        return rest.every((text) => text === first) ? first : `not converged: ${JSON.stringify(rest)}`;
      })
      .toSatisfy((text: string | undefined) => allWords.every((word) => text?.split(/\s+/).includes(word)));
    const [finalText] = await texts();
    expect(finalText?.trim().split(/\s+/).sort()).toEqual([...allWords].sort());
    // One paragraph: the new clause came with one, so nobody's first keystroke started another.
    for (const { who } of people) expect(await clauseEditor(who.page).locator('p').count()).toBe(1);

    // Each page shows the other two carets, labelled with the names the server vouches for.
    for (const [index, { who }] of people.entries()) {
      const others = people.filter((_, other) => other !== index).map((person) => person.name);
      await expect
        .poll(() =>
          who.page.$$eval('[data-testid="clause"] .collaboration-carets__label', (labels) =>
            labels.map((label) => (label as HTMLElement).dataset.name ?? '').sort(),
          ),
        )
        .toEqual(others.sort());
    }

    await saveScreenshot(mediator.page, 'room-three-participants');
    for (const { who } of people) expect(who.errors).toEqual([]);
  });
});
