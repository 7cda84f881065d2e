import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The import direction of the server's layers (README, Architecture), checked on the source. */
const root = path.dirname(fileURLToPath(import.meta.url));
const sharedRoot = path.resolve(root, '../../shared/src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !/\.test\.ts$|\.testkit\.ts$|\.contract\.ts$|gateTestKit\.ts$/.test(entry.name)
      ? [full]
      : [];
  });
}

/** Every relative import of a file, resolved to a path relative to server/src. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) =>
    path.relative(root, path.resolve(path.dirname(file), m[1] ?? '')),
  );
}

const layer = (file: string) => path.relative(root, file).split(path.sep)[0] ?? '';

describe('server layering', () => {
  const files = sources(root);

  it('nothing outside http/ imports http/ but the entry point', () => {
    const offenders = files
      .filter((file) => layer(file) !== 'http' && !['ParleyServer.ts', 'main.ts'].includes(layer(file)))
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith(`http${path.sep}`))
          .map(() => file),
      );
    expect(offenders).toEqual([]);
  });

  it('sync/ knows no negotiation rules: it imports none of moderation/, sessions/, export/, audit/, notices/, history/', () => {
    const negotiation = ['moderation', 'sessions', 'export', 'audit', 'notices', 'revisions', 'history', 'http'];
    const offenders = files
      .filter((file) => layer(file) === 'sync')
      .flatMap((file) => importsOf(file).filter((target) => negotiation.includes(target.split(path.sep)[0] ?? '')));
    expect(offenders).toEqual([]);
  });

  it('commands never hold the socket server', () => {
    const offenders = files
      .filter((file) => layer(file) === 'moderation')
      .flatMap((file) => importsOf(file).filter((target) => target.startsWith(`sync${path.sep}`)))
      .filter((target) => target !== path.join('sync', 'DocumentPolicy.ts'));
    expect(offenders).toEqual([]);
  });

  it('no production code casts through unknown', () => {
    const offenders = [...files, ...sources(sharedRoot)].filter((file) =>
      fs.readFileSync(file, 'utf8').includes(['as', 'unknown', 'as'].join(' ')),
    );
    expect(offenders).toEqual([]);
  });
});
