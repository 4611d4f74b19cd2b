// The longest the event loop stands still while a 20,000-idea workbook is made: every phone on the server waits
// that long. Run alone: `npx tsx bench/xlsxLoopStall.ts` (prints figures, asserts nothing).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sessionXlsx } from '../server/export/xlsx';
import { bigWorkshop } from './exports';

const IDEAS = 20_000;
const state = bigWorkshop(IDEAS);
await sessionXlsx(state, 'da'); // warm: exceljs loaded, code compiled

const monitor = monitorEventLoopDelay({ resolution: 5 });
const started = performance.now();
monitor.enable();
await sessionXlsx(state, 'da');
monitor.disable();
const total = performance.now() - started;
console.log(`XLSX of ${IDEAS.toLocaleString('en')} ideas: ${Math.round(total)} ms in all, longest event-loop stall ${Math.round(monitor.max / 1e6)} ms, p99 ${Math.round(monitor.percentile(99) / 1e6)} ms`);
