import type { CombinedView } from '../../../shared/http/combined';
import { useT } from './strings';

const PARTNERS_SHOWN = 15;

/** The partners named most often across the workshops, spellings of one partner counted as one. */
export function CombinedPartners({ view }: { view: CombinedView }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="combined-partners">
      <h3 id="combined-partners">{t('series.partners')}</h3>
      <ol className="combined-partners">
        {view.partners.slice(0, PARTNERS_SHOWN).map((p) => (
          <li key={p.label}>
            <strong>{p.label}</strong> <span className="muted">{t('series.partnerLine', { ideas: p.ideas, workshops: p.workshopIds.length, votes: p.votes })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
