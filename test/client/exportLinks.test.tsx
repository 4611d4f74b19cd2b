// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportLinks } from '../../client/features/exports/ExportLinks';
import { appStore, initialAppState } from '../../client/store/appStore';

beforeEach(() => appStore.setState(initialAppState, true));
afterEach(cleanup);

const href = (testId: string) => screen.getByTestId(testId).getAttribute('href')!;

describe('the console export links', () => {
  it('point at every format with the key and the console language', () => {
    render(<ExportLinks sessionId="session-0001" accessKey="key+with/odd=chars" />);
    expect(href('export-csv')).toBe('/api/sessions/session-0001/export.csv?lang=da&key=key%2Bwith%2Fodd%3Dchars');
    expect(href('export-csv-comma')).toBe('/api/sessions/session-0001/export.csv?sep=comma&lang=da&key=key%2Bwith%2Fodd%3Dchars');
    for (const id of ['export-xlsx', 'export-json', 'export-pdf']) expect(screen.getByTestId(id).hasAttribute('download')).toBe(true);
    expect(screen.getByTestId('export-report').getAttribute('target')).toBe('_blank');
    act(() => appStore.setState({ language: 'en' }));
    expect(href('export-xlsx')).toContain('lang=en');
    expect(screen.getByText('Printable report')).toBeTruthy();
  });

  it("say that the CSV puts an apostrophe before text a spreadsheet would run as a formula", () => {
    render(<ExportLinks sessionId="session-0001" accessKey="key" />);
    expect(screen.getByTestId('export-csv-note').textContent).toContain("apostrof (') foran tekst, der begynder med =, +, - eller @");
  });
});
