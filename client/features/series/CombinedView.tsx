import { useEffect, useState } from 'react';
import type { CombinedView as View } from '../../../shared/http/combined';
import type { ClientErrorCode } from '../../i18n';
import { useApp } from '../../store/appStore';
import { CombinedDownloads } from './CombinedDownloads';
import { CombinedIdeas } from './CombinedIdeas';
import { CombinedOverview } from './CombinedOverview';
import { CombinedPolls } from './CombinedPolls';
import { CombinedQuestions } from './CombinedQuestions';
import { seriesHttp } from './seriesHttp';
import { errorKey, useT } from './strings';
import './series.css';

interface Props {
  token: string;
  ids: readonly string[];
  onBack: () => void;
}

/** Several workshops side by side and combined, as the server computed them (shared/series/combine.ts). */
export function CombinedView({ token, ids, onBack }: Props) {
  const t = useT();
  const language = useApp((s) => s.language);
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  useEffect(() => {
    let current = true;
    void seriesHttp.view(token, ids, language).then((answer) => {
      if (!current) return;
      if (answer.ok) setView(answer.data);
      else setError(answer.code);
    });
    return () => {
      current = false;
    };
  }, [token, ids, language]);
  return (
    <section className="combined" aria-labelledby="combined-title" data-testid="combined-view">
      <div className="combined-head">
        <h2 id="combined-title">{t('series.title')}</h2>
        <button type="button" onClick={onBack}>
          {t('series.back')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {t(errorKey(error, { too_large: 'series.tooLarge', not_found: 'series.notFound' }))}
        </p>
      )}
      {!view && !error && <p className="muted">{t('series.loading')}</p>}
      {view && (
        <>
          <CombinedDownloads token={token} ids={ids} />
          <CombinedOverview view={view} />
          <CombinedIdeas view={view} />
          <CombinedPolls view={view} />
          <CombinedQuestions view={view} />
        </>
      )}
    </section>
  );
}
