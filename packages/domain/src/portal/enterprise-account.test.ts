import { describe, expect, it } from 'vitest';
import { enterpriseAccountActions, maskEmail } from './enterprise-account';

describe('enterprise accounts', () => {
  it('masks an e-mail address for staff lists', () => {
    expect(maskEmail('zhang.san@example.com')).toBe('z***@example.com');
    expect(maskEmail('broken')).toBe('***');
  });
  it('lets an officer confirm or reject only a sign-up waiting for confirmation', () => {
    expect(enterpriseAccountActions('pending_confirmation')).toEqual({ confirm: true, reject: true });
    expect(enterpriseAccountActions('pending_proof')).toEqual({ confirm: false, reject: false });
    expect(enterpriseAccountActions('confirmed')).toEqual({ confirm: false, reject: false });
  });
});
