import type { Command, PlenaryRoots, SessionLanguage } from '@parley/shared';
import {
  languageName,
  languagesWithText,
  randomId,
  readLanguages,
  readLanguagesInParallel,
  readModeration,
  readSettings,
  writeLanguages,
  writeLanguagesInParallel,
  writeModeration,
  writeSetting,
} from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import type { ParticipantRecord } from '../storage/SessionStore.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import { OK } from './CommandContext.ts';

type SessionCommand = Extract<Command, { type: `session.${string}` | `breakout.${string}` }>;

const SETTING_OF = {
  'session.freeze': 'frozen',
  'session.oneText': 'oneText',
  'session.observersMayExport': 'observersMayExport',
  'session.workingGroupsMayTable': 'workingGroupsMayTable',
  'session.holdersMaySettleSuggestions': 'holdersMaySettleSuggestions',
} as const;

/** What a setting that is already as asked says, in words (on, off). */
const ALREADY = {
  frozen: ['The session is already frozen.', 'The session is not frozen.'],
  oneText: ['One-Text mode is already on.', 'One-Text mode is already off.'],
  observersMayExport: [
    'Observers may already download the text and see its revisions.',
    'Observers already may not download the text or see its revisions.',
  ],
  workingGroupsMayTable: [
    'Working groups may already table their drafts.',
    'Working groups already may not table their drafts.',
  ],
  holdersMaySettleSuggestions: [
    'Parties may already settle the suggestions in their own brackets.',
    'Only the mediator settles suggestions already.',
  ],
} as const;

/**
 * Replaces the session's languages (and, when given, whether they are negotiated in parallel). A
 * language that holds text may not go, and the language of negotiation may not change once the text
 * is negotiated in it (`rules/languagesWithText.ts`). The versions of a language added are created
 * by the command's transaction (`ensureLanguageVersions`, run after every command).
 */
function changeLanguages(roots: PlenaryRoots, languages: readonly SessionLanguage[], inParallel?: boolean): void {
  const current = readLanguages(roots);
  const parallelChanges = inParallel !== undefined && inParallel !== readLanguagesInParallel(roots);
  if (JSON.stringify(current) === JSON.stringify(languages) && !parallelChanges) {
    throw new Refusal('conflict', 'The session already has these languages.');
  }
  const withText = languagesWithText(roots, current);
  const kept = new Set(languages.map((language) => language.tag));
  const dropped = [...withText].filter((tag) => !kept.has(tag));
  if (dropped.length > 0) {
    throw new Refusal(
      'conflict',
      `languages: ${dropped.map(languageName).join(', ')} holds text and cannot be dropped`,
    );
  }
  const negotiation = current[0]?.tag;
  if (negotiation !== undefined && withText.has(negotiation) && languages[0]?.tag !== negotiation) {
    throw new Refusal(
      'conflict',
      `languages: the text is negotiated in ${languageName(negotiation)}, which must stay the first language`,
    );
  }
  writeLanguages(roots, languages);
  if (parallelChanges) writeLanguagesInParallel(roots, inParallel);
}

/** Session-wide settings (freeze, One-Text) and breakouts (a party's caucus, a working group). */
export async function runSessionCommand(ctx: CommandContext, command: SessionCommand): Promise<CommandResult> {
  // A working group's members are read before the change (one synchronous transaction); commands of
  // a session run one at a time, so no removal lands between this read and the change.
  const roster =
    command.type === 'breakout.open'
      ? new Map((await ctx.storage.listParticipants(ctx.session.id)).map((p) => [p.id as string, p]))
      : new Map<string, ParticipantRecord>();
  const result = await ctx.documents.changePlenary(
    ctx.session.id,
    (roots): CommandResult & { closedGroup?: string } => {
      switch (command.type) {
        case 'session.freeze':
        case 'session.oneText':
        case 'session.observersMayExport':
        case 'session.workingGroupsMayTable':
        case 'session.holdersMaySettleSuggestions': {
          const key = SETTING_OF[command.type];
          const value = 'frozen' in command ? command.frozen : 'enabled' in command ? command.enabled : command.allowed;
          if (readSettings(roots)[key] === value) throw new Refusal('conflict', ALREADY[key][value ? 0 : 1]);
          writeSetting(roots, key, value);
          return OK;
        }
        case 'session.editMode': {
          if (readSettings(roots).editMode === command.mode) {
            throw new Refusal(
              'conflict',
              command.mode === 'suggest' ? 'Delegates already suggest.' : 'Delegates already edit directly.',
            );
          }
          writeSetting(roots, 'editMode', command.mode);
          return OK;
        }
        case 'session.languages':
          changeLanguages(roots, command.languages, command.inParallel);
          return OK;
        case 'breakout.open': {
          const breakouts = readModeration(roots).breakouts;
          if (command.partyId !== undefined) {
            const party = ctx.session.parties.find((p) => p.id === command.partyId);
            if (!party) throw new Refusal('notFound', 'partyId: no such party');
            if (breakouts.some((b) => b.kind === 'caucus' && b.partyId === party.id)) {
              throw new Refusal('conflict', `a caucus with ${party.name} is already open`);
            }
            const breakout = {
              id: `b${randomId(8)}`,
              kind: 'caucus' as const,
              partyId: party.id,
              label: command.label ?? `Caucus with ${party.name}`,
              participantIds: [],
              openedAt: ctx.now,
            };
            writeModeration(roots, 'breakouts', [...breakouts, breakout]);
            return { ok: true, breakoutId: breakout.id };
          }
          const members = command.participantIds ?? [];
          if (members.length === 0)
            throw new Refusal(
              'invalid',
              'participantIds: a working group needs members, or give a partyId for a caucus',
            );
          for (const id of members) {
            const member = roster.get(id);
            if (!member || member.sessionId !== ctx.session.id || member.removedAt !== null) {
              throw new Refusal('notFound', `participantIds: no such participant ${id}`);
            }
          }
          const breakout = {
            id: `b${randomId(8)}`,
            kind: 'workingGroup' as const,
            partyId: null,
            label: command.label ?? 'Working group',
            participantIds: [...new Set(members)],
            openedAt: ctx.now,
          };
          writeModeration(roots, 'breakouts', [...breakouts, breakout]);
          return { ok: true, breakoutId: breakout.id };
        }
        case 'breakout.close': {
          const breakouts = readModeration(roots).breakouts;
          const closing = breakouts.find((b) => b.id === command.breakoutId);
          if (!closing) throw new Refusal('notFound', 'breakoutId: no such open breakout');
          writeModeration(
            roots,
            'breakouts',
            breakouts.filter((b) => b.id !== command.breakoutId),
          );
          return closing.kind === 'workingGroup' ? { ...OK, closedGroup: closing.id } : OK;
        }
        default:
          throw new Refusal('invalid', `unknown session command ${(command as { type: string }).type}`);
      }
    },
  );
  if (result.closedGroup) {
    // A closed working group's room is closed to its members (its text stays for the record).
    ctx.documents.closeWorkingGroupRoom(ctx.session.id, result.closedGroup);
  }
  const { closedGroup: _closed, ...answer } = result;
  return answer as CommandResult;
}
