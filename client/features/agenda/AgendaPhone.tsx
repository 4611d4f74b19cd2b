import { useT } from '../../i18n';
import { NowNext } from './NowNext';
import { ProgrammeList } from './ProgrammeList';

export function AgendaPhone() {
  const t = useT();
  return (
    <section className="agenda-phone card" data-testid="agenda-phone">
      <NowNext />
      <details className="programme-toggle">
        <summary data-testid="show-programme">{t('agenda.showAll')}</summary>
        <ProgrammeList />
      </details>
    </section>
  );
}
