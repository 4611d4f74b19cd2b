import { useEffect, useRef } from 'react';
import { ConsoleIcon } from '../../components/ConsoleIcon';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useApp } from '../../store/appStore';
import { Countdown } from '../agenda/Countdown';
import { useAgenda, useDayPosition } from '../agenda/useAgenda';
import { usePhaseChange } from '../board/usePhaseChange';
import { ProjectorChoice } from './ProjectorChoice';
import { type PresenterAction, presenterAction } from './presenterKeys';
import { ShortcutsDialog } from './ShortcutsDialog';

/**
 * What a presenter needs all the time, first in the keyboard order and kept in view while the page scrolls:
 * next/previous, +5 minutes, the board's next phase, the QR on the projector, and the shortcuts that do the same.
 */
export function PresenterBar() {
  const t = useT();
  const { current, endsAt, now } = useDayPosition();
  const { run, error } = useCommand();
  const phase = usePhaseChange();
  const isQrLarge = useApp((s) => s.session?.projector.isQrLarge ?? false);
  const shortcuts = useShortcutsDialog();

  const actions: PresenterActions = {
    next: () => run('agenda:next', {}),
    previous: () => run('agenda:previous', {}),
    extend: () => (current ? run('agenda:extend', { minutes: 5 }) : undefined),
    phase: () => phase.goForward(),
    help: shortcuts.open,
  };
  usePresenterKeys(actions);

  return (
    <section className="presenter-bar" aria-label={t('presenter.bar')} data-testid="presenter-bar">
      <div className="presenter-actions">
        <DayButtons actions={actions} onStart={() => run('agenda:start', {})} />
        <button type="button" disabled={!current} onClick={actions.extend} aria-keyshortcuts="+" data-testid="extend-5">
          {t('presenter.extend5')}
        </button>
        {phase.forward && (
          <button type="button" onClick={actions.phase} aria-keyshortcuts="B" data-testid="phase-forward">
            {t(`board.forward.${phase.forward}`)}
          </button>
        )}
        <button type="button" aria-pressed={isQrLarge} onClick={() => run('projector:qr', { isLarge: !isQrLarge })} data-testid="show-qr">
          {t('presenter.showQr')}
        </button>
        <ProjectorChoice />
        <button type="button" className="icon-button" onClick={shortcuts.open} aria-label={t('presenter.shortcuts')} aria-keyshortcuts="Shift+?" title={t('presenter.shortcuts')}>
          ?
        </button>
      </div>
      {current && endsAt !== null && (
        <p className="presenter-now">
          <span className="eyebrow">{t('agenda.now')}</span> <span className="presenter-title">{current.title}</span> <Countdown endsAt={endsAt} now={now} />
        </p>
      )}
      {/* Each control's own refusal: a refused step of the board is not hidden behind an older refusal of next. */}
      <Refusal code={error} testId="agenda-error" />
      <Refusal code={phase.error} />
      <ShortcutsDialog ref={shortcuts.dialog} onClose={shortcuts.onClose} />
    </section>
  );
}

type PresenterActions = Record<PresenterAction, () => unknown>;

/** The presenter's shortcuts anywhere on the page, always running the latest actions. */
function usePresenterKeys(actions: PresenterActions) {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = presenterAction(event);
      if (!action) return;
      event.preventDefault();
      void latest.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The shortcuts dialog: closing it gives focus back to whatever opened it. */
function useShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const open = () => {
    opener.current = document.activeElement;
    dialog.current?.showModal();
  };
  const onClose = () => (opener.current instanceof HTMLElement ? opener.current.focus() : undefined);
  return { dialog, open, onClose };
}

/** Start the day (before it has started by hand), then previous and next item. */
function DayButtons({ actions, onStart }: { actions: PresenterActions; onStart: () => void }) {
  const t = useT();
  const agenda = useAgenda();
  const isStarted = agenda.dayStartedAt !== null || agenda.mode === 'clock';
  return (
    <>
      {agenda.dayStartedAt === null && agenda.mode === 'manual' && (
        <button type="button" className="primary" onClick={onStart} data-testid="agenda-start">
          {t('agenda.startDay')}
        </button>
      )}
      {isStarted && (
        <button type="button" onClick={actions.previous} aria-keyshortcuts="PageUp ArrowLeft" data-testid="agenda-previous">
          <ConsoleIcon name="left" /> {t('agenda.previous')}
        </button>
      )}
      <button type="button" className={isStarted ? 'primary' : ''} onClick={actions.next} aria-keyshortcuts="PageDown ArrowRight Space" data-testid="agenda-next">
        {t('agenda.nextItem')} <ConsoleIcon name="right" />
      </button>
    </>
  );
}
