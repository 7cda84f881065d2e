import type { SessionSummary } from '@parley/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatViolations, seriousViolations } from '../helpers/axe.ts';
import { saveScreenshot, startServerWithClient, useBrowser } from '../helpers/browser.ts';
import { editorText, joinThroughInvite } from './roomFlows.ts';

const browser = useBrowser();

const ENGLISH = 'The Parties shall share the waters equitably';
const RUSSIAN = 'Стороны справедливо делят воды';

async function sessionSummary(baseUrl: string, sessionId: string, token: string): Promise<SessionSummary> {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as SessionSummary;
}

/** The values the room's "Side by side with" select offers. */
async function sideBySideChoices(page: Page): Promise<string[]> {
  return page
    .getByTestId('version-column-select')
    .first()
    .evaluate((select) => Array.from((select as HTMLSelectElement).options, (option) => option.value));
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

describe('the languages of a session, set in the browser', () => {
  it('the landing form creates an English, Russian and French session; the console adds Arabic and shows the 409 for dropping Russian once it holds text', async () => {
    const server = await startServerWithClient();
    const { page, errors } = await browser.person();
    await page.goto(`${server.url}/`);
    await page.getByLabel('Title', { exact: true }).fill('Talks on the northern basin');
    await page.getByLabel('Party 1', { exact: true }).fill('Ruritania');
    await page.getByLabel('Party 2', { exact: true }).fill('Borduria');

    // The simple case is one line: English alone, and a button that opens the choices.
    const fieldset = page.getByTestId('session-languages');
    expect(await fieldset.getByTestId('session-languages-summary').textContent()).toBe('Drafted in English only.');
    const open = fieldset.getByRole('button', { name: 'Choose languages' });
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.click();
    expect(
      await fieldset.getByRole('button', { name: 'Hide the language choices' }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(await fieldset.getByLabel('Language of negotiation').inputValue()).toBe('en');

    // Russian (authentic by default) and French (for convenience); languages named in English and in themselves.
    await fieldset.getByRole('button', { name: 'Add a language' }).click();
    const second = fieldset.getByLabel('Language 2', { exact: true });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'session-language-select',
    );
    await second.selectOption('ru');
    expect(await second.locator('option[value="ru"]').textContent()).toBe('Russian — русский');
    expect(await fieldset.getByLabel('Authentic: Russian').isChecked()).toBe(true);
    await fieldset.getByRole('button', { name: 'Add a language' }).click();
    await fieldset.getByLabel('Language 3', { exact: true }).selectOption('fr');
    await fieldset.getByLabel('Authentic: French').uncheck();
    // A language another row holds is not offered twice.
    expect(await fieldset.getByLabel('Language 3', { exact: true }).locator('option[value="ru"]').isDisabled()).toBe(
      true,
    );

    // "Other…" takes any BCP 47 tag; one that is not is refused at once, and announced.
    await fieldset.getByRole('button', { name: 'Add a language' }).click();
    await fieldset.getByLabel('Language 4', { exact: true }).selectOption('other');
    const tag = fieldset.getByLabel('Language 4: language tag (BCP 47)');
    await tag.fill('english!');
    const problem = fieldset.getByRole('alert');
    expect(await problem.textContent()).toBe('“english!” is not a language tag (BCP 47) such as sw or pt-BR.');
    expect(await tag.getAttribute('aria-invalid')).toBe('true');
    expect(await tag.getAttribute('aria-describedby')).toContain(await problem.getAttribute('id'));
    await tag.fill('sw');
    expect(await fieldset.getByRole('alert').count()).toBe(0);
    expect(await fieldset.getByLabel('Authentic: Swahili').isChecked()).toBe(true);
    await expectNoSeriousViolations(page, 'landing with the languages open');
    await saveScreenshot(page, 'landing-languages');
    // Removed with the keyboard: focus lands on the button that adds one, not on the page's top.
    await fieldset.getByRole('button', { name: 'Remove Swahili' }).focus();
    await page.keyboard.press('Enter');
    expect(await focusedText(page)).toBe('Add a language');
    expect(await fieldset.getByTestId('session-language-row').count()).toBe(3);
    expect(await fieldset.getByTestId('session-languages-summary').textContent()).toBe(
      'Drafted in English, with versions in Russian and French.',
    );

    await page.getByRole('button', { name: 'Create session' }).click();
    await page.getByTestId('session-created').waitFor();
    const mediatorInvite = await page
      .locator('a[data-testid="invite-link"][data-role="mediator"]')
      .getAttribute('href');
    const mediator = await joinThroughInvite(page, new URL(mediatorInvite ?? '', server.url).href, 'Ada Chair');
    const sessionId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const created = await sessionSummary(server.url, sessionId, mediator.token);
    expect(created.languages).toEqual([
      { tag: 'en', authentic: true },
      { tag: 'ru', authentic: true },
      { tag: 'fr', authentic: false },
    ]);
    expect(created.languagesInParallel).toBe(false);

    // The mediator writes a clause in English and its Russian version beside it.
    await page.getByTestId('add-clause-operative').click();
    await page.keyboard.type(ENGLISH);
    await expect.poll(() => editorText(page.getByTestId('clause-body').first().locator('.ProseMirror'))).toBe(ENGLISH);
    await expect.poll(() => sideBySideChoices(page)).toEqual(['ru', 'fr', 'none']);
    const russian = page.getByTestId('version-body').first().locator('.ProseMirror');
    await expect.poll(() => russian.getAttribute('contenteditable')).toBe('true');
    await russian.click();
    await page.keyboard.insertText(RUSSIAN);
    await expect.poll(() => editorText(russian)).toBe(RUSSIAN);

    // The console shows the languages live from the document; Save waits for a change.
    const section = page.getByTestId('mediator-console').getByTestId('console-languages');
    await section.locator('summary').first().click();
    const save = section.getByTestId('console-languages-save');
    expect(await save.isDisabled()).toBe(true);
    expect(await section.getByLabel('Language 2', { exact: true }).inputValue()).toBe('ru');
    expect(await section.getByLabel('Authentic: French').isChecked()).toBe(false);

    // Arabic added, and the languages negotiated in parallel from now on: the side-by-side choice offers it at once.
    await section.getByRole('button', { name: 'Add a language' }).click();
    expect(await section.getByLabel('Language 4', { exact: true }).inputValue()).toBe('ar');
    await section.getByLabel('Negotiated in parallel (delegates write every language)').check();
    await save.click();
    await expect.poll(() => section.getByRole('status').textContent()).toBe('The session’s languages are saved.');
    await expect.poll(() => sideBySideChoices(page)).toEqual(['ru', 'fr', 'ar', 'none']);
    const saved = await sessionSummary(server.url, sessionId, mediator.token);
    expect(saved.languages.map(({ tag }) => tag)).toEqual(['en', 'ru', 'fr', 'ar']);
    expect(saved.languagesInParallel).toBe(true);
    expect(await section.getByTestId('session-languages-parallel').isChecked()).toBe(true);

    // Russian holds text: dropping it is refused by the server, and its reason is shown and announced.
    await section.getByRole('button', { name: 'Remove Russian' }).click();
    await save.click();
    const refusal = section.getByTestId('console-languages-refusal');
    await expect.poll(() => refusal.textContent()).toMatch(/Russian holds text and cannot be dropped/);
    expect(await refusal.getAttribute('role')).toBe('alert');
    expect((await sessionSummary(server.url, sessionId, mediator.token)).languages.map(({ tag }) => tag)).toContain(
      'ru',
    );
    // Discarding the change shows the document's languages again.
    await section.getByRole('button', { name: 'Discard changes' }).click();
    expect(await section.getByLabel('Language 2', { exact: true }).inputValue()).toBe('ru');
    expect(await refusal.count()).toBe(0);
    await saveScreenshot(page, 'console-languages-refused');
    // The refused save's 409 is the only error the page logged (Chromium logs every 4xx).
    expect(errors.filter((error) => !error.includes('status of 409 (Conflict)'))).toEqual([]);
  });
});

describe('the languages editor in Arabic on a phone', () => {
  it('names each language in Arabic and in itself, mirrors, fits 390 px without sideways scrolling, and says what is wrong in Arabic', async () => {
    const server = await startServerWithClient();
    const { page, errors } = await browser.person();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/`);
    await page.getByLabel('Language', { exact: true }).selectOption('ar');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const fieldset = page.getByTestId('session-languages');
    expect(await fieldset.getByTestId('session-languages-summary').textContent()).toBe(
      'يُصاغ النص باللغة الإنجليزية فقط.',
    );
    await fieldset.getByRole('button', { name: 'اختيار اللغات' }).click();
    await fieldset.getByRole('button', { name: 'إضافة لغة' }).click();
    const second = fieldset.getByLabel('اللغة 2', { exact: true });
    // The first official language not chosen yet is Arabic, named in Arabic (once) and offered by default.
    expect(await second.inputValue()).toBe('ar');
    await second.selectOption('ru');
    expect(await second.locator('option[value="ru"]').textContent()).toBe('الروسية — русский');
    await fieldset.getByRole('button', { name: 'إضافة لغة' }).click();
    await fieldset.getByLabel('اللغة 3', { exact: true }).selectOption('other');
    await fieldset.getByLabel('اللغة 3: رمز اللغة (BCP 47)').fill('RU');
    // Typed in another spelling, still the same language: refused, in Arabic.
    expect(await fieldset.getByRole('alert').textContent()).toBe('الروسية مذكورة مرتين: اذكر كل لغة مرة واحدة.');
    // Submitting with an empty "Other…" field says so too, beside the field and at the form's foot.
    await fieldset.getByLabel('اللغة 3: رمز اللغة (BCP 47)').fill('');
    await page.getByLabel('العنوان', { exact: true }).fill('محادثات الحوض الشمالي');
    await page.getByLabel('الطرف 1', { exact: true }).fill('Ruritania');
    await page.getByRole('button', { name: 'إنشاء الجلسة' }).click();
    expect(await page.getByTestId('form-error').textContent()).toBe('تحقق من لغات النص.');
    expect(await fieldset.getByRole('alert').textContent()).toBe('اكتب رمز لغة، مثل sw أو pt-BR.');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousViolations(page, 'landing in Arabic with the languages open');
    await saveScreenshot(page, 'landing-languages-ar-phone');
    expect(errors).toEqual([]);
  });
});

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(formatViolations(violations), `${screen}: axe found serious or critical violations`).toBe('');
}
