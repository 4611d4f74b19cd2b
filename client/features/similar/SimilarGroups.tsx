import './similar.css';
import { useT } from '../../i18n';

/** The server's groups of ids as this screen's records: ids it no longer holds left out, groups of one dropped. */
export function heldGroups<T extends { id: string }>(groups: readonly string[][] | undefined, records: readonly T[]): T[][] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return (groups ?? [])
    .map((ids) => ids.map((id) => byId.get(id)).filter((record): record is T => record !== undefined))
    .filter((group) => group.length > 1);
}

export interface AlikeItem {
  id: string;
  text: string;
  votes: number;
}

interface Props {
  /** Each group in the order to merge it: the first is kept, the others go into it. */
  groups: AlikeItem[][];
  onMerge: (sourceId: string, targetId: string) => void;
  onDismiss: (ids: string[]) => void;
}

/** Suggested groups of alike ideas or questions: each other member merges into the first with one click. */
export function SimilarGroups({ groups, onMerge, onDismiss }: Props) {
  const t = useT();
  return (
    <ul className="similar-groups">
      {groups.map((group) => {
        const [first, ...others] = group;
        if (!first) return null;
        return (
          <li key={group.map((item) => item.id).join(' ')} className="similar-group" data-testid="similar-group" aria-label={t('similar.group', { count: group.length })}>
            <p className="similar-first">
              <strong>{first.text}</strong> <span className="muted">{t('similar.votes', { count: first.votes })}</span>
            </p>
            {others.map((item) => (
              <p key={item.id} className="similar-other row">
                <span>{item.text}</span> <span className="muted">{t('similar.votes', { count: item.votes })}</span>
                <button type="button" onClick={() => onMerge(item.id, first.id)} data-testid="similar-merge">
                  {t('similar.mergeInto')}
                </button>
              </p>
            ))}
            <button type="button" className="quiet" onClick={() => onDismiss(group.map((item) => item.id))} data-testid="similar-dismiss">
              {t('similar.dismiss')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
