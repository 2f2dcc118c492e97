/**
 * Full-text search across the meeting's recommendations, as the user types (debounced). Results
 * show number, committee, title and an excerpt with the matches highlighted; each opens the
 * recommendation.
 */
import { useEffect, useId, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SearchHit } from '../../../../shared/domain/types';
import type { ErrorValue } from '../../../../shared/errors';
import { api, settle } from '../../api/client';
import { Highlighted } from '../../components/Highlighted';
import { SearchIcon } from '../../components/icons';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../routing/route';

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'failed'; query: string; error: ErrorValue };

const DEBOUNCE_MS = 250;

export function SearchPanel({ meetingId, inputRef }: { meetingId: string; inputRef: RefObject<HTMLInputElement | null> }) {
  const { t, plural, locale } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const trimmed = query.trim();

  useEffect(() => {
    if (!trimmed) return;
    let current = true;
    const timer = setTimeout(() => {
      setState({ status: 'searching', query: trimmed });
      void settle(() => api().search.query({ meetingId, query: trimmed })).then((result) => {
        if (!current) return;
        setState(result.ok ? { status: 'done', query: trimmed, hits: result.value } : { status: 'failed', query: trimmed, error: result.error });
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, meetingId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
      setState({ status: 'idle' });
    }
  };

  const shown = trimmed ? state : { status: 'idle' as const };

  return (
    // One search landmark per page; it takes no name of its own so the field stays the only
    // element called « Rechercher dans la réunion ».
    <section className="search" role="search">
      <label htmlFor={inputId} className="search-label">
        {t('search.label')}
      </label>
      <div className="search-box">
        <SearchIcon />
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          value={query}
          placeholder={t('search.placeholder')}
          aria-describedby={hintId}
          autoComplete="off"
          maxLength={200}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={hintId} className="field-hint">
        {t('search.hint')}
      </p>
      <p className="search-status" role="status">
        {shown.status === 'searching' && t('search.searching')}
        {shown.status === 'done' &&
          (shown.hits.length === 0 ? t('search.none', { query: shown.query }) : plural('search.results', shown.hits.length))}
        {shown.status === 'failed' && shown.error.message[locale]}
      </p>
      {shown.status === 'done' && shown.hits.length > 0 && (
        <ol className="search-results" aria-label={t('search.resultsLabel')}>
          {shown.hits.map((hit) => (
            <li key={hit.recommendationId}>
              <a className="search-hit" href={hrefFor({ name: 'recommendation', meetingId, recommendationId: hit.recommendationId })}>
                <span className="search-hit-head">
                  <span className="rec-number">{hit.number ? t('rec.number', { number: hit.number }) : t('rec.unnumbered')}</span>
                  <span className="search-hit-title">{hit.title}</span>
                </span>
                <span className="search-hit-committee">{hit.committeeName}</span>
                <span className="search-hit-excerpt">
                  <Highlighted text={hit.excerpt} />
                </span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
