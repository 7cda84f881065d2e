// The cluster tests (issue 16) start real PostgreSQL servers: Debian's postgresql, installed when
// missing and we may (root, apt-get available), as Chromium is; otherwise say what to do. Only the
// binaries are used (initdb, pg_ctl, postgres): tests create their own clusters in temp dirs on free
// ports, never the system one the package may create.
import fs from 'node:fs';
import path from 'node:path';
import { ensureDebianPackages } from './lib/debianPackages.mjs';

const BINARIES = ['initdb', 'pg_ctl', 'postgres'];

/** PARLEY_PG_BIN, or any /usr/lib/postgresql/<version>/bin holding all three (the helper takes the newest). */
function installed() {
  const explicit = process.env.PARLEY_PG_BIN;
  const root = '/usr/lib/postgresql';
  const candidates = explicit
    ? [explicit]
    : fs.existsSync(root)
      ? fs.readdirSync(root).map((version) => path.join(root, version, 'bin'))
      : [];
  return candidates.some((dir) => BINARIES.every((binary) => fs.existsSync(path.join(dir, binary))));
}

ensureDebianPackages({
  packages: ['postgresql'],
  what: 'the cluster tests',
  installed,
  hint:
    'PostgreSQL server binaries (initdb, pg_ctl, postgres) not found under /usr/lib/postgresql/*/bin. Install ' +
    "Debian's postgresql package (sudo apt-get install postgresql) or set PARLEY_PG_BIN to the directory " +
    'holding them, then run the tests again.',
});
