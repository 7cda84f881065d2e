import * as Y from 'yjs';
import { z } from 'zod';
import type { PartyId } from '../ids.ts';
import { ID_PATTERN } from '../ids.ts';

export const partySchema = z.object({
  id: z.string().regex(ID_PATTERN),
  name: z.string().trim().min(1).max(200),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export interface Party {
  readonly id: PartyId;
  readonly name: string;
  readonly color: string;
}

/** Distinct, readable on white, and distinguishable for the common colour-vision deficiencies. */
export const PARTY_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7f3c8d', '#3b7d23'];

export function partyColor(index: number): string {
  return PARTY_COLORS[index % PARTY_COLORS.length] ?? '#555555';
}

export function writeParty(parties: Y.Map<Y.Map<unknown>>, party: Party): void {
  const record = new Y.Map<unknown>();
  record.set('id', party.id);
  record.set('name', party.name);
  record.set('color', party.color);
  parties.set(party.id, record);
}

export function readParty(record: Y.Map<unknown>): Party | null {
  const parsed = partySchema.safeParse({ id: record.get('id'), name: record.get('name'), color: record.get('color') });
  return parsed.success ? { ...parsed.data, id: parsed.data.id as PartyId } : null;
}
