import { useState } from 'react';
import { useT } from './strings';
import '../series/strings';
import type { ListedSession } from '../../../shared/http/admin';
import type { SessionStatus } from '../../../shared/state';
import { ConfirmDelete } from './ConfirmDelete';
import { SessionRow } from './SessionRow';

interface Props {
  sessions: ListedSession[];
  token: string;
  onStatus: (id: string, status: SessionStatus) => void;
  onDelete: (id: string) => void;
  /** Workshops chosen for the combined view. */
  picked: ReadonlySet<string>;
  onPick: (id: string, isPicked: boolean) => void;
}

export function SessionTable({ sessions, token, onStatus, onDelete, picked, onPick }: Props) {
  const t = useT();
  const [deleting, setDeleting] = useState<ListedSession | null>(null);
  if (sessions.length === 0) return <p className="card muted">{t('admin.empty')}</p>;
  return (
    <>
      <table className="admin-table">
        <thead>
          <tr>
            <th className="pick">
              <span className="visually-hidden">{t('admin.col.pick')}</span>
            </th>
            <th>{t('admin.col.title')}</th>
            <th>{t('admin.col.date')}</th>
            <th className="number">{t('admin.col.participants')}</th>
            <th className="number">{t('admin.col.ideas')}</th>
            <th>{t('admin.col.status')}</th>
            <th>{t('admin.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <SessionRow
              key={session.id}
              session={session}
              token={token}
              onStatus={(status) => onStatus(session.id, status)}
              onDelete={() => setDeleting(session)}
              picker={
                !session.damaged && (
                  <input
                    type="checkbox"
                    checked={picked.has(session.id)}
                    onChange={(e) => onPick(session.id, e.target.checked)}
                    aria-label={t('series.select', { title: session.title })}
                    data-testid="admin-pick"
                  />
                )
              }
            />
          ))}
        </tbody>
      </table>
      {deleting && (
        <ConfirmDelete
          title={deleting.title}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            onDelete(deleting.id);
            setDeleting(null);
          }}
        />
      )}
    </>
  );
}
