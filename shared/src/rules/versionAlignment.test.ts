import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertClause } from '../schema/Clause.ts';
import { createClauseOption } from '../schema/ClauseOption.ts';
import { clauseTextIn, clauseVersionRecord, ensureClauseVersions } from '../schema/ClauseVersion.ts';
import { clauseWordingBracketed } from '../schema/ClauseWording.ts';
import type { LanguageAlignment } from '../schema/LanguageAlignment.ts';
import { appendParagraph } from '../schema/RichText.ts';
import type { PlenaryRoots } from '../schema/roots.ts';
import { plenaryRoots } from '../schema/roots.ts';
import type { SessionLanguage } from '../schema/SessionLanguage.ts';
import { describeUnalignedVersions, unalignedAuthenticVersions, versionAlignments } from './versionAlignment.ts';

const LANGUAGES: readonly SessionLanguage[] = [
  { tag: 'en', authentic: true },
  { tag: 'ru', authentic: true },
  { tag: 'fr', authentic: false },
];

function sessionWithClause(text: string): { roots: PlenaryRoots; record: Y.Map<unknown> } {
  const roots = plenaryRoots(new Y.Doc());
  const id = insertClause(roots, { kind: 'operative', text });
  const record = roots.clauses.get(id);
  if (!(record instanceof Y.Map)) throw new Error('no clause record');
  ensureClauseVersions(record, ['ru', 'fr']);
  return { roots, record };
}

function writeVersion(record: Y.Map<unknown>, language: string, words: string): void {
  const text = clauseTextIn(record, language, 'en');
  if (!text) throw new Error(`no ${language} version`);
  text.body.delete(0, text.body.length);
  appendParagraph(text.body, words);
}

/** What `clause.alignLanguage` records: both wordings as they are now. */
function align(record: Y.Map<unknown>, language: string): void {
  const source = clauseTextIn(record, 'en', 'en');
  const version = clauseTextIn(record, language, 'en');
  if (!source || !version) throw new Error('missing text');
  let alignments = record.get('alignments');
  if (!(alignments instanceof Y.Map)) {
    alignments = new Y.Map<unknown>();
    record.set('alignments', alignments);
  }
  const alignment: LanguageAlignment = {
    source: 'en',
    at: 1_764_597_900_000,
    by: 'utranslator',
    name: 'Irina',
    sourceWording: clauseWordingBracketed(source),
    versionWording: clauseWordingBracketed(version),
  };
  (alignments as Y.Map<unknown>).set(language, alignment);
}

const stateOf = (record: Y.Map<unknown>, language: string) =>
  versionAlignments(record, LANGUAGES).find((version) => version.language === language)?.state;

describe('where each language version of a clause stands', () => {
  it('creates one version record per language with a body per option, and never replaces one', () => {
    const { record } = sessionWithClause('The Parties shall meet.');
    writeVersion(record, 'ru', 'Стороны встречаются.');
    const options = record.get('options') as Y.Array<Y.Map<unknown>>;
    options.push([createClauseOption('Option 1').record]);
    expect(ensureClauseVersions(record, ['ru', 'fr'])).toBe(true);
    expect(ensureClauseVersions(record, ['ru', 'fr'])).toBe(false);
    expect(clauseTextIn(record, 'ru', 'en')?.body.toString()).toContain('Стороны встречаются.');
    const russianOptions = clauseVersionRecord(record, 'ru')?.get('options');
    expect(russianOptions instanceof Y.Map && russianOptions.size).toBe(1);
    expect(clauseTextIn(record, 'de', 'en')).toBeNull();
  });

  it('is missing until translated and aligned, aligned after, stale when the source changes', () => {
    const { record } = sessionWithClause('The Parties shall meet monthly.');
    expect(stateOf(record, 'ru')).toBe('missing');
    writeVersion(record, 'ru', 'Стороны встречаются ежемесячно.');
    expect(stateOf(record, 'ru')).toBe('missing');
    align(record, 'ru');
    expect(stateOf(record, 'ru')).toBe('aligned');

    writeVersion(record, 'en', 'The Parties shall meet weekly.');
    const russian = versionAlignments(record, LANGUAGES).find((version) => version.language === 'ru');
    expect(russian?.state).toBe('stale');
    expect(russian?.alignment?.sourceWording).toBe('The Parties shall meet monthly.');
    expect(russian?.sourceWording).toBe('The Parties shall meet weekly.');
  });

  it('is stale when the version itself changed after it was aligned', () => {
    const { record } = sessionWithClause('The Parties shall meet.');
    writeVersion(record, 'ru', 'Стороны встречаются.');
    align(record, 'ru');
    writeVersion(record, 'ru', 'Стороны собираются.');
    expect(stateOf(record, 'ru')).toBe('stale');
  });

  it('blocks on authentic versions only, and names them in words', () => {
    const { record } = sessionWithClause('The Parties shall meet.');
    writeVersion(record, 'ru', 'Стороны встречаются.');
    align(record, 'ru');
    writeVersion(record, 'en', 'The Parties shall meet again.');
    const blocking = unalignedAuthenticVersions(record, LANGUAGES);
    // French is missing, but it is a convenience translation: only Russian blocks.
    expect(blocking.map((version) => version.language)).toEqual(['ru']);
    expect(describeUnalignedVersions(blocking)).toBe(
      'the Russian version is stale (the text changed since it was aligned)',
    );
  });

  it('needs no translation of a clause without words', () => {
    const { record } = sessionWithClause('');
    expect(unalignedAuthenticVersions(record, LANGUAGES)).toEqual([]);
  });
});
