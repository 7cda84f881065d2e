import type { OptionId } from '@parley/shared';
import { clauseTextIn } from '@parley/shared';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/** The live Yjs types of one clause's version, for its editors to bind. */
export interface VersionFields {
  readonly heading: Y.Text;
  readonly body: Y.XmlFragment;
  /** In the original's order; `body` is null while the server has not yet created that option's version. */
  readonly options: readonly { readonly id: OptionId; readonly body: Y.XmlFragment | null }[];
}

/**
 * A clause's version in `language` (`clauseTextIn`), or null until the server created it. Re-read on
 * any change in the clause, but a new value only when a field is another Yjs type than before (a
 * version or an option arrived), so typing re-renders nothing here.
 */
export function useClauseVersionText(record: Y.Map<unknown>, language: string, source: string): VersionFields | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      record.observeDeep(onChange);
      return () => record.unobserveDeep(onChange);
    },
    [record],
  );
  const read = (): VersionFields | null => {
    const text = clauseTextIn(record, language, source);
    if (text === null) return null;
    return {
      heading: text.heading,
      body: text.body,
      // clauseTextIn stands in a fresh, unattached fragment for an option's missing version: not one to edit.
      options: text.options.map((option) => ({ id: option.id, body: option.body.doc === null ? null : option.body })),
    };
  };
  return useYjsValue(subscribe, read, sameFields);
}

function sameFields(a: VersionFields | null, b: VersionFields | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.heading === b.heading &&
    a.body === b.body &&
    a.options.length === b.options.length &&
    a.options.every((option, index) => option.id === b.options[index]?.id && option.body === b.options[index]?.body)
  );
}
