/**
 * A meeting at summit scale written straight into a real SQLite file through the services, for the
 * browser tests and the bench: committees of many numbered recommendations, and one long text to
 * type in. Deterministic: the same call builds the same meeting.
 */
import { addCommittee } from '../../electron/main/services/committees';
import type { ServiceContext } from '../../electron/main/services/context';
import { createMeeting } from '../../electron/main/services/meetings';
import { insertRecommendation } from '../../electron/main/services/recommendations';
import { documentFromPlainText } from '../../shared/document/lexicalJson';

const WORDS = ('les États membres renforcent la coordination de l’action diplomatique afin de prévenir crises alerte ' +
  'précoce capacités diplomates échange informations ministères Affaires étrangères conseil recommandation mise œuvre ' +
  'délais rapport suivi évaluation financement plateforme sécurité régionale coopération transfrontalière formation').split(' ');

/** `words` words of French in `paragraphs` paragraphs (blank-line separated), the same for the same seed. */
export function frenchText(words: number, paragraphs: number, seed = 1): string {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return WORDS[state % WORDS.length]!;
  };
  return Array.from({ length: paragraphs }, () =>
    Array.from({ length: Math.max(1, Math.round(words / paragraphs)) }, next).join(' ') + '.',
  ).join('\n\n');
}

export interface LargeMeeting {
  meetingId: string;
  committees: Array<{ id: string; name: string; recommendations: Array<{ id: string; title: string }> }>;
}

/** A meeting of `committees` committees, each with `perCommittee` recommendations of `words` words. */
export function seedLargeMeeting(
  ctx: ServiceContext,
  { title = 'Sommet de référence', committees = 3, perCommittee = 100, words = 60 } = {},
): LargeMeeting {
  const meeting = createMeeting(ctx, { title, organisation: 'Banc d’essai', venue: 'Bamako', startsOn: null, endsOn: null });
  const out: LargeMeeting = { meetingId: meeting.id, committees: [] };
  ctx.db.transaction(() => {
    for (let c = 0; c < committees; c++) {
      const committee = addCommittee(ctx, meeting.id, `Commission ${c + 1}`);
      const recommendations: Array<{ id: string; title: string }> = [];
      for (let r = 0; r < perCommittee; r++) {
        const recTitle = `Recommandation ${c + 1}.${r + 1}`;
        const id = insertRecommendation(ctx, {
          meetingId: meeting.id,
          committeeId: committee.id,
          title: recTitle,
          body: documentFromPlainText(frenchText(words, 2, c * 1000 + r), ctx.newId),
        });
        recommendations.push({ id, title: recTitle });
      }
      out.committees.push({ id: committee.id, name: committee.name, recommendations });
    }
  })();
  return out;
}

/** A meeting of one committee holding one recommendation of `words` words, to type in. */
export function seedLongRecommendation(ctx: ServiceContext, words = 5000): { meetingId: string; recommendationId: string } {
  const meeting = createMeeting(ctx, { title: 'Texte long', organisation: 'Banc d’essai', venue: 'Bamako', startsOn: null, endsOn: null });
  const committee = addCommittee(ctx, meeting.id, 'Rédaction');
  const recommendationId = insertRecommendation(ctx, {
    meetingId: meeting.id,
    committeeId: committee.id,
    title: 'Recommandation de 5 000 mots',
    body: documentFromPlainText(frenchText(words, 50, 7), ctx.newId),
  });
  return { meetingId: meeting.id, recommendationId };
}
