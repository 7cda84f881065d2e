import * as Y from 'yjs';
import { z } from 'zod';
import type { OptionId } from '../ids.ts';
import { ID_PATTERN, newOptionId } from '../ids.ts';

/** An alternative wording of a clause ("Option 1", "Option 2", "no text"). */
export const clauseOptionSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  label: z.string().trim().min(1).max(100),
});
export type ClauseOption = { readonly id: OptionId; readonly label: string; readonly body: Y.XmlFragment };

export const CLAUSE_OPTION_FIELDS = ['id', 'label', 'body'] as const;

export function createClauseOption(label: string): { id: OptionId; record: Y.Map<unknown> } {
  const option = clauseOptionSchema.parse({ id: newOptionId(), label });
  const record = new Y.Map<unknown>();
  record.set('id', option.id);
  record.set('label', option.label);
  record.set('body', new Y.XmlFragment());
  return { id: option.id as OptionId, record };
}

export function readClauseOption(record: Y.Map<unknown>): ClauseOption | null {
  const parsed = clauseOptionSchema.safeParse({ id: record.get('id'), label: record.get('label') });
  const body = record.get('body');
  if (!parsed.success || !(body instanceof Y.XmlFragment)) return null;
  return { id: parsed.data.id as OptionId, label: parsed.data.label, body };
}
