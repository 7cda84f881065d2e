import type { SessionLanguage } from '@parley/shared';
import { languageOfNegotiation, plenaryRoots, readLanguages } from '@parley/shared';
import type * as Y from 'yjs';
import { z } from 'zod';

/** What the Akoma Ntoso export says beyond the agreement model: identification and the closing of the text. */
export interface AknContext {
  readonly sessionId: string;
  /** When the session was created (epoch ms): the Work's date. */
  readonly createdAt: number;
  /** The saved revision exported, or null for the current text. */
  readonly revisionId: string | null;
  /** When this file is made (epoch ms): the Manifestation's date. */
  readonly generatedAt: number;
  /** The session's languages: the first is the language of negotiation (the original expression). */
  readonly languages: readonly SessionLanguage[];
  /** The document symbol the mediator set (`meta.document`), or null. */
  readonly symbol: string | null;
  /** A non-paper rather than a draft (`meta.document.marking`). */
  readonly nonPaper: boolean;
  /** The adoption of the whole text, when it concerns the text exported (see `adoptionOf`). */
  readonly adoption: AknAdoption | null;
}

export interface AknAdoption {
  readonly state: 'proposed' | 'adopted';
  readonly proposedAt: number;
  readonly adoptedAt: number | null;
  readonly digest: string | null;
  readonly acceptances: readonly {
    readonly partyId: string;
    readonly at: number;
    readonly adReferendum: boolean;
    readonly confirmedAt: number | null;
  }[];
  readonly initials: readonly { readonly partyId: string; readonly name: string; readonly at: number }[];
}

/**
 * `moderation.adoption`, read for what the export prints of it. Its owner's reader
 * (`readAdoption`, shared/src/schema/ClosingState.ts, issue 18) is on another branch; until it is
 * here this reads the agreed shape leniently, and anything else as no adoption.
 */
const adoptionShape = z.object({
  state: z.enum(['proposed', 'adopted']),
  proposedAt: z.number(),
  acceptances: z.record(
    z.string(),
    z.object({ at: z.number(), adReferendum: z.boolean(), confirmedAt: z.number().optional() }),
  ),
  adoptedAt: z.number().optional(),
  revisionId: z.string().optional(),
  digest: z.string().optional(),
  initials: z.record(z.string(), z.object({ at: z.number(), name: z.string() })).optional(),
});

/** `meta.document` (the documents' details, issue 18): absent reads as no symbol, a draft. */
const documentDetailsShape = z.object({ symbol: z.string(), marking: z.string() });

/**
 * The adoption as the exported text carries it: the current text, or the revision frozen at
 * adoption. An older revision was not the text adopted, so it carries none.
 */
function adoptionOf(doc: Y.Doc, revisionId: string | null): AknAdoption | null {
  const parsed = adoptionShape.safeParse(plenaryRoots(doc).moderation.get('adoption'));
  if (!parsed.success) return null;
  const adoption = parsed.data;
  if (revisionId !== null && revisionId !== adoption.revisionId) return null;
  return {
    state: adoption.state,
    proposedAt: adoption.proposedAt,
    adoptedAt: adoption.adoptedAt ?? null,
    digest: adoption.digest ?? null,
    acceptances: Object.entries(adoption.acceptances).map(([partyId, acceptance]) => ({
      partyId,
      at: acceptance.at,
      adReferendum: acceptance.adReferendum,
      confirmedAt: acceptance.confirmedAt ?? null,
    })),
    initials: Object.entries(adoption.initials ?? {}).map(([partyId, initials]) => ({
      partyId,
      name: initials.name,
      at: initials.at,
    })),
  };
}

/**
 * The context of one export, read from the exported state (the current plenary or a revision's), so
 * a revision says what was true of it. The adoption is read from `current`: it is the session's.
 */
export function aknContextOf(
  doc: Y.Doc,
  current: Y.Doc,
  session: { readonly id: string; readonly createdAt: number },
  revisionId: string | null,
  generatedAt: number,
): AknContext {
  const roots = plenaryRoots(doc);
  const details = documentDetailsShape.safeParse(roots.meta.get('document'));
  return {
    sessionId: session.id,
    createdAt: session.createdAt,
    revisionId,
    generatedAt,
    languages: readLanguages(roots),
    symbol: details.success && details.data.symbol.trim() !== '' ? details.data.symbol.trim() : null,
    nonPaper: details.success && details.data.marking === 'nonPaper',
    adoption: adoptionOf(current, revisionId),
  };
}

/** The language of negotiation of a context's session. */
export const originalLanguage = (context: AknContext) => languageOfNegotiation(context.languages);
