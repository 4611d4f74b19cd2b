import './polls.css';
import { useT } from '../../i18n';
import { useApp } from '../../store/appStore';
import { useDayPosition } from '../agenda/useAgenda';
import { PollForm } from './PollForm';
import { PollRow } from './PollRow';
import { usePolls } from './usePolls';

/** Every poll in programme order (prepared ones under their item, on-the-spot ones last), and a form for a new one. */
export function PollsConsole() {
  const t = useT();
  const { polls, presentedId } = usePolls();
  const items = useApp((s) => s.session?.agenda.items ?? []);
  const { current } = useDayPosition(1000);
  const order = new Map(items.map((item, i) => [item.id, i]));
  const title = new Map(items.map((item) => [item.id, item.title]));
  const sorted = [...polls].sort((a, b) => (order.get(a.itemId ?? '') ?? items.length) - (order.get(b.itemId ?? '') ?? items.length));
  return (
    <section className="card polls-console" data-testid="polls-console">
      <h2 id="polls-heading">{t('polls.title')}</h2>
      <PollForm defaultItemId={current?.id ?? null} />
      <div className="poll-list">
        {sorted.map((poll) => (
          <PollRow
            key={poll.id}
            poll={poll}
            itemTitle={poll.itemId ? (title.get(poll.itemId) ?? '') : t('polls.onTheSpot')}
            presented={presentedId === poll.id}
          />
        ))}
      </div>
    </section>
  );
}
