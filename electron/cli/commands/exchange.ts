/**
 * Contributions between machines: `package meeting|contribution|consolidated`, `import`,
 * `conflicts`, `conflict resolve`, `duplicates`, `consolidate`. Files are given by path here (the
 * command line is the user's own hand); the services are the same as behind the app's channels.
 */
import type { ConflictInfo, DuplicatePair, ImportSummary } from '../../../shared/domain/exchange';
import { FIELD_LABELS } from '../../../shared/domain/labels';
import type { Locale, Localized, RecommendationFields } from '../../../shared/domain/types';
import { PalabreError } from '../../../shared/errors';
import type { PackageKind } from '../../../shared/package/format';
import { call } from '../../main/handlers';
import type { ServiceContext } from '../../main/services/context';
import { listConflicts } from '../../main/services/exchange/conflicts';
import { findDuplicates } from '../../main/services/exchange/duplicates';
import { exportPackage } from '../../main/services/exchange/exportPackage';
import { importFiles } from '../../main/services/exchange/importFiles';
import { actingAs } from '../../main/services/profile';
import { CliError } from '../errors';
import { dispatcherFor } from './input';
import type { Command, CommandRun } from './types';

const TEXT = {
  written: { fr: 'Paquet écrit', en: 'Package written' },
  recommendations: { fr: 'recommandations', en: 'recommendations' },
  versions: { fr: 'versions', en: 'versions' },
  comments: { fr: 'commentaires', en: 'comments' },
  digest: { fr: 'empreinte SHA-256', en: 'SHA-256 digest' },
  imported: { fr: 'Importé', en: 'Imported' },
  meetingCreated: { fr: 'Réunion installée sur ce poste', en: 'Meeting set up on this machine' },
  created: { fr: 'Nouvelles', en: 'New' },
  fastForwarded: { fr: 'Mises à jour', en: 'Updated' },
  merged: { fr: 'Fusionnées', en: 'Merged' },
  unchanged: { fr: 'Inchangées', en: 'Unchanged' },
  conflicts: { fr: 'Conflits à résoudre', en: 'Conflicts to resolve' },
  duplicates: { fr: 'Doublons probables', en: 'Probable duplicates' },
  noChange: { fr: 'Rien de nouveau\u00A0: tout ce que contiennent ces paquets est déjà ici.', en: 'Nothing new: everything these packages hold is already here.' },
  noConflicts: { fr: 'Aucun conflit à résoudre.', en: 'No conflicts to resolve.' },
  noDuplicates: { fr: 'Aucun doublon probable.', en: 'No probable duplicates.' },
  base: { fr: 'Origine', en: 'Base' },
  ours: { fr: 'Ici', en: 'Ours' },
  theirs: { fr: 'Reçu', en: 'Theirs' },
  removed: { fr: '(supprimé)', en: '(removed)' },
  paragraph: { fr: 'paragraphe', en: 'paragraph' },
  title: { fr: 'titre', en: 'title' },
  deletion: { fr: 'suppression contre modification', en: 'deletion against an edit' },
  deletedSide: { fr: '(mise à la corbeille)', en: '(moved to the trash)' },
  trashed: { fr: 'Mises à la corbeille', en: 'Moved to the trash' },
  detailsUpdated: { fr: 'Réunion, commissions ou participants mis à jour', en: 'Meeting, committees or participants updated' },
  restored: { fr: 'Sorties de la corbeille', en: 'Restored from the trash' },
  similarity: { fr: 'similarité', en: 'similarity' },
  and: { fr: 'et', en: 'and' },
  resolved: { fr: 'Conflit résolu', en: 'Conflict resolved' },
  word: { fr: 'document Word', en: 'Word document' },
  wordBrought: { fr: 'recommandation(s) nouvelle(s)', en: 'new recommendation(s)' },
  wordAlready: { fr: 'déjà importé\u00A0: rien de repris', en: 'already imported: nothing taken again' },
} as const satisfies Record<string, Localized>;

const colon = (locale: Locale) => (locale === 'fr' ? '\u00A0:' : ':');
const quote = (s: string, locale: Locale) => (locale === 'fr' ? `«\u00A0${s}\u00A0»` : `“${s}”`);

/** The services acting as --as (a participant of the meeting) for this command only, else the profile. */
function servicesFor(r: CommandRun, meetingId: string | undefined): ServiceContext {
  const as = r.option('as');
  if (as === undefined) return r.services;
  const ctx = actingAs(r.services, as);
  if (meetingId !== undefined && r.services.people.participant(as)?.meetingId !== meetingId) throw new PalabreError('participant_mismatch');
  return ctx;
}

function packageCommand(kind: PackageKind, summary: Localized, optional: Command['optional'] = []): Command {
  return {
    name: `package ${kind}`,
    summary,
    required: ['meeting', 'out'],
    optional,
    fieldOptions: { meetingId: 'meeting' },
    async run(r) {
      const meetingId = r.need('meeting');
      const result = exportPackage(servicesFor(r, meetingId), { meetingId, kind, path: r.need('out'), whole: kind === 'contribution' && r.flag('whole') });
      if (r.json) return r.printJson(result);
      const l = r.locale;
      r.print(
        `${TEXT.written[l]}${colon(l)} ${result.name} — ${result.recommendationCount} ${TEXT.recommendations[l]}, ${result.versionCount} ${TEXT.versions[l]}, ${result.commentCount} ${TEXT.comments[l]}`,
      );
      r.print(`${TEXT.digest[l]}${colon(l)} ${result.digest}`);
    },
  };
}

