import { describe, expect, it } from 'vitest';
import { isMarkedCodeColumn, markedCodeColumns, markerName, markerReference } from './template-marker';

describe('the month template\'s marker over its code column', () => {
  it('reads back what the template writes, quotes included', () => {
    const marked = markedCodeColumns([{ name: markerName(), refersTo: markerReference("武昌区'月报", 'A', 3, 40) }]);
    expect(marked).toEqual([{ sheet: "武昌区'月报", column: 1, fromRow: 3, toRow: 40 }]);
    expect(isMarkedCodeColumn(marked, "武昌区'月报", 1, 3)).toBe(true);
    expect(isMarkedCodeColumn(marked, "武昌区'月报", 2, 3)).toBe(false);
    expect(isMarkedCodeColumn(marked, '月报', 1, 3)).toBe(false);
    expect(isMarkedCodeColumn(marked, "武昌区'月报", 1, 4)).toBe(false);
  });

  it('ignores unknown versions, other names and references over more than one column', () => {
    expect(markedCodeColumns([
      { name: 'Hongtu_MonthTemplate_v1_Codes', refersTo: "'月报'!$A$3:$A$9" },
      { name: 'Codes', refersTo: "'月报'!$A$3:$A$9" },
      { name: markerName(), refersTo: "'月报'!$A$3:$B$9" },
      { name: markerName(), refersTo: '#REF!' },
    ])).toEqual([]);
    expect(markedCodeColumns([{ name: markerName(), refersTo: '月报!A3:A9' }])).toEqual([{ sheet: '月报', column: 1, fromRow: 3, toRow: 9 }]);
  });
});
