import { gainsBySector, type Label, partnershipKinds, reasons, type Sector } from '../../../shared/board/framework';
import { emptyContent } from '../../../shared/board/ideaContent';
import { limits } from '../../../shared/limits';
import { useRenderLater } from '../../components/useRenderLater';
import { useT } from '../../i18n';
import { useLabel } from './useBoard';

export interface IdeaDraft {
  sector: Sector;
  text: string;
  partner: string;
  libraryBrings: string;
  partnerBrings: string;
  gains: string[];
  reasons: string[];
  kind: Partial<Record<keyof typeof partnershipKinds, string>>;
}

export const emptyDraft = (sector: Sector = 'public'): IdeaDraft => ({ sector, ...emptyContent() });

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

type DetailsProps = { draft: IdeaDraft; onChange: (draft: IdeaDraft) => void };

/** The optional fields of the seminar's definition of a partnership, folded away on a phone (and rendered after the form). */
export function IdeaDetails(props: DetailsProps) {
  const t = useT();
  const unfolded = useRenderLater();
  return (
    <details className="idea-details">
      <summary>{t('board.more')}</summary>
      {unfolded && <DetailFields {...props} />}
    </details>
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

/** What a draft sends: only fields that say something. */
export function draftPayload(draft: IdeaDraft) {
  return {
    text: draft.text.trim(),
    partner: draft.partner.trim(),
    libraryBrings: draft.libraryBrings.trim(),
    partnerBrings: draft.partnerBrings.trim(),
    gains: draft.gains.filter((g) => Object.hasOwn(gainsBySector[draft.sector], g)),
    reasons: draft.reasons,
    kind: Object.fromEntries(Object.entries(draft.kind).filter(([, v]) => v)),
  };
}
