import { describe, expect, it } from 'vitest';
import { isAllCommon, leaveOutCommonWords, MAX_QUERY_WORDS, prepareQuery, termToPreload } from './search-query';

describe('prepareQuery', () => {
  it('searches nothing for an empty field, or one of spaces and invisible marks', () => {
    expect(prepareQuery('')).toEqual({ kind: 'empty' });
    expect(prepareQuery('   \t ')).toEqual({ kind: 'empty' });
    expect(prepareQuery('\u200f\u200e\u200b')).toEqual({ kind: 'empty' });
  });

  it('waits for three letters while the reader types, two once they press Enter', () => {
    expect(prepareQuery('st')).toEqual({ kind: 'short', minLetters: 3 });
    expect(prepareQuery('sta')).toEqual({ kind: 'search', term: 'sta' });
    expect(prepareQuery('EU', { submitted: true })).toEqual({ kind: 'search', term: 'EU' });
    expect(prepareQuery('E', { submitted: true })).toEqual({ kind: 'short', minLetters: 2 });
  });

  it('leaves out words too common to search for, and says so when nothing else is left', () => {
    expect(prepareQuery('the border at Vaalimaa')).toEqual({ kind: 'search', term: 'border Vaalimaa' });
    expect(prepareQuery('The')).toEqual({ kind: 'common' });
    expect(prepareQuery('of the and')).toEqual({ kind: 'common' });
  });

  it('drops a right-to-left mark pasted with a word, which would stop the word matching', () => {
    expect(prepareQuery('\u200fKyiv\u200e')).toEqual({ kind: 'search', term: 'Kyiv' });
  });

  it('searches a long paste by its first few words, each of a sensible length', () => {
    const prepared = prepareQuery(`${'lorem '.repeat(300)}${'x'.repeat(200)}`);
    expect(prepared.kind).toBe('search');
    const term = prepared.kind === 'search' ? prepared.term : '';
    expect(term.split(' ')).toHaveLength(MAX_QUERY_WORDS);
    expect(term.length).toBeLessThan(400);
  });

  it('treats markup, quotes, percent signs, regex syntax and emoji as text', () => {
    expect(prepareQuery('<img src=x onerror=alert(1)>')).toEqual({
      kind: 'search',
      term: '<img src=x onerror=alert(1)>',
    });
    expect(prepareQuery('"')).toEqual({ kind: 'nothing-to-match' });
    expect(prepareQuery('%')).toEqual({ kind: 'nothing-to-match' });
    expect(prepareQuery('😀🙂')).toEqual({ kind: 'nothing-to-match' });
    expect(prepareQuery(['.*+?^$', '{}()|[]\\'].join(''))).toEqual({ kind: 'nothing-to-match' });
    expect(prepareQuery('(drone|drones)+')).toEqual({ kind: 'search', term: '(drone|drones)+' });
  });

  it('searches a quoted phrase as it was typed, small words included', () => {
    expect(prepareQuery('"painful but necessary"')).toEqual({ kind: 'search', term: '"painful but necessary"' });
  });
});

describe('leaveOutCommonWords', () => {
  const common = new Set(['border', 'war']);

  it('leaves out words in most stories while other words remain', () => {
    expect(leaveOutCommonWords('Border Vaalimaa', common)).toEqual({ term: 'Vaalimaa', leftOut: ['Border'] });
    expect(leaveOutCommonWords('vaalimaa', common)).toEqual({ term: 'vaalimaa', leftOut: [] });
  });

  it('searches common words when they are all there is, and a quoted phrase whole', () => {
    expect(leaveOutCommonWords('war border', common)).toEqual({ term: 'war border', leftOut: [] });
    expect(leaveOutCommonWords('"war at the border"', common)).toEqual({ term: '"war at the border"', leftOut: [] });
  });
});

describe('isAllCommon', () => {
  it('is true only when every word is common, and never for a phrase', () => {
    const common = new Set(['border', 'war']);
    expect(isAllCommon('War border', common)).toBe(true);
    expect(isAllCommon('war vaalimaa', common)).toBe(false);
    expect(isAllCommon('"war border"', common)).toBe(false);
  });
});

describe('termToPreload', () => {
  const common = new Set(['border']);

  it('fetches ahead the words typed, but not an unfinished word that may become a common one', () => {
    expect(termToPreload('vaalimaa bor', common)).toBe('vaalimaa');
    expect(termToPreload('bord', common)).toBeNull();
    expect(termToPreload('vaalimaa', common)).toBe('vaalimaa');
    expect(termToPreload('borscht', common)).toBe('borscht');
  });
});
