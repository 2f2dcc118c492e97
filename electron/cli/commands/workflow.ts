/** `recommendation status` and `recommendation move`: the workflow and the order (numbers follow). */
import { STATUS_LABELS } from '../../../shared/domain/labels';
import { SETTABLE_STATUSES } from '../../../shared/domain/statusWorkflow';
import type { Locale, RecommendationStatus, RecommendationSummary } from '../../../shared/domain/types';
import { call } from '../../main/handlers';
import { CliError } from '../errors';
import type { Command } from './types';

export const recommendationStatus: Command = {
  name: 'recommendation status',
  summary: {
    fr: 'change le statut d’une recommandation (brouillon → en cours d’examen → approuvée → adoptée, ou retirée)',
    en: 'changes the status of a recommendation (draft → under review → agreed → adopted, or withdrawn)',
  },
  argument: 'ID',
  required: ['set'],
  fieldOptions: { status: 'set' },
  optionHelp: {
    set: { fr: `nouveau statut\u00A0: ${SETTABLE_STATUSES.join(', ')}`, en: `new status: ${SETTABLE_STATUSES.join(', ')}` },
  },
  async run(r) {
    const rec = await call(r.dispatch, 'recommendation:setStatus', {
      recommendationId: r.argument(),
      // Only a claim here: the contract checks it against the statuses.
      status: r.need('set') as RecommendationStatus,
    });
    if (r.json) r.printJson(rec);
    else r.print(describe(rec, r.locale));
  },
};

export const recommendationMove: Command = {
  name: 'recommendation move',
  summary: {
    fr: 'déplace une recommandation dans une commission, à un rang donné (les numéros suivent) et affiche son nouveau numéro',
    en: 'moves a recommendation to a committee, at a given rank (numbers follow) and prints its new number',
  },
  argument: 'ID',
  required: ['committee'],
  optional: ['position'],
  fieldOptions: { committeeId: 'committee', position: 'position' },
  async run(r) {
    const recommendationId = r.argument();
    const list = await call(r.dispatch, 'recommendation:move', {
      recommendationId,
      committeeId: r.need('committee'),
      position: readPosition(r.option('position')),
    });
    const moved = list.find((rec) => rec.id === recommendationId)!;
    if (r.json) r.printJson(list);
    else r.print(describe(moved, r.locale));
  },
};

/** « 3. Titre (approuvée) », or « — Titre (retirée) » for a recommendation without a number. */
function describe(rec: RecommendationSummary, locale: Locale): string {
  return `${rec.number ? `${rec.number}.` : '—'} ${rec.title} (${STATUS_LABELS[rec.status][locale]})`;
}

/** --position N: a whole number from 1; absent means at the end. */
function readPosition(value: string | undefined): number {
  if (value === undefined) return 100_000;
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw new CliError('invalid_position', value);
  return Math.min(Number(value), 100_000);
}
