// The day in numbers: participants, ideas and votes, in total and per sector.
import { sectorLabels, sectors, type Sector } from '../board/framework';
import type { IdeaRow } from './ideaRows';
import type { SessionState } from '../state';
import { headcount } from '../session/headcount';
import type { ExportLanguage } from './labels';

export interface SectorTotals {
  sectorKey: Sector;
  sector: string;
  ideas: number;
  votes: number;
}

export interface Summary {
  participants: number;
  ideas: number;
  votes: number;
  sectors: SectorTotals[];
}

/** Counted from the exported rows, so the totals always match the lists printed beside them. */
export function summarise(state: SessionState, rows: readonly IdeaRow[], lang: ExportLanguage): Summary {
  const perSector = sectors.map((sector) => ({ sectorKey: sector, sector: sectorLabels[sector][lang], ideas: 0, votes: 0 }));
  for (const row of rows) {
    const totals = perSector[sectors.indexOf(row.sectorKey)]!;
    totals.ideas += 1;
    totals.votes += row.votes;
  }
  return {
    participants: headcount(state),
    ideas: rows.length,
    votes: perSector.reduce((sum, s) => sum + s.votes, 0),
    sectors: perSector,
  };
}
