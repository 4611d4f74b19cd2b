// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportLinks } from '../../client/features/exports/ExportLinks';
import { appStore, initialAppState } from '../../client/store/appStore';

beforeEach(() => appStore.setState(initialAppState, true));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const href = (testId: string) => screen.getByTestId(testId).getAttribute('href')!;

describe('the console export links', () => {
  it('point at every format in the console language, with no key in any address', () => {
    render(<ExportLinks sessionId="session-0001" accessKey="the-facilitator-key-0123456789" />);
    expect(href('export-csv')).toBe('/api/sessions/session-0001/export.csv?lang=da');
    expect(href('export-csv-comma')).toBe('/api/sessions/session-0001/export.csv?sep=comma&lang=da');
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('href')).not.toContain('the-facilitator-key');
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

  it('mints a single-use token with the key in a header, then downloads with the token', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ token: 'one-time-token', expiresInMs: 60_000 }), { status: 200 }));
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.getAttribute('href')!);
    });
    render(<ExportLinks sessionId="session-0001" accessKey="the-facilitator-key-0123456789" />);
    fireEvent.click(screen.getByTestId('export-xlsx'));
    await waitFor(() => expect(clicked).toEqual(['/api/sessions/session-0001/export.xlsx?lang=da&download=one-time-token']));
    const [url, init] = fetched.mock.calls[0]!;
    expect(url).toBe('/api/sessions/session-0001/downloads');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer the-facilitator-key-0123456789');
    expect(init?.body).toBe(JSON.stringify({ file: 'export.xlsx' }));
  });
});
