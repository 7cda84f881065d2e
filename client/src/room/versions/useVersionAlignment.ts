import type { SessionLanguage, VersionAlignment } from '@parley/shared';
import { versionAlignments } from '@parley/shared';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

const NONE: readonly VersionAlignment[] = [];

/** Where every version of a clause stands (aligned, stale, missing), live as either text changes. */
export function useVersionAlignments(
  record: Y.Map<unknown>,
  languages: readonly SessionLanguage[],
): readonly VersionAlignment[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      record.observeDeep(onChange);
      return () => record.unobserveDeep(onChange);
    },
    [record],
  );
  // One language has no versions: nothing to read on each keystroke in the clause.
  const read = () => (languages.length < 2 ? NONE : versionAlignments(record, languages));
  return useYjsValue(subscribe, read, sameAlignments);
}

function sameAlignments(a: readonly VersionAlignment[], b: readonly VersionAlignment[]): boolean {
  return a.length === b.length && a.every((version, index) => sameAlignment(version, b[index]));
}

function sameAlignment(a: VersionAlignment, b: VersionAlignment | undefined): boolean {
  return (
    b !== undefined &&
    a.language === b.language &&
    a.authentic === b.authentic &&
    a.state === b.state &&
    a.sourceWording === b.sourceWording &&
    a.versionWording === b.versionWording &&
    a.alignment?.at === b.alignment?.at &&
    a.alignment?.by === b.alignment?.by &&
    a.alignment?.sourceWording === b.alignment?.sourceWording
  );
}
