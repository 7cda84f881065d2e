import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tempDir } from './tempDir.ts';

/**
 * LibreOffice as a second reader of the DOCX export (issue 14: "LibreOffice opens it"): Debian's
 * `libreoffice-writer-nogui` and poppler's `pdftotext`, installed when missing by
 * `scripts/ensure-libreoffice.mjs` (which the README's test command runs first, as it does for Chromium).
 */
const SOFFICE = process.env.PARLEY_SOFFICE ?? '/usr/bin/soffice';
const PDFTOTEXT = process.env.PARLEY_PDFTOTEXT ?? '/usr/bin/pdftotext';
const ENSURE_SCRIPT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../scripts/ensure-libreoffice.mjs',
);
/** Test files run in parallel workers: one installs while the others wait (two apt-gets would collide). */
const INSTALL_LOCK = path.join(os.tmpdir(), 'parley-ensure-libreoffice.lock');
const INSTALL_WAIT_MS = 170_000;

const installed = () => fs.existsSync(SOFFICE) && fs.existsSync(PDFTOTEXT);

/** For a test file run on its own: installs LibreOffice when missing (the script says what to do when it may not). */
export function ensureLibreOffice(): void {
  if (installed()) return;
  const waitUntil = Date.now() + INSTALL_WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(INSTALL_LOCK);
      break;
    } catch {
      if (Date.now() > waitUntil) throw new Error(`another test has held ${INSTALL_LOCK} for too long`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
    }
  }
  try {
    if (!installed()) execFileSync(process.execPath, [ENSURE_SCRIPT], { stdio: 'inherit' });
  } finally {
    fs.rmdirSync(INSTALL_LOCK);
  }
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

/** Each page's text, as pdftotext reads it (each page ends with a form feed). */
export async function pdfPages(file: string): Promise<string[]> {
  const pages = (await pdfText(file)).split('\f');
  return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages;
}
