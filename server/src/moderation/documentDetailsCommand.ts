import type { Command, DocumentDetails } from '@parley/shared';
import { readDocumentDetails, writeDocumentDetails } from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import { OK } from './CommandContext.ts';

type DocumentDetailsCommand = Extract<Command, { type: 'document.details' }>;

const sameDetails = (a: DocumentDetails, b: DocumentDetails) =>
  a.symbol === b.symbol && a.marking === b.marking && a.date === b.date;

/**
 * Sets what the exported documents carry in their letterhead (`meta.document`): the symbol, the
 * marking (draft or non-paper) and the date. Replaced whole: a date left out is no date (each export
 * prints its own). The same details again are refused (409), as other settings already as asked are.
 */
export async function runDocumentDetailsCommand(
  ctx: CommandContext,
  command: DocumentDetailsCommand,
): Promise<CommandResult> {
  const details: DocumentDetails = {
    symbol: command.symbol,
    marking: command.marking,
    ...(command.date !== undefined ? { date: command.date } : {}),
  };
  await ctx.documents.changePlenary(ctx.session.id, (roots) => {
    if (sameDetails(readDocumentDetails(roots), details)) {
      throw new Refusal('conflict', 'The document already has these details.');
    }
    writeDocumentDetails(roots, details);
  });
  return OK;
}
