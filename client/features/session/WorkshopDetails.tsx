import { limits } from '../../../shared/limits';
import { Refusal } from '../../components/Refusal';
import '../../components/notices.css';
import { type FormEvent, useState } from 'react';
import { zonedHhmm } from '../../../shared/time';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useApp } from '../../store/appStore';

/**
 * The workshop's name, day and start time, which a new workshop takes from its template and today: the facilitator
 * sets them here, and the programme moves with the day and the start time.
 */
export function WorkshopDetails() {
  const t = useT();
  const title = useApp((s) => s.session?.title ?? '');
  const date = useApp((s) => s.session?.date ?? '');
  const firstStart = useApp((s) => s.session?.agenda.items[0]?.start);
  const started = useApp((s) => s.session?.agenda.dayStartedAt !== null);
  const { run, error } = useCommand();
  const [draft, setDraft] = useState<{ title: string; date: string; start: string } | null>(null);
  const start = firstStart === undefined ? '' : zonedHhmm(firstStart);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    let ok = true;
    if (draft.title.trim() !== title) ok = await run('session:rename', { title: draft.title });
    const moved = { ...(draft.date !== date ? { date: draft.date } : {}), ...(draft.start !== start && draft.start ? { start: draft.start } : {}) };
    if (ok && Object.keys(moved).length) ok = await run('session:reschedule', moved);
    if (ok) setDraft(null);
  };

  if (!draft) {
    return (
      <div className="workshop-details row" data-testid="workshop-details">
        <span className="muted">
          {date} · {start}
        </span>
        <button type="button" className="link-button" onClick={() => setDraft({ title, date, start })} data-testid="workshop-edit">
          {t('workshop.edit')}
        </button>
      </div>
    );
  }
  return (
    <form className="card workshop-details-form" onSubmit={save} data-testid="workshop-form">
      <label htmlFor="workshop-title">{t('workshop.title')}</label>
      <input id="workshop-title" value={draft.title} maxLength={limits.sessionTitle} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      <div className="row">
        <label>
          {t('workshop.date')}
          <input type="date" value={draft.date} disabled={started} onChange={(e) => setDraft({ ...draft, date: e.target.value })} data-testid="workshop-date" />
        </label>
        <label>
          {t('workshop.start')}
          <input type="time" value={draft.start} disabled={started} onChange={(e) => setDraft({ ...draft, start: e.target.value })} data-testid="workshop-start" />
        </label>
      </div>
      <p className="muted">{t(started ? 'workshop.startedNote' : 'workshop.movesNote')}</p>
      <div className="row">
        <button type="submit" className="primary" data-testid="workshop-save">
          {t('board.save')}
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          {t('board.cancel')}
        </button>
      </div>
      <Refusal code={error} testId="workshop-error" />
    </form>
  );
}
