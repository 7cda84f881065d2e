import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SECRET_FILE = 'secret';

/**
 * The signing secret: `PARLEY_SECRET` if set, else the one stored in the data directory, created on
 * first start with mode 0600 so only the server's user can read it.
 */
export function loadSecret(dataDir: string, override: string | undefined): Buffer {
  if (override !== undefined) return Buffer.from(override, 'utf8');
  const file = path.join(dataDir, SECRET_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const fd = fs.openSync(file, 'wx', 0o600);
    fs.writeSync(fd, crypto.randomBytes(32).toString('base64url'));
    fs.closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 16) throw new Error(`${file} holds no usable secret; delete it to generate a new one`);
  return Buffer.from(secret, 'utf8');
}
