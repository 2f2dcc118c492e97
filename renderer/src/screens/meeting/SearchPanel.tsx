/**
 * Finding things in a meeting: full-text search across titles, texts and comments, as the user types
 * (debounced), and filters by committee, author's delegation, author and addressee. The filters
 * apply to the committee lists below and to the search. Results show number, status, committee,
 * title and an excerpt with the matches highlighted, and say where the words were found.
 */
import { useEffect, useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { comparisonKey } from '../../../../shared/domain/fields';
import { hasFilters } from '../../../../shared/domain/filters';
import { SEARCH_PAGE, type MeetingDetail, type RecommendationFilters, type SearchField, type SearchHit } from '../../../../shared/domain/types';
import type { ErrorValue } from '../../../../shared/errors';
import { compareFrench } from '../../../../shared/text';
import { api, settle } from '../../api/client';
import { SelectField } from '../../components/Field';
import { Highlighted, markQuery } from '../../components/Highlighted';
import { CloseIcon, SearchIcon } from '../../components/icons';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/dictionaries';
import { hrefFor } from '../../routing/route';

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; key: string }
  | { status: 'done'; key: string; query: string; hits: SearchHit[]; total: number; more: 'idle' | 'loading' | ErrorValue }
  | { status: 'failed'; key: string; error: ErrorValue };

const DEBOUNCE_MS = 250;

const WHERE: Record<SearchField, MessageKey> = {
  title: 'filters.inTitle',
  body: 'filters.inText',
  comments: 'filters.inComment',
};

interface Props {
  meeting: MeetingDetail;
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  onQuery(query: string): void;
  filters: RecommendationFilters;
  onFilters(filters: RecommendationFilters): void;
  /** How many recommendations the filters let through (for « 5 sur 12 »). */
  shownCount: number;
}

