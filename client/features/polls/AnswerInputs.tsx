import './laterStrings';
import { limits } from '../../../shared/limits';
import type { Poll } from '../../../shared/poll/types';
import { SCALE_MAX, SCALE_MIN } from '../../../shared/poll/types';
import { useT } from '../../i18n';

/** What the participant is choosing or typing, before it is sent. */
export interface Draft {
  choices: number[];
  scale: number | null;
  words: string[];
  text: string;
}

export const emptyDraft: Draft = { choices: [], scale: null, words: ['', '', ''], text: '' };

interface InputsProps {
  poll: Poll;
  draft: Draft;
  onChange: (draft: Draft) => void;
}

/** The inputs that fit the poll's kind. */
export function AnswerInputs(props: InputsProps) {
  switch (props.poll.kind) {
    case 'single':
    case 'multiple':
      return <ChoiceInputs {...props} />;
    case 'scale':
      return <ScaleInputs {...props} />;
    case 'words':
      return <WordInputs {...props} />;
    case 'text':
      return <TextInput {...props} />;
  }
}

/** One option (radio) or several (checkboxes). */
function ChoiceInputs({ poll, draft, onChange }: InputsProps) {
  const t = useT();
  const single = poll.kind === 'single';
  const toggle = (i: number) =>
    onChange({ ...draft, choices: single ? [i] : draft.choices.includes(i) ? draft.choices.filter((c) => c !== i) : [...draft.choices, i] });
  return (
    <fieldset className="poll-options">
      <legend className="muted">{single ? t('polls.pickOne') : t('polls.pickMany')}</legend>
      {poll.options.map((option, i) => (
        <label key={i} className="poll-option">
          <input type={single ? 'radio' : 'checkbox'} name={`poll-${poll.id}`} checked={draft.choices.includes(i)} onChange={() => toggle(i)} data-testid="poll-option" />
          {option}
        </label>
      ))}
    </fieldset>
  );
}

function ScaleInputs({ draft, onChange }: InputsProps) {
  const t = useT();
  return (
    <fieldset className="poll-scale">
      <div className="row scale-buttons">
        {Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => i + SCALE_MIN).map((n) => (
          <button key={n} type="button" role="radio" aria-checked={draft.scale === n} className={draft.scale === n ? 'primary' : ''} onClick={() => onChange({ ...draft, scale: n })} data-testid="poll-scale">
            {n}
          </button>
        ))}
      </div>
      <div className="row muted small">
        <span>{t('polls.scaleLow')}</span>
        <span>{t('polls.scaleHigh')}</span>
      </div>
    </fieldset>
  );
}

function WordInputs({ draft, onChange }: InputsProps) {
  const t = useT();
  return (
    <fieldset className="poll-words">
      <legend className="muted">{t('polls.wordsHint')}</legend>
      {draft.words.map((word, i) => (
        <input
          key={i}
          value={word}
          maxLength={limits.pollWord}
          aria-label={t('polls.word', { n: i + 1 })}
          onChange={(e) => onChange({ ...draft, words: draft.words.map((w, j) => (j === i ? e.target.value : w)) })}
          data-testid="poll-word"
        />
      ))}
    </fieldset>
  );
}

function TextInput({ draft, onChange }: InputsProps) {
  const t = useT();
  return (
    <label className="poll-text">
      {t('polls.textHint')}
      <textarea value={draft.text} rows={3} maxLength={limits.pollText} onChange={(e) => onChange({ ...draft, text: e.target.value })} data-testid="poll-text" />
    </label>
  );
}
