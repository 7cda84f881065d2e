import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readParties, readSchemaVersion, readSettings } from './Meta.ts';
import { INITIAL_MODERATION } from './Moderation.ts';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migratePlenary } from './migrations.ts';
import { plenaryRoots } from './roots.ts';
import { DEFAULT_SESSION_SETTINGS } from './SessionSettings.ts';

/** One check per migration, keyed by its target version; the guard below fails if one is missing. */
const MIGRATION_CHECKS: Record<number, () => void> = {
  1: () => {
    const doc = new Y.Doc();
    expect(migratePlenary(doc)).toEqual([1]);
    const roots = plenaryRoots(doc);
    expect(readSchemaVersion(roots)).toBe(1);
    expect(roots.meta.get('parties')).toBeInstanceOf(Y.Map);
    expect(readParties(roots)).toEqual([]);
    expect(readSettings(roots)).toEqual(DEFAULT_SESSION_SETTINGS);
    expect(roots.moderation.toJSON()).toEqual(INITIAL_MODERATION);
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
