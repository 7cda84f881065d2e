import * as Y from 'yjs';
import type { PartyId } from '../ids.ts';
import type { DocumentDetails } from './DocumentDetails.ts';
import { DEFAULT_DOCUMENT_DETAILS, documentDetailsSchema } from './DocumentDetails.ts';
import type { Party } from './Party.ts';
import { readParty, writeParty } from './Party.ts';
import type { PlenaryRoots } from './roots.ts';
import type { SessionLanguage } from './SessionLanguage.ts';
import { DEFAULT_SESSION_LANGUAGES, sessionLanguagesSchema } from './SessionLanguage.ts';
import type { SessionSettings } from './SessionSettings.ts';
import { DEFAULT_SESSION_SETTINGS } from './SessionSettings.ts';

const MetaKey = {
  title: 'title',
  schemaVersion: 'schemaVersion',
  parties: 'parties',
  settings: 'settings',
  languages: 'languages',
  languagesInParallel: 'languagesInParallel',
  document: 'document',
} as const;
export const META_KEYS: ReadonlySet<string> = new Set(Object.values(MetaKey));

/**
 * The keys of `meta` that only the server writes, through commands (the update gate refuses a
 * client's write to them, the mediator's too): `document` (`document.details`).
 */
export const SERVER_WRITTEN_META_KEYS: ReadonlySet<string> = new Set<string>([MetaKey.document]);

export function readTitle(roots: PlenaryRoots): string {
  const title = roots.meta.get(MetaKey.title);
  return typeof title === 'string' ? title : '';
}

export function writeTitle(roots: PlenaryRoots, title: string): void {
  roots.meta.set(MetaKey.title, title);
}

export function readSchemaVersion(roots: PlenaryRoots): number {
  const version = roots.meta.get(MetaKey.schemaVersion);
  return typeof version === 'number' ? version : 0;
}

export function writeSchemaVersion(roots: PlenaryRoots, version: number): void {
  roots.meta.set(MetaKey.schemaVersion, version);
}

export function partiesMap(roots: PlenaryRoots): Y.Map<Y.Map<unknown>> {
  const parties = roots.meta.get(MetaKey.parties);
  if (parties instanceof Y.Map) return parties as Y.Map<Y.Map<unknown>>;
  throw new Error('meta.parties is missing: the document was not migrated');
}

/** Parties in the order they were listed when the session was created (stable across clients). */
export function readParties(roots: PlenaryRoots): Party[] {
  const parties = roots.meta.get(MetaKey.parties);
  if (!(parties instanceof Y.Map)) return [];
  const list: Party[] = [];
  for (const record of parties.values()) {
    const party = record instanceof Y.Map ? readParty(record as Y.Map<unknown>) : null;
    if (party) list.push(party);
  }
  return list;
}

export function addParty(roots: PlenaryRoots, party: Party): void {
  writeParty(partiesMap(roots), party);
}

export function hasParty(roots: PlenaryRoots, partyId: PartyId): boolean {
  const parties = roots.meta.get(MetaKey.parties);
  return parties instanceof Y.Map && parties.has(partyId);
}

/**
 * The session's languages, the language of negotiation first. Kept in `meta.languages` as one plain
 * value the server replaces whole (a change is one atomic fact, and clients read it live); a missing or
 * malformed value reads as the default, English alone.
 */
export function readLanguages(roots: PlenaryRoots): readonly SessionLanguage[] {
  const stored = roots.meta.get(MetaKey.languages);
  // The gate reads this for every update: a stored value never changes in place, so parse it once.
  const cached = typeof stored === 'object' && stored !== null ? parsedLanguages.get(stored) : undefined;
  if (cached) return cached;
  const parsed = sessionLanguagesSchema.safeParse(stored);
  const languages = parsed.success ? parsed.data : DEFAULT_SESSION_LANGUAGES;
  if (typeof stored === 'object' && stored !== null) parsedLanguages.set(stored, languages);
  return languages;
}

const parsedLanguages = new WeakMap<object, readonly SessionLanguage[]>();

export function writeLanguages(roots: PlenaryRoots, languages: readonly SessionLanguage[]): void {
  roots.meta.set(
    MetaKey.languages,
    languages.map(({ tag, authentic }) => ({ tag, authentic })),
  );
}

/**
 * Whether the session's languages are negotiated in parallel (`meta.languagesInParallel`): then
 * delegates write every language version as they write the original; otherwise the versions follow
 * the language of negotiation and only language services and the mediator write them. Missing
 * (sessions from before) reads as false.
 */
export function readLanguagesInParallel(roots: PlenaryRoots): boolean {
  return roots.meta.get(MetaKey.languagesInParallel) === true;
}

export function writeLanguagesInParallel(roots: PlenaryRoots, inParallel: boolean): void {
  roots.meta.set(MetaKey.languagesInParallel, inParallel);
}

/**
 * The exported documents' symbol, marking and date (`meta.document`, one plain value replaced whole
 * by `document.details`); missing or malformed (sessions from before) reads as no symbol, a draft.
 */
export function readDocumentDetails(roots: PlenaryRoots): DocumentDetails {
  const parsed = documentDetailsSchema.safeParse(roots.meta.get(MetaKey.document));
  return parsed.success ? parsed.data : DEFAULT_DOCUMENT_DETAILS;
}

export function writeDocumentDetails(roots: PlenaryRoots, details: DocumentDetails): void {
  roots.meta.set(MetaKey.document, {
    symbol: details.symbol,
    marking: details.marking,
    ...(details.date !== undefined ? { date: details.date } : {}),
  });
}

function settingsMap(roots: PlenaryRoots): Y.Map<unknown> | null {
  const settings = roots.meta.get(MetaKey.settings);
  return settings instanceof Y.Map ? (settings as Y.Map<unknown>) : null;
}

type BooleanSetting = Exclude<keyof SessionSettings, 'editMode'>;

/**
 * The session's settings; a missing or mistyped value reads as its default. Read on every incoming
 * update by the gate, so it checks types by hand instead of building a validator each time.
 */
export function readSettings(roots: PlenaryRoots): SessionSettings {
  const settings = settingsMap(roots);
  if (!settings) return DEFAULT_SESSION_SETTINGS;
  const flag = (key: BooleanSetting) => {
    const value = settings.get(key);
    return typeof value === 'boolean' ? value : DEFAULT_SESSION_SETTINGS[key];
  };
  return {
    oneText: flag('oneText'),
    frozen: flag('frozen'),
    observersMayExport: flag('observersMayExport'),
    workingGroupsMayTable: flag('workingGroupsMayTable'),
    holdersMaySettleSuggestions: flag('holdersMaySettleSuggestions'),
    editMode: settings.get('editMode') === 'suggest' ? 'suggest' : 'direct',
  };
}

export function writeSetting<K extends keyof SessionSettings>(
  roots: PlenaryRoots,
  key: K,
  value: SessionSettings[K],
): void {
  const settings = settingsMap(roots);
  if (!settings) throw new Error('meta.settings is missing: the document was not migrated');
  settings.set(key, value);
}

/** Creates the nested maps of `meta`; only migration 1 calls this. */
export function initMetaContainers(roots: PlenaryRoots): void {
  if (!(roots.meta.get(MetaKey.parties) instanceof Y.Map)) roots.meta.set(MetaKey.parties, new Y.Map());
  if (!(roots.meta.get(MetaKey.settings) instanceof Y.Map)) {
    const settings = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(DEFAULT_SESSION_SETTINGS)) settings.set(key, value);
    roots.meta.set(MetaKey.settings, settings);
  }
}
