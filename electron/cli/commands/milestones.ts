/** `milestone create`, `milestone list` and `compare`: snapshots of a meeting, and what changed between two. */
import { comparisonKey } from '../../../shared/domain/fields';
import { STATUS_LABELS } from '../../../shared/domain/labels';
import type { ComparedRecommendation, Milestone, MilestoneComparison, RemovalReason } from '../../../shared/domain/review';
import type { Locale, Localized } from '../../../shared/domain/types';
import { call, type Dispatch } from '../../main/handlers';
import { CliError } from '../errors';
import { recommendationCount } from '../messages';
import { diffText, moment } from './history';
import type { Command } from './types';

const MILESTONE: Localized = { fr: 'JALON', en: 'MILESTONE' };

export const milestoneCreate: Command = {
  name: 'milestone create',
  summary: {
    fr: 'pose un jalon\u00A0: fige la version et le numéro de chaque recommandation de la réunion, et affiche son identifiant',
    en: 'sets a milestone: records the version and number of every recommendation of the meeting, and prints its id',
  },
  required: ['meeting', 'name'],
  fieldOptions: { meetingId: 'meeting', name: 'name' },
  optionHelp: { name: { fr: 'nom du jalon («\u00A0Projet soumis à la plénière\u00A0»)', en: 'name of the milestone (“Draft submitted to plenary”)' } },
  async run(r) {
    const milestone = await call(r.dispatch, 'milestone:create', { meetingId: r.need('meeting'), name: r.need('name') });
    if (r.json) r.printJson(milestone);
    else r.print(milestone.id);
  },
};

export const milestoneList: Command = {
  name: 'milestone list',
  summary: { fr: 'liste les jalons d’une réunion, du plus ancien au plus récent', en: 'lists the milestones of a meeting, oldest first' },
  required: ['meeting'],
  fieldOptions: { meetingId: 'meeting' },
  async run(r) {
    const milestones = await call(r.dispatch, 'milestone:list', { meetingId: r.need('meeting') });
    if (r.json) return r.printJson(milestones);
    if (milestones.length === 0) return r.printMessage('no_milestones');
    for (const m of milestones) r.print(`${m.id}  ${moment(m.createdAt)}  ${m.name} (${recommendationCount(m.recommendationCount, r.locale)})`);
  },
};

export const compare: Command = {
  name: 'compare',
  summary: {
    fr: 'compare la réunion entre deux jalons, ou entre un jalon et maintenant\u00A0: recommandations ajoutées, retirées, modifiées (mot à mot), renumérotées',
    en: 'compares the meeting between two milestones, or a milestone and now: recommendations added, removed, changed (word by word), renumbered',
  },
  required: ['meeting', 'from'],
  optional: ['to'],
  fieldOptions: { meetingId: 'meeting', fromMilestoneId: 'from', toMilestoneId: 'to' },
  optionPlaceholder: { from: MILESTONE, to: MILESTONE },
  optionHelp: {
    from: { fr: 'jalon de départ (identifiant ou nom)', en: 'milestone to compare from (id or name)' },
    to: { fr: 'jalon d’arrivée (identifiant ou nom\u202F; par défaut\u00A0: maintenant)', en: 'milestone to compare to (id or name; default: now)' },
  },
  async run(r) {
    const meetingId = r.need('meeting');
    const fromMilestoneId = await resolveMilestone(r.dispatch, meetingId, r.need('from'));
    const to = r.option('to');
    const toMilestoneId = to === undefined ? null : await resolveMilestone(r.dispatch, meetingId, to);
    const result = await call(r.dispatch, 'milestone:compare', { meetingId, fromMilestoneId, toMilestoneId });
    if (r.json) return r.printJson(result);
    r.print(comparisonText(result, r.locale));
  },
};

/** A milestone of the meeting by its id, or by its name (without case, accents or apostrophe style). */
export async function resolveMilestone(dispatch: Dispatch, meetingId: string, ref: string): Promise<string> {
  const milestones = await call(dispatch, 'milestone:list', { meetingId });
  const found = milestones.find((m) => m.id === ref.trim()) ?? milestones.find((m) => comparisonKey(m.name) === comparisonKey(ref));
  if (!found) throw new CliError('unknown_milestone_ref', ref);
  return found.id;
}

const TEXT = {
  now: { fr: 'maintenant', en: 'now' },
  comparison: { fr: 'Comparaison', en: 'Comparison' },
  added: { fr: 'Ajoutées', en: 'Added' },
  removed: { fr: 'Retirées', en: 'Removed' },
  changed: { fr: 'Modifiées', en: 'Changed' },
  renumbered: { fr: 'Renumérotées', en: 'Renumbered' },
  unchanged: { fr: 'Inchangées', en: 'Unchanged' },
} as const satisfies Record<string, Localized>;

const REASONS: Readonly<Record<RemovalReason, Localized>> = {
  deleted: { fr: 'supprimée', en: 'deleted' },
  withdrawn: { fr: 'retirée', en: 'withdrawn' },
  merged: { fr: 'fusionnée', en: 'merged' },
};

export function comparisonText(c: MilestoneComparison, locale: Locale): string {
  const colon = locale === 'fr' ? '\u00A0:' : ':';
  const name = (m: Milestone | null) => (m ? (locale === 'fr' ? `«\u00A0${m.name}\u00A0»` : `“${m.name}”`) + ` (${moment(m.createdAt)})` : TEXT.now[locale]);
  const label = (rec: ComparedRecommendation, number: string | null) => `${number ? `${number}. ` : ''}${rec.title}`;
  const lines = [`${TEXT.comparison[locale]}${colon} ${name(c.from)} → ${name(c.to)}`];
  const section = (title: Localized, count: number) => lines.push('', `${title[locale]} (${count})`);
  if (c.added.length > 0) {
    section(TEXT.added, c.added.length);
    for (const rec of c.added) lines.push(`  + ${label(rec, rec.numberAfter)}`);
  }
  if (c.removed.length > 0) {
    section(TEXT.removed, c.removed.length);
    for (const rec of c.removed) lines.push(`  - ${label(rec, rec.numberBefore)} (${REASONS[rec.reason][locale]})`);
  }
  if (c.changed.length > 0) {
    section(TEXT.changed, c.changed.length);
    for (const rec of c.changed) {
      lines.push(`  ~ ${label(rec, rec.numberAfter)} (${STATUS_LABELS[rec.status][locale]})`);
      lines.push(indent(diffText(rec.diff, locale, { changedOnly: true }), '      '));
    }
  }
  if (c.renumbered.length > 0) {
    section(TEXT.renumbered, c.renumbered.length);
    for (const rec of c.renumbered) lines.push(`  ${rec.numberBefore} → ${rec.numberAfter}  ${rec.title}`);
  }
  lines.push('', `${TEXT.unchanged[locale]}${colon} ${c.unchangedCount}`);
  return lines.join('\n');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? by + line : ''))
    .join('\n');
}
