import { CloseCodes } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../client/src/i18n/catalogs/index.ts';
import { CATALOGS } from '../../../client/src/i18n/catalogs/index.ts';
import type { Locale } from '../../../client/src/i18n/locales.ts';
import { denialFromClose, denialFromStatus } from '../../../client/src/room/access/AccessDenial.ts';
import { denialWords } from '../../../client/src/room/access/denialWords.ts';
import { editorWords } from '../../../client/src/room/editor/editorWords.ts';
import { NOT_WHILE_SUGGESTING } from '../../../client/src/room/editor/SuggestChanges.ts';

/**
 * The words the room's editors write outside React, in one language. The messages used here have plain
 * `{name}` placeholders only, so putting the values in is all react-intl would do with them.
 */
function textIn(locale: Locale) {
  const catalog: Record<MessageKey, string> = CATALOGS[locale];
  return (key: MessageKey, values: Record<string, string | number> = {}) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

function wordsIn(locale: Locale) {
  return editorWords(textIn(locale), () => '1 Dec 2026');
}

const bracket = { holder: 'p1', reason: 'awaitingInstructions', note: 'capital to confirm' } as const;
const ruritania = { name: 'Ruritania', color: '#1f77b4' };

describe('the words of the room’s editors', () => {
  it('say why an edit was not made while suggesting in the reader’s language, keeping the shared rules’ reason', () => {
    const french = wordsIn('fr');
    // The plugin's own message (tests/src/sync/suggestChanges.test.ts pins its English) is translated whole.
    expect(french.suggestBlocked(NOT_WHILE_SUGGESTING)).toMatch(/^En mode suggestion, les mots sont proposés/);
    // A refusal by the shared rules keeps their (English) reason inside the translated frame.
    expect(french.suggestBlocked('Not changed: the suggestion “x” is someone else’s.')).toBe(
      'Aucune modification : the suggestion “x” is someone else’s.',
    );
    expect(wordsIn('en').suggestBlocked(NOT_WHILE_SUGGESTING)).toBe(NOT_WHILE_SUGGESTING);
    // Anything else passes unchanged rather than being lost.
    expect(french.suggestBlocked('something new')).toBe('something new');
  });

  it('label a bracket with its holder, reason and note, and say who may change its words', () => {
    expect(wordsIn('ru').bracketLabel(bracket, ruritania)).toBe(
      'Ruritania · В ожидании инструкций · capital to confirm',
    );
    expect(wordsIn('en').bracketTitle(bracket, { ...ruritania, mayChange: false })).toBe(
      'Bracketed by Ruritania: Awaiting instructions (capital to confirm). Only Ruritania or the mediator may change these words.',
    );
    expect(
      wordsIn('zh').bracketTitle({ ...bracket, holder: '@mediator', note: null }, { name: '调解人', color: '#555' }),
    ).toBe('由调解人加方括号：等待指示');
  });

  it('name a suggestion’s author and moment, and the holders without a party', () => {
    const arabic = wordsIn('ar');
    expect(arabic.suggestionTitle('insertion', { id: 's1', by: 'u1', party: 'p1', at: 0 }, 'Rudolf (Ruritania)')).toBe(
      'إدراج اقترحه Rudolf (Ruritania)، 1 Dec 2026',
    );
    expect(arabic.holderNames).toEqual({ mediator: 'الوسيط', unknown: 'طرف غير معروف' });
  });
});

describe('the pages shown instead of the room', () => {
  it('put the refusal in the reader’s language, quoting the server’s reason as it was sent', () => {
    const russian = textIn('ru');
    expect(denialWords(denialFromStatus(401, 'invalid token'), russian)).toEqual({
      title: 'Эта ссылка недействительна',
      detail: 'Сервер не подтвердил ваш доступ (invalid token). Откройте ещё раз присланную вам ссылку-приглашение.',
    });
    // Removed: the close's standard reason says nothing the title does not; the mediator's own words are kept.
    const removed = denialFromClose(CloseCodes.Removed.code, CloseCodes.Removed.reason);
    expect(removed && denialWords(removed, russian).detail).toBe(
      'Посредник удалил вас. Обратитесь к нему, если считаете это ошибкой.',
    );
    const why = denialFromClose(CloseCodes.Removed.code, 'left the talks');
    expect(why && denialWords(why, textIn('zh')).detail).toBe(
      '调解人已将您移出（left the talks）。如果您认为有误，请与调解人联系。',
    );
    // Another refusal: the server's reason is the heading, as in English.
    expect(denialWords(denialFromStatus(403, 'observers may not do this.'), textIn('fr'))).toEqual({
      title: 'Observers may not do this',
      detail: 'Adressez-vous au médiateur si vous pensez qu’il s’agit d’une erreur.',
    });
    expect(denialFromClose(1006, '')).toBeNull();
  });
});
