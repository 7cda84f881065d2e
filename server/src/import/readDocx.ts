import mammoth from 'mammoth';
import { Refusal } from '../domain/Refusal.ts';
import type { DraftDocument } from './DraftBlock.ts';
import { mammothHtmlToBlocks } from './mammothHtml.ts';

/**
 * Style names Parley reads besides mammoth's defaults (headings, Word lists): the Title style is the
 * document's title, and a paragraph style whose name starts with "PP" marks a preamble paragraph.
 */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name^='PP'] => p.pp:fresh"];

/** A DOCX zero draft as draft blocks; a file mammoth cannot open is refused as invalid. */
export async function readDocx(file: Buffer): Promise<DraftDocument> {
  let html: string;
  try {
    // externalFileAccess stays off (mammoth's default): a file must not make the server read its disk.
    const result = await mammoth.convertToHtml({ buffer: file }, { styleMap: STYLE_MAP, externalFileAccess: false });
    html = result.value;
  } catch {
    throw new Refusal('invalid', 'the file is not a Word document (.docx) that can be read');
  }
  return mammothHtmlToBlocks(html);
}
