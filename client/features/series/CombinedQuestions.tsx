import type { CombinedView } from '../../../shared/http/combined';
import { useT } from './strings';

/** Each programme item's questions as each room asked them, most upvoted first. */
export function CombinedQuestions({ view }: { view: CombinedView }) {
  const t = useT();
  if (view.questions.length === 0) return null;
  const title = new Map(view.workshops.map((ws) => [ws.id, ws.title]));
  return (
    <section className="card" aria-labelledby="combined-questions">
      <h3 id="combined-questions">{t('series.questionsPerItem')}</h3>
      {view.questions.map((item) => (
        <article key={item.item}>
          <h4>{item.item}</h4>
          {item.perWorkshop.map(({ workshopId, questions }) => (
            <div key={workshopId}>
              <h5>{title.get(workshopId)}</h5>
              <ul>
                {questions.map((q, i) => (
                  <li key={i}>
                    {q.text} <span className="combined-votes">{q.votes}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}
