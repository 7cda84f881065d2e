import { createHash } from 'node:crypto';
import { exportAgreement } from '../export/exportAgreement.ts';
import type { ClosingDeps } from './ClosingDeps.ts';

/**
 * The SHA-256 (lowercase hex) of the adopted text's canonical form: the bytes of its JSON export,
 * `GET /api/sessions/:id/export?format=json&revision=<revisionId>`, exactly as anyone downloads them.
 * A revision's export is dated with the revision and carries no export time, so the same text always
 * gives the same digest.
 */
export async function canonicalDigest(deps: ClosingDeps, revisionId: string): Promise<string> {
  const file = await exportAgreement(
    deps.storage,
    deps.session,
    () => Promise.reject(new Error('the canonical text is a saved revision, never the live plenary')),
    { format: 'json', revision: revisionId, clean: false, includeAgenda: false, includeRecord: false },
  );
  return createHash('sha256').update(file.body).digest('hex');
}
