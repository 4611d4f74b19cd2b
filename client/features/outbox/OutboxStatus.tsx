import '../board/laterStrings';
import { errorKey, type Translate, useT } from '../../i18n';
import './strings';
import { dismiss, type OutboxEntry, retry, useOutbox } from '../../net/outbox';
import { useApp } from '../../store/appStore';

/** What the entry is, in a line: the text of an idea or a question, otherwise what kind of write it is. */
function describe(entry: OutboxEntry, t: Translate): string {
  switch (entry.name) {
    case 'idea:add':
    case 'question:ask':
      return entry.payload.text.slice(0, 80);
    case 'participant:rename':
      return t('outbox.kind.participant:rename', { name: entry.payload.name });
    default:
      return t(`outbox.kind.${entry.name}`);
  }
}

function reason(entry: OutboxEntry, t: Translate): string {
  if (!entry.code) return '';
  if (entry.name === 'idea:add' && entry.code === 'limit_reached') return t('board.ideaLimitReached');
  if (entry.name === 'vote:cast' && entry.code === 'limit_reached') return t('board.noDotsLeft');
  return t(errorKey(entry.code));
}

/**
 * Writes this phone has made that the server has not acknowledged yet, and any it refused, with a way to send a
 * refused one again or let it go. `only` picks the kinds shown here (the idea form lists its ideas itself).
 */
export function OutboxStatus({ only }: { only?: (entry: OutboxEntry) => boolean }) {
  const t = useT();
  const all = useOutbox((s) => s.entries);
  const online = useApp((s) => s.connection === 'online');
  const entries = only ? all.filter(only) : all;
  if (entries.length === 0) return null;
  return (
    <ul className="outbox" data-testid="outbox">
      {entries.map((entry) => (
        <li key={entry.id} className={`outbox-entry outbox-${entry.status}`} data-status={entry.status} data-command={entry.name}>
          <span className="outbox-text">{describe(entry, t)}</span>
          {entry.status === 'failed' ? (
            <>
              <span className="error" role="alert">
                {t('outbox.notSent')} {reason(entry, t)}
              </span>
              <span className="row">
                <button type="button" className="link-button" onClick={() => retry(entry.id)} data-testid="outbox-retry">
                  {t('outbox.retry')}
                </button>
                <button type="button" className="link-button" onClick={() => dismiss(entry.id)}>
                  {t('outbox.dismiss')}
                </button>
              </span>
            </>
          ) : (
            <span className="muted" role="status">
              {entry.status === 'sending' && online ? t('outbox.sending') : t('outbox.waiting')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
