import type { ReactNode } from 'react';
import { useT } from './strings';
import { ExportLinkList } from '../exports/ExportLinkList';
import type { ListedSession } from '../../../shared/http/admin';
import { OpenConsole } from './OpenConsole';
import type { SessionStatus } from '../../../shared/state';

interface Props {
  session: ListedSession;
  token: string;
  onStatus: (status: SessionStatus) => void;
  onDelete: () => void;
  /** The row's first cell: choosing it for the combined view. */
  picker: ReactNode;
}

export function SessionRow({ session, token, onStatus, onDelete, picker }: Props) {
  const t = useT();
  const archived = session.status === 'archived';
  return (
    <tr data-testid="admin-session" data-session-id={session.id} className={archived ? 'archived' : undefined}>
      <td className="pick">{picker}</td>
      <td data-label={t('admin.col.title')}>
        <strong>{session.title}</strong>
        <span className="muted join-code-small">{session.joinCode}</span>
      </td>
      <td data-label={t('admin.col.date')}>
        {session.date}
        <span className="muted deletion" data-testid="admin-delete-on">
          {session.deleteOn ? t('admin.deleteOn', { date: session.deleteOn }) : t('admin.keptForever')}
        </span>
      </td>
      <td data-label={t('admin.col.participants')} className="number">
        {session.participants}
      </td>
      <td data-label={t('admin.col.ideas')} className="number">
        {session.ideas}
      </td>
      <td data-label={t('admin.col.status')}>
        {session.damaged ? (
          <span className="status status-damaged">{t('admin.status.damaged')}</span>
        ) : (
          <span className={`status status-${session.status}`}>{t(archived ? 'admin.status.archived' : 'admin.status.active')}</span>
        )}
        {archived && (
          <span className="muted status-note" data-testid="archived-explained">
            {t('admin.archivedNote')}
          </span>
        )}
      </td>
      <td>
        <div className="actions">
          {/* A damaged session cannot be opened or exported: only archive and delete are offered. */}
          {!session.damaged && (
            <>
              <OpenConsole sessionId={session.id} token={token} />
              <details className="admin-exports">
                <summary>{t('admin.exports')}</summary>
                <ExportLinkList sessionId={session.id} accessKey={token} />
              </details>
            </>
          )}
          <button type="button" onClick={() => onStatus(archived ? 'active' : 'archived')} title={archived ? undefined : t('admin.archiveHelp')} data-testid="admin-archive">
            {t(archived ? 'admin.unarchive' : 'admin.archive')}
          </button>
          <button type="button" className="danger" onClick={onDelete} data-testid="admin-delete">
            {t('admin.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
}
