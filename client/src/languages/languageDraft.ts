import type { SessionLanguage } from '@parley/shared';
import { canonicalLanguageTag, MAX_SESSION_LANGUAGES, sessionLanguagesSchema } from '@parley/shared';
import { isListedLanguage, UN_LANGUAGES } from './languageChoices.ts';

/** The select's value for "Other…": the tag is then typed in a text field. */
export const OTHER_LANGUAGE = 'other';

/** One row of the languages editor, as the person left it (the tag may still be invalid). */
export interface LanguageRow {
  /** A React key only. */
  readonly key: number;
  /** A listed tag, or OTHER_LANGUAGE. */
  readonly choice: string;
  /** What was typed for "Other…". */
  readonly otherTag: string;
  readonly authentic: boolean;
}

/** The editor's whole state: the language of negotiation first. */
export interface LanguageDraft {
  readonly rows: readonly LanguageRow[];
  readonly inParallel: boolean;
}

export type RowProblem =
  | { readonly kind: 'emptyTag' }
  | { readonly kind: 'notATag'; readonly tag: string }
  | { readonly kind: 'duplicate'; readonly tag: string };

let nextRowKey = 0;

export function newRow(tag: string, authentic = true): LanguageRow {
  nextRowKey += 1;
  return isListedLanguage(tag)
    ? { key: nextRowKey, choice: tag, otherTag: '', authentic }
    : { key: nextRowKey, choice: OTHER_LANGUAGE, otherTag: tag, authentic };
}

export function draftOf(languages: readonly SessionLanguage[], inParallel: boolean): LanguageDraft {
  return { rows: languages.map(({ tag, authentic }) => newRow(tag, authentic)), inParallel };
}

/** The row's tag in its canonical spelling, or null while "Other…" holds no valid tag. */
export function rowTag(row: LanguageRow): string | null {
  if (row.choice !== OTHER_LANGUAGE) return row.choice;
  const typed = row.otherTag.trim();
  return typed === '' ? null : canonicalLanguageTag(typed);
}

/** The rows' problems, by row key: a missing or invalid typed tag, a language listed twice (the later row). */
export function rowProblems(rows: readonly LanguageRow[]): ReadonlyMap<number, RowProblem> {
  const problems = new Map<number, RowProblem>();
  const seen = new Set<string>();
  for (const row of rows) {
    const tag = rowTag(row);
    if (tag === null) {
      const typed = row.otherTag.trim();
      problems.set(row.key, typed === '' ? { kind: 'emptyTag' } : { kind: 'notATag', tag: typed });
    } else if (seen.has(tag)) {
      problems.set(row.key, { kind: 'duplicate', tag });
    } else {
      seen.add(tag);
    }
  }
  return problems;
}

/** The draft as the request sends it, or null while a row has a problem. */
export function draftLanguages(draft: LanguageDraft): SessionLanguage[] | null {
  if (rowProblems(draft.rows).size > 0) return null;
  const parsed = sessionLanguagesSchema.safeParse(
    draft.rows.map((row) => ({ tag: rowTag(row), authentic: row.authentic })),
  );
  return parsed.success ? parsed.data : null;
}

/** Tags the other rows already hold, so a row's select does not offer them again. */
export function tagsOfOtherRows(rows: readonly LanguageRow[], key: number): ReadonlySet<string> {
  return new Set(rows.filter((row) => row.key !== key).flatMap((row) => rowTag(row) ?? []));
}

/** A row for "Add a language": the first official UN language not chosen yet, else "Other…". */
export function nextRow(rows: readonly LanguageRow[]): LanguageRow {
  const taken = new Set(rows.flatMap((row) => rowTag(row) ?? []));
  return newRow(UN_LANGUAGES.find((tag) => !taken.has(tag)) ?? '');
}

export function mayAddRow(rows: readonly LanguageRow[]): boolean {
  return rows.length < MAX_SESSION_LANGUAGES;
}