export const packageMeeting = packageCommand('meeting', {
  fr: 'écrit le paquet de la réunion (secrétariat → experts)\u00A0: réunion, commissions, participants, recommandations et leur historique',
  en: 'writes the meeting package (secretariat → experts): meeting, committees, participants, recommendations and their history',
});

export const packageContribution = packageCommand(
  'contribution',
  {
    fr: 'écrit la contribution de ce poste (expert → rapporteur)\u00A0: ce qui a changé depuis le dernier paquet de réunion ou consolidé reçu (tout, avec --whole), signé du profil ou de --as',
    en: 'writes this machine’s contribution (expert → rapporteur): what changed since the latest meeting or consolidated package received (everything, with --whole), signed by the profile or --as',
  },
  ['as', 'whole'],
);

export const packageConsolidated = packageCommand('consolidated', {
  fr: 'écrit le paquet consolidé (rapporteur → secrétariat)',
  en: 'writes the consolidated package (rapporteur → secretariat)',
});

export const importCommand: Command = {
  name: 'import',
  summary: {
    fr: 'importe des paquets Palabre et des contributions Word .docx (tous ou aucun)\u00A0: nouvelles recommandations, mises à jour, fusions à trois voies, conflits, doublons',
    en: 'imports Palabre packages and Word .docx contributions (all or none): new recommendations, updates, three-way merges, conflicts, duplicates',
  },
  optional: ['meeting', 'as'],
  words: { fr: 'FICHIER…', en: 'FILE…' },
  wordsMissing: 'missing_files',
  // A meeting package on a new machine sets the meeting up from nothing; a failed import removes the file again.
  createsDatabase: true,
  fieldOptions: { meetingId: 'meeting' },
  optionHelp: {
    meeting: { fr: 'refuser un paquet d’une autre réunion\u202F; la réunion où vont les documents Word', en: 'refuse a package of another meeting; the meeting Word documents go into' },
    as: { fr: 'fusionner au nom de ce participant (déjà présent sur ce poste)', en: 'merge as this participant (already on this machine)' },
  },
  async run(r) {
    const meetingId = r.option('meeting');
    const summary = await importFiles(servicesFor(r, meetingId), r.words, { meetingId });
    if (r.json) return r.printJson(summary);
    r.print(importText(summary, r.locale));
  },
};

export function importText(s: ImportSummary, l: Locale): string {
  const names = [
    ...s.files.map((f) => `${f.name} (${f.kind}${f.createdByName ? `, ${f.createdByName}` : ''})`),
    ...s.wordFiles.map((w) => `${w.name} (${TEXT.word[l]}, ${w.alreadyImported ? TEXT.wordAlready[l] : `${w.recommendations} ${TEXT.wordBrought[l]}`})`),
  ];
  const lines = [`${TEXT.imported[l]}${colon(l)} ${names.join(', ')}`];
  if (s.noChange) return [...lines, TEXT.noChange[l]].join('\n');
  if (s.meetingCreated) lines.push(TEXT.meetingCreated[l]);
  lines.push(
    (['created', 'fastForwarded', 'merged', 'unchanged'] as const).map((k) => `${TEXT[k][l]}${colon(l)} ${s[k].length}`).join(' · '),
  );
  if (s.detailsUpdated) lines.push(TEXT.detailsUpdated[l]);
  if (s.deleted.length > 0) lines.push(`${TEXT.trashed[l]}${colon(l)} ${s.deleted.length}`);
  if (s.restored.length > 0) lines.push(`${TEXT.restored[l]}${colon(l)} ${s.restored.length}`);
  if (s.conflicts.length > 0) {
    lines.push(`${TEXT.conflicts[l]}${colon(l)} ${s.conflicts.reduce((n, c) => n + c.conflictIds.length, 0)} (conflicts --meeting ${s.meetingId})`);
    for (const c of s.conflicts) lines.push(`  ${c.recommendationId}: ${c.conflictIds.join(', ')}`);
  }
  if (s.duplicates.length > 0) {
    lines.push(`${TEXT.duplicates[l]}${colon(l)} ${s.duplicates.length}`);
    for (const d of s.duplicates) lines.push(`  ${duplicateLine(d, l)}`);
  }
  return lines.join('\n');
}

function duplicateLine(d: DuplicatePair, l: Locale): string {
  const percent = Math.round(d.similarity * 100);
  const who = (i: 0 | 1) => `${quote(d.titles[i], l)}${d.authorNames[i] ? ` (${d.authorNames[i]})` : ''}`;
  return `${who(0)} ${TEXT.and[l]} ${who(1)} — ${TEXT.similarity[l]} ${percent}\u00A0% — ${d.recommendationIds[0]} ${d.recommendationIds[1]}`;
}

