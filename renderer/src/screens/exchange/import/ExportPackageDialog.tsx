/**
 * « Exporter un paquet… »: what the package holds (an expert sends a contribution, the secretariat a
 * meeting package, the rapporteur a consolidated one: the profile's role chooses first), then the save
 * dialog with a suggested name (the meeting, the kind, the date) and a confirmation naming the file.
 * A contribution carries what changed since the latest meeting or consolidated package received,
 * unless the whole history is asked for (a recipient who lacks that package).
 */
import { useId, useState } from 'react';
import type { ExportResult } from '../../../../../shared/domain/exchange';
import type { MeetingDetail, ParticipantRole } from '../../../../../shared/domain/types';
import type { ErrorValue } from '../../../../../shared/errors';
import { PACKAGE_KINDS, type PackageKind } from '../../../../../shared/package/kinds';
import { api, settle } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { Loading } from '../../../components/Feedback';
import { useI18n } from '../../../i18n/context';
import { useProfile } from '../../../shell/profile';
import { suggestedPackageName } from './fileNames';

const KIND_OF_ROLE: Record<ParticipantRole, PackageKind> = {
  expert: 'contribution',
  chair: 'contribution',
  secretariat: 'meeting',
  rapporteur: 'consolidated',
};

export function ExportPackageDialog({ meeting, onClose }: { meeting: MeetingDetail; onClose(): void }) {
  const { t, plural, locale } = useI18n();
  const ids = useId();
  const { profile } = useProfile();
  const [kind, setKind] = useState<PackageKind>(profile && profile.meetingId === meeting.id ? KIND_OF_ROLE[profile.role] : 'contribution');
  const [whole, setWhole] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [written, setWritten] = useState<ExportResult | null>(null);

  const save = async () => {
    setError(null);
    setWritten(null);
    const target = await settle(() => api().file.chooseSave({ purpose: 'package', suggestedName: suggestedPackageName(meeting.title, t(`exportPackage.fileKind.${kind}`)) }));
    if (!target.ok) return setError(target.error);
    if (!target.value) return; // the save dialog was cancelled
    setBusy(true);
    const result = await settle(() => api().package.export({ meetingId: meeting.id, kind, fileToken: target.value!.token, ...(kind === 'contribution' && whole ? { whole } : {}) }));
    setBusy(false);
    if (result.ok) setWritten(result.value);
    else setError(result.error);
  };

  return (
    <Dialog title={t('exportPackage.title')} onClose={busy ? () => {} : onClose} className="export-package-dialog">
      <div className="dialog-body">
        <form className="export-options" onSubmit={(e) => e.preventDefault()} aria-busy={busy}>
          <fieldset className="export-package-kinds">
            <legend>{t('exportPackage.kind')}</legend>
            {PACKAGE_KINDS.map((k) => (
              <label key={k} className="radio">
                <input type="radio" name={`${ids}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} disabled={busy} />
                {t(`exportPackage.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          {kind === 'contribution' && (
            <label className="checkbox">
              <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.target.checked)} disabled={busy} />
              {t('exportPackage.whole')}
            </label>
          )}
        </form>
        <div aria-live="polite">
          {busy && <Loading label={t('exportPackage.busy')} />}
          {written && <p className="export-done">{plural('exportPackage.done', written.recommendationCount, { name: written.name })}</p>}
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error.message[locale]}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={() => void save()} disabled={busy}>
          {t('exportPackage.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose} disabled={busy}>
          {t('exportPackage.close')}
        </button>
      </div>
    </Dialog>
  );
}
