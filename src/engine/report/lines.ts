// Line numbers and brat's offsets, from the text alone.

/** 1-based line of each offset, as an editor counts them ("\n", "\r\n" or "\r" ends a line). */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** UTF-16 offset → code-point offset (brat counts characters as Python does); identity on BMP-only texts. */
export function codePointIndex(text: string): (offset: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { astral.push(i + 1); i++; }
  }
  if (!astral.length) return (o) => o;
  return (offset) => {
    let n = 0;
    while (n < astral.length && astral[n] < offset) n++;
    return offset - n;
  };
}
