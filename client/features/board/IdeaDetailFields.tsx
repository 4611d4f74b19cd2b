// The optional fields of an idea (partner, what each brings, gains, reasons, kind): their code loads after the
// phone's first screen (features/join/lazyPhoneParts.ts), folded away until someone opens them.
import './laterStrings';
import { gainsBySector, type Label, partnershipKinds, reasons } from '../../../shared/board/framework';
import { limits } from '../../../shared/limits';
import { useT } from '../../i18n';
import type { DetailsProps } from './IdeaFields';
import { lazy, Suspense } from 'react';
import { untilLoaded } from '../join/lazyPhoneParts';
import { useLabel } from './useBoard';

// Imported from here, not from the phone's first load: the word matcher and its chunks are named only in this chunk.
const SimilarHint = lazy(untilLoaded(() => import('../similar/SimilarHint').then((m) => ({ default: m.SimilarHint }))));

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** The word about alike ideas (for a new idea), then the optional fields folded away. */
export function IdeaDetailFields(props: DetailsProps) {
  const t = useT();
  return (
    <>
      {props.isNew && (
        <Suspense fallback={null}>
          <SimilarHint text={`${props.draft.partner} ${props.draft.text}`} sector={props.draft.sector} />
        </Suspense>
      )}
      <details className="idea-details">
        <summary>{t('board.more')}</summary>
        <DetailFields {...props} />
      </details>
    </>
  );
}

function DetailFields({ draft, onChange }: DetailsProps) {
  const t = useT();
  const label = useLabel();
  const field = (key: 'partner' | 'libraryBrings' | 'partnerBrings') => (
    <>
      <label htmlFor={`idea-${key}`}>{t(`board.${key}`)}</label>
      <input id={`idea-${key}`} value={draft[key]} maxLength={limits.ideaField} onChange={(e) => onChange({ ...draft, [key]: e.target.value })} />
    </>
  );
  const checks = (name: string, options: Record<string, Label>, selected: string[], set: (next: string[]) => void) => (
    <div className="checks" role="group" aria-label={name}>
      {Object.entries(options).map(([key, l]) => (
        <label key={key} className="check">
          <input type="checkbox" checked={selected.includes(key)} onChange={() => set(toggle(selected, key))} />
          {label(l)}
        </label>
      ))}
    </div>
  );
  return (
    <>
      {field('partner')}
      {field('libraryBrings')}
      {field('partnerBrings')}
      <p className="field-label">{t('board.gains')}</p>
      {checks(t('board.gains'), gainsBySector[draft.sector], draft.gains, (gains) => onChange({ ...draft, gains }))}
      <p className="field-label">{t('board.reasons')}</p>
      {checks(t('board.reasons'), reasons, draft.reasons, (next) => onChange({ ...draft, reasons: next }))}
      <p className="field-label">{t('board.kind')}</p>
      {(Object.keys(partnershipKinds) as (keyof typeof partnershipKinds)[]).map((dimension) => (
        <div key={dimension} className="kind-row">
          <label htmlFor={`kind-${dimension}`}>{t(`board.kind.${dimension}`)}</label>
          <select
            id={`kind-${dimension}`}
            value={draft.kind[dimension] ?? ''}
            onChange={(e) => onChange({ ...draft, kind: { ...draft.kind, [dimension]: e.target.value || undefined } })}
          >
            <option value="">{t('board.kind.none')}</option>
            {Object.entries(partnershipKinds[dimension]).map(([key, l]) => (
              <option key={key} value={key}>
                {label(l)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </>
  );
}
