import { useRenderLater } from '../../components/useRenderLater';
import { useT } from '../../i18n';
import { NowNext } from './NowNext';
import { ProgrammeList } from './ProgrammeList';

export function AgendaPhone() {
  const t = useT();
  const unfolded = useRenderLater();
  return (
    <section className="agenda-phone card" data-testid="agenda-phone">
      <NowNext />
      <details className="programme-toggle">
        <summary data-testid="show-programme">{t('agenda.showAll')}</summary>
        {unfolded && <ProgrammeList />}
      </details>
    </section>
  );
}
