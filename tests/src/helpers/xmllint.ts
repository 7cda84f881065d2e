import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './tempDir.ts';

/**
 * xmllint (Debian's libxml2-utils, installed when missing by `scripts/ensure-xmllint.mjs`, which the
 * README's test command runs first) validating against the official OASIS Akoma Ntoso 3.0 schema.
 * The schema is the team kit's unchanged copy beside the clone (`../shared/schemas/akn/`, which CI
 * copies there too), never a copy in the project.
 */
const XMLLINT = process.env.PARLEY_XMLLINT ?? '/usr/bin/xmllint';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const AKN_SCHEMA = path.resolve(repoRoot, '../shared/schemas/akn/akomantoso30.xsd');
const ENSURE_SCRIPT = path.join(repoRoot, 'scripts/ensure-xmllint.mjs');

export interface Validation {
  /** xmllint's exit status: 0 when the file validates. */
  readonly code: number;
  readonly output: string;
}

/** Validates an XML text against the Akoma Ntoso schema with `xmllint --noout --schema`. */
export async function validateAkn(xml: string): Promise<Validation> {
  if (!fs.existsSync(XMLLINT)) execFileSync(process.execPath, [ENSURE_SCRIPT], { stdio: 'inherit' });
  if (!fs.existsSync(AKN_SCHEMA)) throw new Error(`the Akoma Ntoso schema is not at ${AKN_SCHEMA}`);
  const file = path.join(tempDir(), 'export.xml');
  fs.writeFileSync(file, xml);
  return new Promise((resolve) => {
    execFile(XMLLINT, ['--noout', '--nonet', '--schema', AKN_SCHEMA, file], (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}
