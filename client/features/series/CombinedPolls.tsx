import type { CombinedView, PollResult } from '../../../shared/http/combined';
import { useT } from './strings';

/** Answers beyond these (words, open texts) are in the downloads. */
const ANSWERS_SHOWN = 8;

function Bars({ name, result, labels }: { name: string; result: PollResult; labels: readonly string[] }) {
  const t = useT();
  const max = Math.max(1, ...result.results.map((r) => r.count));
  const count = new Map(result.results.map((r) => [r.label, r.count]));
  return (
    <div className="poll-compare">
      <h5>
        {name} <span className="muted">{t('series.respondents', { count: result.respondents })}{result.average !== null ? ` · ${t('series.average', { value: result.average.toFixed(2) })}` : ''}</span>
      </h5>
      <ul>
        {labels.map((label) => (
          <li key={label}>
            <span className="poll-label" title={label}>
              {label}
            </span>
            <span className="poll-bar" style={{ width: `${((count.get(label) ?? 0) / max) * 100}%` }} />
            <span className="combined-votes">{count.get(label) ?? 0}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The same poll in each workshop and for all of them together. */
export function CombinedPolls({ view }: { view: CombinedView }) {
  const t = useT();
  if (view.polls.length === 0) return null;
  const title = new Map(view.workshops.map((ws) => [ws.id, `${ws.title} (${ws.date})`]));
  return (
    <section className="card" aria-labelledby="combined-polls">
      <h3 id="combined-polls">{t('series.polls')}</h3>
      {view.polls.map((poll, i) => {
        const labels = poll.combined.results.slice(0, ANSWERS_SHOWN).map((r) => r.label);
        return (
          <article key={i} className="combined-poll" data-testid="combined-poll">
            <h4>{poll.question}</h4>
            <div className="poll-grid">
              {poll.perWorkshop.map((result) => <Bars key={result.workshopId} name={title.get(result.workshopId) ?? ''} result={result} labels={labels} />)}
              <Bars name={t('series.all')} result={poll.combined} labels={labels} />
            </div>
          </article>
        );
      })}
    </section>
  );
}
