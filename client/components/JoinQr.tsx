import { useT } from '../i18n';

export function JoinQr({ joinCode, size }: { joinCode: string; size: number }) {
  const t = useT();
  return (
    <img
      className="qr"
      src={`/api/join/${joinCode}/qr.svg`}
      width={size}
      height={size}
      alt={t('qr.alt')}
      data-testid="join-qr"
    />
  );
}
