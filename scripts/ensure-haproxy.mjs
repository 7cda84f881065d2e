// The deployment recipe's HAProxy configuration (deploy/haproxy.cfg) is checked by a test
// (tests/src/cluster/haproxyConfig.test.ts) with a real HAProxy: Debian's haproxy, installed when
// missing and we may (root, apt-get available), as Chromium is; otherwise say what to do. Only the
// binary is used: the test runs its own HAProxy on a free port, never the system service.
import fs from 'node:fs';
import { ensureDebianPackages } from './lib/debianPackages.mjs';

const HAPROXY = process.env.PARLEY_HAPROXY ?? '/usr/sbin/haproxy';

ensureDebianPackages({
  packages: ['haproxy'],
  what: 'the deployment recipe’s test',
  installed: () => fs.existsSync(HAPROXY),
  hint:
    `haproxy not found at ${HAPROXY}. Install Debian's haproxy package (sudo apt-get install haproxy) ` +
    'or set PARLEY_HAPROXY to a haproxy binary (2.6 or newer), then run the tests again.',
});
