import { sessionEndpoints } from '../../shared/http/routes/sessions';
import { routePath } from '../../shared/http/routePath';
import { useT } from '../i18n';

export function JoinQr({ joinCode, size }: { joinCode: string; size: number }) {
  const t = useT();
  return (
    <img
      className="qr"
      src={routePath(sessionEndpoints.joinQr, { code: joinCode })}
      width={size}
      height={size}
      alt={t('qr.alt')}
      data-testid="join-qr"
    />
  );
}
