/**
 * A meeting: its details and introduction, counts per status (which filter the list), a search with
 * filters, committees with their numbered recommendations, participants by delegation, the trash.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { countByStatus, filterRecommendations, hasFilters } from '../../../../shared/domain/filters';
import type { MeetingDetail, RecommendationSummary, TrashItem } from '../../../../shared/domain/types';
import { api } from '../../api/client';
import { takeFirstLoad } from '../../api/firstLoad';
import { useLoad } from '../../api/useLoad';
import { Breadcrumb } from '../../components/Breadcrumb';
import { LoadFailed, Loading } from '../../components/Feedback';
import { flushAll } from '../../editor/pendingSaves';
import { useI18n } from '../../i18n/context';
import { handleScreenCommands, peekPendingCommand, takePendingCommand, type ScreenCommand } from '../../shell/commands';
import { useShowMeeting } from '../../shell/currentMeeting';
import { useNotices } from '../../shell/notices';
import { Committees } from './Committees';
import { MeetingHeader } from './MeetingHeader';
import { Participants } from './Participants';
import { SearchPanel } from './SearchPanel';
import { StatusSummary } from './StatusSummary';
import { cleanFilters, useMeetingView } from './viewState';
import { OpenConflictsContext, useOpenConflictCounts } from '../exchange/openConflicts';
import { useImportFlow } from '../exchange/import/useImportFlow';
import { usePackageExport } from '../exchange/import/usePackageExport';

export function MeetingScreen({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const load = useCallback(async () => {
    // Opened on this meeting: its list was asked for at start-up (see api/firstLoad.ts).
    const early = takeFirstLoad<MeetingDetail>(`meeting/${meetingId}`);
    if (early) return early;
    // An editor that just closed may still be saving: show the meeting with that save in it.
    await flushAll();
    return api().meeting.get({ meetingId });
  }, [meetingId]);
  const { state, reload, set } = useLoad<MeetingDetail>(load, meetingId);
  const meeting = state.status === 'ready' ? state.value : null;
  useShowMeeting(meeting);

  if (state.status === 'failed') return <LoadFailed error={state.error} onRetry={() => void reload()} />;
  if (!meeting) return <Loading />;
  return (
    <div className="page">
      <Breadcrumb items={[{ label: t('shell.meetings'), href: '#/' }, { label: meeting.title }]} />
      <MeetingBody meeting={meeting} reload={reload} set={set} />
    </div>
  );
}

function MeetingBody({ meeting, reload, set }: { meeting: MeetingDetail; reload(): Promise<void>; set(m: MeetingDetail): void }) {
  const { inform } = useNotices();
  const searchRef = useRef<HTMLInputElement>(null);
  const addCommitteeRef = useRef<HTMLInputElement>(null);
  const [view, setView] = useMeetingView(meeting.id);
  // Bumped after an import: the conflict counts are loaded again with the meeting.
  const [imported, setImported] = useState(0);
  const conflictCounts = useOpenConflictCounts(meeting.id, imported);
  const filters = cleanFilters(view.filters, meeting);
  const filtered = hasFilters(filters);
  const shown = filterRecommendations(meeting.recommendations, filters);

  const loadTrash = useCallback(() => api().trash.list({ meetingId: meeting.id }), [meeting.id]);
  const trash = useLoad<TrashItem[]>(loadTrash, `trash/${meeting.id}`);
  const trashCount = trash.state.status === 'ready' ? trash.state.value.length : null;

  // Import and package export, by the header's buttons and by the File menu (declared before the
  // pending-command effect below, so that a command carried from the editor reaches them first).
  const importFlow = useImportFlow(meeting.id, () => {
    void reload();
    void trash.reload();
    setImported((n) => n + 1);
  });
  const packageExport = usePackageExport(meeting);

  // A "new recommendation" command given in the editor opens the form here at once.
  const [newRecIn, setNewRecIn] = useState<string | null>(() => {
    const pending = peekPendingCommand();
    return pending?.command === 'new-recommendation' ? (pending.committeeId ?? meeting.committees[0]?.id ?? null) : null;
  });

  const runCommand = useCallback(
    (command: ScreenCommand): boolean => {
      if (command.command === 'search') {
        searchRef.current?.focus();
        searchRef.current?.select();
        return true;
      }
      // The file commands are taken by the meeting header's import and export buttons.
      if (command.command !== 'new-recommendation') return false;
      // The committee the user is working in (focus inside it), else the one filtered, else the first.
      const focused = document.activeElement?.closest<HTMLElement>('[data-committee]')?.dataset.committee;
      const committeeId = command.committeeId ?? focused ?? filters.committeeId ?? meeting.committees[0]?.id;
      if (!committeeId) {
        inform('newRec.noCommittee');
        addCommitteeRef.current?.focus();
      } else {
        setNewRecIn(committeeId);
      }
      return true;
    },
    [meeting.committees, inform, filters.committeeId],
  );

  useEffect(() => handleScreenCommands(runCommand), [runCommand]);
  // A search command given in the editor is run here once the meeting shows.
  useEffect(() => {
    const pending = takePendingCommand();
    if (pending?.command === 'search') searchRef.current?.focus();
    else if (pending?.command === 'new-recommendation' && !meeting.committees[0]) inform('newRec.noCommittee');
  }, [meeting.committees, inform]);

  const setRecommendations = (list: RecommendationSummary[]) =>
    set({ ...meeting, recommendations: list, statusCounts: countByStatus(list), updatedAt: new Date().toISOString() });

  return (
    <OpenConflictsContext.Provider value={conflictCounts}>
      <MeetingHeader
        meeting={meeting}
        onUpdated={set}
        trashCount={trashCount}
        pendingAmendments={meeting.pendingAmendmentCount}
        onImport={() => importFlow.start()}
        onExportPackage={packageExport.open}
      />
      {importFlow.dialog}
      {packageExport.dialog}
      <StatusSummary
        meeting={meeting}
        selected={view.filters.status ?? []}
        onChange={(status) => setView((v) => ({ ...v, filters: { ...v.filters, status } }))}
      />
      <div className="meeting-layout">
        <div className="meeting-main">
          <SearchPanel
            meeting={meeting}
            inputRef={searchRef}
            query={view.query}
            onQuery={(query) => setView((v) => ({ ...v, query }))}
            filters={filters}
            onFilters={(next) => setView((v) => ({ ...v, filters: next }))}
            shownCount={shown.length}
          />
          <Committees
            meeting={meeting}
            reload={reload}
            shown={shown}
            filtered={filtered}
            onRecommendations={setRecommendations}
            onTrashed={() => void trash.reload()}
            newRecIn={newRecIn}
            setNewRecIn={setNewRecIn}
            addCommitteeRef={addCommitteeRef}
          />
        </div>
        <aside className="meeting-side">
          <Participants meeting={meeting} onChanged={reload} />
        </aside>
      </div>
    </OpenConflictsContext.Provider>
  );
}
