// Offset <-> line/column conversion by binary search over line starts.

export interface LineIndex {
  lineAt(offset: number): number;
  columnAt(offset: number): number;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const find = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    lineAt: (offset) => find(offset) + 1,
    columnAt: (offset) => offset - starts[find(offset)] + 1,
  };
}
