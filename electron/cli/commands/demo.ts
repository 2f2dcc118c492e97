/** `demo`: a realistic meeting to look at, try and test the app with. */
import { seedDemoMeeting } from '../../main/services/demo';
import type { Command } from './types';

export const demo: Command = {
  name: 'demo',
  summary: {
    fr: 'crée une réunion de démonstration (Bamako, 3 commissions, 12 recommandations) et affiche son identifiant ; relancée, elle en crée une autre',
    en: 'creates a demonstration meeting (Bamako, 3 committees, 12 recommendations) and prints its id; run again, it creates another one',
  },
  createsDatabase: true,
  async run(r) {
    // Not a channel: the demo writes dozens of rows in one transaction, through the same services.
    const summary = seedDemoMeeting(r.services);
    if (r.json) r.printJson(summary);
    else r.print(summary.meetingId);
  },
};
