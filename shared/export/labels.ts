// Words the exports print, in both languages: column headings, sheet names, agenda kinds.
import type { AgendaChange, AgendaKind } from '../agenda/types';
import type { Label } from '../board/framework';

export type ExportLanguage = keyof Label;
export const exportLanguages = ['da', 'en'] as const satisfies readonly ExportLanguage[];

export const ideaHeadings = {
  sector: { da: 'Sektor', en: 'Sector' },
  table: { da: 'Bord', en: 'Table' },
  rank: { da: 'Placering', en: 'Rank' },
  group: { da: 'Gruppe', en: 'Group' },
  text: { da: 'Idé', en: 'Idea' },
  partner: { da: 'Partner', en: 'Partner' },
  libraryBrings: { da: 'Biblioteket bidrager med', en: 'The library brings' },
  partnerBrings: { da: 'Partneren bidrager med', en: 'The partner brings' },
  gains: { da: 'Partneren får', en: 'The partner gains' },
  reasons: { da: 'Gode grunde', en: 'Reasons' },
  reach: { da: 'Rækkevidde', en: 'Reach' },
  duration: { da: 'Varighed', en: 'Duration' },
  projectType: { da: 'Projekttype', en: 'Project type' },
  character: { da: 'Karakter', en: 'Character' },
  votes: { da: 'Stemmer', en: 'Votes' },
  roundOneVotes: { da: 'Stemmer i runde 1', en: 'Round one votes' },
  author: { da: 'Forfatter', en: 'Author' },
  created: { da: 'Oprettet', en: 'Created' },
} as const satisfies Record<string, Label>;

export const programmeHeadings = {
  title: { da: 'Punkt', en: 'Item' },
  kind: { da: 'Type', en: 'Kind' },
  speaker: { da: 'Oplægsholder', en: 'Speaker' },
  plannedStart: { da: 'Planlagt start', en: 'Planned start' },
  plannedEnd: { da: 'Planlagt slut', en: 'Planned end' },
  actualStart: { da: 'Faktisk start', en: 'Actual start' },
  actualEnd: { da: 'Faktisk slut', en: 'Actual end' },
  startDelay: { da: 'Forsinkelse (min)', en: 'Delay (min)' },
} as const satisfies Record<string, Label>;

export const programmeChangeHeadings = {
  time: { da: 'Tidspunkt', en: 'Time' },
  who: { da: 'Hvem', en: 'Who' },
  change: { da: 'Ændring', en: 'Change' },
  item: { da: 'Punkt', en: 'Item' },
  detail: { da: 'Detalje', en: 'Detail' },
} as const satisfies Record<string, Label>;

export const programmeChangeLabels = {
  add: { da: 'Tilføjet', en: 'Added' },
  edit: { da: 'Redigeret', en: 'Edited' },
  remove: { da: 'Slettet', en: 'Removed' },
  reorder: { da: 'Flyttet', en: 'Moved' },
  extend: { da: 'Forlænget', en: 'Extended' },
  shift: { da: 'Resten rykket', en: 'The rest shifted' },
  start: { da: 'Dagen startet', en: 'Day started' },
  goto: { da: 'Gjort til nu', en: 'Made current' },
  mode: { da: 'Styring skiftet', en: 'Control switched' },
  move: { da: 'Workshoppen flyttet', en: 'Workshop moved' },
} as const satisfies Record<AgendaChange['change'], Label>;

export const agendaKindLabels: Record<AgendaKind, Label> = {
  welcome: { da: 'Velkomst', en: 'Welcome' },
  talk: { da: 'Oplæg', en: 'Talk' },
  break: { da: 'Pause', en: 'Break' },
  workshop: { da: 'Workshop', en: 'Workshop' },
  closing: { da: 'Afrunding', en: 'Closing' },
};

export const exportWords = {
  ideas: { da: 'Idéer', en: 'Ideas' },
  ranking: { da: 'Rangering', en: 'Ranking' },
  noVotes: { da: 'Ingen stemmer endnu.', en: 'No votes yet.' },
  programme: { da: 'Program', en: 'Programme' },
  summary: { da: 'Overblik', en: 'Summary' },
  participants: { da: 'Deltagere', en: 'Participants' },
  votes: { da: 'Stemmer', en: 'Votes' },
  total: { da: 'I alt', en: 'Total' },
  title: { da: 'Workshop', en: 'Workshop' },
  date: { da: 'Dato', en: 'Date' },
  facilitator: { da: 'Facilitator', en: 'Facilitator' },
  notRun: { da: '–', en: '–' },
  programmeChanges: { da: 'Programændringer', en: 'Programme changes' },
  system: { da: 'Uret (automatisk)', en: 'The clock (automatic)' },
  minutes: { da: '{minutes} min.', en: '{minutes} min' },
  clockMode: { da: 'Følg uret', en: 'Follow the clock' },
  manualMode: { da: 'Manuelt', en: 'Manual' },
} as const satisfies Record<string, Label>;

export const reportWords = {
  chart: { da: 'Idéer og stemmer per sektor', en: 'Ideas and votes per sector' },
  programmeAsRun: { da: 'Programmet, som det forløb', en: 'The programme as it ran' },
  planned: { da: 'Planlagt', en: 'Planned' },
  actual: { da: 'Faktisk', en: 'Actual' },
  partner: { da: 'Partner', en: 'Partner' },
  libraryBrings: { da: 'Biblioteket bidrager med', en: 'The library brings' },
  partnerBrings: { da: 'Partneren bidrager med', en: 'The partner brings' },
  group: { da: 'Gruppe', en: 'Group' },
  kind: { da: 'Slags partnerskab', en: 'Kind of partnership' },
  running: { da: 'i gang', en: 'running' },
  noIdeas: { da: 'Ingen idéer i denne sektor.', en: 'No ideas in this sector.' },
  more: { da: '… og {count} idéer mere – se regnearket (XLSX).', en: '… and {count} more ideas – see the spreadsheet (XLSX).' },
  oneVote: { da: '1 stemme', en: '1 vote' },
  manyVotes: { da: '{count} stemmer', en: '{count} votes' },
  tables: { da: 'Bordene', en: 'The tables' },
  tableHeading: { da: 'Bord: {name}', en: 'Table: {name}' },
  noTable: { da: 'Uden bord', en: 'No table' },
  roundOne: { da: 'Runde 1: bordenes valg', en: 'Round one: the tables\' picks' },
  roundTwo: { da: 'Runde 2: rummets rangering', en: 'Round two: the room\'s ranking' },
  noPicks: { da: 'Intet valgt.', en: 'Nothing picked.' },
  figures: { da: '{participants} deltagere · {ideas} idéer · {votes} stemmer', en: '{participants} participants · {ideas} ideas · {votes} votes' },
} as const satisfies Record<string, Label>;
