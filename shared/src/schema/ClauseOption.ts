import * as Y from 'yjs';
import { z } from 'zod';
import type { OptionId } from '../ids.ts';
import { ID_PATTERN, newOptionId } from '../ids.ts';
import type { TextOrigin } from './TextOrigin.ts';
import { readTextOrigin } from './TextOrigin.ts';

/** An alternative wording of a clause ("Option 1", "Option 2", "no text"). */
export const clauseOptionSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  label: z.string().trim().min(1).max(100),
});
export type ClauseOption = {
  readonly id: OptionId;
  readonly label: string;
  readonly body: Y.XmlFragment;
  /** Where a tabled option came from (a working group, a caucus), or null. */
  readonly origin: TextOrigin | null;
};

/** `origin` is null unless the server tabled the option from a breakout room (`draft.table`). */
export const CLAUSE_OPTION_FIELDS = ['id', 'label', 'body', 'origin'] as const;

export function createClauseOption(
  label: string,
  origin: TextOrigin | null = null,
): { id: OptionId; record: Y.Map<unknown> } {
  const option = clauseOptionSchema.parse({ id: newOptionId(), label });
  const record = new Y.Map<unknown>();
  record.set('id', option.id);
  record.set('label', option.label);
  record.set('body', new Y.XmlFragment());
  record.set('origin', origin);
  return { id: option.id as OptionId, record };
}

export function readClauseOption(record: Y.Map<unknown>): ClauseOption | null {
  const parsed = clauseOptionSchema.safeParse({ id: record.get('id'), label: record.get('label') });
  const body = record.get('body');
  if (!parsed.success || !(body instanceof Y.XmlFragment)) return null;
  return {
    id: parsed.data.id as OptionId,
    label: parsed.data.label,
    body,
    origin: readTextOrigin(record.get('origin')),
  };
}
