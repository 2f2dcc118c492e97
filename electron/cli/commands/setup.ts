/** Setting a meeting up: `committee add` and `participant add`. */
import type { ParticipantRole } from '../../../shared/domain/types';
import { call } from '../../main/handlers';
import type { Command } from './types';

export const committeeAdd: Command = {
  name: 'committee add',
  summary: { fr: 'ajoute une commission à une réunion et affiche son identifiant', en: 'adds a committee to a meeting and prints its id' },
  required: ['meeting', 'name'],
  fieldOptions: { meetingId: 'meeting', name: 'name' },
  async run(r) {
    const committee = await call(r.dispatch, 'committee:add', { meetingId: r.need('meeting'), name: r.need('name') });
    if (r.json) r.printJson(committee);
    else r.print(committee.id);
  },
};

export const participantAdd: Command = {
  name: 'participant add',
  summary: {
    fr: 'ajoute un participant (et sa délégation si besoin) et affiche son identifiant',
    en: 'adds a participant (and their delegation if new) and prints their id',
  },
  required: ['meeting', 'name', 'delegation', 'role'],
  fieldOptions: { meetingId: 'meeting', name: 'name', delegation: 'delegation', role: 'role' },
  async run(r) {
    const participant = await call(r.dispatch, 'participant:add', {
      meetingId: r.need('meeting'),
      name: r.need('name'),
      delegation: r.need('delegation'),
      // Only a claim here: the contract checks it against the roles, as it does every IPC payload.
      role: r.need('role') as ParticipantRole,
    });
    if (r.json) r.printJson(participant);
    else r.print(participant.id);
  },
};
