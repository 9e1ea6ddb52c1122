/** Where the test server listens; override with HONGTU_E2E_PORT when 3917 is taken. */
export const E2E_PORT = Number(process.env.HONGTU_E2E_PORT ?? 3917);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** The password of every demo account (server/src/db/seed/demo.ts). */
export const DEMO_PASSWORD = 'Hongtu#2026';

/**
 * The demo accounts whose role requires a second factor, and their TOTP secret
 * (server/src/db/seed/demo-second-factor.ts, DEMO_TOTP_SECRET): demo data only.
 */
export const DEMO_TOTP_ACCOUNTS = ['admin', 'auditor', 'reviewer'] as const;
export const DEMO_TOTP_SECRET = 'HONGTUDEMOSECRETONLYFORTHEDEMOXX';
