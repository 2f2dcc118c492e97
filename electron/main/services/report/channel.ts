/**
 * `report:export` as the renderer calls it: the destination and the logo come as tokens issued by
 * the main process's dialogs (ctx.files, see fileTokens.ts), never as paths: the destination must
 * have been granted for writing and the logo for reading. The labels default to the interface's
 * language.
 */
import type { ChannelParsedInput } from '../../../../shared/contract/channels';
import type { ReportExportResult } from '../../../../shared/contract/reportChannels';
import type { ServiceContext } from '../context';
import { currentLocale } from '../profile';
import { exportReport, loadLogo } from './export';
import type { ProgressListener } from './gather';

export async function exportReportToTarget(ctx: ServiceContext, input: ChannelParsedInput<'report:export'>, onProgress?: ProgressListener): Promise<ReportExportResult> {
  const outPath = ctx.files.resolve(input.targetToken, 'write');
  const logo = input.logoToken ? loadLogo(ctx.files.resolve(input.logoToken, 'read')) : null;
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
    onProgress ?? ((step) => ctx.progress({ task: 'export', ...step })),
  );
}
