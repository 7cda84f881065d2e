import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PartyId } from '../ids.ts';
import { clauseOptions, clauseRecord, clauseSignOffs, insertClause, readClause, setClauseControl } from './Clause.ts';
import { createClauseOption } from './ClauseOption.ts';
import { clauseVersionRecord, clauseVersionsMap } from './ClauseVersion.ts';
import { clauseAlignmentsMap } from './LanguageAlignment.ts';
import { readLanguages, readParties, readSchemaVersion, readSettings, writeLanguages } from './Meta.ts';
import { INITIAL_MODERATION } from './Moderation.ts';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migratePlenary } from './migrations.ts';
import { plenaryRoots } from './roots.ts';
import { DEFAULT_SESSION_SETTINGS } from './SessionSettings.ts';

/** One check per migration, keyed by its target version; the guard below fails if one is missing. */
const MIGRATION_CHECKS: Record<number, () => void> = {
  1: () => {
    const doc = new Y.Doc();
    const roots = plenaryRoots(doc);
    MIGRATIONS[0]?.up(roots);
    expect(roots.meta.get('parties')).toBeInstanceOf(Y.Map);
    expect(readParties(roots)).toEqual([]);
    expect(readSettings(roots)).toEqual(DEFAULT_SESSION_SETTINGS);
    const { breakouts: _added, ...version1 } = INITIAL_MODERATION;
    expect(roots.moderation.toJSON()).toEqual(version1);
  },
  2: () => {
    // A document as version 1 left it gains an empty list of breakouts and keeps everything else.
    const doc = new Y.Doc();
    const roots = plenaryRoots(doc);
    MIGRATIONS[0]?.up(roots);
    roots.meta.set('schemaVersion', 1);
    roots.moderation.set('mutes', ['u1']);
    expect(migratePlenary(doc)).toEqual(MIGRATIONS.slice(1).map((m) => m.to));
    expect(readSchemaVersion(roots)).toBe(CURRENT_SCHEMA_VERSION);
    expect(roots.moderation.get('breakouts')).toEqual([]);
    expect(roots.moderation.get('mutes')).toEqual(['u1']);
  },
  3: () => {
    // Version 2 allowed "agreed" over an open bracket: such a clause becomes bracketed, its sign-offs
    // go; an agreed clause without brackets, and a withdrawn one, keep their status.
    const doc = new Y.Doc();
    migratePlenary(doc);
    const roots = plenaryRoots(doc);
    roots.meta.set('schemaVersion', 2);
    const held = insertClause(roots, { kind: 'operative', text: 'Deploy 9,000 troops.' });
    const clean = insertClause(roots, { kind: 'operative', text: 'Words all accepted.' });
    const heldRecord = clauseRecord(roots, held);
    const cleanRecord = clauseRecord(roots, clean);
    if (!heldRecord || !cleanRecord) throw new Error('no clauses');
    const paragraph = readClause(heldRecord)?.body.get(0);
    const line = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (!(line instanceof Y.XmlText)) throw new Error('no text');
    line.format(7, 12, { bracket: { holder: 'pa', reason: 'substance', note: null } });
    for (const record of [heldRecord, cleanRecord]) {
      setClauseControl(record, 'status', 'agreed');
      clauseSignOffs(record).set('pa' as PartyId, { by: 'u1', at: 1, adReferendum: false });
    }
    expect(migratePlenary(doc)).toEqual(MIGRATIONS.slice(2).map((m) => m.to));
    expect(readClause(heldRecord)?.status).toBe('bracketed');
    expect(clauseSignOffs(heldRecord).size).toBe(0);
    expect(readClause(cleanRecord)?.status).toBe('agreed');
    expect(clauseSignOffs(cleanRecord).size).toBe(1);
  },
  4: () => {
    // A version 3 clause and option have no origin, the settings no workingGroupsMayTable: they gain
    // null and false; a clause that already has an origin keeps it.
    const doc = new Y.Doc();
    migratePlenary(doc);
    const roots = plenaryRoots(doc);
    roots.meta.set('schemaVersion', 3);
    (roots.meta.get('settings') as Y.Map<unknown>).delete('workingGroupsMayTable');
    const old = insertClause(roots, { kind: 'operative', text: 'Old words.' });
    const oldRecord = clauseRecord(roots, old);
    if (!oldRecord) throw new Error('no clause');
    oldRecord.delete('origin');
    const option = createClauseOption('Option 1');
    option.record.delete('origin');
    clauseOptions(oldRecord).push([option.record]);
    const tabled = insertClause(roots, { kind: 'operative', text: 'Tabled.' });
    const origin = { kind: 'workingGroup', name: 'Verification', breakoutId: 'b1' } as const;
    clauseRecord(roots, tabled)?.set('origin', origin);
    expect(migratePlenary(doc)).toEqual([4, 5, 6, 7, 8]);
    expect(oldRecord.get('origin')).toBeNull();
    expect(readClause(oldRecord)?.options[0]?.origin).toBeNull();
    expect(clauseOptions(oldRecord).get(0)?.has('origin')).toBe(true);
    expect(readClause(clauseRecord(roots, tabled) as Y.Map<unknown>)?.origin).toEqual(origin);
    expect((roots.meta.get('settings') as Y.Map<unknown>).get('workingGroupsMayTable')).toBe(false);
  },
  5: () => {
    // A version 4 session has no editMode: it gains 'direct' (delegates edit as they did); one that has it keeps it.
    const doc = new Y.Doc();
    migratePlenary(doc);
    const roots = plenaryRoots(doc);
    const settings = roots.meta.get('settings') as Y.Map<unknown>;
    roots.meta.set('schemaVersion', 4);
    settings.delete('editMode');
    expect(readSettings(roots).editMode).toBe('direct');
    expect(migratePlenary(doc)).toEqual([5, 6, 7, 8]);
    expect(settings.get('editMode')).toBe('direct');
    settings.set('editMode', 'suggest');
    roots.meta.set('schemaVersion', 4);
    expect(migratePlenary(doc)).toEqual([5, 6, 7, 8]);
    expect(readSettings(roots).editMode).toBe('suggest');
  },
  6: () => {
    // A version 5 session: only the mediator settles suggestions, as before; a session that allows it keeps it.
    const doc = new Y.Doc();
    migratePlenary(doc);
    const roots = plenaryRoots(doc);
    const settings = roots.meta.get('settings') as Y.Map<unknown>;
    roots.meta.set('schemaVersion', 5);
    settings.delete('holdersMaySettleSuggestions');
    expect(migratePlenary(doc)).toEqual([6, 7, 8]);
    expect(settings.get('holdersMaySettleSuggestions')).toBe(false);
    settings.set('holdersMaySettleSuggestions', true);
    roots.meta.set('schemaVersion', 5);
    expect(migratePlenary(doc)).toEqual([6, 7, 8]);
    expect(readSettings(roots).holdersMaySettleSuggestions).toBe(true);
  },
  7: () => {
    // A version 6 session was negotiated in English alone: it gains that; a session with languages keeps them.
    const doc = new Y.Doc();
    migratePlenary(doc);
    const roots = plenaryRoots(doc);
    roots.meta.set('schemaVersion', 6);
    roots.meta.delete('languages');
    expect(migratePlenary(doc)).toEqual([7, 8]);
    expect(roots.meta.get('languages')).toEqual([{ tag: 'en', authentic: true }]);
    writeLanguages(roots, [
      { tag: 'en', authentic: true },
      { tag: 'ru', authentic: true },
    ]);
    roots.meta.set('schemaVersion', 6);
    expect(migratePlenary(doc)).toEqual([7, 8]);
    expect(readLanguages(roots).map((language) => language.tag)).toEqual(['en', 'ru']);
  },
  8: () => {
    // A version 7 session in English, Russian and French: each clause gains an empty version per other
    // language (with a body for each option) and an empty alignments map; what exists is kept.
    const doc = new Y.Doc();
    migratePlenary(doc);
    const roots = plenaryRoots(doc);
    writeLanguages(roots, [
      { tag: 'en', authentic: true },
      { tag: 'ru', authentic: true },
      { tag: 'fr', authentic: false },
    ]);
    const old = insertClause(roots, { kind: 'operative', text: 'Old words.' });
    const record = clauseRecord(roots, old);
    if (!record) throw new Error('no clause');
    record.delete('versions');
    record.delete('alignments');
    const option = createClauseOption('Option 1');
    clauseOptions(record).push([option.record]);
    roots.meta.set('schemaVersion', 7);
    expect(migratePlenary(doc)).toEqual([8]);
    const versions = clauseVersionsMap(record);
    expect([...(versions?.keys() ?? [])].sort()).toEqual(['fr', 'ru']);
    const russian = clauseVersionRecord(record, 'ru');
    if (!russian) throw new Error('no Russian version');
    expect(russian.get('heading')).toBeInstanceOf(Y.Text);
    expect(russian.get('body')).toBeInstanceOf(Y.XmlFragment);
    expect((russian.get('options') as Y.Map<unknown>).get(option.id)).toBeInstanceOf(Y.XmlFragment);
    expect(clauseAlignmentsMap(record)?.size).toBe(0);
    // Words already in a version survive a second run.
    (russian.get('heading') as Y.Text).insert(0, 'Старые слова');
    roots.meta.set('schemaVersion', 7);
    expect(migratePlenary(doc)).toEqual([8]);
    expect(clauseVersionRecord(record, 'ru')?.get('heading')?.toString()).toBe('Старые слова');
  },
};

