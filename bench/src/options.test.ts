import { describe, expect, it } from 'vitest';
import { parseDeadlineOptions } from './deadline-options';
import { parseOptions } from './options';

describe('bench options, one parser for every command', () => {
  it('reads the same flags the same way in the overview and the deadline commands', () => {
    const overview = parseOptions(['--dialect=sqlite', '--scale=small', '--iterations=5', '--pg-url=postgres://x/y'], { outDir: '/tmp/out' });
    expect(overview).toMatchObject({ dialects: ['sqlite'], iterations: 5, pgUrl: 'postgres://x/y', outDir: '/tmp/out', write: true });
    const deadline = parseDeadlineOptions(['--dialect=postgres', '--minutes=2', '--no-write', '--pg-url=postgres://x/y']);
    expect(deadline).toMatchObject({ dialects: ['postgres'], minutes: 2, write: false, pgUrl: 'postgres://x/y' });
    expect(parseOptions([], { outDir: '/tmp/out' }).dialects).toEqual(['sqlite', 'postgres']);
    expect(parseDeadlineOptions([]).dialects).toEqual(['sqlite', 'postgres']);
  });

  it('refuses an unknown flag, an argument that is no flag and an unknown database, naming the usage', () => {
    expect(() => parseOptions(['--minutes=2'], { outDir: '/tmp' })).toThrow(/unknown option --minutes\nusage: npm run bench/);
    expect(() => parseDeadlineOptions(['--scale=small'])).toThrow(/unknown option --scale\nusage: npm run bench -- deadline/);
    expect(() => parseDeadlineOptions(['minutes'])).toThrow(/unknown argument minutes/);
    expect(() => parseOptions(['--dialect=mysql'], { outDir: '/tmp' })).toThrow(/--dialect must be sqlite, postgres or both/);
    expect(() => parseDeadlineOptions(['--dialect=mysql'])).toThrow(/--dialect must be sqlite, postgres or both/);
  });
});
