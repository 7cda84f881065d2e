import type { Command, CommandAnswer } from '@parley/shared';
import { COMMAND_ROLES } from '@parley/shared';
import { useCallback, useContext } from 'react';
import { useCommandChannel } from '../api/useCommandChannel.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { transitionRefusalWords } from '../room/rights/ruleWords.ts';
import { RoomContext } from '../room/session/RoomContext.ts';
import { useIdentity } from './IdentityContext.ts';

const NO_PARTIES: readonly never[] = [];

export interface CommandRunner {
  /**
   * Sends the command; resolves to the server's answer (its effect then arrives through sync), or
   * null when it was refused.
   */
  readonly send: (command: Command) => Promise<CommandAnswer | null>;
  readonly pending: boolean;
  /**
   * The server's reason for the last refusal, to show next to the control that sent it: in the
   * reader's language when the server gave its facts (a refused sign-off …), else in its words.
   */
  readonly error: string | null;
  readonly clearError: () => void;
}

/**
 * One control's (or one row's) channel for moderation commands, in the room and the console alike:
 * its own pending state and last refusal, and no state updates after the control is gone.
 */
export function useCommand(): CommandRunner {
  const { sessionId, token } = useIdentity();
  const channel = useCommandChannel(sessionId, token);
  const { run } = channel;
  const send = useCallback(
    async (command: Command) => {
      const result = await run(command);
      return result.ok ? result.value : null;
    },
    [run],
  );
  const { text, locale } = useMessages();
  // Outside a room (no parties known) a holder is named "another party", as the rules do.
  const parties = useContext(RoomContext)?.parties ?? NO_PARTIES;
  const error = channel.why ? transitionRefusalWords(channel.why, parties, text, locale) : channel.error;
  return { send, pending: channel.busy, error, clearError: channel.clearError };
}

/** Whether the local participant's role may send this command at all (the server narrows further). */
export function useMaySend(type: Command['type']): boolean {
  const { you } = useIdentity();
  return COMMAND_ROLES[type].includes(you.role);
}
