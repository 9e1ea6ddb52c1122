import type { Clock } from '../platform/clock';

/** A clock tests can move forward (session expiry, lockout windows). */
export class TestClock implements Clock {
  private current: number;
  constructor(start = '2026-03-05T02:00:00.000Z') {
    this.current = Date.parse(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }
}
