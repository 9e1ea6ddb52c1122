// Test files for attachments: a tiny real JPEG (1 × 1 pixel), optionally with the EXIF a phone
// writes (time taken, GPS position), built byte by byte so no image library is needed.

/** The smallest JPEG browsers draw: one pixel. */
export const ONE_PIXEL_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

/** A Linux executable's first bytes (ELF), as a program renamed .jpg starts. */
export const ELF_BYTES = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)]);

/** A minimal PDF document. */
export const SMALL_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const rational = (value: number): number[] => {
  const deg = Math.floor(value);
  const minFloat = (value - deg) * 60;
  const min = Math.floor(minFloat);
  const sec = Math.round((minFloat - min) * 60 * 1000);
  return [deg, 1, min, 1, sec, 1000];
};

/** A JPEG carrying DateTimeOriginal ('2026:11:20 10:30:00', camera time) and a north-east GPS position. */
export function photoWithExif(takenAt: string, latitude: number, longitude: number): Buffer {
  const tiff = Buffer.alloc(178);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  const entry = (at: number, tag: number, type: number, count: number, value: number | string) => {
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(type, at + 2);
    tiff.writeUInt32LE(count, at + 4);
    if (typeof value === 'string') tiff.write(value, at + 8, 'latin1');
    else tiff.writeUInt32LE(value, at + 8);
  };
  // IFD0: pointers to the Exif IFD (38) and the GPS IFD (76).
  tiff.writeUInt16LE(2, 8);
  entry(10, 0x8769, 4, 1, 38);
  entry(22, 0x8825, 4, 1, 76);
  tiff.writeUInt32LE(0, 34);
  // Exif IFD: DateTimeOriginal at 56.
  tiff.writeUInt16LE(1, 38);
  entry(40, 0x9003, 2, 20, 56);
  tiff.writeUInt32LE(0, 52);
  tiff.write(`${takenAt}\0`, 56, 'latin1');
  // GPS IFD: N, latitude at 130, E, longitude at 154.
  tiff.writeUInt16LE(4, 76);
  entry(78, 0x0001, 2, 2, 'N\0');
  entry(90, 0x0002, 5, 3, 130);
  entry(102, 0x0003, 2, 2, 'E\0');
  entry(114, 0x0004, 5, 3, 154);
  tiff.writeUInt32LE(0, 126);
  rational(latitude).forEach((n, i) => tiff.writeUInt32LE(n, 130 + i * 4));
  rational(longitude).forEach((n, i) => tiff.writeUInt32LE(n, 154 + i * 4));
  const header = Buffer.from('Exif\0\0', 'latin1');
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(2 + header.length + tiff.length, 2);
  return Buffer.concat([ONE_PIXEL_JPEG.subarray(0, 2), app1, header, tiff, ONE_PIXEL_JPEG.subarray(2)]);
}
