/**
 * The application shell: language, top bar, messages, routing, and the app-wide duties — answer
 * menu commands, and save pending edits before the window closes or the app is hidden.
 */
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale, Participant } from '../../shared/domain/types';
import type { ErrorValue } from '../../shared/errors';
import { api, settle } from './api/client';
import { flushAll, journalAll } from './editor/pendingSaves';
import { I18nContext, useI18n, type I18n } from './i18n/context';
import { translate, translatePlural, type MessageKey, type Params } from './i18n/dictionaries';
import { navigate } from './routing/route';
import { useRoute } from './routing/useRoute';
import { Loading } from './components/Feedback';
import { MeetingsScreen } from './screens/home/MeetingsScreen';
import { MeetingScreen } from './screens/meeting/MeetingScreen';
import { FileDropZone } from './screens/exchange/import/FileDropZone';
import {
  AmendmentReviewScreen,
  AmendmentsScreen,
  AuditScreen,
  BackupsScreen,
  ConflictsScreen,
  DuplicatesScreen,
  MilestonesScreen,
  RecommendationScreen,
  TrashScreen,
} from './screens/lazyScreens';
import { Banner } from './shell/Banner';
import { dispatchScreenCommand, setPendingCommand } from './shell/commands';
import { CurrentMeetingContext, type MeetingRef } from './shell/currentMeeting';
import { useGlobalShortcuts } from './shell/globalKeys';
import { NoticesContext, type Notice, type Notices } from './shell/notices';
import { ProfileContext, type ProfileState } from './shell/profile';
import { ShortcutsDialog } from './shell/ShortcutsDialog';
import { TopBar } from './shell/TopBar';
import { WhoAmIDialog } from './shell/WhoAmIDialog';

const INFO_LIFETIME_MS = 6000;
const MAX_NOTICES = 4;

