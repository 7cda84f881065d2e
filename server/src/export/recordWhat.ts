import type { Agreement } from '@parley/shared';

type RecordLine = NonNullable<Agreement['record']>[number];

/** The sentence of a record line, with the text or status before and after where it changed one. */
export function recordWhat(line: RecordLine): string {
  const change = [
    line.before !== undefined ? `Before: ${line.before}` : null,
    line.after !== undefined ? `After: ${line.after}` : null,
  ].filter((part): part is string => part !== null);
  return change.length > 0 ? `${line.what} ${change.join(' ')}` : line.what;
}
