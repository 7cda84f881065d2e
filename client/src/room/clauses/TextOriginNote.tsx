import type { TextOrigin } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';

/** Where tabled text came from ("From working group: Verification"), beside a clause, option or proposal. */
export function TextOriginNote({ origin }: { origin: TextOrigin | null | undefined }) {
  const { text } = useMessages();
  if (!origin) return null;
  return (
    <span className={`text-origin text-origin--${origin.kind}`} data-testid="text-origin">
      {text(origin.kind === 'workingGroup' ? 'clause.origin.workingGroup' : 'clause.origin.caucus', {
        name: origin.name,
      })}
    </span>
  );
}
