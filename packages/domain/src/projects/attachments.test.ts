import { describe, expect, it } from 'vitest';
import { ROLES } from '../access';
import { canRemoveAttachment } from './attachments';

describe('removing an attachment', () => {
  it('lets the uploader remove it while he may add to its record, and the city reviewer always', () => {
    for (const role of ROLES) {
      expect(canRemoveAttachment({ role, uploader: true, uploaderUnknown: false, mayAdd: true }), role).toBe(true);
      expect(canRemoveAttachment({ role, uploader: true, uploaderUnknown: false, mayAdd: false }), role).toBe(role === 'city_reviewer');
      expect(canRemoveAttachment({ role, uploader: false, uploaderUnknown: false, mayAdd: true }), role).toBe(role === 'city_reviewer');
    }
  });

  it('lets whoever may add to the record remove a file of unknown uploader', () => {
    expect(canRemoveAttachment({ role: 'district_operator', uploader: false, uploaderUnknown: true, mayAdd: true })).toBe(true);
    expect(canRemoveAttachment({ role: 'department_staff', uploader: false, uploaderUnknown: true, mayAdd: false })).toBe(false);
  });
});
