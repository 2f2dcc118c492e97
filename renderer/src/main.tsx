/**
 * Entry point: checks that the bridge to the main process exists, reads the saved language, then
 * starts the shell. Styles are plain CSS files (the CSP allows no inline <style>).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../../shared/domain/types';
import { getApi, settle } from './api/client';
import { startFirstLoad } from './api/firstLoad';
import { App } from './App';
import { translate } from './i18n/dictionaries';
import { parseHash } from './routing/route';
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/meetings.css';
import './styles/meeting.css';
import './styles/participants.css';
import './styles/badges.css';
import './styles/editor.css';
import './styles/review.css';
import './styles/exchange.css';
import './styles/import.css';

async function start(container: HTMLElement): Promise<void> {
  const bridge = getApi();
  if (!bridge) {
    // Without window.api nothing can be read or saved: say so in both languages.
    container.textContent = '';
    for (const locale of ['fr', 'en'] as const) {
      const p = document.createElement('p');
      p.className = 'fatal';
      p.lang = locale;
      p.textContent = translate(locale, 'app.noBridge');
      container.append(p);
    }
    return;
  }
  // Opening on a meeting (a reload, the last screen): its list is asked for now, beside the language.
  const route = parseHash(window.location.hash);
  if (route.name === 'meeting') startFirstLoad(`meeting/${route.meetingId}`, () => settle(() => bridge.meeting.get({ meetingId: route.meetingId })));
  const info = await settle(() => bridge.app.info({}));
  const locale: Locale = info.ok ? info.value.locale : 'fr';
  createRoot(container).render(
    <StrictMode>
      <App initialLocale={locale} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void start(container);
