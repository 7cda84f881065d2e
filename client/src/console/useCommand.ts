import type { Command, CommandAnswer } from '@parley/shared';
import { useCallback } from 'react';
import { useCommandChannel } from '../api/useCommandChannel.ts';
import { useConsole } from './ConsoleContext.ts';

export interface CommandRunner {
  /** Sends the command; resolves to the server's answer, or null when it was refused. */
  readonly run: (command: Command) => Promise<CommandAnswer | null>;
  readonly busy: boolean;
  /** The server's reason for the last refusal, shown next to the control that sent it. */
  readonly error: string | null;
  readonly clearError: () => void;
}

/**
 * One control's (or one row's) channel to the server: the console acts only through commands, and
 * every refusal is kept to show beside the control, in the server's words.
 */
export function useCommand(): CommandRunner {
  const { sessionId, token } = useConsole();
  const channel = useCommandChannel(sessionId, token);
  const { run: send } = channel;
  const run = useCallback(
    async (command: Command) => {
      const result = await send(command);
      return result.ok ? result.value : null;
    },
    [send],
  );
  return { run, busy: channel.busy, error: channel.error, clearError: channel.clearError };
}
