// The cluster tests (issue 16) start real Redis servers: Debian's redis-server, installed when missing
// and we may (root, apt-get available), as Chromium is; otherwise say what to do. Only the binary is
// used: tests start their own servers in temp dirs on free ports, never the system service.
import fs from 'node:fs';
import { ensureDebianPackages } from './lib/debianPackages.mjs';

const REDIS_SERVER = process.env.PARLEY_REDIS_SERVER ?? '/usr/bin/redis-server';

ensureDebianPackages({
  packages: ['redis-server'],
  what: 'the cluster tests',
  installed: () => fs.existsSync(REDIS_SERVER),
  hint:
    `redis-server not found at ${REDIS_SERVER}. Install Debian's redis-server package ` +
    '(sudo apt-get install redis-server) or set PARLEY_REDIS_SERVER to a redis-server binary, then run the tests again.',
});
