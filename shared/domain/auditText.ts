/**
 * What an audit entry says, in a sentence, in both languages: built from its action and detail, so
 * that the log reads the same in the app, the command line and a report. An action this version does
 * not know (written by a later Palabre) is shown by its name rather than dropped.
 */
import { quoted } from '../text';
import { FIELD_LABELS, STATUS_LABELS } from './labels';
import type { Localized, RecommendationFields, RecommendationStatus } from './types';

type Detail = Record<string, unknown>;

const str = (d: Detail, key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');
const num = (d: Detail, key: string) => (typeof d[key] === 'number' ? (d[key] as number) : 0);
const quoteFr = (s: string) => quoted('fr', s);
const quoteEn = (s: string) => quoted('en', s);
const both = (fr: string, en: string): Localized => ({ fr, en });

function statusOf(d: Detail, key: string): Localized {
  const value = str(d, key) as RecommendationStatus;
  return STATUS_LABELS[value] ?? { fr: value, en: value };
}

function fieldsOf(d: Detail): Localized {
  const keys = Array.isArray(d.fields) ? (d.fields as string[]) : [];
  const labels = keys.map((k) => FIELD_LABELS[k as keyof RecommendationFields] ?? { fr: k, en: k });
  return both(labels.map((l) => l.fr).join(', '), labels.map((l) => l.en).join(', '));
}

const AMENDMENT_OUTCOME: Readonly<Record<string, Localized>> = {
  accepted: { fr: 'accepté', en: 'accepted' },
  partially_accepted: { fr: 'accepté en partie', en: 'partly accepted' },
  rejected: { fr: 'rejeté', en: 'rejected' },
};

const CONFLICT_RESOLUTION: Readonly<Record<string, Localized>> = {
  ours: { fr: 'version conservée', en: 'kept mine' },
  theirs: { fr: 'leur version retenue', en: 'took theirs' },
  both: { fr: 'les deux conservées', en: 'kept both' },
  edit: { fr: 'texte réécrit', en: 'edited' },
};

const DESCRIBE: Readonly<Record<string, (d: Detail) => Localized>> = {
  'meeting.create': (d) => both(`Réunion créée\u00A0: ${str(d, 'title')}`, `Meeting created: ${str(d, 'title')}`),
  'meeting.update': () => both('Réunion modifiée', 'Meeting updated'),
  'committee.add': (d) => both(`Commission ajoutée\u00A0: ${str(d, 'name')}`, `Committee added: ${str(d, 'name')}`),
  'committee.rename': (d) => both(`Commission renommée\u00A0: ${str(d, 'from')} → ${str(d, 'to')}`, `Committee renamed: ${str(d, 'from')} → ${str(d, 'to')}`),
  'committee.reorder': () => both('Commissions réordonnées', 'Committees reordered'),
  'committee.remove': (d) => both(`Commission retirée\u00A0: ${str(d, 'name')}`, `Committee removed: ${str(d, 'name')}`),
  'participant.add': (d) => both(`Participant ajouté\u00A0: ${str(d, 'name')}`, `Participant added: ${str(d, 'name')}`),
  'participant.update': () => both('Participant modifié', 'Participant updated'),
  'participant.remove': (d) => both(`Participant retiré\u00A0: ${str(d, 'name')}`, `Participant removed: ${str(d, 'name')}`),
  'recommendation.create': (d) => both(`Recommandation créée\u00A0: ${str(d, 'title')}`, `Recommendation created: ${str(d, 'title')}`),
  'recommendation.fields': (d) => {
    const f = fieldsOf(d);
    return both(`Champs modifiés\u00A0: ${f.fr}`, `Fields changed: ${f.en}`);
  },
  'recommendation.status': (d) => {
    const [from, to] = [statusOf(d, 'from'), statusOf(d, 'to')];
    return both(`Statut\u00A0: ${quoteFr(from.fr)} → ${quoteFr(to.fr)}`, `Status: ${quoteEn(from.en)} → ${quoteEn(to.en)}`);
  },
  'recommendation.move': () => both('Recommandation déplacée', 'Recommendation moved'),
  'recommendation.delete': (d) => both(`Mise à la corbeille\u00A0: ${str(d, 'title')}`, `Put in the trash: ${str(d, 'title')}`),
  'recommendation.restore': () => both('Sortie de la corbeille', 'Restored from the trash'),
  'recommendation.restoreVersion': (d) => {
    const who = str(d, 'versionAuthorName');
    const at = str(d, 'versionCreatedAt').slice(0, 16).replace('T', ' ');
    return both(
      `Version du ${at}${who ? ` (${who})` : ''} rétablie`,
      `Version of ${at}${who ? ` (${who})` : ''} restored`,
    );
  },
  'recommendation.import': (d) => {
    const from = str(d, 'from');
    if (d.fastForward === true) return both(`Version importée${from ? ` de ${from}` : ''}`, `Version imported${from ? ` from ${from}` : ''}`);
    return both(`Recommandation importée${from ? ` de ${from}` : ''}`, `Recommendation imported${from ? ` from ${from}` : ''}`);
  },
  'recommendation.merge': (d) => {
    const from = str(d, 'from');
    const n = num(d, 'conflicts');
    return both(
      `Contribution${from ? ` de ${from}` : ''} fusionnée${n > 0 ? ` (${n} conflit${n > 1 ? 's' : ''} à résoudre)` : ''}`,
      `Contribution${from ? ` from ${from}` : ''} merged${n > 0 ? ` (${n} conflict${n > 1 ? 's' : ''} to resolve)` : ''}`,
    );
  },
  'package.import': (d) => {
    const n = Array.isArray(d.files) ? d.files.length : 0;
    return both(
      `Import de ${n} paquet${n > 1 ? 's' : ''}\u00A0: ${num(d, 'created')} créée(s), ${num(d, 'fastForwarded')} mise(s) à jour, ${num(d, 'merged')} fusionnée(s), ${num(d, 'conflicts')} conflit(s)`,
      `Imported ${n} package${n > 1 ? 's' : ''}: ${num(d, 'created')} created, ${num(d, 'fastForwarded')} updated, ${num(d, 'merged')} merged, ${num(d, 'conflicts')} conflict(s)`,
    );
  },
  'conflict.resolve': (d) => {
    const r = CONFLICT_RESOLUTION[str(d, 'resolution')] ?? { fr: str(d, 'resolution'), en: str(d, 'resolution') };
    return both(`Conflit résolu\u00A0: ${r.fr}`, `Conflict resolved: ${r.en}`);
  },
  'recommendation.consolidate': (d) =>
    both(`Fusionnée avec ${quoteFr(str(d, 'mergedTitle'))}`, `Consolidated with ${quoteEn(str(d, 'mergedTitle'))}`),
  'amendment.propose': () => both('Amendement proposé', 'Amendment proposed'),
  'amendment.decide': (d) => {
    const outcome = AMENDMENT_OUTCOME[str(d, 'status')] ?? { fr: str(d, 'status'), en: str(d, 'status') };
    const who = str(d, 'proposerName');
    const counts = both(`${num(d, 'accepted')} acceptée(s), ${num(d, 'rejected')} rejetée(s)`, `${num(d, 'accepted')} accepted, ${num(d, 'rejected')} rejected`);
    return both(
      `Amendement${who ? ` de ${who}` : ''} ${outcome.fr} (${counts.fr})`,
      `Amendment${who ? ` by ${who}` : ''} ${outcome.en} (${counts.en})`,
    );
  },
  'milestone.create': (d) => both(`Jalon posé\u00A0: ${quoteFr(str(d, 'name'))}`, `Milestone set: ${quoteEn(str(d, 'name'))}`),
  'comment.resolve': () => both('Commentaire résolu', 'Comment resolved'),
  'comment.reopen': () => both('Commentaire rouvert', 'Comment reopened'),
};

export function describeAudit(action: string, detail: Detail): Localized {
  const describe = DESCRIBE[action];
  return describe ? describe(detail) : both(action, action);
}
