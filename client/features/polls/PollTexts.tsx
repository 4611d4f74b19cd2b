import type { TextGroup } from '../../../shared/poll/results';
import { useT } from '../../i18n';

const TEXTS_SHOWN = 12;

/** Whether the entry stands for texts typed differently from how it is shown. */
const isGrouped = (group: TextGroup) => group.answers.length > 1 || group.answers[0]?.label !== group.label;

const times = (count: number) => count > 1 && <span className="muted"> ×{count}</span>;

/**
 * Open-text answers that are one after normalisation as one entry with its count, shown as typed most. The console
 * (`canOpen`) opens an entry to the texts exactly as typed; the projector shows the entries only.
 */
export function PollTexts({ groups, canOpen }: { groups: readonly TextGroup[]; canOpen: boolean }) {
  const t = useT();
  return (
    <ul className="poll-texts" data-testid="poll-texts">
      {groups.slice(0, TEXTS_SHOWN).map((group) => (
        <li key={group.label} data-testid="poll-text-entry" data-count={group.count}>
          {canOpen && isGrouped(group) ? (
            <details className="poll-text-group">
              <summary>
                {group.label}
                {times(group.count)}
                <span className="muted small"> · {t('polls.spellings', { count: group.answers.length })}</span>
              </summary>
              <ul className="poll-text-answers" aria-label={t('polls.asTyped')} data-testid="poll-text-answers">
                {group.answers.map((answer) => (
                  <li key={answer.label}>
                    <q>{answer.label}</q>
                    {times(answer.count)}
                  </li>
                ))}
              </ul>
            </details>
          ) : (
            <>
              {group.label}
              {times(group.count)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
