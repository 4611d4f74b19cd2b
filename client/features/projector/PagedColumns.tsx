import { type ReactNode, type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { type ColumnPage, type Measured, pageColumns } from './pages';
import { usePager } from './usePager';

export interface Block<T> {
  key: string;
  kind: 'group' | 'item';
  groupKey?: string | null;
  value: T;
}

export interface Column<T> {
  key: string;
  className: string;
  header: ReactNode;
  blocks: Block<T>[];
}

/**
 * Columns of cards laid out to fit the screen: every card is measured once in an invisible copy at the real width,
 * then the columns are cut into pages that turn by themselves, so nothing is ever scrolled or cut off.
 */
export function PagedColumns<T>({
  columns,
  renderBlock,
  showKey,
  testId,
  title,
}: {
  columns: Column<T>[];
  renderBlock: (block: Block<T>, continued: boolean) => ReactNode;
  /** A block to bring into view (a new idea): the pager jumps to its page. */
  showKey: string | null;
  /** On the visible columns only: the invisible copy used for measuring carries no test ids. */
  testId: string;
  title: ReactNode;
}) {
  const { pages, bodies, measures } = useColumnPages(columns);
  const showPage = showKey === null ? -1 : pages.findIndex((page) => page.some((column) => column.some((e) => e.key === showKey)));
  const { page } = usePager(pages.length, showPage >= 0 ? showPage : null);

  return (
    <div className="paged" data-testid="paged" data-page={page + 1} data-pages={pages.length}>
      <PagedHead title={title} page={page} pages={pages.length} />
      <VisibleColumns columns={columns} current={pages[page] ?? []} bodies={bodies} renderBlock={renderBlock} testId={testId} />
      <MeasuredColumns columns={columns} measures={measures} renderBlock={renderBlock} />
    </div>
  );
}

/** The pages the columns are cut into, measured again whenever the columns, the screen or the fonts change. */
function useColumnPages<T>(columns: Column<T>[]) {
  const bodies = useRef<(HTMLElement | null)[]>([]);
  const measures = useRef<(HTMLElement | null)[]>([]);
  const [pages, setPages] = useState<ColumnPage[][]>([columns.map(() => [])]);

  const measure = useCallback(() => {
    const body = bodies.current[0];
    if (!body) return;
    const available = body.clientHeight;
    const gap = parseFloat(getComputedStyle(body).rowGap) || 0;
    const measured: Measured[][] = columns.map((column, c) => {
      const nodes = measures.current[c]?.children ?? [];
      return column.blocks.map((block, i) => ({ ...block, height: (nodes[i] as HTMLElement | undefined)?.getBoundingClientRect().height ?? 0 }));
    });
    setPages(pageColumns(measured, available, gap));
  }, [columns]);

  useLayoutEffect(() => {
    measure();
    const observer = new ResizeObserver(() => measure());
    if (bodies.current[0]) observer.observe(bodies.current[0]);
    void document.fonts?.ready.then(() => measure());
    return () => observer.disconnect();
  }, [measure]);

  return { pages, bodies, measures };
}

function PagedHead({ title, page, pages }: { title: ReactNode; page: number; pages: number }) {
  const t = useT();
  return (
    <div className="paged-head">
      {title}
      {pages > 1 && (
        <p className="paged-indicator" data-testid="page-indicator">
          {t('projector.page', { page: page + 1, pages })}
        </p>
      )}
    </div>
  );
}

/** As many equal columns as there are lists: three sectors, or the one list of a talk's questions. */
const columnTemplate = (count: number) => ({ gridTemplateColumns: `repeat(${count}, minmax(0, 1fr))` });

type Elements = RefObject<(HTMLElement | null)[]>;

/** The page on screen: each column shows the blocks of the current page, a continued block under its own key. */
function VisibleColumns<T>({
  columns,
  current,
  bodies,
  renderBlock,
  testId,
}: {
  columns: Column<T>[];
  current: ColumnPage[];
  bodies: Elements;
  renderBlock: (block: Block<T>, continued: boolean) => ReactNode;
  testId: string;
}) {
  return (
    <div className="paged-columns" style={columnTemplate(columns.length)} data-testid={testId}>
      {columns.map((column, c) => {
        const byKey = new Map(column.blocks.map((b) => [b.key, b]));
        return (
          <section key={column.key} className={`paged-column ${column.className}`} data-column={column.key}>
            {column.header}
            <div className="paged-body" ref={(el) => void (bodies.current[c] = el)}>
              {(current[c] ?? []).map(({ key, continued }) => {
                const block = byKey.get(key);
                return block ? <div key={continued ? `${key}+` : key}>{renderBlock(block, continued)}</div> : null;
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}

/** The invisible copy at the real width where every block is measured whole. */
function MeasuredColumns<T>({
  columns,
  measures,
  renderBlock,
}: {
  columns: Column<T>[];
  measures: Elements;
  renderBlock: (block: Block<T>, continued: boolean) => ReactNode;
}) {
  return (
    <div className="paged-columns paged-measure" style={columnTemplate(columns.length)} aria-hidden="true">
      {columns.map((column, c) => (
        <div key={column.key} className={`paged-column ${column.className}`}>
          <div className="paged-body" ref={(el) => void (measures.current[c] = el)}>
            {column.blocks.map((block) => (
              <div key={block.key}>{renderBlock(block, false)}</div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