describe('plenary document migrations', () => {
  it('every migration has a test', () => {
    expect(Object.keys(MIGRATION_CHECKS).map(Number).sort()).toEqual(MIGRATIONS.map((m) => m.to).sort());
  });

  it('migrations are numbered 1, 2, 3 … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(MIGRATIONS.map((_m, index) => index + 1));
  });

  for (const migration of MIGRATIONS) {
    it(`migration ${migration.to}: ${migration.description}`, () => {
      const check = MIGRATION_CHECKS[migration.to];
      if (!check) throw new Error(`migration ${migration.to} has no test`);
      check();
    });
  }

  it('a new document goes through every migration to the current version', () => {
    const doc = new Y.Doc();
    expect(migratePlenary(doc)).toEqual(MIGRATIONS.map((m) => m.to));
    expect(readSchemaVersion(plenaryRoots(doc))).toBe(CURRENT_SCHEMA_VERSION);
    expect(plenaryRoots(doc).moderation.toJSON()).toEqual(INITIAL_MODERATION);
  });

  it('migrating an up-to-date document changes nothing', () => {
    const doc = new Y.Doc();
    migratePlenary(doc);
    const before = Y.encodeStateAsUpdate(doc);
    expect(migratePlenary(doc)).toEqual([]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('refuses a document from a newer schema rather than damaging it', () => {
    const doc = new Y.Doc();
    plenaryRoots(doc).meta.set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    expect(() => migratePlenary(doc)).toThrow(/newer/);
  });

  it('keeps settings a mediator changed when migrating again', () => {
    const doc = new Y.Doc();
    migratePlenary(doc);
    const settings = plenaryRoots(doc).meta.get('settings') as Y.Map<unknown>;
    settings.set('frozen', true);
    migratePlenary(doc);
    expect(readSettings(plenaryRoots(doc)).frozen).toBe(true);
  });
});
