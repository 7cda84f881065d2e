import type { TextOrigin } from '@parley/shared';
import { textOriginLabel } from '@parley/shared';

/** Where tabled text came from ("From working group: Verification"), beside a clause, option or proposal. */
export function TextOriginNote({ origin }: { origin: TextOrigin | null | undefined }) {
  if (!origin) return null;
  return (
    <span className={`text-origin text-origin--${origin.kind}`} data-testid="text-origin">
      {textOriginLabel(origin)}
    </span>
  );
}
