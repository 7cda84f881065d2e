import * as Y from 'yjs';
import type { OptionId } from '../ids.ts';
import type { ClauseOption } from './ClauseOption.ts';
import { readClauseOption } from './ClauseOption.ts';

/**
 * A clause in another language of the session: the record under `versions[<tag>]` of the clause
 * record, `{heading: Y.Text, body: Y.XmlFragment, options: Y.Map<optionId, Y.XmlFragment>}`. The
 * clause's own `heading`, `body` and `options` are the text in the language of negotiation; each
 * other language has one version record, created by the server (when a clause or a language is
 * added, and by migration 8) so that two writers never race to create the same version and lose
 * one's words. An option's version is keyed by the option's id; its label is not translated.
 */
export const CLAUSE_VERSION_FIELDS = ['heading', 'body', 'options'] as const;
export type ClauseVersionField = (typeof CLAUSE_VERSION_FIELDS)[number];

export function isClauseVersionField(key: string): key is ClauseVersionField {
  return (CLAUSE_VERSION_FIELDS as readonly string[]).includes(key);
}

/** A clause's wording in one language, shaped as `readClause` gives the original (for wording and export code). */
export interface ClauseText {
  readonly heading: Y.Text;
  readonly body: Y.XmlFragment;
  readonly options: readonly Pick<ClauseOption, 'id' | 'label' | 'body'>[];
}

/** A new, empty version record with a body for each of the clause's options. */
export function buildClauseVersionRecord(optionIds: readonly string[]): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  record.set('heading', new Y.Text());
  record.set('body', new Y.XmlFragment());
  const options = new Y.Map<Y.XmlFragment>();
  for (const id of optionIds) options.set(id, new Y.XmlFragment());
  record.set('options', options);
  return record;
}

/** The clause record's `versions` map, or null in a document from before migration 8. */
export function clauseVersionsMap(clauseRecord: Y.Map<unknown>): Y.Map<Y.Map<unknown>> | null {
  const versions = clauseRecord.get('versions');
  return versions instanceof Y.Map ? (versions as Y.Map<Y.Map<unknown>>) : null;
}

/** The version record of one language, or null when it does not exist (yet). */
export function clauseVersionRecord(clauseRecord: Y.Map<unknown>, language: string): Y.Map<unknown> | null {
  const version = clauseVersionsMap(clauseRecord)?.get(language);
  return version instanceof Y.Map ? version : null;
}

function optionIdsOf(clauseRecord: Y.Map<unknown>): OptionId[] {
  const options = clauseRecord.get('options');
  if (!(options instanceof Y.Array)) return [];
  return options.toArray().flatMap((option) => {
    const read = option instanceof Y.Map ? readClauseOption(option as Y.Map<unknown>) : null;
    return read ? [read.id] : [];
  });
}

/**
 * Creates what is missing for `languages` (tags other than the language of negotiation): the
 * `versions` map, a version record per language, an option body per option. Never replaces what
 * exists, so it is safe to run after any change; the server runs it, in its own transaction.
 * Returns whether it wrote anything.
 */
export function ensureClauseVersions(clauseRecord: Y.Map<unknown>, languages: readonly string[]): boolean {
  let wrote = false;
  let versions = clauseVersionsMap(clauseRecord);
  if (versions === null) {
    versions = new Y.Map<Y.Map<unknown>>();
    clauseRecord.set('versions', versions);
    wrote = true;
  }
  const optionIds = optionIdsOf(clauseRecord);
  for (const language of languages) {
    const version = versions.get(language);
    if (!(version instanceof Y.Map)) {
      versions.set(language, buildClauseVersionRecord(optionIds));
      wrote = true;
      continue;
    }
    let optionBodies = version.get('options');
    if (!(optionBodies instanceof Y.Map)) {
      optionBodies = new Y.Map<Y.XmlFragment>();
      version.set('options', optionBodies);
      wrote = true;
    }
    for (const id of optionIds) {
      if (!(optionBodies as Y.Map<unknown>).has(id)) {
        (optionBodies as Y.Map<unknown>).set(id, new Y.XmlFragment());
        wrote = true;
      }
    }
  }
  return wrote;
}

/**
 * Whether `ensureClauseVersions` would find nothing missing: read without a transaction, so the
 * server opens one (and encodes it) only when a clause needs its versions.
 */
export function clauseVersionsComplete(clauseRecord: Y.Map<unknown>, languages: readonly string[]): boolean {
  const versions = clauseVersionsMap(clauseRecord);
  if (versions === null) return false;
  if (languages.length === 0) return true;
  const optionIds = optionIdsOf(clauseRecord);
  return languages.every((language) => {
    const version = versions.get(language);
    const optionBodies = version instanceof Y.Map ? version.get('options') : null;
    return optionBodies instanceof Y.Map && optionIds.every((id) => (optionBodies as Y.Map<unknown>).has(id));
  });
}

/**
 * The clause's wording in `language`: its own fields for the language of negotiation, else its
 * version record (options in the original's order, with the original's labels). Null when the
 * version does not exist.
 */
export function clauseTextIn(
  clauseRecord: Y.Map<unknown>,
  language: string,
  languageOfNegotiation: string,
): ClauseText | null {
  const options = clauseRecord.get('options');
  const originals = (options instanceof Y.Array ? options.toArray() : []).flatMap((option) => {
    const read = option instanceof Y.Map ? readClauseOption(option as Y.Map<unknown>) : null;
    return read ? [read] : [];
  });
  if (language === languageOfNegotiation) {
    const heading = clauseRecord.get('heading');
    const body = clauseRecord.get('body');
    if (!(heading instanceof Y.Text) || !(body instanceof Y.XmlFragment)) return null;
    return { heading, body, options: originals };
  }
  const version = clauseVersionRecord(clauseRecord, language);
  if (version === null) return null;
  const heading = version.get('heading');
  const body = version.get('body');
  const optionBodies = version.get('options');
  if (!(heading instanceof Y.Text) || !(body instanceof Y.XmlFragment)) return null;
  return {
    heading,
    body,
    options: originals.map((option) => {
      const translated = optionBodies instanceof Y.Map ? optionBodies.get(option.id) : undefined;
      return {
        id: option.id,
        label: option.label,
        body: translated instanceof Y.XmlFragment ? translated : new Y.XmlFragment(),
      };
    }),
  };
}
