import type { Ref } from 'react';
import { useT } from '../../i18n';

/** The shortcuts behind "?": a modal dialog, so focus stays inside and Escape closes it. */
export function ShortcutsDialog({ ref, onClose }: { ref: Ref<HTMLDialogElement>; onClose: () => void }) {
  const t = useT();
  const keys = (...names: string[]) =>
    names.map((name, i) => (
      <span key={name}>
        {i > 0 && ` ${t('presenter.or')} `}
        <kbd>{name}</kbd>
      </span>
    ));
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose} data-testid="shortcuts">
      <h2 id="shortcuts-title">{t('presenter.shortcuts')}</h2>
      <dl>
        <dt>{keys('PageDown', '→', t('presenter.space'))}</dt>
        <dd>{t('presenter.key.next')}</dd>
        <dt>{keys('PageUp', '←')}</dt>
        <dd>{t('presenter.key.previous')}</dd>
        <dt>{keys('+')}</dt>
        <dd>{t('presenter.key.extend')}</dd>
        <dt>{keys('b')}</dt>
        <dd>{t('presenter.key.phase')}</dd>
        <dt>{keys('?')}</dt>
        <dd>{t('presenter.key.help')}</dd>
      </dl>
      <p className="muted">{t('presenter.keysNote')}</p>
      <form method="dialog">
        <button type="submit" className="primary" autoFocus>
          {t('presenter.close')}
        </button>
      </form>
    </dialog>
  );
}
