import { describe, expect, it } from 'vitest';
import { languageChoiceLabel } from '../../../client/src/languages/languageChoices.ts';
import type { LanguageRow } from '../../../client/src/languages/languageDraft.ts';
import {
  draftLanguages,
  draftOf,
  mayAddRow,
  nextRow,
  OTHER_LANGUAGE,
  rowProblems,
} from '../../../client/src/languages/languageDraft.ts';

const other = (key: number, otherTag: string): LanguageRow => ({
  key,
  choice: OTHER_LANGUAGE,
  otherTag,
  authentic: true,
});

describe('the languages editor’s draft (client)', () => {
  it('reads a session’s languages into rows: listed tags by name, any other as "Other…" with its tag', () => {
    const draft = draftOf(
      [
        { tag: 'en', authentic: true },
        { tag: 'sr-Latn', authentic: false },
      ],
      true,
    );
    expect(draft.rows.map(({ choice, otherTag, authentic }) => ({ choice, otherTag, authentic }))).toEqual([
      { choice: 'en', otherTag: '', authentic: true },
      { choice: OTHER_LANGUAGE, otherTag: 'sr-Latn', authentic: false },
    ]);
    expect(draftLanguages(draft)).toEqual([
      { tag: 'en', authentic: true },
      { tag: 'sr-Latn', authentic: false },
    ]);
  });

  it('checks typed tags with Intl (canonical spelling kept), and each language once', () => {
    const [english] = draftOf([{ tag: 'en', authentic: true }], false).rows;
    if (!english) throw new Error('no row');
    expect(draftLanguages({ rows: [english, other(901, 'PT-br')], inParallel: false })).toEqual([
      { tag: 'en', authentic: true },
      { tag: 'pt-BR', authentic: true },
    ]);
    const rows = [english, other(902, 'english!'), other(903, ''), other(904, 'EN')];
    expect([...rowProblems(rows)]).toEqual([
      [902, { kind: 'notATag', tag: 'english!' }],
      [903, { kind: 'emptyTag' }],
      [904, { kind: 'duplicate', tag: 'en' }],
    ]);
    expect(draftLanguages({ rows, inParallel: false })).toBeNull();
  });

  it('adds the first official UN language not chosen yet, and no more than twelve languages', () => {
    const draft = draftOf(
      ['ar', 'zh', 'en'].map((tag) => ({ tag, authentic: true })),
      false,
    );
    expect(nextRow(draft.rows).choice).toBe('fr');
    const twelve = draftOf(
      ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'de', 'it', 'pt', 'ja', 'ko', 'tr'].map((tag) => ({ tag, authentic: true })),
      false,
    );
    expect(mayAddRow(twelve.rows)).toBe(false);
    expect(nextRow(twelve.rows).choice).toBe(OTHER_LANGUAGE);
  });

  it('names a language in the interface’s language and in itself, once when they agree', () => {
    expect(languageChoiceLabel('de', 'en')).toBe('German — Deutsch');
    expect(languageChoiceLabel('ar', 'fr')).toBe('arabe — العربية');
    expect(languageChoiceLabel('en', 'en')).toBe('English');
  });
});
