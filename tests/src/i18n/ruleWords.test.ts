import type { ClauseContent, ParticipantId, PartyId, Role } from '@parley/shared';
import { checkTransition, MEDIATOR_HOLDER, mayWrite, plenaryWriteContext } from '@parley/shared';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MessageKey } from '../../../client/src/i18n/catalogs/index.ts';
import { CATALOGS } from '../../../client/src/i18n/catalogs/index.ts';
import type { Locale } from '../../../client/src/i18n/locales.ts';
import { transitionRefusalWords, writeRefusalWords } from '../../../client/src/room/rights/ruleWords.ts';

/** The messages of one language, formatted as react-intl formats them (ICU plurals and selects). */
function textIn(locale: Locale) {
  return (key: MessageKey, values?: Record<string, string | number>) =>
    String(new IntlMessageFormat(CATALOGS[locale][key], locale).format(values));
}

const PARTIES = [
  { id: 'pnorth' as PartyId, name: 'Northland' },
  { id: 'psouth' as PartyId, name: 'Southland' },
];
const delegate = {
  participantId: 'udelegate' as ParticipantId,
  name: 'Ana',
  role: 'delegate' as Role,
  partyId: 'pnorth' as PartyId,
};

function factsWith(content: ClauseContent) {
  return { status: 'bracketed' as const, content, signoffs: new Map(), parties: PARTIES };
}

const bracketed: ClauseContent = {
  brackets: [
    { holder: 'psouth' as PartyId, reason: 'substance', note: null, words: 'monthly', field: { kind: 'body' } },
    { holder: MEDIATOR_HOLDER, reason: 'other', note: null, words: 'in Geneva', field: { kind: 'body' } },
  ],
  options: [],
  suggestions: [],
};

describe('the rules’ refusals in the reader’s language', () => {
  it('word a refused sign-off from the same facts as the server’s English', () => {
    const verdict = checkTransition('signOff', factsWith(bracketed), delegate);
    if (verdict.allowed) throw new Error('a bracketed clause was signed off');
    const english = transitionRefusalWords(verdict.why, PARTIES, textIn('en'), 'en');
    // The room's English is the server's English, word for word.
    expect(english).toBe(verdict.reason);
    const russian = transitionRefusalWords(verdict.why, PARTIES, textIn('ru'), 'ru');
    expect(russian).toBe(
      'Пункт нельзя одобрить: в нём ещё есть 2 открытые скобки: «monthly» (скобка стороны Southland); «in Geneva» (скобка стороны посредника).',
    );
    const arabic = transitionRefusalWords(verdict.why, PARTIES, textIn('ar'), 'ar');
    expect(arabic).toContain('قوسان مفتوحان');
    expect(arabic).toContain('Southland');
  });

  it('name options and pending suggestions with the plural forms of the language', () => {
    const content: ClauseContent = {
      brackets: [],
      options: ['Option 1', 'Option 2', 'Option 3', 'Option 4', 'Option 5'],
      suggestions: [{ party: 'psouth' }, { party: null }],
    };
    const verdict = checkTransition('signOff', { ...factsWith(content), status: 'proposed' }, delegate);
    if (verdict.allowed) throw new Error('a clause with options was signed off');
    expect(transitionRefusalWords(verdict.why, PARTIES, textIn('en'), 'en')).toBe(verdict.reason);
    const russian = transitionRefusalWords(verdict.why, PARTIES, textIn('ru'), 'ru');
    expect(russian).toContain('5 невыбранных вариантов');
    expect(russian).toContain('1 ожидающее предложение от Southland и 1 от посредника');
    expect(transitionRefusalWords(verdict.why, PARTIES, textIn('zh'), 'zh')).toContain('5 个尚未取舍的备选案文');
  });

  it('say why a clause’s words are read-only, with the status in the reader’s words', () => {
    const doc = new Y.Doc();
    const verdict = mayWrite(
      { participantId: 'uobserver' as ParticipantId, name: 'Olga', role: 'observer' as Role },
      { kind: 'agenda' },
      plenaryWriteContext(doc),
    );
    if (verdict.allowed || verdict.why === undefined) throw new Error('an observer may write the agenda');
    expect(writeRefusalWords(verdict.why, textIn('fr'))).toBe('Lecture seule pour les observateurs');
    expect(writeRefusalWords({ code: 'wordingFrozen', status: 'agreed' }, textIn('es'))).toMatch(/^La cláusula está «/);
    expect(writeRefusalWords({ code: 'locked' }, textIn('ar'))).toBe('البند مقفل');
  });

  it('name the language versions that block a sign-off, in the reader’s language', () => {
    const why = {
      code: 'versionsNotAligned',
      transition: 'signOff',
      versions: [
        { language: 'ru', state: 'stale' },
        { language: 'fr', state: 'missing' },
      ],
    } as const;
    expect(transitionRefusalWords(why, PARTIES, textIn('en'), 'en')).toBe(
      'The clause cannot be signed off while an authentic text is not aligned: the Russian version is stale (the text changed since it was aligned) and the French version is missing or was never aligned. Language services or the mediator align it first.',
    );
    expect(transitionRefusalWords(why, PARTIES, textIn('fr'), 'fr')).toContain('la version en russe est périmée');
    expect(transitionRefusalWords(why, PARTIES, textIn('zh'), 'zh')).toContain('俄语文本已过时');
  });
});
