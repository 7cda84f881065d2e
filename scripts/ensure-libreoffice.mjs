// The export tests open the DOCX in a second reader, LibreOffice (Debian's libreoffice-writer-nogui,
// about 30 s to install), and read its PDF with poppler's pdftotext. Install them when missing and we
// may (root, apt-get available); otherwise say what to do.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const SOFFICE = process.env.PARLEY_SOFFICE ?? '/usr/bin/soffice';
const PDFTOTEXT = process.env.PARLEY_PDFTOTEXT ?? '/usr/bin/pdftotext';

if (fs.existsSync(SOFFICE) && fs.existsSync(PDFTOTEXT)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `LibreOffice (${SOFFICE}) or pdftotext (${PDFTOTEXT}) not found. Install Debian's libreoffice-writer-nogui ` +
      'and poppler-utils (sudo apt-get install libreoffice-writer-nogui poppler-utils) or set PARLEY_SOFFICE ' +
      'and PARLEY_PDFTOTEXT, then run the tests again.',
  );
  process.exit(1);
}
console.log('Installing Debian LibreOffice Writer and poppler-utils for the export tests (once per machine)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-dejavu-core', {
  stdio: 'inherit',
  env,
});
for (const binary of [SOFFICE, PDFTOTEXT]) {
  if (!fs.existsSync(binary)) {
    console.error(`apt-get finished but ${binary} is still missing`);
    process.exit(1);
  }
}
