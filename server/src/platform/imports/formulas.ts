/**
 * What a formula in an uploaded sheet may be. The import reads a formula by
 * the value Excel cached when it last saved the file; that value can be
 * trusted only when it was computed from the workbook itself. Values fetched
 * from the web (WEBSERVICE, FILTERXML over it), from a real-time server (RTD),
 * from another program (DDE: `=app|topic!item`, CALL / REGISTER.ID) or from
 * another workbook (`[1]Sheet!A1`, `'C:\…\[book.xlsx]Sheet'!A1`) are refused.
 */
// Newer functions are stored with a prefix (`_xlfn.WEBSERVICE`).
const OUTSIDE_FUNCTIONS = /(?:^|[^A-Za-z0-9_.])(?:_xl(?:fn|ws)\.)?(WEBSERVICE|FILTERXML|RTD|CALL|REGISTER\.ID|EXEC|IMAGE)\s*\(/i;
/** `[1]Sheet1!A1` (an external link index) or `[book.xlsx]Sheet1!A1` (a workbook named in the formula). */
const OTHER_WORKBOOK = /\[\d+\][^\]]*!|\[[^\]]*\.(?:xl[a-z]*|csv|et|ods)\]/i;
/** DDE: a program name, a pipe, a topic (`=cmd|' /c calc'!A0`). */
const DDE = /[A-Za-z0-9_.]+\s*\|\s*['A-Za-z]/;

/**
 * Where a formula takes its value from when not from the workbook itself (the function
 * name or the reference, as written), or null when it computes from the workbook.
 */
export function outsideSource(formula: string): string | null {
  // Text in double quotes is data, not a reference ("a|b" is no DDE call).
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const fn = OUTSIDE_FUNCTIONS.exec(code);
  if (fn) return fn[1]!.toUpperCase();
  const other = OTHER_WORKBOOK.exec(code) ?? DDE.exec(code);
  return other ? other[0].slice(0, 40) : null;
}
