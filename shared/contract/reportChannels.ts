/**
 * The channels of the Word export (issue 6), spread into the contract in channels.ts. The renderer
 * never sends a filesystem path: where to save and which logo come as opaque tokens that a native
 * dialog adapter in the main process granted (electron/main/services/fileTokens.ts), the same
 * tokens as the packages use.
 */
import { z } from 'zod';
import { RECOMMENDATION_STATUSES } from '../domain/types';
import { REPORT_KINDS } from '../report/model';
import type { ReportOutline } from '../report/outline';
import { channel, id, locale } from './schemas';

/** What the export dialog returns once the file is written: its name only, never its path. */
export interface ReportExportResult {
  kind: (typeof REPORT_KINDS)[number];
  fileName: string;
  bytes: number;
  recommendationCount: number;
}

const statuses = z.array(z.enum(RECOMMENDATION_STATUSES)).max(RECOMMENDATION_STATUSES.length).optional();
const token = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

export const reportChannels = {
  /**
   * The preview of the export dialog: committees, numbers, titles and counts, as of a milestone or
   * now, for the statuses asked; for a review copy or a table, with what was removed since
   * `sinceMilestoneId` (default: the first milestone), as the export will show it.
   */
  'report:outline': channel<ReportOutline>()(
    z
      .object({
        meetingId: id,
        milestoneId: id.nullable().default(null),
        statuses,
        kind: z.enum(REPORT_KINDS).default('final'),
        sinceMilestoneId: id.nullable().default(null),
      })
      .strict(),
  ),
  /**
   * Writes the report to the file chosen in the save dialog (its token), atomically. The review copy
   * and the table compare with `sinceMilestoneId` (default: the meeting's first milestone).
   */
  'report:export': channel<ReportExportResult>()(
    z
      .object({
        meetingId: id,
        kind: z.enum(REPORT_KINDS),
        locale: locale.optional(),
        milestoneId: id.nullable().default(null),
        sinceMilestoneId: id.nullable().default(null),
        statuses,
        targetToken: token,
        logoToken: token.optional(),
      })
      .strict(),
  ),
};
