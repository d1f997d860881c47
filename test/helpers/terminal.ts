/**
 * What a terminal shows for a byte stream: carriage return, newline and erase-to-end-of-line (ESC [ K) are applied,
 * other escape sequences dropped. Enough to check that a redrawn progress line and scrolling lines do not mix.
 */
/** A control sequence after its ESC: '[', parameters, one final letter. */
const CSI = /^\[[0-9;?]*([A-Za-z])/;

export function renderTerminal(text: string): string[] {
  const lines: string[] = [''];
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\r') {
      col = 0;
    } else if (c === '\n') {
      lines.push('');
      col = 0;
    } else if (c === '\x1b') {
      const m = CSI.exec(text.slice(i + 1, i + 16));
      if (m) {
        if (m[1] === 'K') lines[lines.length - 1] = (lines[lines.length - 1] as string).slice(0, col);
        i += m[0].length;
      }
    } else {
      const cur = (lines[lines.length - 1] as string).padEnd(col);
      lines[lines.length - 1] = cur.slice(0, col) + c + cur.slice(col + 1);
      col++;
    }
  }
  return lines;
}