export function SearchPanel({ meeting, inputRef, query, onQuery, filters, onFilters, shownCount }: Props) {
  const { t, plural, locale } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const trimmed = query.trim();
  const filtered = hasFilters(filters);
  const filterKey = JSON.stringify(filters);
  const searchKey = `${trimmed}\u0000${filterKey}`;

  useEffect(() => {
    if (!trimmed) return;
    let current = true;
    const timer = setTimeout(() => {
      setState({ status: 'searching', key: searchKey });
      const parsed = JSON.parse(filterKey) as RecommendationFilters;
      const input = hasFilters(parsed) ? { meetingId: meeting.id, query: trimmed, filters: parsed } : { meetingId: meeting.id, query: trimmed };
      void settle(() => api().search.query(input)).then((result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'done', key: searchKey, query: trimmed, hits: result.value.hits, total: result.value.total, more: 'idle' }
            : { status: 'failed', key: searchKey, error: result.error },
        );
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The meeting's content changes what is found: search again when it was saved.
  }, [trimmed, filterKey, searchKey, meeting.id, meeting.updatedAt]);

  // The next page of the same search, after the hits shown (a page costs excerpts: not all at once).
  const showMore = () => {
    if (state.status !== 'done' || state.more === 'loading') return;
    const { key, hits } = state;
    setState({ ...state, more: 'loading' });
    const parsed = JSON.parse(filterKey) as RecommendationFilters;
    const input = { meetingId: meeting.id, query: state.query, offset: hits.length, limit: SEARCH_PAGE, ...(hasFilters(parsed) ? { filters: parsed } : {}) };
    void settle(() => api().search.query(input)).then((result) => {
      setState((now) => {
        // Another search started meanwhile: its results are not these.
        if (now.status !== 'done' || now.key !== key) return now;
        if (!result.ok) return { ...now, more: result.error };
        const seen = new Set(now.hits.map((h) => h.recommendationId));
        return { ...now, hits: [...now.hits, ...result.value.hits.filter((h) => !seen.has(h.recommendationId))], total: result.value.total, more: 'idle' };
      });
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      onQuery('');
      setState({ status: 'idle' });
    }
  };

  const shown = trimmed ? state : ({ status: 'idle' } as const);

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
          aria-keyshortcuts="Control+F /"
          autoComplete="off"
          maxLength={200}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={hintId} className="field-hint">
        {t('search.hint')}
      </p>

      <Filters meeting={meeting} filters={filters} onFilters={onFilters} />

      <div className="search-status-row">
        <p className="search-status" role="status">
          {shown.status === 'searching' && t('search.searching')}
          {shown.status === 'done' &&
            (shown.hits.length === 0
              ? t(filtered ? 'filters.noneWithFilters' : 'search.none', { query: shown.query })
              : shown.hits.length < shown.total
                ? `${plural('search.results', shown.total)} — ${t('search.shown', { shown: shown.hits.length })}`
                : plural('search.results', shown.total))}
          {shown.status === 'failed' && shown.error.message[locale]}
          {shown.status === 'idle' &&
            filtered &&
            t('filters.shown', { shown: shownCount, total: meeting.recommendations.length })}
        </p>
        {filtered && (
          <button type="button" className="button button-small button-quiet" onClick={() => onFilters({})}>
            <CloseIcon />
            {t('filters.clear')}
          </button>
        )}
      </div>
      {shown.status === 'done' && shown.hits.length > 0 && (
        <ol className="search-results" aria-label={t('search.resultsLabel')}>
          {shown.hits.map((hit) => (
            <li key={hit.recommendationId}>
              <a className="search-hit" href={hrefFor({ name: 'recommendation', meetingId: meeting.id, recommendationId: hit.recommendationId })}>
                <span className="search-hit-head">
                  <span className="rec-number">{hit.number ? t('rec.number', { number: hit.number }) : t('rec.unnumbered')}</span>
                  <span className="search-hit-title">
                    <Highlighted text={markQuery(hit.title, shown.query)} />
                  </span>
                  <StatusBadge status={hit.status} />
                </span>
                <span className="search-hit-context">
                  <span className="search-hit-committee">{hit.committeeName}</span>
                  <span className={`search-hit-where search-hit-where-${hit.matchedIn}`}>{t(WHERE[hit.matchedIn])}</span>
                </span>
                {hit.matchedIn !== 'title' && (
                  <span className="search-hit-excerpt">
                    <Highlighted text={hit.excerpt} />
                  </span>
                )}
              </a>
            </li>
          ))}
        </ol>
      )}
      {shown.status === 'done' && shown.hits.length < shown.total && (
        <div className="search-more">
          <button type="button" className="button button-small" onClick={showMore} disabled={shown.more === 'loading'}>
            {shown.more === 'loading' ? t('search.loadingMore') : t('search.more', { count: Math.min(SEARCH_PAGE, shown.total - shown.hits.length) })}
          </button>
          {typeof shown.more === 'object' && (
            <p className="field-error" role="alert">
              {shown.more.message[locale]}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** The filter fields. Choices are those the meeting holds, sorted in French collation. */
function Filters({ meeting, filters, onFilters }: { meeting: MeetingDetail; filters: RecommendationFilters; onFilters(f: RecommendationFilters): void }) {
  const { t } = useI18n();
  const committees = [...meeting.committees].sort((a, b) => a.position - b.position);
  const delegations = meeting.delegations.map((d) => d.name).sort(compareFrench);
  const authorIds = new Set(meeting.recommendations.map((r) => r.authorId).filter((id): id is string => id !== null));
  if (filters.authorId) authorIds.add(filters.authorId);
  const authors = meeting.participants
    .filter((p) => authorIds.has(p.id) && (!filters.delegation || comparisonKey(p.delegation) === comparisonKey(filters.delegation)))
    .sort((a, b) => compareFrench(a.name, b.name));
  const addressees = uniqueAddressees(meeting);
  if (filters.addressee && !addressees.some((a) => comparisonKey(a) === comparisonKey(filters.addressee!))) addressees.push(filters.addressee);

  const set = (patch: Partial<RecommendationFilters>) => onFilters({ ...filters, ...patch });

  return (
    <fieldset className="filters">
      <legend className="filters-legend">{t('filters.legend')}</legend>
      <SelectField label={t('filters.committee')} value={filters.committeeId ?? ''} onChange={(e) => set({ committeeId: e.target.value || undefined })}>
        <option value="">{t('filters.allCommittees')}</option>
        {committees.map((c, index) => (
          <option key={c.id} value={c.id}>
            {index + 1}. {c.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('filters.delegation')}
        value={filters.delegation ?? ''}
        // Another delegation: an author of the previous one no longer fits.
        onChange={(e) => set({ delegation: e.target.value || undefined, authorId: undefined })}
      >
        <option value="">{t('filters.allDelegations')}</option>
        {delegations.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('filters.author')} value={filters.authorId ?? ''} onChange={(e) => set({ authorId: e.target.value || undefined })}>
        <option value="">{t('filters.allAuthors')}</option>
        {authors.map((p) => (
          <option key={p.id} value={p.id}>
            {filters.delegation ? p.name : `${p.name} (${p.delegation})`}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('filters.addressee')} value={filters.addressee ?? ''} onChange={(e) => set({ addressee: e.target.value || undefined })}>
        <option value="">{t('filters.allAddressees')}</option>
        {addressees.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}

/** The addressees named in the meeting, once each (whatever their case, accents or apostrophes). */
function uniqueAddressees(meeting: MeetingDetail): string[] {
  const seen = new Map<string, string>();
  for (const rec of meeting.recommendations) for (const name of rec.addressees) if (!seen.has(comparisonKey(name))) seen.set(comparisonKey(name), name);
  return [...seen.values()].sort(compareFrench);
}
