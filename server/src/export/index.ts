export type { ExportedFile, ExportFormat, ExportRequest } from './exportAgreement.ts';
export { EXPORT_FORMATS, exportAgreement } from './exportAgreement.ts';
export type { Letterhead } from './letterhead.ts';
export { adoptedText, letterheadOf } from './letterhead.ts';
export { renderDocx } from './renderDocx.ts';
export { renderHtml } from './renderHtml.ts';
export { renderMarkdown } from './renderMarkdown.ts';
export { renderParallelDocx } from './renderParallelDocx.ts';
export { renderParallelHtml } from './renderParallelHtml.ts';
