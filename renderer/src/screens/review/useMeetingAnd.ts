/** Loads a meeting (for the breadcrumb and the top bar) together with one more thing for a screen. */
import { useCallback } from 'react';
import type { MeetingDetail } from '../../../../shared/domain/types';
import type { Result } from '../../../../shared/errors';
import { api } from '../../api/client';
import { useLoad, type Loaded } from '../../api/useLoad';
import { flushAll } from '../../editor/pendingSaves';
import { useShowMeeting } from '../../shell/currentMeeting';

export function useMeetingAnd<T>(meetingId: string, key: string, loadMore: () => Promise<Result<T>>): Loaded<{ meeting: MeetingDetail; value: T }> {
  const load = useCallback(async () => {
    // An editor that just closed may still be saving.
    await flushAll();
    const [meeting, more] = await Promise.all([api().meeting.get({ meetingId }), loadMore()]);
    if (!meeting.ok) return meeting;
    if (!more.ok) return more;
    return { ok: true as const, value: { meeting: meeting.value, value: more.value } };
  }, [meetingId, loadMore]);
  const loaded = useLoad(load, `${key}/${meetingId}`);
  useShowMeeting(loaded.state.status === 'ready' ? loaded.state.value.meeting : null);
  return loaded;
}
