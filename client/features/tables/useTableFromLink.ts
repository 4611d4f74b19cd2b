import { useEffect } from 'react';
import { send } from '../../net/api';
import type { TableEntry } from './tableDraft';
import { tableInHash } from './tableLink';

/**
 * A phone that came by a table's QR code sits down at that table once it has joined (also a phone that had joined
 * before and scanned another table's code); the link's table then leaves the address, so a reload or a later change
 * of table is not undone by it.
 */
export function useTableFromLink(tables: readonly TableEntry[], mine: string | null): void {
  const linked = tableInHash(location.hash);
  const isKnown = linked !== null && tables.some((table) => table.id === linked);
  useEffect(() => {
    if (!linked) return;
    const done = () => history.replaceState(history.state, '', location.pathname + location.search);
    if (!isKnown || linked === mine) return done();
    void send('table:choose', { tableId: linked }).then((ack) => ack.ok && done());
  }, [linked, isKnown, mine]);
}
