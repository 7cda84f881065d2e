import type { Command } from '@parley/shared';
import { COMMAND_ROLES } from '@parley/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { sendCommand } from '../../api/sendCommand.ts';
import { useRoom } from '../session/RoomContext.ts';

export interface CommandRunner {
  /** Sends the command; true when the server accepted it (its effect then arrives through sync). */
  readonly send: (command: Command) => Promise<boolean>;
  readonly pending: boolean;
  /** The server's reason for the last refusal, to show next to the control that sent it. */
  readonly error: string | null;
  readonly clearError: () => void;
}

/** Sends moderation commands for one control, keeping its own pending state and last refusal. */
export function useCommand(): CommandRunner {
  const { sessionId, token } = useRoom();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const send = useCallback(
    async (command: Command) => {
      setPending(true);
      setError(null);
      const result = await sendCommand(sessionId, token, command);
      if (!mounted.current) return result.ok;
      setPending(false);
      if (!result.ok) setError(capitalize(result.error));
      return result.ok;
    },
    [sessionId, token],
  );
  const clearError = useCallback(() => setError(null), []);
  return { send, pending, error, clearError };
}

/** Whether the local participant's role may send this command at all (the server narrows further). */
export function useMaySend(type: Command['type']): boolean {
  const { you } = useRoom();
  return COMMAND_ROLES[type].includes(you.role);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
