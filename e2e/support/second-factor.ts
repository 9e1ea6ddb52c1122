import { Secret, TOTP } from 'otpauth';
import { DEMO_TOTP_ACCOUNTS, DEMO_TOTP_SECRET } from './env';

const PERIOD_MS = 30_000;
/** The last step whose code each account used in this worker: the server accepts a code once. */
const lastStep = new Map<string, number>();

export function usesDemoSecondFactor(username: string): boolean {
  return (DEMO_TOTP_ACCOUNTS as readonly string[]).includes(username);
}

/**
 * A code of the demo secret the server will accept now, as an authenticator app would show it:
 * the current step, or the next one (the server accepts one step either side) when this worker
 * already used the current one; past that, it waits for the clock to reach the step.
 */
export async function demoSecondFactorCode(username: string): Promise<string> {
  const current = Math.floor(Date.now() / PERIOD_MS);
  const step = Math.max(current, (lastStep.get(username) ?? -1) + 1);
  const waitMs = (step - 1) * PERIOD_MS - Date.now();
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs + 100));
  lastStep.set(username, step);
  return TOTP.generate({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), algorithm: 'SHA1', digits: 6, period: 30, timestamp: step * PERIOD_MS });
}

/** After a refused code (this worker restarted and forgot what it used): use the step after the current one next. */
export function skipCurrentStep(username: string): void {
  lastStep.set(username, Math.max(lastStep.get(username) ?? -1, Math.floor(Date.now() / PERIOD_MS) + 1));
}
