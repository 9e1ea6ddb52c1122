// Removing an attachment (docs/DOMAIN.md "Major projects" → "Attachments"): a photo or document
// is taken off by whoever put it there, while he may still add to its record, or by the city
// reviewer, who keeps the files of every project. A file whose uploader is unknown (his account
// removed, or loaded with the demo) is taken off by whoever may add to its record.
import type { Role } from '../access';

export interface AttachmentRemoval {
  role: Role;
  /** The user uploaded it. */
  uploader: boolean;
  /** Nobody is recorded as its uploader. */
  uploaderUnknown: boolean;
  /** The user may add attachments to its record now (own scope, the record still open). */
  mayAdd: boolean;
}

export function canRemoveAttachment(input: AttachmentRemoval): boolean {
  if (input.role === 'city_reviewer') return true;
  return input.mayAdd && (input.uploader || input.uploaderUnknown);
}
