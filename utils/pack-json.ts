// JSON parsing for pack files with a useful error: where in the file (line and column) the
// text stops being JSON, which the engine's own message does not always say.

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJson(input: string): JsonResult {
  // A byte-order mark is not JSON, but editors write one; it carries no meaning.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const offset = findJsonErrorOffset(text);
    const detail = error instanceof Error ? error.message : String(error);
    if (offset === null) return { ok: false, error: `The file is not valid JSON: ${detail}` };
    const { line, column } = lineAndColumn(text, offset);
    const found =
      offset >= text.length ? 'the end of the file' : JSON.stringify(text.slice(offset, offset + 1));
    return {
      ok: false,
      error: `The file is not valid JSON: unexpected ${found} at line ${line}, column ${column}.`,
    };
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class JsonSyntaxError {
  constructor(readonly offset: number) {}
}

/** The offset of the first character that makes `text` invalid JSON, or null if it is valid. */
export function findJsonErrorOffset(text: string): number | null {
  let pos = 0;
  const fail = (): never => {
    throw new JsonSyntaxError(pos);
  };
  const skipSpace = () => {
    while (pos < text.length && ' \t\n\r'.includes(text.charAt(pos))) pos += 1;
  };
  const expect = (literal: string) => {
    for (const char of literal) {
      if (text.charAt(pos) !== char) fail();
      pos += 1;
    }
  };
  const string = () => {
    expect('"');
    while (pos < text.length) {
      const char = text.charAt(pos);
      if (char === '"') {
        pos += 1;
        return;
      }
      if (char.charCodeAt(0) < 0x20) fail();
      if (char === '\\') {
        pos += 1;
        const escape = text.charAt(pos);
        if (escape === 'u') {
          for (let digit = 1; digit <= 4; digit += 1) {
            pos += 1;
            if (!/[0-9a-fA-F]/u.test(text.charAt(pos))) fail();
          }
        } else if (!'"\\/bfnrt'.includes(escape) || escape === '') {
          fail();
        }
      }
      pos += 1;
    }
    fail();
  };
  const digits = () => {
    const start = pos;
    while (/[0-9]/u.test(text.charAt(pos))) pos += 1;
    if (pos === start) fail();
  };
  const number = () => {
    if (text.charAt(pos) === '-') pos += 1;
    if (text.charAt(pos) === '0') pos += 1;
    else digits();
    if (text.charAt(pos) === '.') {
      pos += 1;
      digits();
    }
    if (text.charAt(pos) === 'e' || text.charAt(pos) === 'E') {
      pos += 1;
      if (text.charAt(pos) === '+' || text.charAt(pos) === '-') pos += 1;
      digits();
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text.charAt(pos);
    if (char === '{') {
      pos += 1;
      skipSpace();
      if (text.charAt(pos) === '}') {
        pos += 1;
        return;
      }
      for (;;) {
        skipSpace();
        string();
        skipSpace();
        expect(':');
        value();
        skipSpace();
        if (text.charAt(pos) === ',') pos += 1;
        else return expect('}');
      }
    }
    if (char === '[') {
      pos += 1;
      skipSpace();
      if (text.charAt(pos) === ']') {
        pos += 1;
        return;
      }
      for (;;) {
        value();
        skipSpace();
        if (text.charAt(pos) === ',') pos += 1;
        else return expect(']');
      }
    }
    if (char === '"') return string();
    if (char === 't') return expect('true');
    if (char === 'f') return expect('false');
    if (char === 'n') return expect('null');
    if (char === '-' || /[0-9]/u.test(char)) return number();
    fail();
  };
  try {
    value();
    skipSpace();
    if (pos < text.length) fail();
    return null;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error.offset;
    return null; // Nested too deeply to scan: report without a position.
  }
}
