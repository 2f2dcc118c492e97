/** `comment add`: a comment on a recommendation, general or anchored to a passage of its current text. */
import { findQuote } from '../../../shared/comments/anchor';
import { applyFrenchTypography } from '../../../shared/typography/french';
import { call } from '../../main/handlers';
import { CliError } from '../errors';
import { dispatcherFor } from './input';
import type { Command } from './types';

export const commentAdd: Command = {
  name: 'comment add',
  summary: {
    fr: 'ajoute un commentaire à une recommandation (ancré au passage --quote s’il est donné) et affiche son identifiant',
    en: 'adds a comment to a recommendation (anchored to the --quote passage when given) and prints its id',
  },
  argument: 'ID',
  required: ['text'],
  optional: ['quote', 'as'],
  fieldOptions: { text: 'text' },
  optionHelp: { text: { fr: 'texte du commentaire', en: 'text of the comment' } },
  async run(r) {
    const rec = await call(r.dispatch, 'recommendation:get', { recommendationId: r.argument() });
    const dispatch = dispatcherFor(r, rec.meetingId);
    const quote = r.option('quote');
    let anchor;
    if (quote !== undefined) {
      // The text is stored with French typography (’, no-break spaces): a quote typed with ' still finds it.
      const found = findQuote(rec.body, quote) ?? findQuote(rec.body, applyFrenchTypography(quote));
      if (!found) throw new CliError('quote_not_found', quote);
      anchor = { blockId: found.blockId, start: found.start, end: found.end, quote: found.quote };
    }
    const thread = await call(dispatch, 'comment:add', { recommendationId: rec.id, text: r.need('text'), anchor });
    if (r.json) r.printJson(thread);
    else r.print(thread.id);
  },
};
