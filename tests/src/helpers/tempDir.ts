import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh directory removed when the current test finishes (or where `atEnd` says). */
export function tempDir(prefix = 'parley-test-', atEnd: (cleanup: () => void) => void = onTestFinished): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  atEnd(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
