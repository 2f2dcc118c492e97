/**
 * `report`: the Word export. The final report by default; with --changes-since, the review copy
 * (tracked changes and comments); with --table, the compilation table. The file is written
 * atomically: an export that fails or is interrupted leaves the old file as it was.
 */
import { resolve } from 'node:path';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../../shared/domain/types';
import { call } from '../../main/handlers';
import { exportReport, loadLogo } from '../../main/services/report/export';
import { CliError } from '../errors';
import { recommendationCount } from '../messages';
import { resolveMilestone } from './milestones';
import type { Command } from './types';

export const report: Command = {
  name: 'report',
  summary: {
    fr: 'exporte le rapport final en Word (.docx)\u202F; --changes-since\u00A0: copie de révision avec marques de révision et commentaires\u202F; --table\u00A0: tableau de compilation. Les libellés suivent --lang',
    en: 'exports the final report as Word (.docx); --changes-since: review copy with tracked changes and comments; --table: compilation table. Labels follow --lang',
  },
  required: ['meeting', 'out'],
  optional: ['milestone', 'status', 'changes-since', 'table', 'logo'],
  fieldOptions: { meetingId: 'meeting', statuses: 'status' },
  async run(r) {
    const meetingId = r.need('meeting');
    const out = r.need('out');
    if (!/\.docx$/i.test(out)) throw new CliError('report_not_docx', out);
    const statuses = parseStatuses(r.option('status'));
    const milestoneRef = r.option('milestone');
    const milestoneId = milestoneRef === undefined ? null : await resolveMilestone(r.dispatch, meetingId, milestoneRef);
    const sinceRef = r.option('changes-since');
    const sinceMilestoneId = sinceRef === undefined ? null : await resolveMilestone(r.dispatch, meetingId, sinceRef);
    // Through the contract, so the meeting and the statuses are checked as the app checks them.
    await call(r.dispatch, 'report:outline', { meetingId, milestoneId, ...(statuses ? { statuses } : {}) });
    const logoPath = r.option('logo');
    const logo = logoPath === undefined ? null : loadLogo(resolve(logoPath));
    const kind = r.flag('table') ? 'table' : sinceRef !== undefined ? 'review' : 'final';
    const result = await exportReport(r.services, { meetingId, kind, locale: r.locale, milestoneId, sinceMilestoneId, statuses, logo }, resolve(out));
    if (r.json) return r.printJson(result);
    r.print(`${result.fileName} — ${recommendationCount(result.recommendationCount, r.locale)}, ${Math.max(1, Math.round(result.bytes / 1024))} ${r.locale === 'fr' ? 'Ko' : 'KB'}`);
  },
};

function parseStatuses(value: string | undefined): RecommendationStatus[] | null {
  if (value === undefined) return null;
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.find((name) => !(RECOMMENDATION_STATUSES as readonly string[]).includes(name));
  if (unknown !== undefined || names.length === 0) throw new CliError('unknown_status', unknown ?? value);
  return names as RecommendationStatus[];
}
