import type { Adoption, ClauseId, ParticipantId, PlenaryRoots } from '@parley/shared';
import {
  clauseRecord,
  randomId,
  readAdoption,
  readClausesInOrder,
  setClauseControl,
  writeAdoption,
  writeSetting,
} from '@parley/shared';
import * as Y from 'yjs';
import type { ClosingDeps } from './ClosingDeps.ts';
import { canonicalDigest } from './canonicalDigest.ts';

/** The label of the revision frozen at adoption. */
export const ADOPTED_TEXT_LABEL = 'Adopted text';

/**
 * Inside the plenary transaction that completes an adoption: every clause of the text (withdrawn ones
 * are not part of it) becomes adopted, the session is frozen, and the adoption names the revision
 * that `sealAdoptedText` saves next. Returns the adoption as written.
 */
export function markAdopted(roots: PlenaryRoots, adoption: Adoption, now: number): Adoption {
  for (const clause of readClausesInOrder(roots)) {
    if (clause.status === 'withdrawn') continue;
    const record = clauseRecord(roots, clause.id as ClauseId);
    if (record) setClauseControl(record, 'status', 'adopted');
  }
  writeSetting(roots, 'frozen', true);
  const adopted: Adoption = {
    ...adoption,
    state: 'adopted',
    adoptedAt: now,
    revisionId: `v${randomId(10)}`,
    revisionLabel: ADOPTED_TEXT_LABEL,
  };
  writeAdoption(roots, adopted);
  return adopted;
}

/**
 * After `markAdopted`: saves the plenary as the "Adopted text" revision and records the digest of its
 * canonical JSON export in `moderation.adoption.digest` (what the heads of delegation initial).
 */
export async function sealAdoptedText(
  deps: ClosingDeps,
  adoption: Adoption,
  by: ParticipantId,
  now: number,
): Promise<string> {
  const { revisionId, revisionLabel } = adoption;
  if (revisionId === undefined || revisionLabel === undefined) throw new Error('the adoption names no revision');
  const state = await deps.documents.readPlenary(deps.session.id, (doc) => Y.encodeStateAsUpdate(doc));
  await deps.storage.saveVersion(
    { id: revisionId, sessionId: deps.session.id, label: revisionLabel, createdAt: now, createdBy: by },
    state,
  );
  const digest = await canonicalDigest(deps, revisionId);
  await deps.documents.changePlenary(deps.session.id, (roots) =>
    writeAdoption(roots, { ...(readAdoption(roots) ?? adoption), digest }),
  );
  return digest;
}
