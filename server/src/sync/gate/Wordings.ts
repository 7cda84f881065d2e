import type { ClauseId, PlenaryRoots } from '@parley/shared';
import { clauseRecord, clauseVersionRecord } from '@parley/shared';
import * as Y from 'yjs';

/**
 * One clause's words in one language, as the gate judges them after an update: the original
 * (`language` null: the clause's own heading, body and options) or a language version
 * (`versions/<language>`). Brackets and suggestions are judged on each the same way.
 */
export interface WordingRef {
  readonly clauseId: string;
  readonly language: string | null;
}

/** The text fields of a wording, shaped as shared `readMarkedBlocks` and the bracket reading take them. */
export interface WordingFields {
  readonly heading: unknown;
  readonly body: unknown;
  /** A `Y.Array` of option maps (the original), or `{body}` objects in the original's order (a version). */
  readonly options: unknown;
}

export const originalOf = (clauseId: string): WordingRef => ({ clauseId, language: null });

/** A key per wording for maps of readings: the clause id, or `<clauseId>/<language>`. */
export function wordingKey(ref: WordingRef): string {
  return ref.language === null ? ref.clauseId : `${ref.clauseId}/${ref.language}`;
}

/** The live fields of a wording, or null when the clause (or the version) does not exist. */
export function wordingFields(roots: PlenaryRoots, ref: WordingRef): WordingFields | null {
  const record = clauseRecord(roots, ref.clauseId as ClauseId);
  if (!record) return null;
  const options = record.get('options');
  if (ref.language === null) return { heading: record.get('heading'), body: record.get('body'), options };
  const version = clauseVersionRecord(record, ref.language);
  if (!version) return null;
  const bodies = version.get('options');
  // A version's options follow the original's order (an option's label is not translated).
  const ordered = (options instanceof Y.Array ? options.toArray() : []).map((option: unknown) => {
    const id = option instanceof Y.Map ? option.get('id') : undefined;
    const body = bodies instanceof Y.Map && typeof id === 'string' ? bodies.get(id) : undefined;
    return { body: body instanceof Y.XmlFragment ? body : null };
  });
  return { heading: version.get('heading'), body: version.get('body'), options: ordered };
}

/** The option bodies of a wording's fields, in order. */
export function optionBodies(fields: WordingFields): Y.XmlFragment[] {
  const list: unknown[] =
    fields.options instanceof Y.Array ? fields.options.toArray() : Array.isArray(fields.options) ? fields.options : [];
  return list.flatMap((option) => {
    const body =
      option instanceof Y.Map
        ? option.get('body')
        : typeof option === 'object' && option !== null && 'body' in option
          ? option.body
          : null;
    return body instanceof Y.XmlFragment ? [body] : [];
  });
}
