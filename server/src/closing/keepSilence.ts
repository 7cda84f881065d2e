import type { Adoption, ClauseId, ParticipantId, SessionId } from '@parley/shared';
import {
  clauseNumbers,
  clauseRecord,
  isSilenceRunning,
  readAdoption,
  readClausesInOrder,
  readSilence,
  setClauseControl,
  writeSilence,
} from '@parley/shared';
import { markAdopted, sealAdoptedText } from './adoptWholeText.ts';
import type { ClosingDeps } from './ClosingDeps.ts';

/** What happened when the deadline was checked. */
export type SilenceSettlement = 'kept' | 'notDue' | 'none';

/**
 * At (or after) the deadline of an unbroken silence: silence was kept. The whole draft is adopted as
 * `adoption.accept` adopts it (clauses adopted, session frozen, "Adopted text" revision and digest);
 * chosen clauses become agreed. The record says so (`silence.kept`, by the server), which tells
 * every participant. Settled at the deadline's time, even when the server was down then.
 */
export async function keepSilence(deps: ClosingDeps, now: number): Promise<SilenceSettlement> {
  const settled = await deps.documents.changePlenary(deps.session.id, (roots) => {
    const silence = readSilence(roots);
    if (!isSilenceRunning(silence)) return 'none' as const;
    if (now < silence.until) return 'notDue' as const;
    const numbers = clauseNumbers(readClausesInOrder(roots));
    writeSilence(roots, { ...silence, outcome: { kind: 'kept', at: silence.until } });
    let adopted: Adoption | null = null;
    if (silence.clauseIds === null) {
      const proposal: Adoption = readAdoption(roots) ?? {
        state: 'proposed',
        proposedAt: silence.startedAt,
        proposedBy: silence.startedBy,
        acceptances: {},
        initials: {},
      };
      adopted = markAdopted(roots, { ...proposal, underSilence: true }, silence.until);
    } else {
      for (const clauseId of silence.clauseIds) {
        const record = clauseRecord(roots, clauseId as ClauseId);
        const status = record?.get('status');
        if (record && (status === 'proposed' || status === 'agreedAdReferendum')) {
          setClauseControl(record, 'status', 'agreed');
        }
      }
    }
    const clauses = silence.clauseIds?.map((id) => numbers.get(id as ClauseId) ?? '?') ?? null;
    return { silence, adopted, clauses };
  });
  if (typeof settled === 'string') return settled;
  const { silence, adopted, clauses } = settled;
  const digest =
    adopted === null ? null : await sealAdoptedText(deps, adopted, silence.startedBy as ParticipantId, silence.until);
  await deps.storage.appendAudit({
    sessionId: deps.session.id as SessionId,
    at: now,
    participantId: null,
    role: 'server',
    action: 'silence.kept',
    detail: {
      until: silence.until,
      clauseIds: silence.clauseIds,
      clauses,
      adopted: adopted !== null,
      ...(adopted ? { revisionLabel: adopted.revisionLabel, digest } : {}),
    },
    outcome: 'ok',
  });
  return 'kept';
}
