import { describe, expect, it } from 'vitest';
import type { ParticipantId, PartyId } from '../ids.ts';
import type { Participant } from '../Participant.ts';
import { tablingRefusal } from './TablingRules.ts';

const mediator: Participant = { participantId: 'uchair' as ParticipantId, role: 'mediator', name: 'Chair' };
const anna: Participant = {
  participantId: 'uanna' as ParticipantId,
  role: 'delegate',
  partyId: 'pa' as PartyId,
  name: 'Anna',
};
const boris: Participant = {
  participantId: 'uboris' as ParticipantId,
  role: 'delegate',
  partyId: 'pb' as PartyId,
  name: 'Boris',
};
const olga: Participant = { participantId: 'uolga' as ParticipantId, role: 'observer', name: 'Olga' };
const caucusA = { kind: 'caucus', partyId: 'pa' } as const;
const group = { kind: 'workingGroup', label: 'Verification', participantIds: ['uanna', 'uolga'] } as const;
const allowed = { workingGroupsMayTable: true };
const notAllowed = { workingGroupsMayTable: false };

describe('who may table a breakout room’s draft in the plenary', () => {
  it('the mediators, from any caucus or working group, allowed or not', () => {
    expect(tablingRefusal(mediator, caucusA, notAllowed)).toBeNull();
    expect(tablingRefusal(mediator, group, notAllowed)).toBeNull();
  });

  it('a delegation from its own caucus only', () => {
    expect(tablingRefusal(anna, caucusA, notAllowed)).toBeNull();
    expect(tablingRefusal(boris, caucusA, allowed)).toContain('own caucus');
  });

  it('a working group’s members once the mediator allowed it; never others', () => {
    expect(tablingRefusal(anna, group, notAllowed)).toContain('has not let working groups table');
    expect(tablingRefusal(anna, group, allowed)).toBeNull();
    expect(tablingRefusal(boris, group, allowed)).toContain('Only the members of Verification');
  });

  it('observers never, members or not', () => {
    expect(tablingRefusal(olga, group, allowed)).toContain('Observers');
    expect(tablingRefusal(olga, caucusA, allowed)).toContain('Observers');
    const translator: Participant = { participantId: 'uolga' as ParticipantId, role: 'languageServices', name: 'Olga' };
    expect(tablingRefusal(translator, group, allowed)).toContain('Language services');
  });
});
