import type { Command } from '@parley/shared';
import { COMMAND_ROLES } from '@parley/shared';
import { useCallback } from 'react';
import { useCommandChannel } from '../../api/useCommandChannel.ts';
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
  const channel = useCommandChannel(sessionId, token);
  const { run } = channel;
  const send = useCallback(async (command: Command) => (await run(command)).ok, [run]);
  return {
    send,
    pending: channel.busy,
    error: channel.error === null ? null : capitalize(channel.error),
    clearError: channel.clearError,
  };
}

/** Whether the local participant's role may send this command at all (the server narrows further). */
export function useMaySend(type: Command['type']): boolean {
  const { you } = useRoom();
  return COMMAND_ROLES[type].includes(you.role);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
