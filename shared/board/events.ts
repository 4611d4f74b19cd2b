export type BoardEvent = never;
