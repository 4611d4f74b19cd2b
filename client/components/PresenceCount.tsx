import { useT } from '../i18n';
import { useApp } from '../store/appStore';

export function PresenceCount() {
  const t = useT();
  const count = useApp((s) => s.participantsOnline);
  const online = useApp((s) => s.connection === 'online');
  // Offline, the count is stale: a green "N online" under "Ingen forbindelse" would contradict the banner.
  if (!online) return null;
  return (
    <span className="presence" data-testid="presence" data-count={count}>
      <span className="presence-dot" aria-hidden="true" />
      {count === 1 ? t('presence.one') : t('presence.count', { count })}
    </span>
  );
}
