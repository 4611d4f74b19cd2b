// The combined view as table rows: what the CSV, the XLSX sheets and the report print, made once.
import { sectorLabels } from '../../../shared/board/framework';
import type { ExportLanguage } from '../../../shared/export/labels';
import type { CombinedIdea, CombinedView, WorkshopSummary } from '../../../shared/http/combined';
import { combinedWords as w } from '../../../shared/series/labels';

export type Cell = string | number;
/** A table to print: `keys` name each column's kind (wide text columns wrap in the workbook). */
export interface Table {
  keys: string[];
  headings: string[];
  rows: Cell[][];
}

/** The workshop a row belongs to, by title and day (several workshops may share a title). */
export function workshopNames(view: CombinedView): Map<string, string> {
  return new Map(view.workshops.map((ws) => [ws.id, `${ws.title} (${ws.date})`]));
}

export function overviewTable(view: CombinedView, lang: ExportLanguage): Table {
  const sectorHeads = view.workshops[0]?.sectors.map((s) => `${sectorLabels[s.sector][lang]} (${w.share[lang].toLowerCase()})`) ?? [];
  const headings = [w.workshop, w.date, w.status, w.participants, w.ideas, w.votes, w.questions, w.pollAnswers].map((l) => l[lang]);
  const cells = (ws: WorkshopSummary): Cell[] => [
    ws.title,
    ws.date,
    w[ws.status][lang],
    ws.participants,
    ws.ideas,
    ws.votes,
    ws.questions,
    ws.pollAnswers,
    ...ws.sectors.map((s) => Math.round(s.share * 100) / 100),
  ];
  const keys = ['title', 'date', 'status', 'participants', 'ideas', 'votes', 'questions', 'pollAnswers', ...sectorHeads.map((_, i) => `share${i}`)];
  return { keys, headings: [...headings, ...sectorHeads], rows: view.workshops.map(cells) };
}

const ideaHeadings = [w.workshop, w.date] as const;

/** Every idea with its workshop: the CSV's rows and the per-workshop sheets. */
export function ideaTable(ideas: readonly CombinedIdea[], view: CombinedView, lang: ExportLanguage): Table {
  const byId = new Map(view.workshops.map((ws) => [ws.id, ws]));
  const headings = [...ideaHeadings.map((l) => l[lang]), ...(['sector', 'rank', 'text', 'partner', 'group', 'votes'] as const).map((k) => columnWords[k][lang])];
  const rows = ideas.map((idea): Cell[] => {
    const ws = byId.get(idea.workshopId);
    return [ws?.title ?? '', ws?.date ?? '', sectorLabels[idea.sector][lang], idea.rank, idea.text, idea.partner, idea.group, idea.votes];
  });
  return { keys: ['title', 'date', 'sector', 'rank', 'text', 'partner', 'group', 'votes'], headings, rows };
}

const columnWords = {
  sector: { da: 'Sektor', en: 'Sector' },
  rank: { da: 'Placering', en: 'Rank' },
  text: { da: 'Idé', en: 'Idea' },
  partner: { da: 'Partner', en: 'Partner' },
  group: { da: 'Gruppe', en: 'Group' },
  votes: { da: 'Stemmer', en: 'Votes' },
} as const;

export function partnerTable(view: CombinedView, lang: ExportLanguage): Table {
  const names = workshopNames(view);
  return {
    keys: ['partner', 'ideas', 'votes', 'title'],
    headings: [columnWords.partner[lang], w.ideas[lang], w.votes[lang], w.workshops[lang]],
    rows: view.partners.map((p): Cell[] => [p.label, p.ideas, p.votes, p.workshopIds.map((id) => names.get(id) ?? '').join('; ')]),
  };
}

export function pollTable(view: CombinedView, lang: ExportLanguage): Table {
  const names = workshopNames(view);
  const rows: Cell[][] = [];
  for (const poll of view.polls) {
    const results = [...poll.perWorkshop.map((r) => ({ name: names.get(r.workshopId) ?? '', ...r })), { name: w.all[lang], ...poll.combined }];
    for (const result of results) {
      for (const { label, count } of result.results) rows.push([poll.question, result.name, label, count]);
      if (result.average !== null) rows.push([poll.question, result.name, w.average[lang], Math.round(result.average * 100) / 100]);
      rows.push([poll.question, result.name, w.respondents[lang], result.respondents]);
    }
  }
  return { keys: ['poll', 'title', 'option', 'count'], headings: [w.poll, w.workshop, w.answer, w.count].map((l) => l[lang]), rows };
}

export function questionTable(view: CombinedView, lang: ExportLanguage): Table {
  const names = workshopNames(view);
  const rows: Cell[][] = view.questions.flatMap((item) =>
    item.perWorkshop.flatMap(({ workshopId, questions }) =>
      questions.map((q): Cell[] => [item.item, names.get(workshopId) ?? '', q.text, q.votes, q.answered ? w.yes[lang] : '']),
    ),
  );
  return { keys: ['item', 'title', 'text', 'votes', 'answered'], headings: [w.item, w.workshop, w.question, w.upvotes, w.answered].map((l) => l[lang]), rows };
}

export function topTable(view: CombinedView, lang: ExportLanguage): Table {
  const names = workshopNames(view);
  const rows = view.topBySector.flatMap(({ sector, ideas }) =>
    ideas.map((idea, i): Cell[] => [sectorLabels[sector][lang], i + 1, idea.text, idea.partner, idea.votes, names.get(idea.workshopId) ?? '']),
  );
  return {
    keys: ['sector', 'rank', 'text', 'partner', 'votes', 'title'],
    headings: [columnWords.sector[lang], columnWords.rank[lang], columnWords.text[lang], columnWords.partner[lang], columnWords.votes[lang], w.workshop[lang]],
    rows,
  };
}
