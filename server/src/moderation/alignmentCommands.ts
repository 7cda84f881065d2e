import type { ClauseId, ClauseText, ClauseTransition, Command, LanguageAlignment, PlenaryRoots } from '@parley/shared';
import {
  CLAUSE_TRANSITIONS,
  clauseAlignmentsMap,
  clauseNumbers,
  clauseRecord,
  clauseTextIn,
  clauseWordingBracketed,
  describeUnalignedVersions,
  fragmentPlainText,
  languageName,
  readClausesInOrder,
  readLanguageAlignment,
  readLanguages,
  readModeration,
  unalignedAuthenticVersions,
} from '@parley/shared';
import * as Y from 'yjs';
import { Refusal } from '../domain/Refusal.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';

type AlignCommand = Extract<Command, { type: 'clause.alignLanguage' }>;

/** "clause 3", "clause PP2": how the text numbers it now. */
export function clauseLabel(roots: PlenaryRoots, clauseId: string): string {
  const number = clauseNumbers(readClausesInOrder(roots)).get(clauseId as ClauseId);
  return number === undefined ? 'the clause' : `clause ${number}`;
}

/** Whether a wording holds any words at all (an option's label alone is not a translation). */
function hasWords(text: ClauseText | null): boolean {
  if (text === null) return false;
  const fragments = [text.body, ...text.options.map((option) => option.body)];
  return text.heading.toString().trim() !== '' || fragments.some((body) => fragmentPlainText(body).trim() !== '');
}

/**
 * `clause.alignLanguage`: records that the clause's version in `language` says what the original
 * says now (`alignments[language]`, with both wordings, so a later change to either shows as stale).
 * 404 for an unknown clause or a language the session does not have; 400 for the language of
 * negotiation (the original is the source, not a version); 409 when either text has no words, or the
 * version is already aligned with the original as it stands.
 */
export async function runAlignmentCommand(ctx: CommandContext, command: AlignCommand): Promise<CommandResult> {
  return ctx.documents.changePlenary(ctx.session.id, (roots): CommandResult => {
    const record = clauseRecord(roots, command.clauseId as ClauseId);
    if (!record) throw new Refusal('notFound', 'clauseId: no such clause');
    // A muted translator writes no version; nor do they vouch for one.
    if (ctx.actor.role !== 'mediator' && readModeration(roots).mutes.includes(ctx.actor.participantId)) {
      throw new Refusal('conflict', 'You are muted: the mediator must unmute you first.');
    }
    const languages = readLanguages(roots);
    const source = languages[0]?.tag ?? 'en';
    const { language } = command;
    const label = clauseLabel(roots, command.clauseId);
    if (language === source) {
      throw new Refusal(
        'invalid',
        `language: ${languageName(source)} is the language of negotiation; its text is the original the versions are aligned with`,
      );
    }
    if (!languages.some((known) => known.tag === language)) {
      throw new Refusal('notFound', `language: the session has no ${languageName(language)} version`);
    }
    const sourceText = clauseTextIn(record, source, source);
    const versionText = clauseTextIn(record, language, source);
    if (!hasWords(sourceText) || sourceText === null) {
      throw new Refusal(
        'conflict',
        `The ${languageName(source)} text of ${label} has no words yet: there is nothing to align.`,
      );
    }
    if (!hasWords(versionText) || versionText === null) {
      throw new Refusal(
        'conflict',
        `The ${languageName(language)} version of ${label} has no words yet: translate it before aligning it.`,
      );
    }
    const sourceWording = clauseWordingBracketed(sourceText);
    const versionWording = clauseWordingBracketed(versionText);
    const earlier = readLanguageAlignment(record, language);
    if (
      earlier?.source === source &&
      earlier.sourceWording === sourceWording &&
      earlier.versionWording === versionWording
    ) {
      throw new Refusal(
        'conflict',
        `The ${languageName(language)} version of ${label} is already aligned with ${languageName(source)}.`,
      );
    }
    let alignments = clauseAlignmentsMap(record);
    if (alignments === null) {
      alignments = new Y.Map<unknown>();
      record.set('alignments', alignments);
    }
    const alignment: LanguageAlignment = {
      source,
      at: ctx.now,
      by: ctx.actor.participantId,
      name: ctx.actor.name,
      sourceWording,
      versionWording,
    };
    alignments.set(language, alignment);
    return { ok: true, auditDetail: { source, clauseLabel: label } };
  });
}

/**
 * A sign-off, an agreement or an adoption stands for every authentic text: refused (409) while an
 * authentic version is missing or stale, naming each (`describeUnalignedVersions`).
 */
export function requireAlignedVersions(roots: PlenaryRoots, clauseId: string, transition: ClauseTransition): void {
  const record = clauseRecord(roots, clauseId as ClauseId);
  if (!record) return;
  const blocking = unalignedAuthenticVersions(record, readLanguages(roots));
  if (blocking.length === 0) return;
  const { verb } = CLAUSE_TRANSITIONS[transition];
  throw new Refusal(
    'conflict',
    `${capitalised(clauseLabel(roots, clauseId))} cannot ${verb} while an authentic text is not aligned: ${describeUnalignedVersions(blocking)}. Language services or the mediator align it first.`,
    {
      code: 'versionsNotAligned',
      transition,
      versions: blocking.map(({ language, state }) => ({ language, state: state === 'stale' ? 'stale' : 'missing' })),
    },
  );
}

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
