import type { Agreement } from '@parley/shared';
import {
  agreementSchema,
  buildAgreement,
  cleanTextProblems,
  languageName,
  plenaryRoots,
  readAdoption,
  versionCleanTextProblems,
} from '@parley/shared';
import * as Y from 'yjs';
import { Refusal } from '../domain/Refusal.ts';
import { readAuthors } from '../sessions/readAuthors.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { SessionRecord, SessionStore } from '../storage/SessionStore.ts';
import type { AknContext } from './akn/AknContext.ts';
import { aknContextOf } from './akn/AknContext.ts';
import { renderAkn } from './akn/renderAkn.ts';
import type { Letterhead } from './letterhead.ts';
import { adoptedText, authenticationOf, letterheadOf } from './letterhead.ts';
import { recordAnnex } from './recordAnnex.ts';
import { renderHtml } from './renderHtml.ts';
import { renderMarkdown } from './renderMarkdown.ts';
import { renderParallelHtml } from './renderParallelHtml.ts';

export const EXPORT_FORMATS = ['docx', 'md', 'html', 'json', 'akn'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  readonly format: ExportFormat;
  /** A saved revision's id; the current text when absent. */
  readonly revision?: string | undefined;
  readonly clean: boolean;
  readonly includeAgenda: boolean;
  readonly includeRecord: boolean;
  /** Colour the text by author, with a legend (HTML only): from the plenary's client-id bindings. */
  readonly authorship?: boolean;
  /**
   * The text's languages, checked against the session's: one (that language's version), or two
   * (parallel columns, DOCX and HTML only). The language of negotiation when absent.
   */
  readonly languages?: readonly string[];
}

/** The formats that can set two languages side by side. */
const PARALLEL_FORMATS: readonly ExportFormat[] = ['docx', 'html'];

export interface ExportedFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly filename: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  akn: 'application/akn+xml; charset=utf-8',
};

/** A format whose file name does not end in the format's name: Akoma Ntoso is XML. */
const EXTENSIONS: Partial<Record<ExportFormat, string>> = { akn: 'xml' };

function fileStem(title: string, label: string): string {
  const stem = `${title} ${label}`
    .normalize('NFKD')
    .replace(/[^\w\s.-]/g, '')
    .trim()
    .replace(/\s+/g, '-');
  return stem.length > 0 ? stem.slice(0, 80) : 'agreement';
}

/**
 * The draft agreement of a session in one format: from the current plenary (`currentState`) or a
 * saved revision, in one of its languages or two side by side. Refuses the clean text (409, with the
 * reasons) while anything is unagreed, in the original or in a language asked for.
 */
export async function exportAgreement(
  storage: SessionStore & Pick<DocumentStore, 'loadVersion' | 'loadClientBindings'>,
  session: SessionRecord,
  currentState: () => Promise<Uint8Array>,
  request: ExportRequest,
): Promise<ExportedFile> {
  if (request.authorship === true && request.format !== 'html') {
    throw new Refusal('invalid', 'authorship: only the HTML export colours the text by author');
  }
  const languages = request.languages ?? [];
  if (languages.length > 2) throw new Refusal('invalid', 'language: at most two languages side by side');
  if (languages.length === 2 && !PARALLEL_FORMATS.includes(request.format)) {
    throw new Refusal(
      'invalid',
      `language: two languages side by side need format=${PARALLEL_FORMATS.join(' or ')}; ${request.format} holds one language`,
    );
  }
  let state: Uint8Array;
  let label: string | null = null;
  let dated = Date.now();
  if (request.revision !== undefined) {
    const saved = await storage.loadVersion(session.id, request.revision);
    if (!saved) throw new Refusal('notFound', 'revision: no such revision');
    state = saved.state;
    label = saved.version.label;
    dated = saved.version.createdAt;
  } else {
    state = await currentState();
  }
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  try {
    if (request.clean) {
      // Each language asked for must be clean too, not only the original.
      const problems = [
        ...cleanTextProblems(doc),
        ...languages.flatMap((language) => versionCleanTextProblems(doc, language, languageName(language))),
      ];
      if (problems.length > 0) throw new Refusal('conflict', `no clean text yet: ${problems.join('; ')}`);
    }
    const record: Agreement['record'] = request.includeRecord
      ? await recordAnnex(storage, session, await currentState())
      : undefined;
    // Read once for every language built.
    const participants = await storage.listParticipants(session.id);
    const authors = request.authorship === true ? await readAuthors(storage, session, session.id) : undefined;
    const build = (language: string | undefined) =>
      buildAgreement(doc, {
        date: new Date(dated).toISOString().slice(0, 10),
        revision: label,
        clean: request.clean,
        includeAgenda: request.includeAgenda,
        // Removed participants keep their names: their pending suggestions are still theirs.
        participantNames: new Map(participants.map((p) => [p.id, p.name])),
        ...(record ? { record } : {}),
        // A revision is a state of the plenary, so the plenary's bindings name its authors too.
        ...(authors ? { authors } : {}),
        ...(language === undefined ? {} : { language }),
      });
    const [first, second] = languages;
    const agreement = build(first);
    // Only the paged formats have a letterhead; the JSON export (the adoption's digest) reads no more than its revision.
    const letterhead = () => letterheadFor(doc, agreement, request.revision, currentState);
    // A language asked for names the file ("…-draft-ru.docx", "…-draft-en-ru.docx"); none, as before.
    const stem = [fileStem(agreement.title, label ?? (request.clean ? 'clean' : 'draft')), ...languages].join('-');
    // A revision is exported with the session's adoption, which only the current plenary holds.
    const akn = async () => {
      if (request.revision === undefined) return aknContextOf(doc, doc, session, null, Date.now());
      const current = stateDoc(await currentState());
      try {
        return aknContextOf(doc, current, session, request.revision, Date.now());
      } finally {
        current.destroy();
      }
    };
    const body =
      second === undefined
        ? await render(agreement, letterhead, request.format, akn)
        : await renderParallel(agreement, build(second), letterhead, request.format);
    const extension = EXTENSIONS[request.format] ?? request.format;
    return { body, contentType: CONTENT_TYPES[request.format], filename: `${stem}.${extension}` };
  } finally {
    doc.destroy();
  }
}

