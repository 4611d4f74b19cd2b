import { useState } from 'react';
import type { ClientErrorCode } from '../../i18n';
import { saveBlob } from '../../net/saveBlob';
import { useApp } from '../../store/appStore';
import { seriesHttp } from './seriesHttp';
import { errorKey, useT } from './strings';

const files = [
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'csv', label: 'CSV' },
  { format: 'pdf', label: 'PDF' },
] as const;

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed'; code: ClientErrorCode };

/** The combined files, fetched with the token in a header: no organiser token ever sits in a link. */
export function CombinedDownloads({ token, ids }: { token: string; ids: readonly string[] }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const download = async (format: (typeof files)[number]['format']) => {
    setState({ kind: 'busy' });
    const answer = await seriesHttp.file(token, ids, format, language);
    if (!answer.ok) return setState({ kind: 'failed', code: answer.code });
    saveBlob(answer.data.blob, answer.data.fileName);
    setState({ kind: 'done', name: answer.data.fileName });
  };
  return (
    <div className="combined-downloads" role="group" aria-label={t('series.downloads')}>
      <span>{t('series.downloads')}:</span>
      {files.map(({ format, label }) => (
        <button key={format} type="button" disabled={state.kind === 'busy'} onClick={() => void download(format)} data-testid={`combined-${format}`}>
          {label}
        </button>
      ))}
      <span role="status">
        {state.kind === 'busy' && t('series.busy')}
        {state.kind === 'done' && t('series.sent', { name: state.name })}
      </span>
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {t(errorKey(state.code, { too_large: 'series.tooLarge' }))}
        </p>
      )}
    </div>
  );
}
