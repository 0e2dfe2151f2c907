import { describe, expect, it } from 'vitest';
import { pageRoutes } from './page-routes';

const Home = () => null;
const home = () => Promise.resolve(Home);

describe('pageRoutes', () => {
  it('keeps each page where it is, an index as an index', () => {
    const [index, jobs] = pageRoutes([
      { index: true, page: home },
      { path: '/jobs', page: home },
    ]);
    expect(index).toMatchObject({ index: true });
    expect(index).not.toHaveProperty('path');
    expect(jobs).toMatchObject({ path: '/jobs' });
  });

  it('gives a page the same lazy element every time its routes are made', () => {
    // A render React retries makes the routes again: a new lazy page there would wait from the start.
    const [first] = pageRoutes([{ path: '/', page: home }]);
    const [again] = pageRoutes([{ path: '/', page: home }]);
    expect(again?.element).toBe(first?.element);
  });
});
