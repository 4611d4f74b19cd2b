import { Suspense } from 'react';
import { gainsBySector, type partnershipKinds, type Sector } from '../../../shared/board/framework';
import { emptyContent } from '../../../shared/board/ideaContent';
import { useRenderLater } from '../../components/useRenderLater';
import { IdeaDetailFields } from '../join/lazyPhoneParts';

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

/** `isNew`: a new idea being written, beside which the phone shows the alike ideas it already has. */
export type DetailsProps = { draft: IdeaDraft; onChange: (draft: IdeaDraft) => void; isNew?: boolean };

/**
 * The optional fields of the seminar's definition of a partnership, folded away on a phone, and the word about alike
 * ideas: rendered after the form, their code (and the word matcher's) loaded after the phone's first screen.
 */
export function IdeaDetails(props: DetailsProps) {
  return useRenderLater() ? (
    <Suspense fallback={null}>
      <IdeaDetailFields {...props} />
    </Suspense>
  ) : null;
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
