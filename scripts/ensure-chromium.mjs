// The browser tests drive Debian's Chromium (Playwright's own browser downloads are not reachable
// here). Install it when missing and we may (root, apt-get available); otherwise say what to do.
// With it, the Noto fonts for Chinese and Arabic, so screenshots of the interface in those languages
// show real glyphs, not boxes (about 30 s to install).
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const FONTS = [
  { pkg: 'fonts-noto-cjk', file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' },
  { pkg: 'fonts-noto-core', file: '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf' },
];

const chromiumMissing = !fs.existsSync(CHROMIUM);
const missingFonts = FONTS.filter((font) => !fs.existsSync(font.file)).map((font) => font.pkg);
if (!chromiumMissing && missingFonts.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  if (!chromiumMissing) {
    // Fonts only make screenshots readable: the tests still run without them.
    console.warn(`Without ${missingFonts.join(' and ')}, Chinese and Arabic screenshots show boxes.`);
    process.exit(0);
  }
  console.error(
    `Chromium not found at ${CHROMIUM}. Install Debian's chromium package (sudo apt-get install chromium) ` +
      'or set PARLEY_CHROMIUM to a Chromium binary, then run the tests again.',
  );
  process.exit(1);
}
const packages = [...(chromiumMissing ? ['chromium', 'fonts-dejavu-core'] : []), ...missingFonts];
console.log(`Installing ${packages.join(', ')} for the browser tests (once per machine)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync(`apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, { stdio: 'inherit', env });
if (!fs.existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} is still missing`);
  process.exit(1);
}
