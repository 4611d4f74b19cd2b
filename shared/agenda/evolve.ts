import type { EvolverMap } from '../evolve';
import type { AgendaEvent } from './events';

export const agendaEvolvers: EvolverMap<AgendaEvent> = {};