export function App({ initialLocale }: { initialLocale: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  // Messages belong to the screen they were given on: leaving it clears them.
  const [notices, setNotices] = useState<{ route: string; list: Notice[] }>({ route: '', list: [] });
  const [meeting, setMeeting] = useState<MeetingRef | null>(null);
  // Read by the menu's handler (subscribed once) to carry a file command to the meeting's page.
  const meetingRef = useRef<MeetingRef | null>(null);
  useEffect(() => {
    meetingRef.current = meeting;
  }, [meeting]);
  const nextId = useRef(1);
  const route = useRoute();
  const routeKey = JSON.stringify(route);
  const routeRef = useRef(routeKey);
  useEffect(() => {
    routeRef.current = routeKey;
  }, [routeKey]);
  const mainRef = useRef<HTMLElement>(null);
  // A new screen starts at its top, as a new page would.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [routeKey]);

  const dismiss = useCallback((id: number) => setNotices((s) => ({ ...s, list: s.list.filter((n) => n.id !== id) })), []);
  const push = useCallback(
    (notice: Notice) => {
      setNotices((s) => {
        const kept = s.route === routeRef.current ? s.list.filter((n) => !sameNotice(n, notice)) : [];
        return { route: routeRef.current, list: [...kept, notice].slice(-MAX_NOTICES) };
      });
      if (notice.kind === 'info') setTimeout(() => dismiss(notice.id), INFO_LIFETIME_MS);
    },
    [dismiss],
  );
  const noticesApi = useMemo<Notices>(
    () => ({
      reportError: (error: ErrorValue) => push({ id: nextId.current++, kind: 'error', error }),
      inform: (key: MessageKey, params?: Params) => push({ id: nextId.current++, kind: 'info', key, params }),
      dismiss,
    }),
    [push, dismiss],
  );

  const setLocale = useCallback(
    (next: Locale) => {
      setLocaleState(next);
      void settle(() => api().settings.setLocale({ locale: next })).then((result) => {
        if (!result.ok) noticesApi.reportError(result.error);
      });
    },
    [noticesApi],
  );

  const i18n = useMemo<I18n>(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      plural: (base, count, params) => translatePlural(locale, base, count, params),
      setLocale,
    }),
    [locale, setLocale],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Who am I on this computer: read once, then after every change made here.
  const [profile, setProfile] = useState<Participant | null | undefined>(undefined);
  const [chooserFor, setChooserFor] = useState<string | null>(null);
  const refreshProfile = useCallback(async () => {
    const result = await settle(() => api().profile.get({}));
    if (result.ok) setProfile(result.value);
  }, []);
  useEffect(() => {
    let live = true;
    void settle(() => api().profile.get({})).then((result) => {
      if (live && result.ok) setProfile(result.value);
    });
    return () => {
      live = false;
    };
  }, []);
  const profileApi = useMemo<ProfileState>(
    () => ({
      profile,
      refresh: refreshProfile,
      choose: async (participantId) => {
        const result = await settle(() => api().profile.set({ participantId }));
        if (!result.ok) {
          noticesApi.reportError(result.error);
          return false;
        }
        setProfile(result.value);
        noticesApi.inform('profile.saved', { name: result.value.name, delegation: result.value.delegation });
        return true;
      },
      openChooser: setChooserFor,
    }),
    [profile, refreshProfile, noticesApi],
  );

  const [showShortcuts, setShowShortcuts] = useState(false);
  useGlobalShortcuts({ showHelp: () => setShowShortcuts(true), inform: noticesApi.inform });

  useEffect(() => {
    document.title = meeting ? `${meeting.title} — ${translate(locale, 'app.name')}` : translate(locale, 'app.name');
  }, [meeting, locale]);

  useEffect(() => {
    const bridge = api();
    const offMenu = bridge.on('menu:command', ({ command }) => {
      switch (command) {
        case 'locale-fr':
        case 'locale-en':
          return setLocale(command === 'locale-fr' ? 'fr' : 'en');
        case 'go-home':
          return navigate({ name: 'home' });
        case 'backups':
          return navigate({ name: 'backups' });
        case 'import':
        case 'export-package':
          if (dispatchScreenCommand({ command })) return;
          // On another screen of a meeting (its conflicts, its trash…): its page takes the command.
          if (!meetingRef.current) return noticesApi.inform('shell.openMeetingFirst');
          setPendingCommand({ command });
          return navigate({ name: 'meeting', meetingId: meetingRef.current.id });
        case 'search':
        case 'new-recommendation':
        case 'export-report':
          if (!dispatchScreenCommand({ command })) noticesApi.inform('shell.openMeetingFirst');
          return;
      }
    });
    // The window is closing: save what is pending, then tell the main process it may close.
    const offClose = bridge.on('app:before-close', () => {
      void flushAll().then(() => bridge.readyToClose());
    });
    // Leaving or hiding the page: journal synchronously first (an asynchronous save may not
    // finish before the page goes), then try to store it all.
    const onHidden = () => {
      if (document.visibilityState !== 'hidden') return;
      journalAll();
      void flushAll();
    };
    const onPageHide = () => {
      journalAll();
      void flushAll();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      offMenu();
      offClose();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [setLocale, noticesApi]);

  return (
    <I18nContext.Provider value={i18n}>
      <NoticesContext.Provider value={noticesApi}>
        <CurrentMeetingContext.Provider value={setMeeting}>
          <ProfileContext.Provider value={profileApi}>
            <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
              {translate(locale, 'shell.skipToContent')}
            </button>
            <TopBar meeting={meeting} onShowShortcuts={() => setShowShortcuts(true)} />
            <Banner notices={notices.route === routeKey ? notices.list : []} onDismiss={dismiss} />
            <main id="main" ref={mainRef} tabIndex={-1} className="main">
              {/* The screens other than the lists are loaded on first visit (see screens/lazyScreens.ts). */}
              <Suspense fallback={<Loading />}>
                {route.name === 'home' && <MeetingsScreen />}
                {route.name === 'meeting' && <MeetingScreen key={route.meetingId} meetingId={route.meetingId} />}
                {route.name === 'recommendation' && (
                  <RecommendationScreen key={route.recommendationId} meetingId={route.meetingId} recommendationId={route.recommendationId} />
                )}
                {route.name === 'trash' && <TrashScreen key={route.meetingId} meetingId={route.meetingId} />}
                {route.name === 'milestones' && <MilestonesScreen key={route.meetingId} meetingId={route.meetingId} />}
                {route.name === 'amendments' && <AmendmentsScreen key={route.meetingId} meetingId={route.meetingId} />}
                {route.name === 'amendment' && <AmendmentReviewScreen key={route.amendmentId} meetingId={route.meetingId} amendmentId={route.amendmentId} />}
                {route.name === 'audit' && <AuditScreen key={route.meetingId} meetingId={route.meetingId} />}
                {route.name === 'backups' && <BackupsScreen />}
                {route.name === 'conflicts' && <ConflictsScreen key={route.meetingId} meetingId={route.meetingId} />}
                {route.name === 'duplicates' && <DuplicatesScreen key={route.meetingId} meetingId={route.meetingId} />}
                {route.name === 'notFound' && <NotFound />}
              </Suspense>
            </main>
            <FileDropZone meetingId={meeting?.id ?? null} />
            {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
            {chooserFor && <WhoAmIDialog meetingId={chooserFor} onClose={() => setChooserFor(null)} />}
          </ProfileContext.Provider>
        </CurrentMeetingContext.Provider>
      </NoticesContext.Provider>
    </I18nContext.Provider>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page page-narrow">
      <h1>{t('shell.notFound')}</h1>
      <p>
        <a href="#/">{t('shell.backHome')}</a>
      </p>
    </div>
  );
}

function sameNotice(a: Notice, b: Notice): boolean {
  if (a.kind === 'error' && b.kind === 'error') return a.error.message.en === b.error.message.en;
  if (a.kind === 'info' && b.kind === 'info') return a.key === b.key && JSON.stringify(a.params) === JSON.stringify(b.params);
  return false;
}
