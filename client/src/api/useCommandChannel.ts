import type { Command, CommandAnswer, SessionId, TransitionRefusal } from '@parley/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResult } from './requestJson.ts';
import { isUnreachable } from './requestJson.ts';
import { sendCommand } from './sendCommand.ts';
import { useWhenServerIsBack } from './useWhenServerIsBack.ts';

export interface CommandChannel {
  /** Sends the command and resolves to the server's result (a refusal carries its reason). */
  readonly run: (command: Command) => Promise<ApiResult<CommandAnswer>>;
  readonly busy: boolean;
  /**
   * The server's reason for the last refusal, in its words, until cleared or the next send; "could
   * not reach the server" goes by itself once the server answers again.
   */
  readonly error: string | null;
  /** The same refusal as facts, when the server gave them (a refused sign-off …). */
  readonly why: TransitionRefusal | null;
  readonly clearError: () => void;
}

/**
 * One control's channel to the server for moderation commands: its own busy state and last refusal,
 * and no state updates after the control is gone. The room and the console wrap it.
 */
export function useCommandChannel(sessionId: SessionId, token: string): CommandChannel {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{
    readonly error: string;
    readonly why: TransitionRefusal | null;
    readonly unreachable: boolean;
  } | null>(null);
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
      setFailure(null);
      const result = await sendCommand(sessionId, token, command);
      if (mounted.current) {
        setBusy(false);
        if (!result.ok)
          setFailure({ error: result.error, why: result.why ?? null, unreachable: isUnreachable(result) });
      }
      return result;
    },
    [sessionId, token],
  );
  const clearError = useCallback(() => setFailure(null), []);
  useWhenServerIsBack(failure?.unreachable === true, clearError);
  return { run, busy, error: failure?.error ?? null, why: failure?.why ?? null, clearError };
}
