import type { Command } from '@parley/shared';
import { randomId } from '@parley/shared';
import * as Y from 'yjs';
import type { CommandContext, CommandResult } from './CommandContext.ts';

type VersionCommand = Extract<Command, { type: 'version.save' }>;

/** Saves the plenary as it is now under a revision label (Rev.1, Rev.2 … unless named). */
export async function runVersionCommand(ctx: CommandContext, command: VersionCommand): Promise<CommandResult> {
  const existing = await ctx.storage.listVersions(ctx.session.id);
  const label = command.label ?? `Rev.${existing.length + 1}`;
  const state = await ctx.documents.readPlenary(ctx.session.id, (doc) => Y.encodeStateAsUpdate(doc));
  const version = {
    id: `v${randomId(10)}`,
    sessionId: ctx.session.id,
    label,
    createdAt: ctx.now,
    createdBy: ctx.actor.participantId,
  };
  await ctx.storage.saveVersion(version, state);
  return { ok: true, versionId: version.id, label };
}
