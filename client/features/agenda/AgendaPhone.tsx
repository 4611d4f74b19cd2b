import { Suspense } from 'react';
import { useRenderLater } from '../../components/useRenderLater';
import { useT } from '../../i18n';
import { NowNext } from './NowNext';
import { ProgrammeList } from '../join/lazyPhoneParts';

export function AgendaPhone() {
  const t = useT();
  const unfolded = useRenderLater();
  return (
    <section className="agenda-phone card" data-testid="agenda-phone">
      <NowNext />
      <details className="programme-toggle">
        <summary data-testid="show-programme">{t('agenda.showAll')}</summary>
        {unfolded && (
          <Suspense fallback={null}>
            <ProgrammeList />
          </Suspense>
        )}
      </details>
    </section>
  );
}
