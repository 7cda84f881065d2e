import type { Clause, ClauseId, RichTextJsonNode, SessionId } from '@parley/shared';
import { richTextJsonSchema, richTextToJson, textOriginSchema } from '@parley/shared';
import { z } from 'zod';
import { Refusal } from '../domain/Refusal.ts';
import type { AuditEntry, SessionStore } from '../storage/SessionStore.ts';

/*
 * Undoing "Keep this option" keeps its data server-side, in the record (audit detail) of the
 * collapse, not in the clause: the clause's layout, its migrations and the update gate stay as they
 * are, and the record already is the session's append-only memory of what was done. The detail holds
 * the text and options before, as Yjs-independent JSON, and the text after, to see whether anyone
 * has changed it since.
 */

const snapshotSchema = z.object({
  bodyBefore: richTextJsonSchema,
  optionsBefore: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      body: richTextJsonSchema,
      // Records from before tabling have none: those options came from the plenary itself.
      origin: textOriginSchema.nullable().optional(),
    }),
  ),
  bodyAfter: richTextJsonSchema,
});
export type CollapseSnapshot = z.infer<typeof snapshotSchema>;

/** What a collapse records, taken before the words change (`bodyAfter` is the chosen option's). */
export function collapseSnapshot(clause: Clause, chosenBody: readonly RichTextJsonNode[]): CollapseSnapshot {
  return {
    bodyBefore: richTextToJson(clause.body),
    optionsBefore: clause.options.map((option) => ({
      id: option.id,
      label: option.label,
      body: richTextToJson(option.body),
      origin: option.origin,
    })),
    bodyAfter: [...chosenBody],
  };
}

const PAGE = 200;

/** Newest first, the session's record entries that collapsed or restored this clause's options. */
async function* optionEntries(
  storage: SessionStore,
  sessionId: SessionId,
  clauseId: ClauseId,
): AsyncGenerator<AuditEntry> {
  let before: number | undefined;
  for (;;) {
    const page = await storage.listAudit(sessionId, PAGE, before);
    for (const entry of page) {
      const isOptionAction = entry.action === 'clause.collapseOptions' || entry.action === 'clause.restoreOptions';
      if (isOptionAction && entry.outcome === 'ok' && entry.detail.clauseId === clauseId) yield entry;
    }
    if (page.length < PAGE) return;
    before = page[page.length - 1]?.id;
  }
}

/**
 * The last collapse of the clause that has not been undone yet. Refused (conflict) when there is
 * none: never collapsed, or the last collapse was already undone (undo goes back one step only).
 */
export async function lastCollapse(
  storage: SessionStore,
  sessionId: SessionId,
  clauseId: ClauseId,
): Promise<CollapseSnapshot> {
  const latest = await optionEntries(storage, sessionId, clauseId).next();
  if (latest.done || latest.value.action !== 'clause.collapseOptions')
    throw new Refusal(
      'conflict',
      latest.done
        ? 'There is nothing to bring back: no option of this clause was kept.'
        : 'There is nothing to bring back: the last kept option of this clause was already undone.',
    );
  const snapshot = snapshotSchema.safeParse(latest.value.detail);
  if (!snapshot.success)
    throw new Refusal('conflict', 'There is nothing to bring back: that option was kept before undo was recorded.');
  return snapshot.data;
}
