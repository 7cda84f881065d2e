// The Akoma Ntoso export is validated against the official OASIS schema by a test
// (tests/src/export/aknRenderer.test.ts and aknExport.test.ts) with xmllint: Debian's libxml2-utils, installed when
// missing and we may (root, apt-get available), as Chromium is; otherwise say what to do.
import fs from 'node:fs';
import { ensureDebianPackages } from './lib/debianPackages.mjs';

const XMLLINT = process.env.PARLEY_XMLLINT ?? '/usr/bin/xmllint';

ensureDebianPackages({
  packages: ['libxml2-utils'],
  what: 'the Akoma Ntoso export’s schema test',
  installed: () => fs.existsSync(XMLLINT),
  hint:
    `xmllint not found at ${XMLLINT}. Install Debian's libxml2-utils package (sudo apt-get install libxml2-utils) ` +
    'or set PARLEY_XMLLINT to an xmllint binary, then run the tests again.',
});
