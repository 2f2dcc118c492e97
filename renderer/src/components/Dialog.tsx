/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert,
 * keeps focus inside and closes on Escape, with no focus-trap code of our own. The dialog is named
 * by its heading; focus goes back where it came from when it closes.
 */
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useI18n } from '../i18n/context';
import { CloseIcon } from './icons';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** An element to focus first (otherwise the first focusable element of the body). */
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
  /** 'alertdialog' for a confirmation that interrupts the user. */
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
}

export function Dialog({ title, onClose, children, initialFocus, className, role, describedBy }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // The first field of the body, else the close button at the top (not the last button, which
    // would scroll a long dialog to its end).
    const first =
      initialFocus?.current ??
      dialog.querySelector<HTMLElement>('.dialog-body :is(input, select, textarea, button, [href])') ??
      dialog.querySelector<HTMLElement>('.dialog-close');
    first?.focus();
    // Escape: the browser fires `cancel`; the parent decides (it unmounts the dialog).
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      // The opener may have been re-rendered away; only give focus back to what is still there.
      if (opener?.isConnected) opener.focus();
    };
    // Opened once per mount: the initial focus is read on opening only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog ref={ref} className={`dialog${className ? ` ${className}` : ''}`} aria-labelledby={headingId} aria-describedby={describedBy} role={role}>
      <div className="dialog-header">
        <h2 id={headingId} className="dialog-title">
          {title}
        </h2>
        <button type="button" className="icon-button dialog-close" aria-label={t('shortcuts.closeDialog')} title={t('shortcuts.closeDialog')} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      {children}
    </dialog>
  );
}

interface ConfirmProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm(): void | Promise<void>;
  onCancel(): void;
}

/** Asks before something that cannot be undone from here (removing a committee, a participant). */
export function ConfirmDialog({ title, message, confirmLabel, cancelLabel, danger, onConfirm, onCancel }: ConfirmProps) {
  const messageId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    // The safe choice has focus first: Enter on a confirmation must not destroy anything by accident.
    <Dialog title={title} onClose={onCancel} role="alertdialog" describedBy={messageId} initialFocus={cancelRef} className="dialog-confirm">
      <div className="dialog-body">
        <p id={messageId}>{message}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className={`button ${danger ? 'button-danger' : 'button-primary'}`} onClick={() => void onConfirm()}>
          {confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button button-quiet" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </Dialog>
  );
}
