// Reactions per programme item in the XLSX workbook (Reaktioner) and the printable report: counts only, no one named.
import ExcelJS from 'exceljs';
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { joinAsParticipant, type TestServer } from '../kit/testServer';
import { type Phone, talkRoom } from '../kit/talk';
import { fetchExport } from '../kit/workshops';
import type { Created } from '../kit/testServer';

async function workbook(server: TestServer, created: Created, query = '') {
  const res = await fetchExport(server.url, created.sessionId, created.facilitatorKey, `export.xlsx${query}`);
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
}
const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
const tap = (p: Phone, kind: 'clap' | 'heart' | 'idea' | 'laugh' | 'think') => p.socket.emitWithAck('reaction:send', { kind });

describe('reactions in the exports', () => {
  it('shows the taps per programme item and kind in a Reaktioner sheet and in the report, naming no one', async ({ server }) => {
    const { created, facilitator, phones, talk } = await talkRoom(server, 3);
    const [anna, bo, carl] = phones as [Phone, Phone, Phone];
    for (const ack of await Promise.all([tap(anna, 'clap'), tap(bo, 'clap'), tap(carl, 'heart'), tap(anna, 'idea')])) expect(ack.ok).toBe(true);
    const second = facilitator.state!.agenda.items.filter((i) => i.kind === 'talk')[1]!;
    expect((await facilitator.socket.emitWithAck('agenda:goto', { id: second.id })).ok).toBe(true);
    expect((await tap(bo, 'think')).ok).toBe(true);

    for (const query of ['', '?identified=1']) {
      const rows = rowsOf((await workbook(server, created, query)).getWorksheet('Reaktioner')!);
      expect(rows[0]).toEqual(['Programpunkt', '👏 Klapsalve', '❤️ Hjerte', '💡 God idé', '😂 Sjovt', '🤔 Til eftertanke', 'I alt']);
      expect(rows.slice(1)).toEqual([
        [talk.title, 2, 1, 1, 0, 0, 4],
        [second.title, 0, 0, 0, 0, 1, 1],
      ]);
      expect(JSON.stringify(rows)).not.toMatch(new RegExp(`${anna.credentials.participantId}|Deltager`));
    }
    const report = await (await fetchExport(server.url, created.sessionId, created.facilitatorKey, 'report.html')).text();
    expect(report).toContain('Salens reaktioner');
    expect(report).toMatch(/<tr><td>[^<]*<\/td><td>2<\/td><td>1<\/td><td>1<\/td><td>0<\/td><td>0<\/td><td>4<\/td><\/tr>/);
  });

  it('has no Reaktioner sheet and no reactions in the report on a day without them', async ({ server }) => {
    const created = await server.createSession();
    await joinAsParticipant(server, created, 'Anna');
    expect((await workbook(server, created)).getWorksheet('Reaktioner')).toBeUndefined();
    const report = await (await fetchExport(server.url, created.sessionId, created.facilitatorKey, 'report.html')).text();
    expect(report).not.toContain('reactions');
  });
});
