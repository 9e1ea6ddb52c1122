// Every bound a request or a response shares between the web app and the server, in one place:
// the schemas of this package use them, the server's messages and the web's inputs may quote them.

/** Calendar years a target, a responsibility, a reporting period, a dashboard or the Q1 board may name. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

export const LIMITS = {
  /** An indicator or rule code as sent in a request. */
  codeLength: 64,
  /** A number as typed ("1,234.5", "１２３") before the server reads it. */
  numberInputLength: 64,
  /** A list page: at most this many items, this many when not asked. */
  pageSize: 200,
  defaultPageSize: 20,
  /** Figures saved (or returned) in one request for one district-month. */
  figuresPerSave: 200,
  /** Figures of one Q1 week in one request. */
  weekFigures: 100,
  /** A figure's note; a Q1 week's note. */
  noteLength: 1000,
  weekNoteLength: 500,
  /** A return or revision reason. */
  reasonLength: 1000,
  /** Problems a dry run of an upload lists; its problemCount says how many there were. */
  problemsShown: 200,
  /** Organisations set as a district group's members in one request. */
  groupMembers: 1000,
  /** Indicator codes in a warning rule's scope. */
  ruleIndicators: 200,
} as const;

/** Photos and documents attached to a project, a monthly report or a problem: one file's size, files per record, a name's length. */
export const ATTACHMENT_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  perRecord: 20,
  fileNameLength: 200,
} as const;

/** What an uploaded workbook may be: the file's size and its data rows (all sheets). */
export const UPLOAD_LIMITS = {
  uploadBytes: 5 * 1024 * 1024,
  dataRows: 100_000,
} as const;

/**
 * Published documents (documents feature): one upload's size (a larger one is refused before it is
 * read to the end), a search's text and page, the text kept of one document.
 */
export const DOCUMENT_LIMITS = {
  uploadBytes: 5 * 1024 * 1024,
  /**
   * Text kept of one document after reading (a Word or PDF file may hold more than its size): about
   * 250 pages; bounds the time one document's extraction holds the job runner's event loop.
   */
  textChars: 500_000,
  /** A .docx: what its parts may expand to and how many there may be (more is a zip bomb). */
  docxUncompressedBytes: 50 * 1024 * 1024,
  docxEntries: 2_000,
  /** A PDF's pages read. */
  pdfPages: 500,
  queryLength: 100,
  searchPageSize: 50,
  searchDefaultPageSize: 20,
  /** Snippets shown of one search result. */
  snippets: 3,
  snippetChars: 120,
  /** A figure correction's reason; a title, issuer or number as read. */
  reasonLength: 1000,
  titleLength: 300,
  fieldLength: 200,
  /** Files one folder job reads. */
  folderFiles: 10_000,
} as const;

/**
 * A house-style Word template for reports (report-templates): the file's size (a larger one is
 * refused before it is read to the end), what its parts may expand to and how many there may be
 * (more is a zip bomb), a template's name.
 */
export const REPORT_TEMPLATE_LIMITS = {
  uploadBytes: 2 * 1024 * 1024,
  uncompressedBytes: 20 * 1024 * 1024,
  entries: 500,
  nameLength: 100,
} as const;

/**
 * 门户来信 (portal-submissions): a title's and a text's length, the sender's contact; anonymous tips
 * per address and submissions per enterprise account in their windows; how long a closed or
 * rejected submission is kept before its personal data is erased; a tip's attachment.
 */
export const PORTAL_SUBMISSION_LIMITS = {
  titleLength: 100,
  bodyLength: 4000,
  contactLength: 100,
  nameLength: 50,
  /** Sends of each kind (a tip, interest, a problem) from one address in the window. */
  sendsPerAddress: 5,
  addressWindowMs: 60 * 60 * 1000,
  submissionsPerAccount: 20,
  accountWindowMs: 24 * 60 * 60 * 1000,
  retentionDays: 365,
  /** A tip's one optional attachment: a photo (JPEG, PNG) or a PDF, its type read from its bytes. */
  attachmentBytes: 5 * 1024 * 1024,
  attachmentTypes: ['image/jpeg', 'image/png', 'application/pdf'],
  attachmentNameLength: 200,
} as const;
