// The browser tests drive Debian's Chromium (Playwright's own browser downloads are not reachable
// here). Install it when missing and we may (root, apt-get available); otherwise say what to do.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

if (fs.existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `Chromium not found at ${CHROMIUM}. Install Debian's chromium package (sudo apt-get install chromium) ` +
      'or set PARLEY_CHROMIUM to a Chromium binary, then run the tests again.',
  );
  process.exit(1);
}
console.log('Installing Debian chromium for the browser tests (once per machine)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core', { stdio: 'inherit', env });
if (!fs.existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} is still missing`);
  process.exit(1);
}
