import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SessionId } from '@parley/shared';
import { plenaryRoots, readLanguages } from '@parley/shared';
import * as Y from 'yjs';
import { Refusal } from '../domain/Refusal.ts';
import type { ExportFormat } from '../export/exportAgreement.ts';
import { EXPORT_FORMATS, exportAgreement } from '../export/exportAgreement.ts';
import { errorMessage } from '../log.ts';
import { languageParameter } from '../sessions/languageParameter.ts';
import { describeDatabase } from '../storage/openStorage.ts';
import { openPostgresStorage } from '../storage/postgres/PostgresStorage.ts';
import { SqliteStorage } from '../storage/SqliteStorage.ts';

const USAGE = `Export a session's draft agreement from a Parley data directory (the server may be stopped).

  pnpm export --session <id> [--format docx|md|html|json|akn] [--out <file>] [--data-dir <dir>]
              [--revision <id>] [--clean] [--agenda] [--record] [--language <tag>[,<tag>]]

--data-dir defaults to PARLEY_DATA_DIR or ./data; with PARLEY_DATABASE_URL set, the session is read
from that PostgreSQL database instead. --out defaults to the file name the API would use.
--language: one of the session's languages, or two side by side (docx and html); the language of
negotiation when left out.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      session: { type: 'string' },
      format: { type: 'string', default: 'docx' },
      out: { type: 'string' },
      'data-dir': { type: 'string', default: process.env.PARLEY_DATA_DIR ?? './data' },
      revision: { type: 'string' },
      clean: { type: 'boolean', default: false },
      agenda: { type: 'boolean', default: false },
      record: { type: 'boolean', default: false },
      language: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.session) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  // pnpm runs package scripts inside the package; relative paths mean the directory the user was in.
  const dataDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values['data-dir']);
  const databaseUrl = process.env.PARLEY_DATABASE_URL || undefined;
  if (!databaseUrl && !fs.existsSync(dataDir)) throw new Error(`no data directory at ${dataDir}`);
  const storage = databaseUrl ? await openPostgresStorage(databaseUrl) : new SqliteStorage(dataDir);
  const source = databaseUrl ? describeDatabase(databaseUrl) : dataDir;
  try {
    const session = await storage.getSession(values.session as SessionId);
    if (!session) throw new Error(`no session ${values.session} in ${source}`);
    const currentState = async () => {
      const stored = await storage.loadDocument(session.id);
      const doc = new Y.Doc();
      if (stored.state) Y.applyUpdate(doc, stored.state);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
      return Y.encodeStateAsUpdate(doc);
    };
    const languages = await (async () => {
      if (values.language === undefined) return undefined;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, await currentState());
      const known = readLanguages(plenaryRoots(doc));
      doc.destroy();
      return languageParameter(values.language, known, 2);
    })();
    const file = await exportAgreement(storage, session, currentState, {
      format,
      revision: values.revision,
      clean: values.clean,
      includeAgenda: values.agenda,
      includeRecord: values.record,
      ...(languages === undefined ? {} : { languages }),
    });
    const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out ?? file.filename);
    fs.writeFileSync(out, file.body);
    process.stdout.write(`wrote ${out} (${file.body.length} bytes)\n`);
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  // A refusal (no such revision, no clean text yet) is told as it is: its message says what to do.
  const told = error instanceof Refusal ? `export refused: ${error.message}` : `export failed: ${errorMessage(error)}`;
  process.stderr.write(`${told}\n`);
  process.exit(1);
});
