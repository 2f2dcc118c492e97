/**
 * The review part of the demo: what happens once texts are in plenary. A milestone is set after the
 * first round of amendments; delegates comment on passages (one thread answered, one resolved, a
 * general remark); an expert proposes an amendment that the rapporteur has not yet examined, so the
 * meeting page shows a pending amendment and the review screen has changes to decide.
 */
import { findQuote } from '../../../../shared/comments/anchor';
import { applyFrenchTypography as typeset } from '../../../../shared/typography/french';
import { addComment, setCommentResolved } from '../comments';
import type { ServiceContext } from '../context';
import { proposeAmendment } from '../amendments';
import { createMilestone } from '../milestones';
import { getRecommendation } from '../recommendations';
import { applyRevision } from './revise';
import type { DemoPersonKey, DemoRevision } from './types';

export const DEMO_MILESTONE = 'Premier projet consolidé';

interface DemoComment {
  /** The recommendation, by its title when it was created. */
  on: string;
  by: DemoPersonKey;
  /** The passage commented on; none for a general comment. */
  quote?: string;
  text: string;
  replies?: ReadonlyArray<{ by: DemoPersonKey; text: string }>;
  resolvedBy?: DemoPersonKey;
}

const COMMENTS: readonly DemoComment[] = [
  {
    on: 'Création d’un mécanisme confédéral d’alerte précoce',
    by: 'garba',
    quote: 'point focal national',
    text: 'Le Niger souhaite que le point focal soit placé auprès du Secrétaire général du ministère, et non d’une direction technique.',
    replies: [{ by: 'toure', text: 'Noté : la question sera tranchée en plénière.' }],
  },
  {
    on: 'Indicateurs communs de veille et seuils d’alerte',
    by: 'zongo',
    quote: 'seuils d’alerte gradués',
    text: 'Qui fixe les seuils ? Il faudrait que le groupe technique les valide.',
    replies: [{ by: 'sangare', text: 'C’est l’objet du point 2 : le groupe technique élabore la grille, seuils compris.' }],
    resolvedBy: 'toure',
  },
  {
    on: 'Indicateurs communs de veille et seuils d’alerte',
    by: 'abdou',
    text: 'Prévoir une version anglaise de la grille pour les partenaires techniques et financiers.',
  },
];

const AMENDMENTS: ReadonlyArray<{ on: string; note: string; revision: DemoRevision }> = [
  {
    on: 'Indicateurs communs de veille et seuils d’alerte',
    note: 'Un calendrier plus serré, et une grille revue plus souvent tant que les crises évoluent vite.',
    revision: {
      by: 'garba',
      replace: [
        ['composé d’un expert par État membre', 'composé de deux experts par État membre'],
        ['avant la fin du premier semestre', 'avant la fin du mois de mars'],
        ['chaque année', 'tous les six mois'],
      ],
    },
  },
];

/** Sets the demo's milestone, as the secretariat would. */
export function seedMilestone(ctx: ServiceContext, meetingId: string): void {
  createMilestone(ctx, meetingId, DEMO_MILESTONE);
}

/** Comments and a pending amendment; `ids` finds a recommendation by its first title, `actAs` switches the author. */
export function seedReview(ctx: ServiceContext, ids: ReadonlyMap<string, string>, actAs: (key: DemoPersonKey) => void, pause: (minutes: number) => void): number {
  const idOf = (title: string) => {
    const id = ids.get(title);
    if (!id) throw new Error(`demo script: no recommendation "${title}"`);
    return id;
  };
  for (const script of COMMENTS) {
    actAs(script.by);
    const rec = getRecommendation(ctx, idOf(script.on));
    let anchor;
    if (script.quote) {
      const found = findQuote(rec.body, typeset(script.quote));
      if (!found) throw new Error(`demo script: "${script.quote}" not found`);
      anchor = { blockId: found.blockId, start: found.start, end: found.end, quote: found.quote };
    }
    const thread = addComment(ctx, { recommendationId: rec.id, text: script.text, anchor });
    pause(4);
    for (const reply of script.replies ?? []) {
      actAs(reply.by);
      addComment(ctx, { recommendationId: rec.id, text: reply.text, parentId: thread.id });
      pause(6);
    }
    if (script.resolvedBy) {
      actAs(script.resolvedBy);
      setCommentResolved(ctx, thread.id, true);
    }
  }
  for (const script of AMENDMENTS) {
    actAs(script.revision.by);
    const rec = getRecommendation(ctx, idOf(script.on));
    proposeAmendment(ctx, { recommendationId: rec.id, body: applyRevision(rec.body, script.revision, ctx.newId), note: script.note });
    pause(10);
  }
  return AMENDMENTS.length;
}
