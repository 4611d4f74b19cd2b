import type { AgendaKind } from '../agenda/types';
import { reasons } from '../board/framework';
import type { PollKind } from '../poll/types';
import type { BoardTable } from '../board/types';

export interface TemplateAgendaItem {
  start: string;
  end: string;
  kind: AgendaKind;
  title: string;
  speaker: string;
}

/** A poll prepared for the programme item at `item` (an index into the agenda). */
export interface TemplatePoll {
  item: number;
  kind: PollKind;
  question: string;
  options?: string[];
}

export interface Template {
  key: string;
  title: string;
  agenda: TemplateAgendaItem[];
  polls?: TemplatePoll[];
  /** Tables the board starts with (shared/tables); absent: one room. */
  tables?: BoardTable[];
}

/** Tables numbered 1..n, with short ids a table's QR link can carry. */
export const numberedTables = (n: number): BoardTable[] => Array.from({ length: n }, (_, i) => ({ id: `bord-${i + 1}`, name: `Bord ${i + 1}` }));

/** The built-in default workshop: the seminar day "Out of the box — nye partnerskaber" as it was planned. */
export const outOfTheBox: Template = {
  key: 'out-of-the-box',
  title: 'Out of the box — nye partnerskaber',
  // The seminar's workshop is held at tables of six to eight: six tables for a room of about forty.
  tables: numberedTables(6),
  agenda: [
    { start: '10:00', end: '10:10', kind: 'welcome', title: 'Velkomst og præsentation', speaker: '' },
    { start: '10:10', end: '10:45', kind: 'talk', title: 'Produktive partnerskaber', speaker: 'Henrik Jochumsen' },
    { start: '10:45', end: '11:20', kind: 'talk', title: 'Partnerskaber – hvordan lykkes det?', speaker: 'Trine Nielsen' },
    { start: '11:20', end: '11:30', kind: 'break', title: 'Kaffepause', speaker: '' },
    { start: '11:30', end: '12:15', kind: 'talk', title: 'Innovation via samarbejde og partnerskaber', speaker: 'Sidsel Bech Pedersen' },
    { start: '12:15', end: '13:00', kind: 'break', title: 'Frokost', speaker: '' },
    { start: '13:00', end: '13:45', kind: 'talk', title: 'Biblioteker og partnerskaber – sammen står vi stærkt', speaker: 'Mette Høxbro' },
    { start: '13:45', end: '14:45', kind: 'workshop', title: 'Hvordan kommer vi selv out of the box?', speaker: '' },
    { start: '14:45', end: '15:00', kind: 'break', title: 'Kaffepause', speaker: '' },
    { start: '15:00', end: '15:45', kind: 'talk', title: 'Hybride kulturarenaer og kreative partnerskaber', speaker: 'Dorte Skot-Hansen' },
    { start: '15:45', end: '16:00', kind: 'closing', title: 'Afrunding', speaker: '' },
  ],
  polls: [
    // During the welcome, before the first talk: the four reasons of the seminar's "Fire gode grunde".
    {
      item: 0,
      kind: 'single',
      question: 'Hvilken grund til partnerskaber vejer tungest for jeres bibliotek?',
      options: Object.values(reasons).map((r) => r.da),
    },
    // With the last talk before lunch.
    { item: 4, kind: 'words', question: 'Hvilke partnere har I allerede?' },
  ],
};

/** Only the afternoon's board session, for a team that runs the brainstorm on its own. */
export const workshopOnly: Template = {
  key: 'workshop-only',
  title: 'Hvordan kommer vi selv out of the box?',
  agenda: [{ start: '13:45', end: '14:45', kind: 'workshop', title: 'Hvordan kommer vi selv out of the box?', speaker: '' }],
};

export const templates: Record<string, Template> = { [outOfTheBox.key]: outOfTheBox, [workshopOnly.key]: workshopOnly };
