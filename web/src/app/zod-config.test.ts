import { describe, expect, it } from 'vitest';
import { config } from 'zod';

describe('zod without eval (web/public/zod-without-eval.js)', () => {
  it('reads its settings from the global the page sets before the app loads', () => {
    const global = (globalThis as { __zod_globalConfig?: object }).__zod_globalConfig;
    expect(global).toBeDefined();
    expect(config()).toBe(global);
  });
});
