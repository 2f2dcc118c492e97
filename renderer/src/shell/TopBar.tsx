/**
 * The top bar: the app's name (home), the meeting open, who I am on this computer (« Qui suis-je ? »),
 * the keyboard shortcuts, the language switch.
 */
import type { Locale } from '../../../shared/domain/types';
import { KeyboardIcon, UserIcon } from '../components/icons';
import { useI18n } from '../i18n/context';
import { hrefFor } from '../routing/route';
import type { MeetingRef } from './currentMeeting';
import { useProfile } from './profile';

export function TopBar({ meeting, onShowShortcuts }: { meeting: MeetingRef | null; onShowShortcuts(): void }) {
  const { t, locale, setLocale } = useI18n();
  const languages: Array<{ code: Locale; label: string; short: string }> = [
    { code: 'fr', label: t('shell.languageFr'), short: 'FR' },
    { code: 'en', label: t('shell.languageEn'), short: 'EN' },
  ];
  return (
    <header className="topbar">
      <a className="brand" href="#/">
        <TreeMark />
        <span className="brand-name">{t('app.name')}</span>
      </a>
      {meeting && (
        <p className="topbar-meeting">
          <span className="topbar-meeting-label">{t('shell.currentMeeting')}</span>
          <a href={hrefFor({ name: 'meeting', meetingId: meeting.id })}>{meeting.title}</a>
        </p>
      )}
      <div className="topbar-tools">
        <WhoAmIButton meetingId={meeting?.id ?? null} />
        <button
          type="button"
          className="topbar-icon-button"
          aria-label={t('shortcuts.showHelp')}
          title={`${t('shortcuts.showHelp')} (?)`}
          aria-keyshortcuts="? F1"
          onClick={onShowShortcuts}
        >
          <KeyboardIcon />
        </button>
      </div>
      <div className="language-switch" role="group" aria-label={t('shell.language')}>
        {languages.map((language) => (
          <button
            key={language.code}
            type="button"
            lang={language.code}
            aria-pressed={locale === language.code}
            onClick={() => setLocale(language.code)}
          >
            {/* Name "FR — Français": the visible code first, then the language in its own words. */}
            {language.short}
            <span className="visually-hidden"> — {language.label}</span>
          </button>
        ))}
      </div>
    </header>
  );
}

/**
 * « Vous : Awa Sow, Niger », on every screen. With a meeting open, it opens the chooser; on the home
 * screen (no meeting to choose from) it only says who is set.
 */
function WhoAmIButton({ meetingId }: { meetingId: string | null }) {
  const { t } = useI18n();
  const { profile, openChooser } = useProfile();
  if (profile === undefined) return null;
  const current = profile ? t('profile.current', { name: profile.name, delegation: profile.delegation }) : t('profile.nobody');
  if (!meetingId) {
    return profile ? (
      <p className="who-am-i who-am-i-static">
        <UserIcon />
        <span>{current}</span>
      </p>
    ) : null;
  }
  return (
    <button
      type="button"
      className={`who-am-i${profile ? '' : ' who-am-i-unset'}`}
      aria-haspopup="dialog"
      // The name starts with « Qui suis-je ? » whatever is chosen, then says who is chosen.
      aria-label={`${t('profile.button')} ${current}`}
      title={t('profile.buttonHint')}
      onClick={() => openChooser(meetingId)}
    >
      <UserIcon />
      <span>{profile ? current : t('profile.button')}</span>
    </button>
  );
}

/** The palaver tree: the app's mark, drawn in SVG. Decorative; the name follows it. */
function TreeMark() {
  return (
    <svg className="brand-mark" width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M2.5 12.5C4 8 9 5.5 16 5.5S28 8 29.5 12.5C26 14 21 14.5 16 14.5S6 14 2.5 12.5z" fill="currentColor" />
      <path d="M16 27V16M16 19.5l-5.5-5M16 18l5-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
      <path d="M7 27.5h18" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
