import { useState } from 'react';
import { showsWord, rulesFor } from '../../../shared/poll/cloud';
import type { Poll, WordRule } from '../../../shared/poll/types';
import { errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { usePolls } from './usePolls';

/** The facilitator's say over a word cloud: words left out (stop words, hidden ones) to show, a word to hide. */
export function WordRules({ poll }: { poll: Poll }) {
  const t = useT();
  const polls = usePolls();
  const { run, error } = useCommand();
  const [word, setWord] = useState('');
  const [forDay, setForDay] = useState(false);
  const rules = rulesFor(polls, poll.id);
  const left = poll.tally.words.filter((w) => !showsWord(polls.wordRules, poll.id, w) && !rules.some((r) => r.key === w.key));
  const rule = (pollId: string | null, typed: string, given: WordRule['rule'] | 'default') => run('poll:ruleWord', { pollId, word: typed, rule: given });
  const hide = () => {
    if (!word.trim()) return;
    void rule(forDay ? null : poll.id, word, 'hide');
    setWord('');
  };
  return (
    <div className="word-rules" data-testid="word-rules">
      {left.length > 0 && (
        <p className="small">
          <span className="muted">{t('polls.words.left')} </span>
          {left.map((w) => (
            <button key={w.key} type="button" className="chip" onClick={() => rule(poll.id, w.label, 'show')} data-testid="word-show">
              {t('polls.words.show', { word: w.label, count: w.count })}
            </button>
          ))}
        </p>
      )}
      {rules.length > 0 && (
        <ul className="small" data-testid="word-rule-list">
          {rules.map((r) => (
            <li key={`${r.pollId ?? ''}:${r.key}`}>
              {t(r.rule === 'hide' ? 'polls.words.hidden' : 'polls.words.shown', { word: r.word })}
              {r.pollId === null && <span className="muted"> · {t('polls.words.allDay')}</span>}{' '}
              <button type="button" onClick={() => rule(r.pollId, r.word, 'default')} data-testid="word-rule-remove">
                {t('polls.words.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={(e) => (e.preventDefault(), hide())}>
        <input value={word} onChange={(e) => setWord(e.target.value)} maxLength={40} aria-label={t('polls.words.hideLabel')} placeholder={t('polls.words.hideLabel')} data-testid="word-hide-input" />
        <label className="small">
          <input type="checkbox" checked={forDay} onChange={(e) => setForDay(e.target.checked)} /> {t('polls.words.allDay')}
        </label>
        <button type="submit" data-testid="word-hide">
          {t('polls.words.hide')}
        </button>
      </form>
      {error && <p className="error">{t(errorKey(error))}</p>}
    </div>
  );
}
