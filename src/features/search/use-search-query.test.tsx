import { act, renderHook } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { SEARCH_DELAY_MS, useSearchQuery } from './use-search-query';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function renderQuery(path = '/search') {
  return renderHook(() => useSearchQuery(), {
    wrapper: ({ children }) => <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>,
  });
}

it('searches once typing pauses, not at every keystroke', () => {
  const { result } = renderQuery();
  for (const text of ['s', 'st', 'sta', 'star']) {
    act(() => result.current.setText(text));
    act(() => vi.advanceTimersByTime(SEARCH_DELAY_MS - 50));
  }
  expect(result.current).toMatchObject({ text: 'star', settled: '' });
  act(() => vi.advanceTimersByTime(50));
  expect(result.current).toMatchObject({ text: 'star', settled: 'star', submitted: false });
});

it('searches at once on Enter', () => {
  const { result } = renderQuery();
  act(() => result.current.setText('eu'));
  act(() => result.current.submit());
  expect(result.current).toMatchObject({ settled: 'eu', submitted: true });
});

it('starts from the query in the address, as asked for, and keeps the address in step with the field', () => {
  const { result } = renderQuery('/search?q=dirty+bomb');
  expect(result.current).toMatchObject({ text: 'dirty bomb', settled: 'dirty bomb', submitted: true });
  act(() => result.current.setText('dirty & <b>'));
  expect(window.location.search).toBe('?q=dirty+%26+%3Cb%3E');
});
