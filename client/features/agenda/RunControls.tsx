import { Segmented } from '../../components/Segmented';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useModeration } from '../undo/useModeration';
import { useAgenda, useDayPosition } from './useAgenda';

const agendaModes = ['manual', 'clock'] as const;

/** Driving the day beyond the presenter bar's next/previous/+5: longer extensions, "we are late", and who decides what is on now. */
export function RunControls() {
  const t = useT();
  const agenda = useAgenda();
  const { current } = useDayPosition(1000);
  const { run, error: runError } = useCommand();
  // A switch of mode is offered back in the undo toast: a mistaken click must not cost the item on now.
  const { run: moderate, error: modeError } = useModeration();
  const extendBy = useMinutesField(15);
  const lateBy = useMinutesField(5);
  const onSubmit = (action: () => unknown) => (event: FormEvent) => {
    event.preventDefault();
    void action();
  };

  return (
    <div className="run-controls" data-testid="run-controls">
      <div className="row">
        <span className="field-label">{t('agenda.mode')}</span>
        <Segmented
          options={agendaModes}
          value={agenda.mode}
          onChange={(mode) => moderate('agenda:mode', { mode }, 'mode')}
          label={t('agenda.mode')}
          optionLabel={(mode) => t(`agenda.mode.${mode}`)}
          testIdPrefix="agenda-mode-"
        />
      </div>
      <div className="row">
        <span className="field-label">{t('agenda.extend')}</span>
        <button type="button" disabled={!current} onClick={() => run('agenda:extend', { minutes: 10 })} data-testid="extend-10">
          +10 {t('agenda.minutes')}
        </button>
        <form className="row inline-form" onSubmit={onSubmit(() => run('agenda:extend', { minutes: extendBy.minutes }))}>
          <input type="number" className="narrow" required min={1} max={240} step={1} {...extendBy.input} aria-label={t('agenda.extend')} />
          <button type="submit" disabled={!current} aria-label={t('agenda.extendBy', { minutes: extendBy.input.value })}>
            +
          </button>
        </form>
        <form className="row inline-form" onSubmit={onSubmit(() => run('agenda:shift', { minutes: lateBy.minutes }))} title={t('agenda.shiftHelp')}>
          <span className="field-label">{t('agenda.weAreLate')}</span>
          <input type="number" className="narrow" required min={-240} max={240} step={1} {...lateBy.input} aria-label={t('agenda.weAreLate')} data-testid="late-minutes" />
          <span>{t('agenda.minutes')}</span>
          <button type="submit" data-testid="agenda-shift">
            {t('agenda.shiftRest')}
          </button>
        </form>
      </div>
      {/* Each control's own refusal: a refused switch of mode is not hidden behind an older refusal of more time. */}
      <Refusal code={runError} testId="agenda-error" />
      <Refusal code={modeError} />
    </div>
  );
}

/**
 * A number of minutes as typed: the field keeps its text, so a key the number cannot take ("+", "e") leaves what
 * was typed instead of emptying the field, and `required` lets the browser hold back a form until it is a number.
 */
function useMinutesField(initial: number) {
  const [text, setText] = useState(String(initial));
  return { minutes: Number(text), input: { value: text, onChange: (e: ChangeEvent<HTMLInputElement>) => setText(e.target.value) } };
}
