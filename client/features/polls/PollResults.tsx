import './polls.css';
import { cloudWords } from '../../../shared/poll/cloud';
import { groupedTexts, pollResults } from '../../../shared/poll/results';
import { scaleAverage } from '../../../shared/poll/tally';
import type { Poll } from '../../../shared/poll/types';
import { useT } from '../../i18n';
import { useApp } from '../../store/appStore';
import { usePolls } from './usePolls';
import { PollTexts } from './PollTexts';
import { WordCloud } from './WordCloud';

/** A poll's results as the room sees them: bars, the average of a scale, a word cloud, or the texts grouped. */
export function PollResults({ poll, big = false }: { poll: Poll; big?: boolean }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const { respondents } = poll.tally;
  const average = poll.kind === 'scale' ? scaleAverage(poll.tally.counts) : null;
  const polls = usePolls();
  const results = pollResults(poll, polls);
  const max = Math.max(1, ...results.map((r) => r.count));
  return (
    <div className={big ? 'poll-results big' : 'poll-results'} data-testid="poll-results" data-respondents={respondents}>
      <p className="muted" data-testid="poll-respondents">
        {respondents === 0 ? t('polls.noAnswers') : t('polls.respondents', { count: respondents })}
        {average !== null && (
          <strong className="poll-average" data-testid="poll-average" data-average={average}>
            {' · '}
            {t('polls.average', { average: average.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 }) })}
          </strong>
        )}
      </p>
      {poll.kind === 'words' ? (
        <WordCloud words={cloudWords(polls, poll)} big={big} />
      ) : poll.kind === 'text' ? (
        <PollTexts groups={groupedTexts(poll.tally.texts)} canOpen={!big} />
      ) : (
        <ol className="poll-bars">
          {results.map((r, i) => (
            <li key={i} data-testid="poll-bar" data-count={r.count}>
              <span className="bar-label">{r.label}</span>
              <span className="bar-track">
                <span className="bar-fill" style={{ width: `${(r.count / max) * 100}%` }} />
              </span>
              <span className="bar-count">{r.count}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
