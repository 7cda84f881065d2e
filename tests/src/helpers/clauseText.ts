import type { ClauseId } from '@parley/shared';
import { clauseRecord, fragmentPlainText, plenaryRoots, readClause } from '@parley/shared';
import * as Y from 'yjs';

/** A clause's text as a client sees it. */
export function clauseText(doc: Y.Doc, id: ClauseId): string {
  const record = clauseRecord(plenaryRoots(doc), id);
  const clause = record ? readClause(record) : null;
  return clause ? fragmentPlainText(clause.body) : '<missing>';
}

/** A clause's first line, to type into. */
export function firstLine(doc: Y.Doc, id: ClauseId): Y.XmlText {
  const record = clauseRecord(plenaryRoots(doc), id);
  const clause = record ? readClause(record) : null;
  const paragraph = clause?.body.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('clause has no first paragraph');
  return text;
}
