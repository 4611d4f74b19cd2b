export type AgendaEvent = never;
