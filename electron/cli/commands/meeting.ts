/** `meeting create` and `meeting list`. */
import { call } from '../../main/handlers';
import { recommendationCount } from '../messages';
import type { Command } from './types';

export const meetingCreate: Command = {
  name: 'meeting create',
  summary: { fr: 'crée une réunion et affiche son identifiant', en: 'creates a meeting and prints its id' },
  required: ['title', 'venue', 'from', 'to'],
  optional: ['org'],
  createsDatabase: true,
  fieldOptions: { title: 'title', venue: 'venue', startsOn: 'from', endsOn: 'to', organisation: 'org' },
  optionHelp: { title: { fr: 'titre de la réunion', en: 'title of the meeting' } },
  async run(r) {
    const meeting = await call(r.dispatch, 'meeting:create', {
      title: r.need('title'),
      venue: r.need('venue'),
      startsOn: r.need('from'),
      endsOn: r.need('to'),
      organisation: r.option('org'),
    });
    if (r.json) r.printJson(meeting);
    else r.print(meeting.id);
  },
};

export const meetingList: Command = {
  name: 'meeting list',
  summary: { fr: 'liste les réunions de la base', en: 'lists the meetings in the database' },
  async run(r) {
    const meetings = await call(r.dispatch, 'meeting:list', {});
    if (r.json) return r.printJson(meetings);
    if (meetings.length === 0) return r.printMessage('no_meetings');
    for (const m of meetings) {
      const dates = m.startsOn || m.endsOn ? `  ${m.startsOn ?? '?'} → ${m.endsOn ?? '?'}` : '';
      const venue = m.venue ? ` — ${m.venue}` : '';
      r.print(`${m.id}${dates}  ${m.title}${venue} (${recommendationCount(m.recommendationCount, r.locale)})`);
    }
  },
};
