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
