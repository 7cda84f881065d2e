import { describe, expect, it } from 'vitest';
import type { ParticipantId, PartyId } from '../ids.ts';
import type { Participant } from '../Participant.ts';
import { DEFAULT_SESSION_SETTINGS } from '../schema/SessionSettings.ts';
import type { MarkedBlock, MarkedRun } from './SuggestionRules.ts';
import { mustSuggest, suggestionEditProblem } from './SuggestionRules.ts';

const anna: Participant = {
  participantId: 'uanna' as ParticipantId,
  role: 'delegate',
  partyId: 'pr' as PartyId,
  name: 'Anna',
};
const boris: Participant = {
  participantId: 'uboris' as ParticipantId,
  role: 'delegate',
  partyId: 'pb' as PartyId,
  name: 'Boris',
};
const chair: Participant = { participantId: 'uchair' as ParticipantId, role: 'mediator', name: 'Chair' };

const by = (who: Participant, id = 's1') => ({
  id,
  by: who.participantId,
  party: who.role === 'delegate' ? (who.partyId ?? null) : null,
  at: 1,
});
const run = (text: string, marks: Record<string, unknown> = {}): MarkedRun => ({ text, marks });
const para = (...runs: MarkedRun[]): MarkedBlock => ({ node: 'body/paragraph[]', runs });
const baseRuns = [run('The Parties shall meet.')];
const base = [para(...baseRuns)];

const problem = (after: MarkedBlock[], who = anna, suggesting = true, before = base) =>
  suggestionEditProblem(before, after, who, suggesting);

describe('suggesting mode’s rules', () => {
  it('a delegate must suggest in suggest mode and in One-Text mode; a mediator never', () => {
    expect(mustSuggest(anna, DEFAULT_SESSION_SETTINGS)).toBe(false);
    expect(mustSuggest(anna, { ...DEFAULT_SESSION_SETTINGS, editMode: 'suggest' })).toBe(true);
    expect(mustSuggest(anna, { ...DEFAULT_SESSION_SETTINGS, oneText: true })).toBe(true);
    expect(mustSuggest(chair, { ...DEFAULT_SESSION_SETTINGS, editMode: 'suggest', oneText: true })).toBe(false);
  });

  it('own insertions, own deletion marks and new paragraphs of own words pass', () => {
    expect(problem([para(run('The Parties shall'), run(' soon', { insertion: by(anna) }), run(' meet.'))])).toBeNull();
    expect(problem([para(run('The ', { deletion: by(anna) }), run('Parties shall meet.'))])).toBeNull();
    expect(problem([...base, para(run('They report.', { insertion: by(anna) }))])).toBeNull();
    // An empty paragraph (Enter before typing) is part of the suggestion to come.
    expect(problem([...base, para()])).toBeNull();
  });

  it('plain typing, deleting, formatting and splitting are refused', () => {
    expect(problem([para(run('The Parties shall soon meet.'))])).toContain('suggesting mode');
    expect(problem([para(run('Parties shall meet.'))])).toContain('suggesting mode');
    expect(problem([para(run('The', { bold: {} }), run(' Parties shall meet.'))])).toContain('suggesting mode');
    expect(problem([para(run('The ')), para(run('Parties shall meet.'))])).toContain('suggesting mode');
    // The same edits are fine for a delegate editing directly, and for the mediator.
    expect(problem([para(run('The Parties shall soon meet.'))], anna, false)).toBeNull();
    expect(problem([para(run('Parties shall meet.'))], chair, false)).toBeNull();
  });

  it('a mark naming someone else is refused, for the mediator too; one already there may be carried', () => {
    expect(problem([para(run('Both ', { insertion: by(boris) }), ...baseRuns)])).toContain('your own name');
    expect(problem([para(run('Both ', { insertion: { ...by(anna), party: 'pb' } }), ...baseRuns)])).toContain(
      'your own name',
    );
    expect(problem([para(run('Both ', { insertion: by(anna) }), ...baseRuns)], chair, false)).toContain(
      'your own name',
    );
    const withBoris = [para(run('Both ', { insertion: by(boris) }), run('The Parties shall meet.'))];
    // A rewrite by the mediator that keeps Boris's words and mark as they were.
    expect(
      problem([para(run('Both ', { insertion: by(boris) }), run('The Parties must meet.'))], chair, false, withBoris),
    ).toBeNull();
  });

  it('another’s suggestion is untouchable except by the mediator; one’s own may be withdrawn', () => {
    const withBoris = [para(run('Both ', { insertion: by(boris) }), run('The Parties shall meet.'))];
    expect(problem(base, anna, true, withBoris)).toContain('someone else’s');
    expect(problem(base, anna, false, withBoris)).toContain('someone else’s');
    // Typing into the middle of it splits it: a change of it.
    const split = [
      para(
        run('Bo', { insertion: by(boris) }),
        run('x', { insertion: by(anna, 's2') }),
        run('th ', { insertion: by(boris) }),
        run('The Parties shall meet.'),
      ),
    ];
    expect(problem(split, anna, true, withBoris)).toContain('someone else’s');
    expect(problem(base, boris, true, withBoris)).toBeNull();
    expect(problem(base, chair, false, withBoris)).toBeNull();
    const struck = [para(run('The ', { deletion: by(boris) }), run('Parties shall meet.'))];
    expect(problem(base, boris, true, struck)).toBeNull();
    expect(problem(base, anna, true, struck)).toContain('someone else’s');
    // Striking words another already struck is a change of their suggestion.
    expect(
      problem([para(run('The ', { deletion: by(anna) }), run('Parties shall meet.'))], anna, true, struck),
    ).not.toBeNull();
  });

  it('the heading is plain text: a delegate who must suggest cannot change it', () => {
    const before = [{ node: 'heading', runs: [run('Meetings')] }, ...base];
    expect(problem([{ node: 'heading', runs: [run('Annual meetings')] }, ...base], anna, true, before)).toContain(
      'suggesting mode',
    );
  });
});
