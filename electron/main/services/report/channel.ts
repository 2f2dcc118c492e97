/**
 * `report:export` as the renderer calls it: the destination and the logo come as tokens issued by
 * the main process's dialogs (targets.ts), never as paths. The labels default to the interface's
 * language.
 */
import type { ChannelParsedInput } from '../../../../shared/contract/channels';
import type { ReportExportResult } from '../../../../shared/contract/reportChannels';
import type { ServiceContext } from '../context';
import { currentLocale } from '../profile';
import { exportReport, loadLogo } from './export';
import type { ProgressListener } from './gather';
import { takeFileTarget } from './targets';

export async function exportReportToTarget(ctx: ServiceContext, input: ChannelParsedInput<'report:export'>, onProgress?: ProgressListener): Promise<ReportExportResult> {
  const outPath = takeFileTarget(ctx, 'report', input.targetToken);
  const logo = input.logoToken ? loadLogo(takeFileTarget(ctx, 'logo', input.logoToken)) : null;
  return exportReport(
    ctx,
    {
      meetingId: input.meetingId,
      kind: input.kind,
      locale: input.locale ?? currentLocale(ctx),
      milestoneId: input.milestoneId,
      sinceMilestoneId: input.sinceMilestoneId,
      statuses: input.statuses ?? null,
      logo,
    },
    outPath,
    onProgress,
  );
}
