/** `profile`: who am I on this database (the name put on every version and decision made here). */
import { ROLE_LABELS } from '../../../shared/domain/labels';
import { call } from '../../main/handlers';
import type { Command } from './types';

export const profile: Command = {
  name: 'profile',
  summary: {
    fr: 'affiche qui vous êtes sur cette base, ou le choisit avec --set',
    en: 'shows who you are on this database, or chooses it with --set',
  },
  optional: ['set'],
  fieldOptions: { participantId: 'set' },
  optionHelp: {
    set: { fr: 'identifiant du participant que vous êtes', en: 'id of the participant you are' },
  },
  async run(r) {
    const participantId = r.option('set');
    const me = participantId ? await call(r.dispatch, 'profile:set', { participantId }) : await call(r.dispatch, 'profile:get', {});
    if (r.json) return r.printJson(me);
    if (!me) return r.printMessage('no_profile');
    r.print(`${me.name} — ${me.delegation}, ${ROLE_LABELS[me.role][r.locale]} (${me.id})`);
  },
};
