/** A meeting package on a machine that does not have its meeting: the meeting, under the same id. */
import { PalabreError } from '../../../../shared/errors';
import type { PalabrePackage } from '../../../../shared/package/format';
import type { ServiceContext } from '../context';

/** Creates the meeting from the package when this machine does not have it. True when created. */
export function setUpMeeting(ctx: ServiceContext, pkg: PalabrePackage): boolean {
  const m = pkg.meeting;
  if (ctx.meetings.get(m.id)) return false;
  if (ctx.meetings.known(m.id)) {
    // A meeting deleted here keeps its id: do not bring it back silently.
    throw new PalabreError('package_other_meeting', `${m.title} (${m.id})`);
  }
  const at = ctx.timestamp();
  ctx.meetings.insert({
    id: m.id,
    title: m.title,
    organisation: m.organisation,
    venue: m.venue,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    numbering: m.numbering,
    typography: m.typography,
    introJson: m.intro ? JSON.stringify(m.intro) : null,
    createdAt: m.createdAt,
    updatedAt: at,
  });
  return true;
}
