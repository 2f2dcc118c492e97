/**
 * "Proposer un amendement": the expert edits a copy of the current text (title and body) and
 * writes why (the exposé des motifs); submitted, it waits for the rapporteur. The head does not change.
 */
import type { LexicalEditor } from 'lexical';
import { useId, useRef, useState } from 'react';
import type { SerializedDocument } from '../../../shared/document/lexicalJson';
import type { Amendment } from '../../../shared/domain/review';
import type { Recommendation, TypographyMode } from '../../../shared/domain/types';
import { api, settle } from '../api/client';
import { ConfirmDialog, Dialog } from '../components/Dialog';
import { ensureUniqueBlockIds } from '../editor/plugins';
import { RecommendationEditor } from '../editor/RecommendationEditor';
import { useI18n } from '../i18n/context';

interface Props {
  recommendation: Recommendation;
  typography: TypographyMode;
  onProposed(amendment: Amendment): void;
  onClose(): void;
}

export function ProposeAmendmentDialog({ recommendation, typography, onProposed, onClose }: Props) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const noteId = useId();
  const [title, setTitle] = useState(recommendation.title);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Something was typed: closing asks first, so that a stray Escape loses nothing.
  const [dirty, setDirty] = useState(false);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const requestClose = () => (dirty ? setConfirmingClose(true) : onClose());
  const editorRef = useRef<LexicalEditor | null>(null);
  const titleRef = useRef<HTMLTextAreaElement>(null);

  const submit = async () => {
    const editor = editorRef.current;
    if (!editor) return;
    ensureUniqueBlockIds(editor);
    const body = editor.getEditorState().toJSON() as unknown as SerializedDocument;
    setBusy(true);
    const result = await settle(() =>
      api().amendment.propose({
        recommendationId: recommendation.id,
        title: title.trim() || recommendation.title,
        body,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
    setBusy(false);
    // On failure everything typed stays in the dialog.
    if (!result.ok) setError(result.error.message[locale]);
    else onProposed(result.value);
  };

  return (
    <>
      <Dialog title={t('amendment.proposeTitle')} onClose={requestClose} className="dialog-wide" initialFocus={titleRef}>
        <div className="dialog-body amendment-propose">
          <p className="muted">{t('amendment.proposeIntro')}</p>
          <div className="field title-field">
            <label htmlFor={titleId}>{t('editor.titleLabel')}</label>
            <textarea
              id={titleId}
              ref={titleRef}
              className="title-input"
              rows={2}
              maxLength={500}
              value={title}
              onChange={(event) => {
                setTitle(event.target.value.replace(/[\r\n]+/g, ' '));
                setDirty(true);
              }}
            />
          </div>
          <RecommendationEditor
            body={recommendation.body}
            onReady={(editor) => {
              editorRef.current = editor;
            }}
            onChange={() => {
              setError(null);
              setDirty(true);
            }}
            onError={(e) => setError(e.message)}
            typography={typography}
          />
          <div className="field">
            <label htmlFor={noteId}>{t('amendment.note')}</label>
            <p className="field-hint muted small" id={`${noteId}-hint`}>
              {t('amendment.noteHint')}
            </p>
            <textarea id={noteId} rows={3} maxLength={5000} value={note} aria-describedby={`${noteId}-hint`} onChange={(event) => {
                setNote(event.target.value);
                setDirty(true);
              }}
            />
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void submit()}>
            {t('amendment.submit')}
          </button>
          <button type="button" className="button button-quiet" onClick={requestClose}>
            {t('amendment.cancel')}
          </button>
        </div>
      </Dialog>
      {confirmingClose && (
        <ConfirmDialog
          title={t('amendment.discardTitle')}
          message={t('amendment.discardMessage')}
          confirmLabel={t('amendment.discard')}
          cancelLabel={t('amendment.keepEditing')}
          danger
          onConfirm={onClose}
          onCancel={() => setConfirmingClose(false)}
        />
      )}
    </>
  );
}
