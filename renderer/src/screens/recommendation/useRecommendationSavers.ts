/**
 * The two savers of one recommendation's page — the text's autosaver and the fields' saver — and
 * what they owe the rest of the app: a flush when the window closes or hides (registerFlush), the
 * crash journal (registerJournal), a save when the page is left that the next screen waits for
 * (trackFlush), and the fields recovered from the journal sent again.
 */
import { useCallback, useEffect, useState, useSyncExternalStore, type Dispatch, type SetStateAction } from 'react';
import { checkDocument, describeDocumentProblem } from '../../../../shared/document/validate';
import type { EditableFields, Recommendation } from '../../../../shared/domain/types';
import { errorValue } from '../../../../shared/errors';
import { api } from '../../api/client';
import { Autosaver, type SaveInput, type SaveStatus } from '../../editor/autosave';
import { clearDraft, writeDraft } from '../../editor/draftJournal';
import { registerFlush, registerJournal, trackFlush } from '../../editor/pendingSaves';
import type { ErrorValue } from '../../../../shared/errors';
import { FieldsSaver, type FieldChanges } from './fieldsSaver';

export const FIELD_KEYS = ['addressees', 'leadActors', 'horizon', 'deadline', 'priority'] as const satisfies ReadonlyArray<keyof EditableFields>;

export function fieldsOf(recommendation: Recommendation): EditableFields {
  const { addressees, leadActors, horizon, deadline, priority } = recommendation;
  return { addressees, leadActors, horizon, deadline, priority };
}

/** The text's save state when it is "too long to store" (shown above the text), else null. */
function tooLongOf(status: SaveStatus): Extract<SaveStatus, { kind: 'error' }> | null {
  return status.kind === 'error' && status.error.code === 'invalid_document' ? status : null;
}

/** A text too long for the database is refused here, with the back end's own message, without sending megabytes. */
function saveChecked(input: SaveInput) {
  const problem = checkDocument(input.body);
  if (problem) return Promise.resolve({ ok: false as const, error: errorValue('invalid_document', describeDocumentProblem(problem)) });
  return api().recommendation.save(input);
}

interface SaverOptions {
  recommendation: Recommendation;
  /** Fields changed but not stored when the app last stopped (readFieldsJournal), or null. */
  recoveredFields: FieldChanges | null;
  /** A save landed: the recommendation as stored. */
  onStored(saved: Recommendation): void;
  setFields: Dispatch<SetStateAction<EditableFields>>;
  reportError(error: ErrorValue): void;
  inform(key: 'editor.recovered'): void;
}

export function useRecommendationSavers({ recommendation, recoveredFields, onStored, setFields, reportError, inform }: SaverOptions) {
  const [saver] = useState(
    () =>
      new Autosaver({
        recommendationId: recommendation.id,
        baseVersionId: recommendation.headVersionId,
        save: saveChecked,
        onSaved: onStored,
        journal: {
          write: (snapshot, baseVersionId) =>
            writeDraft(recommendation.id, { ...snapshot, baseVersionId, savedAt: new Date().toISOString() }),
          clear: () => clearDraft(recommendation.id),
        },
      }),
  );
  const [fieldsSaver] = useState(() => {
    const created: FieldsSaver = new FieldsSaver({
      recommendationId: recommendation.id,
      save: (changes) => api().recommendation.setFields({ recommendationId: recommendation.id, ...changes }),
      onSaved: (saved) => {
        onStored(saved);
        // What the back end stored (trimmed, typeset) replaces what was typed, unless the user is
        // still changing it.
        setFields((shown) => {
          const next = { ...shown };
          const active = document.activeElement;
          for (const key of FIELD_KEYS) {
            if (created.isPending(key)) continue;
            if (key === 'horizon' && active instanceof HTMLInputElement && active.type === 'text' && active.closest('.details')) continue;
            (next as Record<string, unknown>)[key] = saved[key];
          }
          return next;
        });
      },
    });
    return created;
  });
  // The save state changes at every keystroke (saved → unsaved → saving): only the indicator
  // follows it; the page re-renders when the text becomes too long to store, or stops being.
  const tooLong = useSyncExternalStore(saver.subscribe, () => tooLongOf(saver.getStatus()));

  const flushBoth = useCallback(async () => {
    const [text, other] = await Promise.all([saver.flush(), fieldsSaver.flush()]);
    return text && other;
  }, [saver, fieldsSaver]);

  useEffect(() => {
    const unregister = registerFlush(flushBoth);
    const unregisterJournal = registerJournal(() => saver.journalNow());
    return () => {
      unregister();
      unregisterJournal();
      // Leaving the page (another route, another recommendation): save now, and let the next
      // screen wait for it. If that save fails the saver keeps retrying in the background (it
      // still reads the closed editor's state), and the user is told.
      trackFlush(
        Promise.all([saver.flush(), fieldsSaver.flush()]).then(([saved, fieldsSaved]) => {
          if (saved) saver.dispose();
          else {
            const status = saver.getStatus();
            // A blank title is simply not stored (the text was, under the previous title).
            if (status.kind === 'error' && status.error.code !== 'empty_title') reportError(status.error);
          }
          if (fieldsSaved) fieldsSaver.dispose();
          else {
            const status = fieldsSaver.getStatus();
            if (status.kind === 'error') reportError(status.error);
          }
        }),
      );
    };
  }, [saver, fieldsSaver, flushBoth, reportError]);

  useEffect(() => {
    if (!recoveredFields) return;
    const stored = fieldsOf(recommendation);
    const keys = Object.keys(recoveredFields) as Array<keyof FieldChanges>;
    fieldsSaver.set(recoveredFields, true);
    if (keys.some((key) => JSON.stringify(recoveredFields[key]) !== JSON.stringify(stored[key]))) inform('editor.recovered');
  }, [fieldsSaver, recoveredFields, recommendation, inform]);

  return { saver, fieldsSaver, flushBoth, tooLong };
}
