import type { EvolverMap } from '../evolve';
import type { BoardEvent } from './events';

export const boardEvolvers: EvolverMap<BoardEvent> = {};
