import type * as Y from 'yjs';
import { languageName } from '../display/LanguageNames.ts';
import { clauseTextIn } from '../schema/ClauseVersion.ts';
import { clauseWordingBracketed } from '../schema/ClauseWording.ts';
import type { LanguageAlignment } from '../schema/LanguageAlignment.ts';
import { readLanguageAlignment } from '../schema/LanguageAlignment.ts';
import type { SessionLanguage } from '../schema/SessionLanguage.ts';

/**
 * Where one language version of a clause stands against its source (the language of negotiation):
 * - `aligned`: someone aligned it and neither text changed since;
 * - `stale`: aligned once, but the source (or the version itself) changed since;
 * - `missing`: the version has no words, or was never aligned while the source has words.
 */
export type VersionAlignmentState = 'aligned' | 'stale' | 'missing';

export interface VersionAlignment {
  readonly language: string;
  readonly authentic: boolean;
  readonly state: VersionAlignmentState;
  readonly alignment: LanguageAlignment | null;
  /** The source's wording now (what a stale version's diff runs to from `alignment.sourceWording`). */
  readonly sourceWording: string;
  readonly versionWording: string;
}

/**
 * Every version of a clause other than the language of negotiation, in the session's order. A clause
 * whose source has no words yet needs no translation: its versions count as aligned.
 */
export function versionAlignments(
  clauseRecord: Y.Map<unknown>,
  languages: readonly SessionLanguage[],
): VersionAlignment[] {
  const source = languages[0]?.tag;
  if (source === undefined) return [];
  const sourceText = clauseTextIn(clauseRecord, source, source);
  const sourceWording = sourceText ? clauseWordingBracketed(sourceText) : '';
  return languages.slice(1).map(({ tag, authentic }) => {
    const text = clauseTextIn(clauseRecord, tag, source);
    const versionWording = text ? clauseWordingBracketed(text) : '';
    const alignment = readLanguageAlignment(clauseRecord, tag);
    const state: VersionAlignmentState =
      sourceWording === '' && versionWording === ''
        ? 'aligned'
        : alignment === null || versionWording === ''
          ? 'missing'
          : alignment.sourceWording === sourceWording && alignment.versionWording === versionWording
            ? 'aligned'
            : 'stale';
    return { language: tag, authentic, state, alignment, sourceWording, versionWording };
  });
}

/** The authentic versions that block a sign-off, an agreement or an adoption: missing or stale. */
export function unalignedAuthenticVersions(
  clauseRecord: Y.Map<unknown>,
  languages: readonly SessionLanguage[],
): VersionAlignment[] {
  return versionAlignments(clauseRecord, languages).filter(
    (version) => version.authentic && version.state !== 'aligned',
  );
}

/** "the Russian version is stale and the French version is missing": the reason a 409 gives. */
export function describeUnalignedVersions(versions: readonly VersionAlignment[]): string {
  const phrases = versions.map(
    (version) =>
      `the ${languageName(version.language)} version ${version.state === 'stale' ? 'is stale (the text changed since it was aligned)' : 'is missing or was never aligned'}`,
  );
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
}
