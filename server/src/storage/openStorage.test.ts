import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../config.ts';
import { describeDatabase } from './openStorage.ts';

describe('choosing the storage engine', () => {
  it('is SQLite with nothing set, PostgreSQL with PARLEY_DATABASE_URL', () => {
    expect(configFromEnv({}, null).databaseUrl).toBeUndefined();
    expect(configFromEnv({ PARLEY_DATABASE_URL: '' }, null).databaseUrl).toBeUndefined();
    const url = 'postgres://parley:pw@db.example:6432/parley';
    expect(configFromEnv({ PARLEY_DATABASE_URL: url }, null).databaseUrl).toBe(url);
    expect(configFromEnv({ PARLEY_DATABASE_URL: 'postgresql://db/parley' }, null).databaseUrl).toBe(
      'postgresql://db/parley',
    );
  });

  it('refuses a URL that is not PostgreSQL’s', () => {
    expect(() => configFromEnv({ PARLEY_DATABASE_URL: 'mysql://db/parley' }, null)).toThrow(
      /PARLEY_DATABASE_URL: expected a postgres/,
    );
  });

  it('describes a database without its password', () => {
    expect(describeDatabase('postgres://parley:secret@db.example:6432/parley')).toBe('db.example:6432/parley');
    expect(describeDatabase('postgres://db.example/parley')).toBe('db.example:5432/parley');
  });
});
