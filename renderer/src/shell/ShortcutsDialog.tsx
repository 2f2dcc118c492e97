/** The list of keyboard shortcuts (« ? » or F1), in the interface language. */
import { Fragment } from 'react';
import { Dialog } from '../components/Dialog';
import { useI18n } from '../i18n/context';
import { KEY_NAMES, SHORTCUT_SECTIONS, type KeyCombo } from './shortcuts';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} className="dialog-shortcuts">
      <div className="dialog-body">
        <p className="dialog-intro">{t('shortcuts.intro')}</p>
        {SHORTCUT_SECTIONS.map((section) => (
          <table key={section.title} className="shortcuts-table">
            <caption>{t(section.title)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shortcuts.columnKeys')}</th>
                <th scope="col">{t('shortcuts.columnAction')}</th>
              </tr>
            </thead>
            <tbody>
              {section.entries.map((entry) => (
                <tr key={entry.description}>
                  <td>
                    {entry.combos.map((combo, index) => (
                      <Fragment key={index}>
                        {index > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
                        <Combo combo={combo} />
                      </Fragment>
                    ))}
                  </td>
                  <td>{t(entry.description)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  );
}

function Combo({ combo }: { combo: KeyCombo }) {
  const { t } = useI18n();
  return (
    <kbd className="combo">
      {combo.map((key, index) => {
        const name = KEY_NAMES[key];
        return (
          <Fragment key={index}>
            {index > 0 && <span className="combo-plus">+</span>}
            <kbd>{name ? t(name) : key}</kbd>
          </Fragment>
        );
      })}
    </kbd>
  );
}
