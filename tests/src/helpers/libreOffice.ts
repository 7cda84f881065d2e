import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './tempDir.ts';

/**
 * LibreOffice as a second reader of the DOCX export (issue 14: "LibreOffice opens it"). Debian's
 * `libreoffice-writer-nogui` (~30 s to install here) and poppler's `pdftotext`; installed when missing
 * and we may (root, apt-get), the way `scripts/ensure-chromium.mjs` installs Chromium.
 */
const SOFFICE = process.env.PARLEY_SOFFICE ?? '/usr/bin/soffice';
const PDFTOTEXT = process.env.PARLEY_PDFTOTEXT ?? '/usr/bin/pdftotext';

export function ensureLibreOffice(): void {
  if (fs.existsSync(SOFFICE) && fs.existsSync(PDFTOTEXT)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `LibreOffice (${SOFFICE}) or pdftotext (${PDFTOTEXT}) not found. Install them ` +
        '(sudo apt-get install libreoffice-writer-nogui poppler-utils) or set PARLEY_SOFFICE and PARLEY_PDFTOTEXT.',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync(
    'apt-get',
    [
      'install',
      '-y',
      '-qq',
      '--no-install-recommends',
      'libreoffice-writer-nogui',
      'poppler-utils',
      'fonts-dejavu-core',
    ],
    { stdio: 'inherit', env },
  );
  if (!fs.existsSync(SOFFICE)) throw new Error(`apt-get finished but ${SOFFICE} is still missing`);
}

/**
 * Converts a file with headless LibreOffice (`format`: pdf, fodt …) and answers the new file's path.
 * Each conversion gets its own profile directory: two soffice processes cannot share one.
 */
export async function convertWithLibreOffice(file: string, format: string): Promise<string> {
  const outDir = tempDir();
  const profile = tempDir();
  await promisify(execFile)(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file],
    { timeout: 60_000 },
  );
  const converted = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
  if (!fs.existsSync(converted)) throw new Error(`LibreOffice did not convert ${file} to ${format}`);
  return converted;
}

/** The text of a PDF, as poppler's pdftotext reads it. */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await promisify(execFile)(PDFTOTEXT, ['-layout', file, '-']);
  return stdout;
}
