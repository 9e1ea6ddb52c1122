import { expect, request, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, E2E_BASE_URL } from './env';
import { demoSecondFactorCode, skipCurrentStep } from './second-factor';

export interface OrganisationRow {
  id: number;
  name: string;
  code: string;
  kind: string;
}

/** A signed-in API session for seeding data the way the app's own clients do. */
export class ApiSession {
  private constructor(readonly context: APIRequestContext) {}

  static async signIn(username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
    // Origin as the web app's own fetches send it: signed-in writes must prove they come from this origin.
    const context = await request.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: { 'Accept-Language': 'zh-CN', Origin: new URL(E2E_BASE_URL).origin } });
    const response = await context.post('/api/auth/login', { data: { username, password } });
    expect(response.status(), await response.text()).toBe(200);
    // The demo's admin, auditor and reviewer type the code of the demo secret (support/second-factor.ts).
    if (((await response.json()) as { pendingStep: string | null }).pendingStep === 'second-factor') {
      for (let attempt = 0; ; attempt++) {
        const verified = await context.post('/api/auth/second-factor/verify', { data: { code: await demoSecondFactorCode(username) } });
        if (verified.ok()) break;
        expect(attempt, await verified.text()).toBe(0);
        skipCurrentStep(username);
      }
    }
    return new ApiSession(context);
  }

  async organisations(): Promise<OrganisationRow[]> {
    const response = await this.context.get('/api/organisations');
    expect(response.status()).toBe(200);
    return ((await response.json()) as { items: OrganisationRow[] }).items;
  }

  async organisationNamed(name: string): Promise<OrganisationRow> {
    const found = (await this.organisations()).find((o) => o.name === name);
    if (!found) throw new Error(`no organisation named ${name}`);
    return found;
  }

  async createUser(user: { username: string; displayName: string; role: string; organisationId: number; password: string }) {
    const response = await this.context.post('/api/users', { data: user });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: number; username: string };
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
  }
}

/** A user name no other test (or earlier run on the same data) has used. */
export function uniqueUsername(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}
