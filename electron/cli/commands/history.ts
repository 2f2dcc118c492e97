/** `history` and `diff`: the versions of a recommendation, and a readable word diff of two of them. */
import { renderDiffText, renderRuns } from '../../../shared/diff/render';
import { FIELD_LABELS, ORIGIN_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../../../shared/domain/labels';
import type { FieldChange, HistoryVersion, RecommendationDiff } from '../../../shared/domain/review';
import type { Locale, Localized } from '../../../shared/domain/types';
import { call } from '../../main/handlers';
import { CliError } from '../errors';
import type { Command } from './types';

const VERSION: Localized = { fr: 'VERSION', en: 'VERSION' };

export const history: Command = {
  name: 'history',
  summary: {
    fr: 'affiche les versions d’une recommandation, de la plus récente à la plus ancienne\u00A0: identifiant, date, origine, auteur, parents',
    en: 'prints the versions of a recommendation, newest first: id, time, origin, author, parents',
  },
  argument: 'ID',
  async run(r) {
    const versions = await call(r.dispatch, 'recommendation:history', { recommendationId: r.argument() });
    if (r.json) return r.printJson(versions);
    for (const v of versions) r.print(historyLine(v, r.locale));
  },
};

export const diff: Command = {
  name: 'diff',
  summary: {
    fr: 'compare deux versions d’une recommandation mot à mot\u00A0: [-supprimé-]{+ajouté+}, {~mise en forme changée~}',
    en: 'compares two versions of a recommendation word by word: [-deleted-]{+inserted+}, {~format changed~}',
  },
  argument: 'ID',
  required: ['from'],
  optional: ['to'],
  optionPlaceholder: { from: VERSION, to: VERSION },
  optionHelp: {
    from: { fr: 'version de départ (identifiant, ou son début, voir history)', en: 'version to compare from (id, or its beginning: see history)' },
    to: { fr: 'version d’arrivée (par défaut\u00A0: la version actuelle)', en: 'version to compare to (default: the current version)' },
  },
  async run(r) {
    const recommendationId = r.argument();
    const versions = await call(r.dispatch, 'recommendation:history', { recommendationId });
    const from = resolveVersion(versions, r.need('from'));
    const to = r.option('to') === undefined ? versions.find((v) => v.isHead)!.id : resolveVersion(versions, r.option('to')!);
    const result = await call(r.dispatch, 'recommendation:diff', { recommendationId, fromVersionId: from, toVersionId: to });
    if (r.json) return r.printJson(result);
    r.print(diffText(result, r.locale));
  },
};

/** A version by its full id or by a beginning of it (at least 4 characters) that only it has. */
export function resolveVersion(versions: readonly HistoryVersion[], ref: string): string {
  const wanted = ref.trim().toLowerCase();
  const exact = versions.find((v) => v.id === wanted);
  if (exact) return exact.id;
  const matches = wanted.length >= 4 ? versions.filter((v) => v.id.startsWith(wanted)) : [];
  if (matches.length > 1) throw new CliError('ambiguous_version_ref', ref);
  if (matches.length === 0) throw new CliError('unknown_version_ref', ref);
  return matches[0]!.id;
}

const CURRENT: Localized = { fr: 'actuelle', en: 'current' };
const PENDING_AMENDMENT: Localized = { fr: 'amendement proposé', en: 'proposed amendment' };
const WITH: Localized = { fr: 'avec', en: 'with' };
const NOBODY: Localized = { fr: '(sans auteur)', en: '(no author)' };

/** « ID  2025-11-17 08:30 UTC  modification  Awa Sow  ← 1a2b3c4d  (actuelle) » */
function historyLine(v: HistoryVersion, locale: Locale): string {
  const author = (v.authorName ?? NOBODY[locale]) + (v.coauthors.length > 0 ? ` (${WITH[locale]} ${v.coauthors.map((c) => c.name).join(', ')})` : '');
  const parents = v.parentIds.length > 0 ? `  ← ${v.parentIds.map((p) => p.slice(0, 8)).join(', ')}` : '';
  const notes = [...(v.isHead ? [CURRENT[locale]] : []), ...(v.amendmentId ? [PENDING_AMENDMENT[locale]] : [])];
  return `${v.id}  ${moment(v.createdAt)}  ${ORIGIN_LABELS[v.origin][locale]}  ${author}${parents}${notes.length > 0 ? `  (${notes.join(', ')})` : ''}`;
}

export function moment(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

const TITLE: Localized = { fr: 'Titre\u00A0:', en: 'Title:' };
const FIELDS: Localized = { fr: 'Champs\u00A0:', en: 'Fields:' };

/** The title line (if it changed), the redline of the text, then the fields that changed. */
export function diffText(result: RecommendationDiff, locale: Locale, options: { changedOnly?: boolean } = {}): string {
  if (result.identical) return NO_DIFFERENCE[locale];
  const parts: string[] = [];
  if (result.title.before !== result.title.after) parts.push(`${TITLE[locale]} ${renderRuns(result.title.runs)}`);
  if (!result.body.identical) parts.push(renderDiffText(result.body, locale, options));
  if (result.fields.length > 0) parts.push([FIELDS[locale], ...result.fields.map((f) => `  ${fieldLine(f, locale)}`)].join('\n'));
  return parts.join('\n\n');
}

const NO_DIFFERENCE: Localized = { fr: 'Aucune différence.', en: 'No difference.' };
const NONE: Localized = { fr: '(aucun)', en: '(none)' };

function fieldLine(change: FieldChange, locale: Locale): string {
  const show = (value: unknown): string => {
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return NONE[locale];
    if (change.field === 'status') return STATUS_LABELS[value as keyof typeof STATUS_LABELS][locale];
    if (change.field === 'priority') return PRIORITY_LABELS[value as keyof typeof PRIORITY_LABELS][locale];
    return Array.isArray(value) ? value.join(', ') : String(value);
  };
  const colon = locale === 'fr' ? '\u00A0:' : ':';
  return `${FIELD_LABELS[change.field][locale]}${colon} ${show(change.before)} → ${show(change.after)}`;
}
