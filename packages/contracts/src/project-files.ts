import { z } from 'zod';
import { instantSchema } from './common';

// Attachments (附件) of a major project, of one of its monthly reports or of a problem raised on it:
// photos and documents, their type read from the bytes, a photo's EXIF time and place kept.

export const attachmentParentSchema = z.enum(['project', 'report', 'problem']);

export const attachmentSchema = z.object({
  id: z.number().int(),
  parent: attachmentParentSchema,
  projectId: z.number().int(),
  /** The report's month ("2026-03") for a report's attachment. */
  periodKey: z.string().nullable(),
  problemId: z.number().int().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  image: z.boolean(),
  /** EXIF: when the photo was taken, as the camera wrote it ("2026-11-20 10:30:00"), and where. */
  takenAt: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  uploadedByName: z.string().nullable(),
  createdAt: instantSchema,
  /** The reader may take it off (its uploader while he may add to its record, or the city). */
  removable: z.boolean(),
});
export type Attachment = z.infer<typeof attachmentSchema>;
export const attachmentListSchema = z.object({ items: z.array(attachmentSchema) });
export type AttachmentList = z.infer<typeof attachmentListSchema>;
