// Installs Debian packages for the tests when a binary they need is missing and we may (root,
// apt-get available); otherwise prints what to do and exits. Shared by the ensure-* scripts that came
// after ensure-chromium and ensure-libreoffice (those two predate it and keep their own copies).
import { execSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * `what` names the tests that need the packages; `installed()` says whether everything is there;
 * `hint` tells a non-root user what to install or set.
 */
export function ensureDebianPackages({ packages, what, installed, hint }) {
  if (installed()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(hint);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} for ${what} (once per machine)…`);
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq', { stdio: 'inherit', env });
  execSync(`apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, { stdio: 'inherit', env });
  if (!installed()) {
    console.error(`apt-get finished but ${packages.join(', ')} did not give what ${what} need`);
    process.exit(1);
  }
  console.log(`Installed ${packages.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
