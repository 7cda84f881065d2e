import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VerifyAnswer } from '@parley/shared';
import { plenaryRoots, readAdoption, readParties, SHA256_HEX } from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import { sendJson } from './json.ts';
import type { ApiContext } from './sessionRoutes.ts';
import { findSession } from './sessionRoutes.ts';

const NOT_ADOPTED_TEXT = 'this digest is not that of an adopted text of this session';

/**
 * `GET /api/sessions/:id/verify?digest=<sha256 hex>`: which adopted text a digest belongs to and who
 * initialled it. Public (no token): the digest is the proof, since only someone holding the exported
 * text can compute it, and the answer says no more than the initialled document itself shows. An
 * unknown session and a digest that does not match answer the same 404, so nothing can be probed.
 */
export async function getVerify(context: ApiContext, request: IncomingMessage, response: ServerResponse, id: string) {
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
  const digest = (query.get('digest') ?? '').trim().toLowerCase();
  if (!SHA256_HEX.test(digest)) throw new Refusal('invalid', 'digest: must be a SHA-256 digest in hex (64 characters)');
  const session = await findSession(context, id).catch(() => {
    throw new Refusal('notFound', NOT_ADOPTED_TEXT);
  });
  const found = await context.documents.readPlenary(session.id, (doc) => {
    const roots = plenaryRoots(doc);
    return { adoption: readAdoption(roots), parties: readParties(roots) };
  });
  const { adoption, parties } = found;
  const initials = Object.entries(adoption?.initials ?? {});
  const matches = adoption?.digest === digest || initials.some(([, initial]) => initial.digest === digest);
  if (adoption?.state !== 'adopted' || !matches || adoption.revisionId === undefined) {
    throw new Refusal('notFound', NOT_ADOPTED_TEXT);
  }
  const answer: VerifyAnswer = {
    adopted: true,
    revision: { id: adoption.revisionId, label: adoption.revisionLabel ?? '' },
    adoptedAt: adoption.adoptedAt ?? adoption.proposedAt,
    digest,
    initials: initials
      .filter(([, initial]) => initial.digest === digest)
      .map(([partyId, initial]) => ({
        partyId,
        partyName: parties.find((party) => party.id === partyId)?.name ?? null,
        name: initial.name,
        at: initial.at,
      }))
      .sort((a, b) => a.at - b.at),
  };
  sendJson(response, 200, answer);
}
