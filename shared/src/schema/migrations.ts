import * as Y from 'yjs';
import { statusFromContent } from '../rules/ClauseLife.ts';
import { clauseContentOf } from '../rules/clauseFacts.ts';
import { clauseSignOffs, readClause, setClauseControl } from './Clause.ts';
import { isWordingFrozen } from './ClauseStatus.ts';
import { ensureClauseVersions } from './ClauseVersion.ts';
import { initMetaContainers, readLanguages, readSchemaVersion, writeLanguages, writeSchemaVersion } from './Meta.ts';
import type { ModerationKey } from './Moderation.ts';
import { INITIAL_MODERATION, writeModeration } from './Moderation.ts';
import type { PlenaryRoots } from './roots.ts';
import { plenaryRoots } from './roots.ts';
import { DEFAULT_SESSION_LANGUAGES } from './SessionLanguage.ts';

/**
 * Numbered migrations of the plenary document. Each takes a document at version `to - 1` to `to`;
 * they run on the server, in one transaction, when a document is created or loaded. Every migration
 * has a test (migrations.test.ts fails when one is missing).
 */
export interface Migration {
  readonly to: number;
  readonly description: string;
  readonly up: (roots: PlenaryRoots) => void;
}

/** The moderation keys version 1 created; later keys come with their own migration. */
const VERSION_1_MODERATION_KEYS: readonly ModerationKey[] = [
  'currentItemId',
  'timer',
  'speakers',
  'floor',
  'listClosed',
  'speakerLimitMs',
  'mutes',
];

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    description: 'initial layout: meta.parties, meta.settings and the moderation keys',
    up(roots) {
      initMetaContainers(roots);
      for (const key of VERSION_1_MODERATION_KEYS) {
        if (!roots.moderation.has(key)) writeModeration(roots, key, INITIAL_MODERATION[key]);
      }
    },
  },
  {
    to: 2,
    description: 'moderation.breakouts: open caucuses and working groups',
    up(roots) {
      if (!roots.moderation.has('breakouts')) writeModeration(roots, 'breakouts', []);
    },
  },
  {
    to: 3,
    description: 'a clause’s status follows its content: open brackets or options make it bracketed',
    up(roots) {
      // Sessions from before the clause life could hold "agreed" over an open bracket: such a clause
      // is bracketed, and the sign-offs given to it cannot stand for a text that is not one yet.
      for (const record of roots.clauses.values()) {
        const clause = record instanceof Y.Map ? readClause(record) : null;
        if (!clause) continue;
        const status = statusFromContent(clause.status, clauseContentOf(clause));
        if (status === clause.status) continue;
        setClauseControl(record, 'status', status);
        if (isWordingFrozen(clause.status)) {
          const signoffs = clauseSignOffs(record);
          for (const partyId of [...signoffs.keys()]) signoffs.delete(partyId);
        }
      }
    },
  },
  {
    to: 4,
    description: 'text tabled from breakout rooms: clauses and options gain origin, settings workingGroupsMayTable',
    up(roots) {
      // Every record carries every field (the gate's layout): older clauses and options came from the plenary itself.
      for (const record of roots.clauses.values()) {
        if (!(record instanceof Y.Map)) continue;
        if (!record.has('origin')) record.set('origin', null);
        const options = record.get('options');
        if (!(options instanceof Y.Array)) continue;
        for (const option of options.toArray()) {
          if (option instanceof Y.Map && !option.has('origin')) option.set('origin', null);
        }
      }
      const settings = roots.meta.get('settings');
      if (settings instanceof Y.Map && !settings.has('workingGroupsMayTable')) {
        settings.set('workingGroupsMayTable', false);
      }
    },
  },
  {
    to: 5,
    description: 'suggesting mode: settings editMode (delegates edit directly until the mediator asks for suggestions)',
    up(roots) {
      const settings = roots.meta.get('settings');
      if (settings instanceof Y.Map && !settings.has('editMode')) settings.set('editMode', 'direct');
    },
  },
  {
    to: 6,
    description: 'settings holdersMaySettleSuggestions (only the mediator settles suggestions until allowed)',
    up(roots) {
      const settings = roots.meta.get('settings');
      if (settings instanceof Y.Map && !settings.has('holdersMaySettleSuggestions')) {
        settings.set('holdersMaySettleSuggestions', false);
      }
    },
  },
  {
    to: 7,
    description: 'meta.languages: the session’s languages (sessions before them were negotiated in English alone)',
    up(roots) {
      if (!roots.meta.has('languages')) writeLanguages(roots, DEFAULT_SESSION_LANGUAGES);
    },
  },
  {
    to: 8,
    description: 'language versions: clauses gain versions (one per other language of the session) and alignments',
    up(roots) {
      const versionLanguages = readLanguages(roots)
        .slice(1)
        .map((language) => language.tag);
      for (const record of roots.clauses.values()) {
        if (!(record instanceof Y.Map)) continue;
        ensureClauseVersions(record, versionLanguages);
        if (!(record.get('alignments') instanceof Y.Map)) record.set('alignments', new Y.Map<unknown>());
      }
    },
  },
];

export const CURRENT_SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.to ?? 0;

/** Origin of transactions made by migrations, so observers can tell them from user edits. */
export const MIGRATION_ORIGIN = Symbol('parley-migration');

/**
 * Brings a plenary document up to the current schema; returns the versions it passed through.
 * A document from a newer Parley is left alone: downgrading would lose data.
 */
export function migratePlenary(doc: Y.Doc): number[] {
  const roots = plenaryRoots(doc);
  const from = readSchemaVersion(roots);
  if (from > CURRENT_SCHEMA_VERSION) {
    throw new Error(`document schema ${from} is newer than this server's ${CURRENT_SCHEMA_VERSION}`);
  }
  const applied: number[] = [];
  doc.transact(() => {
    for (const migration of MIGRATIONS) {
      if (migration.to <= from) continue;
      migration.up(roots);
      writeSchemaVersion(roots, migration.to);
      applied.push(migration.to);
    }
  }, MIGRATION_ORIGIN);
  return applied;
}