/** A document of a stored state. */
function stateDoc(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/**
 * The letterhead of the text exported: the symbol, marking and date set in it (a revision carries
 * those of the day it was saved), "adopted" when the whole text is, or when the revision exported is
 * the one frozen at adoption (read from the current plenary).
 */
async function letterheadFor(
  doc: Y.Doc,
  agreement: Agreement,
  revision: string | undefined,
  currentState: () => Promise<Uint8Array>,
): Promise<Letterhead> {
  const roots = plenaryRoots(doc);
  if (revision === undefined) {
    return letterheadOf(roots, agreement, adoptedText(roots), authenticationOf(agreement, readAdoption(roots)));
  }
  // The initials come after the adoption's revision was saved: only the current plenary holds them.
  const current = stateDoc(await currentState());
  try {
    const currentRoots = plenaryRoots(current);
    const frozenAtAdoption = adoptedText(currentRoots, revision);
    const adoption = frozenAtAdoption ? readAdoption(currentRoots) : null;
    return letterheadOf(
      roots,
      agreement,
      adoptedText(roots) || frozenAtAdoption,
      authenticationOf(agreement, adoption),
    );
  } finally {
    current.destroy();
  }
}

async function render(
  agreement: Agreement,
  letterhead: () => Promise<Letterhead>,
  format: ExportFormat,
  akn: () => Promise<AknContext>,
): Promise<Buffer> {
  switch (format) {
    case 'docx': {
      // The Word library is loaded at the first DOCX export, not at start: it is most of a resting
      // server's memory otherwise (issue 17).
      const { renderDocx } = await import('./renderDocx.ts');
      return renderDocx(agreement, await letterhead());
    }
    case 'md':
      return Buffer.from(renderMarkdown(agreement), 'utf8');
    case 'html':
      return Buffer.from(renderHtml(agreement, await letterhead()), 'utf8');
    case 'json':
      return Buffer.from(`${JSON.stringify(agreementSchema.parse(agreement), null, 2)}\n`, 'utf8');
    case 'akn':
      return Buffer.from(renderAkn(agreement, await akn()), 'utf8');
  }
}

async function renderParallel(
  left: Agreement,
  right: Agreement,
  letterhead: () => Promise<Letterhead>,
  format: ExportFormat,
): Promise<Buffer> {
  switch (format) {
    case 'docx': {
      const { renderParallelDocx } = await import('./renderParallelDocx.ts');
      return renderParallelDocx(left, right, await letterhead());
    }
    case 'html':
      return Buffer.from(renderParallelHtml(left, right, await letterhead()), 'utf8');
    case 'md':
    case 'json':
    case 'akn':
      // Refused before anything was built (PARALLEL_FORMATS).
      throw new Error(`no parallel ${format} export`);
  }
}
