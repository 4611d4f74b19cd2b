import { useT } from '../i18n';

export function NotFound() {
  const t = useT();
  return (
    <main className="page home">
      <h1>{t('notFound.title')}</h1>
      <a href="/">{t('notFound.home')}</a>
    </main>
  );
}
