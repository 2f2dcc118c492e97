/** `list`: the recommendations of a meeting, in order, with their text. */
import { documentToPlainText } from '../../../shared/document/lexicalJson';
import type { RecommendationStatus } from '../../../shared/domain/types';
import { call } from '../../main/handlers';
import { STATUS_LABELS } from '../messages';
import type { Command } from './types';

export interface ListedRecommendation {
  id: string;
  number: string;
  committeeId: string;
  committee: string;
  title: string;
  status: RecommendationStatus;
  text: string;
}

export const list: Command = {
  name: 'list',
  summary: {
    fr: 'affiche les recommandations d’une réunion dans l’ordre : numéro, commission, titre, statut et texte',
    en: 'prints the recommendations of a meeting in order: number, committee, title, status and text',
  },
  required: ['meeting'],
  fieldOptions: { meetingId: 'meeting' },
  async run(r) {
    const meeting = await call(r.dispatch, 'meeting:get', { meetingId: r.need('meeting') });
    const items: ListedRecommendation[] = [];
    for (const summary of meeting.recommendations) {
      const rec = await call(r.dispatch, 'recommendation:get', { recommendationId: summary.id });
      items.push({
        id: rec.id,
        number: rec.number,
        committeeId: rec.committeeId,
        committee: rec.committeeName,
        title: rec.title,
        status: rec.status,
        text: documentToPlainText(rec.body),
      });
    }
    if (r.json) return r.printJson(items);
    if (items.length === 0) return r.printMessage('no_recommendations');
    let committee: string | undefined;
    for (const item of items) {
      if (item.committee !== committee) {
        r.print(`${committee === undefined ? '' : '\n'}== ${item.committee} ==\n`);
        committee = item.committee;
      }
      const number = item.number ? `${item.number}. ` : '— ';
      r.print(`${number}${item.title} (${STATUS_LABELS[item.status][r.locale]})`);
      r.print(indent(item.text) + '\n');
    }
  },
};

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? `    ${line}` : ''))
    .join('\n');
}
