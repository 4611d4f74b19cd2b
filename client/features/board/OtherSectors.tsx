import './laterStrings';
import { type Sector, sectorLabels, sectors } from '../../../shared/board/framework';
import { ownValue } from '../../../shared/records';
import type { Idea } from '../../../shared/board/types';
import { useT } from '../../i18n';
import { useLabel } from './useBoard';

/**
 * While the room votes: the other sectors' ideas and where this phone's dots went, so a person does not spend every
 * dot in the sector the phone happened to show.
 */
export function OtherSectors({ sector, ideas, me }: { sector: Sector; ideas: readonly Idea[]; me: string }) {
  const t = useT();
  const label = useLabel();
  const count = (s: Sector) => ideas.filter((idea) => idea.sector === s).length;
  const dots = (s: Sector) => ideas.reduce((sum, idea) => sum + (idea.sector === s ? (ownValue(idea.votes, me) ?? 0) : 0), 0);
  const others = sectors.filter((s) => s !== sector && count(s) > 0);
  return (
    <div className="other-sectors muted" data-testid="other-sectors">
      {others.length > 0 && <p>{t('board.otherSectors', { sectors: others.map((s) => `${label(sectorLabels[s])} (${count(s)})`).join(', ') })}</p>}
      <p data-testid="dots-per-sector">{t('board.dotsPerSector', { dots: sectors.map((s) => `${label(sectorLabels[s])} ${dots(s)}`).join(' · ') })}</p>
    </div>
  );
}
