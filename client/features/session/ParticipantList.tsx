import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { useApp } from '../../store/appStore';

/** Who has joined, newest first; names as the participants gave them. */
export function ParticipantList() {
  const t = useT();
  const names = useApp(
    useShallow((s) =>
      Object.values(s.session?.participants ?? {})
        .sort((a, b) => b.joinedAt - a.joinedAt)
        .map((p) => p.name),
    ),
  );
  return (
    <details className="card participant-list">
      <summary>{t('facilitator.participants', { count: names.length })}</summary>
      <ul>
        {names.map((name, i) => (
          <li key={i}>{name || t('join.anonymous')}</li>
        ))}
      </ul>
    </details>
  );
}
