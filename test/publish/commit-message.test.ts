// The commit message, and finding a publish by its trailer.
import { describe, expect, it } from 'vitest';
import { commitMessage, findPublished, isComplete, partOf, trailer } from '../../src/publish/commit-message';

const parts = { eventName: 'AWS Summit SFO', postTitles: ['Day 1: Keynote', 'Day 2: Serverless'], photoCount: 5 };

describe('commitMessage', () => {
  it('names the event, counts, lists the posts and ends with the trailer', () => {
    expect(commitMessage(parts, 'abc-1')).toBe(
      'Notes from AWS Summit SFO: 2 posts, 5 photos\n\n- Day 1: Keynote\n- Day 2: Serverless\n\nTalknotes-Publish-Id: abc-1',
    );
  });

  it.each([
    [{ eventName: 'E', postTitles: ['One'], photoCount: 1 }, 'Notes from E: 1 post, 1 photo'],
    [{ eventName: 'E', postTitles: [], photoCount: 3 }, 'Notes from E: 3 photos'],
    [{ eventName: 'E', postTitles: ['A', 'B'], photoCount: 0 }, 'Notes from E: 2 posts'],
    [{ eventName: '  ', postTitles: [], photoCount: 0 }, 'Notes from an event'],
    [{ eventName: 'Two\nlines', postTitles: [], photoCount: 0 }, 'Notes from Two lines'],
  ])('headline for %j', (input, headline) => {
    expect(commitMessage(input, 'x').split('\n')[0]).toBe(headline);
  });

  it('says which part, in the headline and a trailer of its own', () => {
    const message = commitMessage(parts, 'abc-1', { index: 2, total: 3 });
    expect(message.split('\n')[0]).toBe('Notes from AWS Summit SFO: 2 posts, 5 photos (part 2 of 3)');
    expect(message.endsWith('\n\nTalknotes-Publish-Id: abc-1\nTalknotes-Part: 2/3')).toBe(true);
    expect(partOf(message)).toEqual({ index: 2, total: 3 });
  });

  it('keeps a title that looks like a trailer out of the trailer block', () => {
    const message = commitMessage({ eventName: 'E', postTitles: ['Talknotes-Publish-Id: other'], photoCount: 0 }, 'mine');
    expect(trailer(message, 'Talknotes-Publish-Id')).toBe('mine');
  });
});

describe('findPublished', () => {
  const commit = (id: string, message: string) => ({ id, message, url: `u/${id}` });
  it.each([
    ['the trailer, exactly', 'Notes\n\nTalknotes-Publish-Id: abc', true],
    ['the trailer with CRLF and a trailing newline', 'Notes\r\n\r\nTalknotes-Publish-Id: abc\r\n', true],
    ['another trailer beside it', 'Notes\n\nSigned-off-by: A <a@b>\nTalknotes-Publish-Id: abc', true],
    ['a longer id', 'Notes\n\nTalknotes-Publish-Id: abcd', false],
    ['a shorter id', 'Notes\n\nTalknotes-Publish-Id: ab', false],
    ['the id in the text, not a trailer', 'Talknotes-Publish-Id: abc\n\nmore text', false],
    ['a one-paragraph message', 'Talknotes-Publish-Id: abc', false],
    ['no trailer', 'Notes from somewhere', false],
  ])('%s', (_name, message, found) => {
    expect(findPublished([commit('1', message)], 'abc').length).toBe(found ? 1 : 0);
  });

  it('returns the parts oldest first, and knows when all are there', () => {
    const newestFirst = [3, 2, 1].map((i) => commit(`c${i}`, commitMessage(parts, 'p', { index: i, total: 3 })));
    const found = findPublished([commit('x', 'Other\n\nTalknotes-Publish-Id: q'), ...newestFirst], 'p');
    expect(found.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(isComplete(found)).toBe(true);
    expect(isComplete(found.slice(0, 2))).toBe(false);
    expect(isComplete([])).toBe(false);
    expect(isComplete([commit('a', commitMessage(parts, 'p'))])).toBe(true);
  });
});
