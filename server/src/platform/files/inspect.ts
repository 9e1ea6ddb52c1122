// What an uploaded attachment is, read from its bytes (file-type), never from its name or the
// browser's word: an executable renamed .jpg is refused. Photos keep the time and place they were
// taken (EXIF, read with exifr, pure JavaScript).
import exifr from 'exifr';
import { fileTypeFromBuffer } from 'file-type';

/** The types an attachment may be: photos and the documents of a project's file. */
export const ATTACHMENT_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
} as const;
export type AttachmentMediaType = keyof typeof ATTACHMENT_TYPES;

export const isImageType = (type: string): boolean => type.startsWith('image/');

export interface InspectedFile {
  mediaType: AttachmentMediaType;
  /** EXIF of a photo, when it has any. */
  takenAt: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** Null when the bytes are of no allowed type (or of none that can be told). */
export async function inspectAttachment(bytes: Uint8Array): Promise<InspectedFile | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found || !(found.mime in ATTACHMENT_TYPES)) return null;
  const mediaType = found.mime as AttachmentMediaType;
  if (!isImageType(mediaType)) return { mediaType, takenAt: null, latitude: null, longitude: null };
  return { mediaType, ...(await photoExif(bytes)) };
}

const EXIF_TIME = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/;
const round6 = (n: unknown): number | null => (typeof n === 'number' && Number.isFinite(n) ? Math.round(n * 1e6) / 1e6 : null);

/** The camera's time as it wrote it ('2026-11-20 10:30:00', the phone's local time: EXIF names no zone) and its GPS position. */
async function photoExif(bytes: Uint8Array): Promise<Omit<InspectedFile, 'mediaType'>> {
  try {
    const tags = (await exifr.parse(Buffer.from(bytes), {
      pick: ['DateTimeOriginal', 'CreateDate', 'GPSLatitude', 'GPSLongitude', 'GPSLatitudeRef', 'GPSLongitudeRef'],
      reviveValues: false,
    })) as { DateTimeOriginal?: string; CreateDate?: string; latitude?: number; longitude?: number } | undefined;
    const m = EXIF_TIME.exec(tags?.DateTimeOriginal ?? tags?.CreateDate ?? '');
    const latitude = round6(tags?.latitude);
    const longitude = round6(tags?.longitude);
    const placed = latitude !== null && longitude !== null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    return {
      takenAt: m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}` : null,
      latitude: placed ? latitude : null,
      longitude: placed ? longitude : null,
    };
  } catch {
    // A photo whose EXIF cannot be read is kept without it.
    return { takenAt: null, latitude: null, longitude: null };
  }
}

/** The small preview a camera writes into a JPEG's EXIF, when there is one. */
export async function embeddedThumbnail(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    const thumb = await exifr.thumbnail(Buffer.from(bytes));
    return thumb && thumb.length > 0 ? thumb : null;
  } catch {
    return null;
  }
}
