import type { AuditActor, AuditEntryView } from '@parley/shared';
import {
  BRACKET_REASON_LABELS,
  CLAUSE_STATUS_LABELS,
  documentDateInWords,
  isMediatorHolder,
  languageName,
  MEDIATOR_HOLDER_NAME,
  ROLE_NAMES,
  ROLE_PLURAL_NAMES,
  roleSchema,
} from '@parley/shared';
import type { AuditEntry, ParticipantRecord } from '../storage/SessionStore.ts';
import type { AuditNames } from './AuditNames.ts';
import { pastTense } from './pastTense.ts';

/** A record entry told in words: who (by name and seat), what happened, and the text or status around it. */
export type DescribedAuditEntry = Pick<AuditEntryView, 'actor' | 'summary' | 'before' | 'after'>;

const AGENDA_STATE_WORDS: Readonly<Record<string, string>> = {
  pending: 'pending',
  underDiscussion: 'under discussion',
  concluded: 'concluded',
  deferred: 'deferred',
};

type Detail = AuditEntry['detail'];

const text = (detail: Detail, key: string): string | null => {
  const value = detail[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
};
const flag = (detail: Detail, key: string): boolean | null => {
  const value = detail[key];
  return typeof value === 'boolean' ? value : null;
};
const count = (detail: Detail, key: string): number | null => {
  const value = detail[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};
const quoted = (value: string) => `'${value.length > 120 ? `${value.slice(0, 119)}…` : value}'`;

/** "A, B and C". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function statusLabel(value: string | null): string | null {
  if (value === null) return null;
  return (CLAUSE_STATUS_LABELS as Readonly<Record<string, string>>)[value] ?? value;
}

/** Tells one entry of a session's record in words, with names for people and parties and clause numbers. */
export function describeAuditEntry(entry: AuditEntry, names: AuditNames): DescribedAuditEntry {
  const teller = new Teller(entry, names);
  const record = entry.participantId === null ? undefined : names.people.get(entry.participantId);
  const actor: AuditActor | null =
    entry.participantId === null
      ? null
      : {
          participantId: entry.participantId,
          name: record?.name ?? 'a participant no longer on record',
          role: entry.role === 'server' ? 'mediator' : entry.role,
          ...(record?.partyId
            ? { partyId: record.partyId, partyName: names.parties.get(record.partyId) ?? 'a party' }
            : {}),
        };
  // Reasons quoted inside the sentence may end with their own full stop.
  const summary = `${capitalise(teller.sentence()).replace(/[.\s]+$/, '')}.`;
  return { actor, summary, ...teller.beforeAfter() };
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Turns one entry's ids into words; a small class so each action's phrase stays one short method call. */
class Teller {
  private readonly detail: Detail;

  constructor(
    private readonly entry: AuditEntry,
    private readonly names: AuditNames,
  ) {
    this.detail = entry.detail;
  }

  sentence(): string {
    const { entry } = this;
    if (entry.participantId === null) return this.serverSentence();
    const who = this.person(entry.participantId);
    const phrase = this.phrase();
    if (entry.outcome === 'refused') {
      const reason = text(this.detail, 'reason');
      return `${who} tried to ${phrase} but was refused${reason ? `: ${this.withNames(reason)}` : ''}`;
    }
    return `${who} ${pastTense(phrase)}`;
  }

  beforeAfter(): { before?: string; after?: string } {
    const d = this.detail;
    const before = text(d, 'before') ?? statusLabel(text(d, 'statusBefore')) ?? text(d, 'textBefore');
    const after =
      text(d, 'after') ??
      statusLabel(text(d, 'statusAfter')) ??
      (this.entry.action === 'clause.setStatus' ? statusLabel(text(d, 'status')) : null);
    return { ...(before !== null ? { before } : {}), ...(after !== null ? { after } : {}) };
  }

  /** "Anna Kowalska (Ruritania)", "Ada Chair (mediator)". */
  private person(participantId: string): string {
    const record = this.names.people.get(participantId);
    if (!record) return 'a participant no longer on record';
    return `${record.name} (${this.seatOf(record)})`;
  }

  private seatOf(record: ParticipantRecord): string {
    if (record.role === 'delegate') return record.partyId ? this.party(record.partyId) : 'a delegation';
    return ROLE_NAMES[record.role].toLowerCase();
  }

  private party(partyId: string): string {
    return this.names.parties.get(partyId) ?? 'a party no longer in the session';
  }

  /** A bracket's holder: a party, or the mediator (a zero draft's brackets not yet given to a party). */
  private holder(holder: string): string {
    return isMediatorHolder(holder) ? MEDIATOR_HOLDER_NAME : this.party(holder);
  }

  /**
   * "accept the insertion of 'and verification' by Anna Kowalska (Ruritania) in clause 3"; a refused
   * act names what was asked ("reject the suggestions of Ruritania in clause 3").
   */
  private suggestions(verb: 'accept' | 'reject'): string {
    const d = this.detail;
    const settled = Array.isArray(d.suggestions) ? d.suggestions : [];
    const told = settled.flatMap((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return [];
      const kind = 'kind' in entry && entry.kind === 'deletion' ? 'deletion' : 'insertion';
      const words = 'words' in entry && typeof entry.words === 'string' ? entry.words : '';
      const by = 'by' in entry && typeof entry.by === 'string' ? ` by ${this.person(entry.by)}` : '';
      return [`the ${kind} of ${quoted(words.trim())}${by}`];
    });
    if (told.length > 0) return `${verb} ${told.join(', ')} in ${this.clause()}`;
    const partyId = text(d, 'partyId');
    const ids = Array.isArray(d.suggestionIds) ? d.suggestionIds.length : 0;
    const which =
      ids > 0
        ? ids === 1
          ? 'a suggestion'
          : `${ids} suggestions`
        : partyId
          ? `the suggestions of ${this.party(partyId)}`
          : 'the suggestions';
    return `${verb} ${which} in ${this.clause()}`;
  }

  private clause(): string {
    const clauseId = text(this.detail, 'clauseId');
    if (clauseId === null) return 'a clause';
    return this.names.clauses.get(clauseId) ?? 'a clause since removed';
  }

  private item(): string {
    const itemId = text(this.detail, 'itemId');
    const title = itemId === null ? null : (this.names.agendaItems.get(itemId) ?? null);
    const given = text(this.detail, 'title');
    return title !== null
      ? `the agenda item ${quoted(title)}`
      : given
        ? `the agenda item ${quoted(given)}`
        : 'an agenda item';
  }

  /** An invite's seat in words: "the delegation of Ruritania", "observers". */
  private capability(): string {
    const role = text(this.detail, 'role');
    if (role === 'delegate') {
      const partyId = text(this.detail, 'partyId');
      return `the delegation of ${partyId ? this.party(partyId) : 'a party'}`;
    }
    const parsed = roleSchema.safeParse(role);
    return parsed.success ? ROLE_PLURAL_NAMES[parsed.data] : 'observers';
  }

  /** Participant ids inside a free-text reason are replaced by who they are. */
  private withNames(reason: string): string {
    let told = reason;
    for (const [id, record] of this.names.people) {
      if (told.includes(id))
        told = told
          .split(`(${id})`)
          .join(`(${this.seatOf(record)})`)
          .split(id)
          .join(record.name);
    }
    return told;
  }

  private target(): string {
    const participantId = text(this.detail, 'participantId');
    return participantId === null ? 'a participant' : this.person(participantId);
  }

  private bracket(): string {
    const reason = text(this.detail, 'reason');
    const label =
      reason === null ? null : ((BRACKET_REASON_LABELS as Readonly<Record<string, string>>)[reason] ?? reason);
    const note = text(this.detail, 'note');
    const holder = text(this.detail, 'holder');
    const of = holder === null ? '' : ` of ${this.holder(holder)}`;
    const words = text(this.detail, 'words');
    const around = words ? ` around ${quoted(words.length > 80 ? `${words.slice(0, 79)}…` : words)}` : '';
    return `the bracket${label ? ` ${quoted(label)}` : ''}${note ? ` (${note})` : ''}${of}${around} in ${this.clause()}`;
  }

  /** "table the draft 'Verification' from the working group 'Verification' as a new clause 3". */
  /** "set the languages to English (negotiated), Russian and Chinese (not authentic)". */
  private languages(): string {
    const languages = Array.isArray(this.detail.languages) ? this.detail.languages : [];
    const named = languages.flatMap((language: unknown, index) => {
      if (typeof language !== 'object' || language === null || !('tag' in language)) return [];
      if (typeof language.tag !== 'string') return [];
      const notes = [
        ...(index === 0 ? ['negotiated'] : []),
        ...('authentic' in language && language.authentic === false ? ['not authentic'] : []),
      ];
      return [`${languageName(language.tag)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`];
    });
    const parallel =
      this.detail.inParallel === true
        ? ', negotiated in parallel'
        : this.detail.inParallel === false
          ? ', the versions following the language of negotiation'
          : '';
    return named.length > 0 ? `set the languages to ${listInWords(named)}${parallel}` : 'change the languages';
  }

  private tabling(): string {
    const d = this.detail;
    const origin = d.origin;
    const name =
      typeof origin === 'object' && origin !== null && 'name' in origin && typeof origin.name === 'string'
        ? origin.name
        : null;
    const kind = typeof origin === 'object' && origin !== null && 'kind' in origin ? origin.kind : null;
    const from =
      name === null
        ? ''
        : kind === 'caucus'
          ? ` from the caucus of ${name}`
          : ` from the working group ${quoted(name)}`;
    const heading = this.entry.outcome === 'ok' ? text(d, 'heading') : null;
    const draft = `a draft${heading ? ` ${quoted(heading)}` : ''}${from}`;
    switch (text(d, 'as')) {
      case 'clause':
        return `table ${draft} as a new clause${this.entry.outcome === 'ok' ? `, ${this.clause()}` : ''}`;
      case 'option':
        return `table ${draft} as an option of ${this.clause()}`;
      case 'proposal':
        return `table ${draft} as a textual proposal on ${this.clause()}`;
      default:
        return `table ${draft} in the plenary`;
    }
  }

  /** The act in the base form ("give the floor to …"); the caller puts it in the past or after "tried to". */
  private phrase(): string {
    const d = this.detail;
    switch (this.entry.action) {
      case 'invite.revoke':
        return `revoke the invite links for ${this.capability()}`;
      case 'invite.reissue':
        return `issue a new invite link for ${this.capability()}`;
      case 'participant.remove': {
        const retired = flag(d, 'inviteRetired') === true;
        return `remove ${this.target()} from the session${retired ? '; the invite link they joined with was replaced' : ''}`;
      }
      case 'participant.mute':
        return `mute ${this.target()}`;
      case 'participant.unmute':
        return `unmute ${this.target()}`;
      case 'agenda.add':
        return `add ${this.item()} to the agenda`;
      case 'agenda.edit':
        return `edit ${this.item()}`;
      case 'agenda.move': {
        const index = count(d, 'index');
        return `move ${this.item()}${index === null ? '' : ` to place ${index + 1}`}`;
      }
      case 'agenda.remove':
        return `remove ${this.item()} from the agenda`;
      case 'agenda.setCurrent':
        return d.itemId === null ? 'end the discussion of the current agenda item' : `take up ${this.item()}`;
      case 'agenda.setState': {
        const state = text(d, 'state');
        return `mark ${this.item()} as ${state === null ? 'changed' : (AGENDA_STATE_WORDS[state] ?? state)}`;
      }
      case 'agenda.timebox': {
        const minutes = count(d, 'minutes');
        return minutes === null
          ? `remove the time-box of ${this.item()}`
          : `set the time-box of ${this.item()} to ${minutes} minute${minutes === 1 ? '' : 's'}`;
      }
      case 'queue.raiseHand':
        return flag(d, 'pointOfOrder') === true ? 'raise a point of order' : 'request the floor';
      case 'queue.lowerHand': {
        const other = text(d, 'participantId');
        return other !== null && other !== this.entry.participantId
          ? `take ${this.target()} off the speakers' list`
          : "withdraw from the speakers' list";
      }
      case 'queue.close':
        return "close the speakers' list";
      case 'queue.reopen':
        return "reopen the speakers' list";
      case 'floor.give':
        return `give the floor to ${this.target()}`;
      case 'floor.next':
        return text(d, 'participantId') === null
          ? 'call the next speaker'
          : `give the floor to the next speaker, ${this.target()}`;
      case 'floor.end':
        return 'end the current turn';
      case 'floor.setLimit': {
        const seconds = count(d, 'seconds');
        if (seconds === null) return 'remove the speaking time limit';
        const amount = seconds % 60 === 0 ? `${seconds / 60} minute${seconds === 60 ? '' : 's'}` : `${seconds} seconds`;
        return `set the speaking time limit to ${amount}`;
      }
      case 'clause.add': {
        const heading = text(d, 'heading');
        return `add ${this.clause()}${heading ? ` ${quoted(heading)}` : ''}`;
      }
      case 'clause.move':
        return `move ${this.clause()}`;
      case 'clause.remove':
        return `remove ${this.clause()}`;
      case 'clause.setStatus': {
        const status = statusLabel(text(d, 'status'));
        return `set the status of ${this.clause()}${status ? ` to ${quoted(status)}` : ''}`;
      }
      case 'clause.lock':
        return `lock ${this.clause()}`;
      case 'clause.unlock':
        return `unlock ${this.clause()}`;
      case 'clause.addOption': {
        const label = text(d, 'label');
        return `add the option${label ? ` ${quoted(label)}` : ''} to ${this.clause()}`;
      }
      case 'clause.collapseOptions': {
        const label = this.entry.outcome === 'ok' ? text(d, 'optionLabel') : null;
        return `keep ${label ? `the option ${quoted(label)}` : 'one option'} as the text of ${this.clause()}`;
      }
      case 'clause.alignLanguage': {
        const language = text(d, 'language');
        const source = text(d, 'source');
        const version = language ? `the ${languageName(language)} version` : 'a language version';
        return `align ${version} of ${this.clause()}${source ? ` with ${languageName(source)}` : ''}`;
      }
      case 'clause.restoreOptions':
        return `bring back the options of ${this.clause()} as they were before one was kept`;
      case 'clause.signOff': {
        const party = this.signingParty();
        return `sign off ${this.clause()}${flag(d, 'adReferendum') === true ? ' ad referendum' : ''}${party}`;
      }
      case 'clause.withdrawSignOff':
        return `withdraw the sign-off${this.signingParty()} on ${this.clause()}`;
      case 'clause.comment':
        return flag(d, 'proposal') === true
          ? `propose a text for ${this.clause()}`
          : `comment on ${this.clause()}${text(d, 'text') ? `: ${quoted(text(d, 'text') ?? '')}` : ''}`;
      case 'clause.decideProposal': {
        if (text(d, 'disposition') !== 'incorporated')
          return `decide not to retain a textual proposal on ${this.clause()}`;
        const author = this.entry.outcome === 'ok' ? text(d, 'proposedByName') : null;
        const proposal = author ? `${author}’s textual proposal` : 'a textual proposal';
        const apply = text(d, 'apply');
        if (apply === 'asText') return `incorporate ${proposal} as the text of ${this.clause()}`;
        if (apply === 'asOption') return `incorporate ${proposal} as a new option of ${this.clause()}`;
        return `incorporate ${proposal} into ${this.clause()}`;
      }
      case 'bracket.reassign': {
        const from = text(d, 'from');
        const to = text(d, 'to');
        const words = this.entry.outcome === 'ok' ? text(d, 'words') : null;
        const count = this.entry.outcome === 'ok' ? (typeof d.brackets === 'number' ? d.brackets : 1) : 1;
        const which = count === 1 ? 'the bracket' : `the ${count} brackets`;
        const around = words ? ` around ${quoted(words.length > 80 ? `${words.slice(0, 79)}…` : words)}` : '';
        const held = from === null ? '' : ` held by ${this.holder(from)}`;
        return `give ${which}${around}${held} in ${this.clause()} to ${to === null ? 'a party' : this.party(to)}`;
      }
      case 'clause.reopen': {
        const reason = this.entry.outcome === 'ok' ? text(d, 'reason') : null;
        return `reopen ${this.clause()}${reason ? `, because ${quoted(reason)}` : ''}`;
      }
      case 'session.freeze':
        return flag(d, 'frozen') === false ? 'unfreeze the text' : 'freeze the text';
      case 'session.oneText':
        return `switch One-Text mode ${flag(d, 'enabled') === false ? 'off' : 'on'}`;
      case 'session.observersMayExport':
        return flag(d, 'allowed') === false
          ? 'stop observers from downloading the text and seeing its revisions'
          : 'allow observers to download the text and see its revisions';
      case 'session.editMode':
        return text(d, 'mode') === 'suggest'
          ? 'ask delegates to suggest their changes for the mediator to accept or reject'
          : 'allow delegates to edit the text directly again';
      case 'suggestion.accept':
      case 'suggestion.reject':
        return this.suggestions(this.entry.action === 'suggestion.accept' ? 'accept' : 'reject');
      case 'session.holdersMaySettleSuggestions':
        return flag(d, 'allowed') === false
          ? 'stop parties from settling the suggestions in their own brackets'
          : 'allow parties to settle the suggestions in their own brackets';
      case 'session.languages':
        return this.languages();
      case 'document.details': {
        const symbol = text(d, 'symbol');
        const date = text(d, 'date');
        const marking = text(d, 'marking') === 'nonPaper' ? 'a non-paper' : 'a draft';
        return `set the document’s symbol to ${symbol === null ? 'none' : quoted(symbol)}, marked as ${marking}, dated ${date === null ? 'the day of each export' : documentDateInWords(date)}`;
      }
      case 'session.workingGroupsMayTable':
        return flag(d, 'allowed') === false
          ? 'stop working groups from tabling their drafts'
          : 'allow working groups to table their drafts';
      case 'draft.table':
        return this.tabling();
      case 'breakout.open': {
        const partyId = text(d, 'partyId');
        if (partyId !== null) return `open a caucus with ${this.party(partyId)}`;
        const label = text(d, 'label');
        const members = Array.isArray(d.participantIds)
          ? d.participantIds.filter((id): id is string => typeof id === 'string').map((id) => this.person(id))
          : [];
        return `open the working group${label ? ` ${quoted(label)}` : ''}${members.length > 0 ? ` with ${listInWords(members)}` : ''}`;
      }
      case 'breakout.close': {
        const breakoutId = text(d, 'breakoutId');
        const label = breakoutId === null ? undefined : this.names.breakouts.get(breakoutId);
        return `close ${label ? `the room ${quoted(label)}` : 'a caucus or working group'}`;
      }
      case 'version.save': {
        const label = text(d, 'label');
        return `save the text as ${label ?? 'a revision'}`;
      }
      case 'adoption.propose':
        return 'propose the whole text for adoption';
      case 'adoption.accept': {
        const partyId = text(d, 'partyId');
        const adopted =
          flag(d, 'adopted') === true
            ? `, and the text was adopted as ${text(d, 'revisionLabel') ?? 'a revision'}`
            : '';
        return `accept the text for adoption${partyId ? ` for ${this.party(partyId)}` : ''}${flag(d, 'adReferendum') === true ? ' ad referendum' : ''}${adopted}`;
      }
      case 'adoption.confirm': {
        const partyId = text(d, 'partyId');
        return `confirm${partyId ? ` the acceptance of ${this.party(partyId)}` : ' an ad referendum acceptance'} (confirmed by capital)`;
      }
      case 'silence.start': {
        const until = count(d, 'until');
        const clauses = Array.isArray(d.clauses) ? d.clauses.filter((c): c is string => typeof c === 'string') : null;
        return `place ${clausesInWords(clauses)} under silence${until === null ? '' : ` until ${deadlineWords(until)}`}`;
      }
      case 'silence.break': {
        const partyId = text(d, 'partyId');
        const explanation = text(d, 'explanation');
        return `break silence${partyId ? ` for ${this.party(partyId)}` : ''}${explanation ? `: ${quoted(explanation)}` : ''}`;
      }
      case 'text.initial': {
        const partyId = text(d, 'partyId');
        const digest = text(d, 'digest');
        return `initial the adopted text${partyId ? ` for ${this.party(partyId)}` : ''}${digest ? ` (SHA-256 ${digest.slice(0, 12)}…)` : ''}`;
      }
      case 'command.invalid':
        return 'send a request the server could not read';
      case 'clause.import': {
        const clauses = count(d, 'clauses');
        const brackets = count(d, 'brackets') ?? 0;
        const holder = text(d, 'holder');
        const what = clauses === null ? 'a zero draft' : `a zero draft as ${clauses} clause${clauses === 1 ? '' : 's'}`;
        return `import ${what}${brackets > 0 ? ` with ${brackets} bracket${brackets === 1 ? '' : 's'} held for now by ${holder ? this.holder(holder) : 'a party'}` : ''}`;
      }
      case 'update.refused':
        return 'make an edit';
      case 'bracket.added':
        return `set ${this.bracket()}`;
      case 'bracket.lifted':
        return `lift ${this.bracket()}`;
      default:
        return `make a change (${this.entry.action
          .replace(/[.]/g, ' ')
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toLowerCase()})`;
    }
  }

  /** " for Ruritania": the party a sign-off was given or withdrawn for. */
  private signingParty(): string {
    const partyId = text(this.detail, 'partyId');
    if (partyId !== null) return ` for ${this.party(partyId)}`;
    const record = this.entry.participantId === null ? undefined : this.names.people.get(this.entry.participantId);
    return record?.partyId ? ` for ${this.party(record.partyId)}` : '';
  }

  /** Entries the server writes by itself (no participant acted). */
  private serverSentence(): string {
    const d = this.detail;
    const reason = text(d, 'reason');
    switch (this.entry.action) {
      case 'clause.signOffsCleared': {
        const parties = Array.isArray(d.parties)
          ? d.parties.filter((id): id is string => typeof id === 'string').map((id) => this.party(id))
          : [];
        const whose = parties.length > 0 ? `the sign-offs of ${listInWords(parties)}` : 'the sign-offs';
        return `${whose} on ${this.clause()} were cleared${reason ? ` because ${this.withNames(reason)}` : ''}`;
      }
      case 'silence.kept': {
        const clauses = Array.isArray(d.clauses) ? d.clauses.filter((c): c is string => typeof c === 'string') : null;
        const what = clausesInWords(clauses);
        const result =
          flag(d, 'adopted') === true
            ? `the text was adopted as ${text(d, 'revisionLabel') ?? 'a revision'}`
            : `${clauses !== null && clauses.length === 1 ? 'it is' : 'they are'} agreed`;
        return `silence on ${what} was kept until the deadline: ${result}`;
      }
      case 'floor.timeUp': {
        const speaker = text(d, 'participantId');
        return `the speaking time of ${speaker ? this.person(speaker) : 'the speaker'} ran out`;
      }
      default: {
        const phrase = this.phrase();
        return `the server ${this.entry.outcome === 'refused' ? `refused to ${phrase}` : pastTense(phrase)}${reason ? `: ${this.withNames(reason)}` : ''}`;
      }
    }
  }
}

/** "the whole text", "clause 2 and preambular paragraph PP1": what a silence covers. */
function clausesInWords(clauses: readonly string[] | null): string {
  if (clauses === null) return 'the whole text';
  return listInWords(clauses.map((n) => (n.startsWith('PP') ? `preambular paragraph ${n}` : `clause ${n}`)));
}

/** "14:30 UTC on 2026-12-02": a silence deadline in the record. */
function deadlineWords(until: number): string {
  const date = new Date(until).toISOString();
  return `${date.slice(11, 16)} UTC on ${date.slice(0, 10)}`;
}