export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: {
    fr: 'liste les conflits de fusion à résoudre dans une réunion, avec l’origine, les deux versions et leurs auteurs',
    en: 'lists the merge conflicts to resolve in a meeting, with the base, both sides and who wrote them',
  },
  required: ['meeting'],
  fieldOptions: { meetingId: 'meeting' },
  async run(r) {
    const conflicts = listConflicts(r.services, r.need('meeting'));
    if (r.json) return r.printJson(conflicts);
    if (conflicts.length === 0) return r.print(TEXT.noConflicts[r.locale]);
    r.print(conflicts.map((c) => conflictText(c, r.locale)).join('\n\n'));
  },
};

export function conflictText(c: ConflictInfo, l: Locale): string {
  const what =
    c.kind === 'body'
      ? TEXT.paragraph[l]
      : c.kind === 'title'
        ? TEXT.title[l]
        : c.kind === 'deletion'
          ? TEXT.deletion[l]
          : (FIELD_LABELS[c.field as keyof RecommendationFields]?.[l] ?? String(c.field));
  const side = (label: Localized, s: ConflictInfo['ours']) =>
    `  ${label[l]}${s.authorName ? ` (${s.authorName})` : ''}${colon(l)} ${s.text || (c.kind === 'body' ? TEXT.removed[l] : c.kind === 'deletion' ? TEXT.deletedSide[l] : '—')}`;
  // A deletion has no common text to show: the two sides say who deleted and who edited.
  const sides = c.kind === 'deletion' ? [side(TEXT.ours, c.ours), side(TEXT.theirs, c.theirs)] : [side(TEXT.base, c.base), side(TEXT.ours, c.ours), side(TEXT.theirs, c.theirs)];
  return [`${c.id}  ${quote(c.recommendationTitle, l)} — ${what}`, ...sides].join('\n');
}

const CHOICES = { mine: 'ours', theirs: 'theirs', both: 'both', edit: 'edit', keep: 'keep', delete: 'delete' } as const;

export const conflictResolve: Command = {
  name: 'conflict resolve',
  summary: {
    fr: 'résout un conflit\u00A0: garder ma version, prendre la leur, garder les deux ou réécrire le passage\u202F; pour une suppression, garder (keep) ou supprimer (delete)',
    en: 'resolves a conflict: keep mine, take theirs, keep both, or rewrite the passage; for a deletion, keep or delete',
  },
  argument: 'ID',
  required: ['choice'],
  optional: ['text', 'as'],
  optionHelp: { text: { fr: 'le texte retenu (avec --choice edit)', en: 'the text to keep (with --choice edit)' } },
  async run(r) {
    const choice = r.need('choice');
    if (!Object.hasOwn(CHOICES, choice)) throw new CliError('unknown_choice', choice);
    const text = r.option('text');
    if ((choice === 'edit') !== (text !== undefined)) throw new CliError('text_with_edit');
    const conflictId = r.argument();
    const meetingId = r.services.exchange.conflict(conflictId)?.meetingId;
    const dispatch = meetingId ? dispatcherFor(r, meetingId) : r.dispatch;
    const result = await call(dispatch, 'conflict:resolve', { conflictId, resolution: CHOICES[choice as keyof typeof CHOICES], text });
    if (r.json) return r.printJson(result);
    r.print(`${TEXT.resolved[r.locale]}${colon(r.locale)} ${result.conflict.recommendationTitle} → ${result.headVersionId}`);
  },
};

export const duplicatesCommand: Command = {
  name: 'duplicates',
  summary: {
    fr: 'liste les recommandations d’auteurs différents qui disent presque la même chose, avec leur similarité',
    en: 'lists recommendations by different authors that say almost the same thing, with their similarity',
  },
  required: ['meeting'],
  fieldOptions: { meetingId: 'meeting' },
  async run(r) {
    const pairs = findDuplicates(r.services, r.need('meeting'));
    if (r.json) return r.printJson(pairs);
    if (pairs.length === 0) return r.print(TEXT.noDuplicates[r.locale]);
    for (const d of pairs) r.print(duplicateLine(d, r.locale));
  },
};

export const consolidate: Command = {
  name: 'consolidate',
  summary: {
    fr: 'fusionne deux doublons\u00A0: garde l’une (qui crédite l’auteur de l’autre), l’autre passe au statut «\u00A0fusionnée\u00A0»',
    en: 'consolidates two duplicates: keeps one (crediting the other’s author); the other’s status becomes “merged”',
  },
  required: ['keep', 'merge'],
  optional: ['as'],
  fieldOptions: { keepId: 'keep', mergeId: 'merge' },
  async run(r) {
    const keepId = r.need('keep');
    const meetingId = r.services.recommendations.get(keepId)?.meetingId;
    const dispatch = meetingId ? dispatcherFor(r, meetingId) : r.dispatch;
    const kept = await call(dispatch, 'duplicate:consolidate', { keepId, mergeId: r.need('merge') });
    if (r.json) return r.printJson(kept);
    r.print(`${kept.number ? `${kept.number}. ` : ''}${kept.title} (${kept.id})`);
  },
};
