/**
 * 「(旧:…)」 after a heading or a program name says which project(s) this one was renamed from. It is
 * not part of the title or the program name, but lineage (src/lib/lineage/rename-pointer.ts) reads it
 * from the description, so the parser keeps it there as printed.
 */

// （旧：…）, (旧…), 〔旧:…〕, 【旧:…】: NFKC is not applied here, so both widths are listed. In 【】 and 〔〕
// the colon is required: 【旧東海道保土ケ谷宿活性化事業】 is a program's name that starts with 旧.
const NOTE = /(?:[(（]\s*旧\s*[:：]?[^()（）〔〕【】]*[)）]|[〔【]\s*旧\s*[:：][^()（）〔〕【】]*[〕】])/g;

/**
 * The text without its rename notes, and the notes as printed. A note inside a program name's 【…】
 * (【公園ボランティア支援事業(旧:公園愛護会支援事業)】) is part of that name as printed and stays there.
 */
export function splitRenameNotes(text: string): { rest: string; notes: string[] } {
  const insideName = [...text.matchAll(/【[^【】]*】/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const notes: string[] = [];
  const rest = text.replace(NOTE, (note: string, at: number) => {
    if (insideName.some(([from, to]) => at > from && at < to)) return note;
    notes.push(note);
    return ' ';
  });
  if (notes.length === 0) return { rest: text, notes };
  return { rest: rest.replace(/[ \u3000]+$/, '').replace(/ {2,}/g, ' ').trim(), notes };
}
