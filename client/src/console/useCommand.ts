import type { Command } from '@parley/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandAnswer } from '../api/sendCommand.ts';
import { sendCommand } from '../api/sendCommand.ts';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (command: Command) => {
      setBusy(true);
      setError(null);
      const result = await sendCommand(sessionId, token, command);
      if (!mounted.current) return result.ok ? result.value : null;
      setBusy(false);
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      return result.value;
    },
    [sessionId, token],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
