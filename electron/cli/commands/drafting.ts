/** `recommendation add` and `recommendation edit`: drafting from plain text, as the editor would. */
import { randomUUID } from 'node:crypto';
import { documentFromPlainText, splitPlainTextParagraphs } from '../../../shared/document/lexicalJson';
import { withDetectedKinds } from '../../../shared/document/paragraphKind';
import { reconcileBlocks } from '../../../shared/document/reconcile';
import { call } from '../../main/handlers';
import { dispatcherFor, readText } from './input';
import type { Command } from './types';

const RECOMMENDATION_TITLE = { fr: 'titre de la recommandation', en: 'title of the recommendation' } as const;

export const recommendationAdd: Command = {
  name: 'recommendation add',
  summary: {
    fr: 'ajoute une recommandation (une ligne vide sépare deux paragraphes, le préambule est reconnu) et affiche son identifiant',
    en: 'adds a recommendation (a blank line separates paragraphs, the preamble is recognised) and prints its id',
  },
  required: ['meeting', 'committee', 'title'],
  optional: ['text', 'file', 'as'],
  fieldOptions: { meetingId: 'meeting', committeeId: 'committee', title: 'title' },
  optionHelp: { title: RECOMMENDATION_TITLE },
  async run(r) {
    const meetingId = r.need('meeting');
    const text = readText(r);
    const dispatch = dispatcherFor(r, meetingId);
    // Paragraphs opening like « Considérant… » are marked preambular, the others operative.
    const body = withDetectedKinds(documentFromPlainText(text, randomUUID));
    const rec = await call(dispatch, 'recommendation:create', { meetingId, committeeId: r.need('committee'), title: r.need('title'), body });
    if (r.json) r.printJson(rec);
    else r.print(rec.id);
  },
};

export const recommendationEdit: Command = {
  name: 'recommendation edit',
  summary: {
    fr: 'enregistre une nouvelle version du texte (les paragraphes inchangés ou retouchés gardent leur identité) et affiche l’identifiant de la version',
    en: 'saves a new version of the text (unchanged or retouched paragraphs keep their identity) and prints the version id',
  },
  argument: 'ID',
  optional: ['text', 'file', 'title', 'as'],
  fieldOptions: { title: 'title' },
  optionHelp: { title: { fr: 'nouveau titre (par défaut\u00A0: inchangé)', en: 'new title (default: unchanged)' } },
  async run(r) {
    const text = readText(r);
    const current = await call(r.dispatch, 'recommendation:get', { recommendationId: r.argument() });
    const dispatch = dispatcherFor(r, current.meetingId);
    // Paragraphs are aligned with the current version, so that merges can align them later.
    const body = reconcileBlocks(current.body, splitPlainTextParagraphs(text), randomUUID);
    const saved = await call(dispatch, 'recommendation:save', {
      recommendationId: current.id,
      baseVersionId: current.headVersionId,
      title: r.option('title') ?? current.title,
      body,
    });
    if (r.json) r.printJson(saved);
    else r.print(saved.headVersionId);
  },
};
