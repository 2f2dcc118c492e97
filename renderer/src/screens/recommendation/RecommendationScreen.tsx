/** A recommendation in the editor: loads it and its meeting, then hands over to the workspace. */
import { useCallback, useState } from 'react';
import type { MeetingDetail, Recommendation } from '../../../../shared/domain/types';
import { api } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { LoadFailed, Loading } from '../../components/Feedback';
import { flushAll } from '../../editor/pendingSaves';
import { useI18n } from '../../i18n/context';
import { useShowMeeting } from '../../shell/currentMeeting';
import { EditorWorkspace } from './EditorWorkspace';

interface Loaded {
  recommendation: Recommendation;
  meeting: MeetingDetail;
}

export function RecommendationScreen({ meetingId, recommendationId }: { meetingId: string; recommendationId: string }) {
  const { t } = useI18n();
  const load = useCallback(async () => {
    // Another editor may be closing: read this one after its last save.
    await flushAll();
    const [recommendation, meeting] = await Promise.all([
      api().recommendation.get({ recommendationId }),
      api().meeting.get({ meetingId }),
    ]);
    if (!recommendation.ok) return recommendation;
    if (!meeting.ok) return meeting;
    return { ok: true as const, value: { recommendation: recommendation.value, meeting: meeting.value } };
  }, [meetingId, recommendationId]);
  const { state, reload, set } = useLoad<Loaded>(load, `${meetingId}/${recommendationId}`);
  // A restore replaces the text under the editor: a new workspace (new savers, new editor) shows it.
  const [generation, setGeneration] = useState(0);
  useShowMeeting(state.status === 'ready' ? state.value.meeting : null);

  if (state.status === 'failed') return <LoadFailed title={t('editor.loadFailed')} error={state.error} onRetry={() => void reload()} />;
  if (state.status === 'loading') return <Loading />;
  const { meeting } = state.value;
  return (
    <EditorWorkspace
      key={`${recommendationId}/${generation}`}
      recommendation={state.value.recommendation}
      meeting={meeting}
      onReplaced={(recommendation) => {
        set({ recommendation, meeting });
        setGeneration((n) => n + 1);
      }}
    />
  );
}
