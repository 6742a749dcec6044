#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2189);
// Entry of dist/cli.js: run the CLI on this process's arguments and streams.

// A reader that stops early (`tierguard scan | head`) closes the pipe: nothing more is wanted,
// which is no reason for a stack trace. What is left is not written; the scan ends as usual
// and exits with its own code.
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED')
        throw error;
});
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd()
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2189:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: createStderrLogger, formatTimings

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * An error the user can fix: a bad option, input or configuration file. The shells print its
 * message as it is (no stack) and exit 2 / fail the step; any other error is a bug in tierguard.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}

;// CONCATENATED MODULE: ./src/core/severity.ts
/**
 * Severities, most severe first. The security ones follow GitHub's security-severity bands:
 * critical >= 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9; `note` is informational.
 */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'];
const FAIL_ON_VALUES = [...SEVERITIES, 'none'];
/** 0 for critical up to 4 for note: lower is more severe. */
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
/** Whether a finding of `severity` blocks under the `failOn` threshold. */
function isBlocking(severity, failOn) {
    return failOn !== 'none' && severityRank(severity) <= severityRank(failOn);
}
/** SARIF result level for a severity. */
function sarifLevel(severity) {
    if (severity === 'critical' || severity === 'high')
        return 'error';
    if (severity === 'medium')
        return 'warning';
    return 'note';
}
/** A representative security-severity score (GitHub reads it from the rule) for a severity. */
function securitySeverityScore(severity) {
    return { critical: 9.1, high: 8.0, medium: 5.5, low: 3.0, note: 0.1 }[severity];
}

;// CONCATENATED MODULE: ./src/core/tool-info.ts
/** Who tierguard is, for SARIF `tool.driver`, help links and `--version`. */
const TOOL_NAME = 'tierguard';
/** Kept equal to package.json's version by a test. */
const TOOL_VERSION = '0.1.0';
const INFORMATION_URI = 'https://github.com/tierguard/tierguard';
/** Where a rule's documentation page lives. */
function ruleHelpUri(ruleId) {
    return `${INFORMATION_URI}/blob/main/docs/rules/${ruleId}.md`;
}

;// CONCATENATED MODULE: ./src/core/span.ts
/**
 * The one position type of tierguard. Every value in the model carries the span where it was
 * written; reporters turn it into a SARIF region or annotation properties one to one.
 */
/**
 * Makes a span. Creating every span here, with its fields always in this order, gives them
 * all one hidden class, so the code that reads spans stays monomorphic.
 */
function spanOf(file, startLine, startColumn, endLine, endColumn) {
    return { file, startLine, startColumn, endLine, endColumn };
}
/** Orders spans by file, then start, then end: the order findings are reported in. */
function compareSpans(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return (a.startLine - b.startLine ||
        a.startColumn - b.startColumn ||
        a.endLine - b.endLine ||
        a.endColumn - b.endColumn);
}
/** `file:line:col`, the form editors and terminals turn into links. */
function formatSpan(span) {
    return `${span.file}:${span.startLine}:${span.startColumn}`;
}
/** A span covering a whole file's first line, for problems that belong to a file, not a node. */
function fileSpan(file) {
    return spanOf(file, 1, 1, 1, 1);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/discover/file-names.ts
/**
 * The file names discovery looks for, and the part each plays in a project. Names are compared
 * case-insensitively (`Docker-Compose.yml` is found on a case-insensitive checkout too).
 */

/**
 * docker compose's own order of preference (compose-go `DefaultFileNames` and
 * `DefaultOverrideFileNames`): it loads the first base present and the first override present.
 */
const BASE_FILE_NAMES = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yml',
    'docker-compose.yaml'
];
const OVERRIDE_FILE_NAMES = [
    'compose.override.yml',
    'compose.override.yaml',
    'docker-compose.override.yml',
    'docker-compose.override.yaml'
];
/** `docker stack deploy` has no default file; this is the order a folder's stack base is chosen. */
const STACK_BASE_FILE_NAMES = [
    'docker-stack.yml',
    'docker-stack.yaml',
    'stack.yml',
    'stack.yaml'
];
const VARIANT_SEPARATORS = new Set(['.', '-', '_']);
/** Whether a file name ends in `.yml` or `.yaml` (any case). */
function hasYamlExtension(name) {
    const lower = name.toLowerCase();
    return lower.endsWith('.yml') || lower.endsWith('.yaml');
}
/** The role a file name plays, or undefined when discovery does not look for that name. */
function matchComposeFileName(fileName) {
    const name = external_node_path_default().posix.basename(fileName).toLowerCase();
    if (!hasYamlExtension(name))
        return undefined;
    const baseRank = BASE_FILE_NAMES.indexOf(name);
    if (baseRank >= 0)
        return { role: 'base', rank: baseRank };
    const overrideRank = OVERRIDE_FILE_NAMES.indexOf(name);
    if (overrideRank >= 0)
        return { role: 'override', rank: overrideRank };
    const stackRank = STACK_BASE_FILE_NAMES.indexOf(name);
    if (stackRank >= 0)
        return { role: 'stack-base', rank: stackRank };
    const stem = name.slice(0, name.lastIndexOf('.'));
    if (hasVariantSuffix(stem, 'docker-compose') || hasVariantSuffix(stem, 'compose')) {
        return { role: 'variant', rank: 0 };
    }
    if (hasVariantSuffix(stem, 'docker-stack') ||
        (stem.startsWith('stack.') && stem.length > 'stack.'.length) ||
        (stem.endsWith('.stack') && stem.length > '.stack'.length)) {
        return { role: 'stack-variant', rank: 0 };
    }
    return undefined;
}
/** Whether a path's file name is one discovery looks for. */
function isComposeFileName(filePath) {
    return matchComposeFileName(filePath) !== undefined;
}
/** `prefix` then `.`, `-` or `_` then at least one more character: `compose.prod`, `compose-ci`. */
function hasVariantSuffix(stem, prefix) {
    return (stem.length > prefix.length + 1 &&
        stem.startsWith(prefix) &&
        VARIANT_SEPARATORS.has(stem.charAt(prefix.length)));
}

;// CONCATENATED MODULE: ./src/discover/find-files.ts
/**
 * Lists the files a scan considers: compose and stack files by name, plus the YAML files the
 * `include` globs name, minus what `exclude` removes, `.git`, `node_modules` and what
 * `.gitignore` ignores.
 *
 * In a git work tree the listing comes from `git ls-files` (fast, and `.gitignore` is honoured);
 * elsewhere the folder is walked. Only the files whose names are considered are ever stat'ed.
 *
 * Symbolic links: a link to a file is taken under its own path when the name is considered and
 * the target lies inside the scanned folder. A link to a folder is not followed: a target inside
 * the scanned folder is scanned at its own path anyway (following it would report every file
 * twice), and a target outside it is out of scope. Links out of the folder, link cycles and broken
 * links are reported as `path-skipped` notes. In a git work tree, git decides what an untracked
 * entry is: an untracked link to a folder is not inspected.
 */







/** Folders never entered, at any depth. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/** git lists a big monorepo in tens of MB; the default 1 MB buffer would cut it off. */
const GIT_MAX_BUFFER = 1024 * 1024 * 1024;
/**
 * Finds the compose files under `options.roots`. Returns POSIX paths relative to
 * `options.baseDir`, sorted and without duplicates, and a diagnostic for each path that could
 * not be scanned or was deliberately not followed.
 */
async function findComposeFiles(options) {
    const baseDir = external_node_path_default().resolve(options.baseDir);
    const ctx = {
        baseDir,
        files: new Set(),
        notes: new Map(),
        listed: new Set(),
        isIncluded: compileGlobs(options.include, 'include'),
        isExcluded: compileGlobs(options.exclude, 'exclude')
    };
    for (const root of options.roots)
        await listRoot(external_node_path_default().resolve(baseDir, root), ctx);
    const files = [...ctx.files].sort(compareStrings);
    const diagnostics = [...ctx.notes.values()].sort((a, b) => compareStrings(a.span.file, b.span.file) || compareStrings(a.message, b.message));
    return { files, diagnostics };
}
async function listRoot(rootAbs, ctx) {
    const rootRel = toRelative(ctx.baseDir, rootAbs);
    let stats;
    try {
        stats = (0,external_node_fs_namespaceObject.statSync)(rootAbs);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            addNote(ctx, {
                code: 'path-not-found',
                severity: 'error',
                message: `\`${rootRel}\` does not exist (or is a broken symbolic link); nothing was scanned there`,
                span: fileSpan(rootRel)
            });
        }
        else {
            addSkip(ctx, rootRel, `it could not be read (${describeError(e)})`);
        }
        return;
    }
    if (stats.isFile()) {
        ctx.files.add(rootRel);
    }
    else if (stats.isDirectory()) {
        const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(rootAbs);
        await listFolder(rootAbs, rootRel, realRoot, ctx);
    }
    else {
        addSkip(ctx, rootRel, 'it is neither a file nor a folder');
    }
}
/** Lists one folder with git when it is in a work tree, by walking it otherwise. */
async function listFolder(dirAbs, dirRel, realRoot, ctx) {
    const real = safeRealpath(dirAbs);
    if (ctx.listed.has(real))
        return;
    ctx.listed.add(real);
    const listing = await listWithGit(dirAbs);
    if ('failure' in listing) {
        if (listing.failure) {
            addNote(ctx, {
                code: 'git-unavailable',
                severity: 'note',
                message: `\`git ls-files\` failed in \`${dirRel}\` (${listing.failure}); the folder was walked instead, so \`.gitignore\` was not applied`,
                span: fileSpan(dirRel)
            });
        }
        walkFolder(dirAbs, dirRel, realRoot, ctx);
        return;
    }
    const nested = [];
    for (const { entry, mode } of listing.tracked) {
        if (mode === '160000')
            nested.push(entry.replace(/\/$/, ''));
        else
            considerGitEntry(entry, mode === '120000', dirAbs, dirRel, realRoot, ctx);
    }
    for (const entry of listing.others) {
        // git shows a nested repository it does not descend into as `folder/`.
        if (entry.endsWith('/'))
            nested.push(entry.slice(0, -1));
        else
            considerGitEntry(entry, false, dirAbs, dirRel, realRoot, ctx);
    }
    // Submodules and nested repositories have their own index and .gitignore: list them the same way.
    for (const entry of [...new Set(nested)].sort(compareStrings)) {
        // In an uninitialised submodule git lists the submodule itself, as `./`.
        if (entry === '' || entry === '.')
            continue;
        const rel = joinRelative(dirRel, entry);
        if (hasSkippedSegment(entry) || isExcludedBelow(entry, dirRel, ctx))
            continue;
        await listFolder(external_node_path_default().join(dirAbs, entry), rel, realRoot, ctx);
    }
}
function considerGitEntry(entry, trackedLink, dirAbs, dirRel, realRoot, ctx) {
    const name = entry.slice(entry.lastIndexOf('/') + 1);
    const rel = joinRelative(dirRel, entry);
    const wanted = isWanted(name, rel, ctx);
    // Only links can hide something (a folder out of the root); other unwanted entries are not stat'ed.
    if (!wanted && !trackedLink)
        return;
    if (hasSkippedSegment(entry) || isExcludedBelow(entry, dirRel, ctx))
        return;
    const abs = external_node_path_default().join(dirAbs, entry);
    let stats;
    try {
        stats = (0,external_node_fs_namespaceObject.lstatSync)(abs);
    }
    catch {
        return; // Tracked but deleted from the work tree (or gone since): nothing to scan.
    }
    if (stats.isSymbolicLink())
        considerLink(abs, rel, wanted, realRoot, ctx);
    else if (stats.isFile() && wanted)
        ctx.files.add(rel);
}
/** Walks a folder that is not in a git work tree (or where git failed). */
function walkFolder(rootAbs, rootRel, realRoot, ctx) {
    const stack = [[rootAbs, rootRel]];
    while (stack.length > 0) {
        const [dirAbs, dirRel] = stack.pop();
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dirAbs, { withFileTypes: true });
        }
        catch (e) {
            addSkip(ctx, dirRel, `the folder could not be read (${describeError(e)})`);
            continue;
        }
        for (const entry of entries) {
            const name = entry.name;
            const abs = external_node_path_default().join(dirAbs, name);
            const rel = joinRelative(dirRel, name);
            let isDirectory = entry.isDirectory();
            let isFile = entry.isFile();
            let isLink = entry.isSymbolicLink();
            if (!isDirectory && !isFile && !isLink) {
                // Some file systems do not report the entry type in the listing.
                try {
                    const stats = (0,external_node_fs_namespaceObject.lstatSync)(abs);
                    isDirectory = stats.isDirectory();
                    isFile = stats.isFile();
                    isLink = stats.isSymbolicLink();
                }
                catch {
                    continue;
                }
            }
            if (isDirectory) {
                if (!SKIPPED_FOLDERS.has(name) && !ctx.isExcluded(rel))
                    stack.push([abs, rel]);
            }
            else if (isFile) {
                if (isWanted(name, rel, ctx) && !ctx.isExcluded(rel))
                    ctx.files.add(rel);
            }
            else if (isLink) {
                if (SKIPPED_FOLDERS.has(name) || ctx.isExcluded(rel))
                    continue;
                considerLink(abs, rel, isWanted(name, rel, ctx), realRoot, ctx);
            }
        }
    }
}
/**
 * Decides about a symbolic link: a link to a wanted file inside the root is taken; a link out of
 * the root, a cycle or a broken link is reported; a link to a folder inside the root is left,
 * because its target is scanned at its own path.
 */
function considerLink(abs, rel, wanted, realRoot, ctx) {
    const target = readLinkText(abs);
    let real;
    try {
        real = (0,external_node_fs_namespaceObject.realpathSync)(abs);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ELOOP') {
            addSkip(ctx, rel, `it is a symbolic link to \`${target}\` that loops back on itself`);
        }
        else if (code === 'ENOENT' || code === 'ENOTDIR') {
            addSkip(ctx, rel, `it is a broken symbolic link: its target \`${target}\` does not exist`);
        }
        else {
            addSkip(ctx, rel, `its symbolic link could not be resolved (${describeError(e)})`);
        }
        return;
    }
    let stats;
    try {
        stats = (0,external_node_fs_namespaceObject.statSync)(real);
    }
    catch (e) {
        addSkip(ctx, rel, `the target of its symbolic link could not be read (${describeError(e)})`);
        return;
    }
    const inside = isInsideOrSame(real, realRoot);
    if (stats.isDirectory()) {
        if (!inside) {
            addSkip(ctx, rel, `it is a symbolic link to \`${target}\`, a folder outside the scanned folder: not followed`);
        }
        else if (isInsideOrSame(safeRealpath(external_node_path_default().dirname(abs)), real)) {
            addSkip(ctx, rel, `it is a symbolic link to \`${target}\`, a folder that contains the link: a cycle, not followed`);
        }
        return;
    }
    if (!stats.isFile() || !wanted)
        return;
    if (!inside) {
        addSkip(ctx, rel, `it is a symbolic link to \`${target}\`, outside the scanned folder: not followed`);
        return;
    }
    ctx.files.add(rel);
}
/** `git ls-files` in `cwd`: tracked entries with their mode, and untracked, not ignored ones. */
async function listWithGit(cwd) {
    try {
        const [stage, others] = await Promise.all([
            runGit(cwd, ['ls-files', '-z', '--stage']),
            runGit(cwd, ['ls-files', '-z', '--others', '--exclude-standard'])
        ]);
        const tracked = [];
        for (const record of stage.split('\0')) {
            // `<mode> <object> <stage>\t<path>`; a conflicted path comes once per stage, and the
            // results are sets, so repeats do no harm.
            const tab = record.indexOf('\t');
            if (tab >= 0)
                tracked.push({ entry: record.slice(tab + 1), mode: record.slice(0, 6) });
        }
        return { tracked, others: others.split('\0').filter(entry => entry !== '') };
    }
    catch (e) {
        const err = e;
        const stderr = String(err.stderr ?? '').trim();
        if (err.code === 'ENOENT' || stderr.includes('not a git repository'))
            return { failure: '' };
        const firstLine = (stderr.split('\n')[0] ?? '').replace(/^fatal: /, '');
        return { failure: firstLine || err.message.split('\n')[0] || 'unknown error' };
    }
}
function runGit(cwd, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: GIT_MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
            if (error)
                reject(Object.assign(error, { stderr }));
            else
                resolve(stdout);
        });
    });
}
/** A file is considered when its name is a compose name, or an `include` glob names the YAML. */
function isWanted(name, rel, ctx) {
    return isComposeFileName(name) || (hasYamlExtension(name) && ctx.isIncluded(rel));
}
/** Whether `entry` (relative to the listed folder) or one of its folders below it is excluded. */
function isExcludedBelow(entry, dirRel, ctx) {
    let end = entry.indexOf('/');
    while (end >= 0) {
        if (ctx.isExcluded(joinRelative(dirRel, entry.slice(0, end))))
            return true;
        end = entry.indexOf('/', end + 1);
    }
    return ctx.isExcluded(joinRelative(dirRel, entry));
}
function hasSkippedSegment(entry) {
    return entry.split('/').some(segment => SKIPPED_FOLDERS.has(segment));
}
/**
 * Compiles globs (picomatch, relative to the base directory). As in `.gitignore`, a pattern
 * without a slash matches a name at any depth, and a trailing slash is dropped (a folder
 * pattern excludes everything below it, since discovery does not enter it).
 */
function compileGlobs(patterns, option) {
    const cleaned = (patterns ?? []).map(p => p.trim().replace(/\/+$/, '')).filter(p => p !== '');
    if (cleaned.length === 0)
        return () => false;
    // picomatch's own `basename` option also changes how patterns with slashes match: split instead.
    const byName = cleaned.filter(p => !p.includes('/'));
    const byPath = cleaned.filter(p => p.includes('/'));
    try {
        const matchName = byName.length > 0 ? picomatch_default()(byName, { dot: true }) : () => false;
        const matchPath = byPath.length > 0 ? picomatch_default()(byPath, { dot: true }) : () => false;
        const cache = new Map();
        return relativePath => {
            let result = cache.get(relativePath);
            if (result === undefined) {
                const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
                result = matchName(name) || matchPath(relativePath);
                cache.set(relativePath, result);
            }
            return result;
        };
    }
    catch (e) {
        throw new ConfigurationError(`An \`${option}\` glob is not valid (${e.message}): ${cleaned.join(', ')}`);
    }
}
function addSkip(ctx, rel, why) {
    addNote(ctx, {
        code: 'path-skipped',
        severity: 'note',
        message: `\`${rel}\` was not scanned: ${why}`,
        span: fileSpan(rel)
    });
}
function addNote(ctx, diagnostic) {
    ctx.notes.set(`${diagnostic.span.file}\0${diagnostic.message}`, diagnostic);
}
function readLinkText(abs) {
    try {
        return (0,external_node_fs_namespaceObject.readlinkSync)(abs);
    }
    catch {
        return '?';
    }
}
function safeRealpath(abs) {
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(abs);
    }
    catch {
        return abs;
    }
}
function isInsideOrSame(child, parent) {
    if (child === parent)
        return true;
    const prefix = parent.endsWith((external_node_path_default()).sep) ? parent : parent + (external_node_path_default()).sep;
    return child.startsWith(prefix);
}
function toRelative(baseDir, abs) {
    const rel = external_node_path_default().relative(baseDir, abs);
    return rel === '' ? '.' : rel.split((external_node_path_default()).sep).join('/');
}
function joinRelative(dirRel, entry) {
    return dirRel === '.' ? entry : `${dirRel}/${entry}`;
}
function describeError(e) {
    const err = e;
    if (err.code === 'EACCES' || err.code === 'EPERM')
        return 'permission denied';
    return err.code ?? String(err.message ?? e);
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/load/yaml-tree.ts
/**
 * The position-carrying tree every later stage reads. A YAML document is converted once into
 * plain nodes that keep the span where each value was written; aliases and `<<` merge keys are
 * expanded here, so a value that reached a service through an anchor still points at the anchor.
 * Interpolation, override merging, `extends` and `include` all work on this tree.
 */


/** Raised inside conversion when a limit is passed; turned into a diagnostic by the caller. */
class TreeLimitError extends Error {
    code;
    range;
    constructor(code, message, range) {
        super(message);
        this.code = code;
        this.range = range;
    }
}
const DEFAULT_TREE_LIMITS = { maxNodes: 1_000_000, maxDepth: 200 };
/** Builds spans for offsets of one file. */
function spanMaker(file, lineCounter) {
    return (start, end) => {
        const s = lineCounter.linePos(start);
        const e = lineCounter.linePos(end);
        return spanOf(file, s.line, s.col, e.line, e.col);
    };
}
/**
 * Converts a parsed document's contents into a `YNode` tree. Throws `TreeLimitError` when the
 * alias expansion or the nesting passes `limits`.
 */
function convertDocument(doc, file, lineCounter, limits = DEFAULT_TREE_LIMITS) {
    const makeSpan = spanMaker(file, lineCounter);
    let nodes = 0;
    const resolving = new Set();
    let aliasTargets;
    /** Where the value converted last ends in the text (an alias: the alias, not its target). */
    let writtenEnd = 0;
    /**
     * A block collection's span ends where its last value is written: `yaml`'s range also takes
     * in the line break and any comment lines after it, up to the next key. A flow collection
     * ends after its closing bracket.
     */
    const collectionEnd = (node, last) => node.flow || node.items.length === 0 ? rangeOf(node)[1] : last;
    const rangeOf = (node) => {
        const r = node?.range;
        return r ? [r[0], r[1]] : [0, 0];
    };
    const convert = (node, depth, fallback) => {
        if (++nodes > limits.maxNodes) {
            throw new TreeLimitError('alias-limit', `aliases expand to more than ${limits.maxNodes.toLocaleString('en-US')} nodes; the file was not analysed`, fallback);
        }
        if (depth > limits.maxDepth) {
            throw new TreeLimitError('nesting-limit', `values are nested more than ${limits.maxDepth} levels deep; the file was not analysed`, fallback);
        }
        if (node === null || node === undefined) {
            writtenEnd = fallback[1];
            return { kind: 'scalar', value: null, span: makeSpan(fallback[0], fallback[1]) };
        }
        if ((0,dist/* isAlias */.Vj)(node)) {
            aliasTargets ??= resolveAliases(doc);
            const target = aliasTargets.get(node);
            if (!target || resolving.has(target)) {
                throw new TreeLimitError('alias-limit', `alias *${node.source} refers to itself`, rangeOf(node));
            }
            const outermost = resolving.size === 0;
            resolving.add(target);
            try {
                const expanded = convert(target, depth, rangeOf(node));
                writtenEnd = rangeOf(node)[1];
                return expanded;
            }
            catch (e) {
                // Point at the alias written in the document that set off the expansion, not at the
                // anchored value deep inside it where the count happened to pass the limit.
                if (outermost && e instanceof TreeLimitError && e.code === 'alias-limit') {
                    throw new TreeLimitError(e.code, e.message, rangeOf(node));
                }
                throw e;
            }
            finally {
                resolving.delete(target);
            }
        }
        if ((0,dist/* isScalar */.jn)(node)) {
            const v = node.value;
            const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null
                ? v
                : typeof v === 'bigint'
                    ? Number(v)
                    : String(v);
            const [s, e] = rangeOf(node);
            writtenEnd = e;
            return { kind: 'scalar', value, span: makeSpan(s, e) };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const [s] = rangeOf(node);
            const items = node.items.map(item => convert(item, depth + 1, [s, s]));
            const end = collectionEnd(node, writtenEnd);
            writtenEnd = end;
            return { kind: 'seq', items, span: makeSpan(s, end) };
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const [s, e] = rangeOf(node);
            const entries = new Map();
            const merges = [];
            let lastValueEnd = e;
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const keyNode = pair.key;
                const keyRange = (0,dist/* isScalar */.jn)(keyNode) || (0,dist/* isAlias */.Vj)(keyNode) ? rangeOf(keyNode) : [s, s];
                if ((0,dist/* isScalar */.jn)(keyNode) && (typeof keyNode.value === 'symbol' || keyNode.source === '<<')) {
                    merges.push(convert(pair.value, depth + 1, [keyRange[0], keyRange[1]]));
                    lastValueEnd = writtenEnd;
                    continue;
                }
                const keyTree = convert(keyNode, depth + 1, [keyRange[0], keyRange[1]]);
                if (keyTree.kind !== 'scalar') {
                    throw new TreeLimitError('wrong-type', 'a mapping key must be a scalar', rangeOf(keyNode));
                }
                const key = keyTree.value === null ? 'null' : String(keyTree.value);
                const valueFallback = [keyRange[1], keyRange[1]];
                const value = convert(pair.value, depth + 1, valueFallback);
                lastValueEnd = writtenEnd;
                entries.set(key, { key: { ...keyTree, value: key }, value });
            }
            // `<<` merge keys: explicit keys win; among merged sources, the first listed wins.
            for (const merged of merges) {
                const sources = merged.kind === 'seq' ? merged.items : [merged];
                for (const source of sources) {
                    if (source.kind !== 'map') {
                        throw new TreeLimitError('wrong-type', 'a `<<` merge key must refer to a mapping or a list of mappings', [s, e]);
                    }
                    for (const [key, pair] of source.entries)
                        if (!entries.has(key))
                            entries.set(key, pair);
                }
            }
            const end = collectionEnd(node, lastValueEnd);
            writtenEnd = end;
            return { kind: 'map', entries, span: makeSpan(s, end) };
        }
        // Anything else (a bare Pair, a custom tag's object): treat as an empty scalar.
        writtenEnd = fallback[1];
        return { kind: 'scalar', value: null, span: makeSpan(fallback[0], fallback[1]) };
    };
    if (doc.contents === null)
        return undefined;
    return convert(doc.contents, 0, [0, 0]);
}
/**
 * The node each alias refers to: the last node anchored with its name before it, in document
 * order, as `Alias.resolve` finds it. `resolve` walks the whole document for every alias, which
 * made a file of a thousand `<<: *defaults` quadratic; this is one walk for all of them.
 */
function resolveAliases(doc) {
    const targets = new Map();
    const latest = new Map();
    (0,dist/* visit */.YR)(doc, {
        Node: (_key, node) => {
            if ((0,dist/* isAlias */.Vj)(node))
                targets.set(node, latest.get(node.source));
            else if (node.anchor)
                latest.set(node.anchor, node);
        }
    });
    return targets;
}
/** The entry `key` of a map node, if `node` is a map and has it. */
function getEntry(node, key) {
    return node?.kind === 'map' ? node.entries.get(key) : undefined;
}
/** The value under `key` of a map node, if any. */
function getValue(node, key) {
    return getEntry(node, key)?.value;
}
/** A scalar's value as a string (numbers and booleans as YAML wrote them), else undefined. */
function scalarText(node) {
    if (node?.kind !== 'scalar' || node.value === null)
        return undefined;
    return String(node.value);
}
/** Describes a node's kind for "expected X, found Y" messages. */
function describeNode(node) {
    if (node.kind === 'map')
        return 'a mapping';
    if (node.kind === 'seq')
        return 'a list';
    if (node.value === null)
        return 'null';
    return `a ${typeof node.value}`;
}

;// CONCATENATED MODULE: ./src/discover/classify.ts


/** Top-level keys of the Compose Specification (besides `x-` extensions). */
const TOP_LEVEL_KEYS = new Set([
    'version',
    'name',
    'include',
    'services',
    'models',
    'networks',
    'volumes',
    'secrets',
    'configs'
]);
/** Service attributes of the Compose Specification and of the legacy 2.x/3.x formats. */
const SERVICE_KEYS = new Set(('annotations attach blkio_config build cap_add cap_drop cgroup cgroup_parent command configs ' +
    'container_name cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime ' +
    'cpu_shares cpus cpuset credential_spec depends_on deploy develop device_cgroup_rules devices ' +
    'dns dns_opt dns_search domainname entrypoint env_file environment expose extends ' +
    'external_links extra_hosts gpus group_add healthcheck hostname image init ipc isolation ' +
    'label_file labels links logging mac_address mem_limit mem_reservation mem_swappiness ' +
    'memswap_limit models network_mode networks oom_kill_disable oom_score_adj pid pids_limit ' +
    'platform ports post_start pre_stop privileged profiles provider pull_policy ' +
    'pull_refresh_after read_only restart runtime scale secrets security_opt shm_size stdin_open ' +
    'stop_grace_period stop_signal storage_opt sysctls tmpfs tty ulimits use_api_socket user ' +
    'userns_mode uts volume_driver volumes volumes_from working_dir').split(' '));
/**
 * Whether a tree has the shape of a compose file: a top-level mapping of compose keys whose
 * `services` is a mapping of services, each a mapping (or empty, as in a file being edited) with
 * compose attributes.
 */
function isComposeDocument(root) {
    return findShapeProblem(root) === undefined;
}
/**
 * Decides whether a parsed file is loaded as compose. `matchedByName` is true for files found
 * by a compose or stack file name (or named explicitly as a scan path). A file with YAML errors
 * is not (its parse diagnostics say why); a file that is not compose comes back with a
 * `not-compose` note when it was named like one, or brought in by an `include` glob.
 */
function classifyDocument(parsed, matchedByName) {
    if (parsed.diagnostics.some(d => d.severity === 'error'))
        return { compose: false };
    const root = parsed.root;
    const problem = root ? findShapeProblem(root) : { reason: 'the file is empty' };
    if (!problem)
        return { compose: true };
    const other = root ? recognizeOtherFormat(root) : undefined;
    if (matchedByName && !other)
        return { compose: true };
    const reason = other ? `it looks like ${other.what}` : problem.reason;
    return {
        compose: false,
        diagnostic: {
            code: 'not-compose',
            severity: 'note',
            message: `\`${parsed.path}\` is not a compose file: ${reason}. It was not analysed`,
            span: (other ? other.span : problem.span) ?? fileSpan(parsed.path)
        }
    };
}
function findShapeProblem(root) {
    if (root.kind !== 'map') {
        return { reason: `its top level is ${describeNode(root)}, not a mapping`, span: root.span };
    }
    const services = getEntry(root, 'services');
    if (!services)
        return { reason: 'it has no top-level `services` mapping' };
    if (services.value.kind !== 'map') {
        return {
            reason: `\`services\` is ${describeNode(services.value)}, not a mapping of services`,
            span: services.value.span
        };
    }
    for (const [name, { key, value }] of services.value.entries) {
        if (value.kind === 'map' || (value.kind === 'scalar' && value.value === null))
            continue;
        return {
            reason: `service \`${name}\` is ${describeNode(value)}, not a mapping`,
            span: value.kind === 'scalar' ? value.span : key.span
        };
    }
    for (const [name, { key }] of root.entries) {
        if (!TOP_LEVEL_KEYS.has(name) && !name.startsWith('x-')) {
            return { reason: `\`${name}\` is not a top-level compose key`, span: key.span };
        }
    }
    for (const [name, { key, value }] of services.value.entries) {
        if (value.kind !== 'map' || value.entries.size === 0)
            continue;
        if (![...value.entries.keys()].some(k => SERVICE_KEYS.has(k) || k.startsWith('x-'))) {
            return {
                reason: `service \`${name}\` has no compose attribute (\`image\`, \`build\`, \`ports\`...)`,
                span: key.span
            };
        }
    }
    return undefined;
}
/** Recognises the YAML formats most often mistaken for compose, when `services` is absent. */
function recognizeOtherFormat(root) {
    if (root.kind === 'seq') {
        const first = root.items[0];
        if (first?.kind === 'map' && first.entries.has('hosts')) {
            return { what: 'an Ansible playbook (its plays have `hosts`)', span: keySpan(first, 'hosts') };
        }
        return undefined;
    }
    if (root.kind !== 'map' || root.entries.has('services'))
        return undefined;
    const has = (key) => root.entries.has(key);
    if (has('apiVersion') && has('kind')) {
        return {
            what: 'a Kubernetes manifest (it has `apiVersion` and `kind`)',
            span: keySpan(root, 'kind')
        };
    }
    // YAML 1.1 readers turn the key `on` into `true`; accept both spellings.
    if (has('jobs') && (has('on') || has('true'))) {
        return {
            what: 'a GitHub Actions workflow (it has `on` and `jobs`)',
            span: keySpan(root, 'jobs')
        };
    }
    if (has('openapi') || has('swagger')) {
        const key = has('openapi') ? 'openapi' : 'swagger';
        return { what: `an OpenAPI document (it has \`${key}\`)`, span: keySpan(root, key) };
    }
    if (has('AWSTemplateFormatVersion') || getEntry(root, 'Resources')?.value.kind === 'map') {
        const key = has('AWSTemplateFormatVersion') ? 'AWSTemplateFormatVersion' : 'Resources';
        return { what: `an AWS CloudFormation template (it has \`${key}\`)`, span: keySpan(root, key) };
    }
    if (has('apiVersion') && has('name') && has('version')) {
        return {
            what: 'a Helm chart (it has `apiVersion`, `name` and `version`)',
            span: keySpan(root, 'apiVersion')
        };
    }
    return undefined;
}
function keySpan(map, key) {
    return map.entries.get(key)?.key.span;
}

;// CONCATENATED MODULE: ./src/discover/plan-projects.ts
/**
 * Groups compose files into the projects docker compose would load:
 * - a folder's default file plus the override beside it (`docker compose up` in that folder);
 * - a variant that only overrides services of the default file, with it (`-f base -f variant`);
 * - every other file on its own, so that nothing found is left out;
 * - files that another file reaches through `include` or `extends: file:` only through it;
 * - a fragment in a subfolder that joins networks it does not declare, with the nearest parent
 *   folder's base file that declares them (`-f ../compose.yaml -f sub/compose.yaml`).
 */




/** The outline of a parsed compose file (`cache` resolves absolute references). */
function outlineComposeFile(file, cache) {
    const services = getValue(file.root, 'services');
    const declaredNetworks = declaredNetworksOf(file);
    return {
        path: file.path,
        services: services === undefined
            ? undefined
            : services.kind === 'map'
                ? [...services.entries.keys()]
                : null,
        declaredNetworks,
        undeclaredNetworks: undeclaredNetworksOf(file, declaredNetworks),
        includes: readReferences(file, 'include', cache),
        extendsFiles: readReferences(file, 'extends', cache)
    };
}
/**
 * Plans the projects of the given compose files (already classified as compose). `cache` gives
 * the trees of `include` and `extends: file:` targets that discovery did not list. Plans come
 * sorted by their files; the output depends only on the input.
 */
function planProjects(files, cache) {
    const unique = new Map();
    for (const file of files)
        if (!unique.has(file.path))
            unique.set(file.path, file);
    // The listed files and the targets planning reads beyond them; only listed files are planned.
    const outlines = new Map(unique);
    const reached = findReachedFiles([...unique.keys()].sort(plan_projects_compareStrings), outlines, cache);
    const folders = new Map();
    for (const file of unique.values()) {
        const match = matchComposeFileName(file.path);
        const folder = external_node_path_default().posix.dirname(file.path);
        const list = folders.get(folder) ?? [];
        list.push({ file, role: match?.role ?? 'other', rank: match?.rank ?? 0 });
        folders.set(folder, list);
    }
    const plans = [];
    const basesByFolder = new Map();
    for (const [folder, candidates] of folders) {
        plans.push(...planFolder(folder, candidates, reached, outlines, cache));
        const base = candidates
            .filter(c => c.role === 'base')
            .sort((a, b) => a.rank - b.rank || plan_projects_compareStrings(a.file.path, b.file.path))[0];
        if (base)
            basesByFolder.set(folder, base.file);
    }
    return plans
        .map(plan => attachToParentBase(plan, unique, basesByFolder))
        .sort((a, b) => compareFileLists(a.files, b.files));
}
/**
 * A file planned alone that joins networks it does not declare would be refused by compose as
 * it is; projects such as sourcegraph (`jaeger/docker-compose.yaml`) keep such fragments in a
 * subfolder, to be loaded after the base file of a parent folder. When the nearest parent
 * folder's base file declares every such network, plan the two together, and say so.
 */
function attachToParentBase(plan, known, basesByFolder) {
    const [only] = plan.files;
    const fragment = plan.files.length === 1 && only !== undefined ? known.get(only) : undefined;
    if (!fragment)
        return plan;
    const missing = fragment.undeclaredNetworks;
    if (missing.length === 0)
        return plan;
    let folder = external_node_path_default().posix.dirname(fragment.path);
    while (folder !== '.' && folder !== '/' && folder !== '') {
        folder = external_node_path_default().posix.dirname(folder);
        const base = basesByFolder.get(folder);
        if (!base)
            continue;
        if (!missing.every(name => base.declaredNetworks.has(name)))
            return plan;
        const note = {
            code: 'fragment-paired',
            severity: 'note',
            message: `\`${fragment.path}\` joins ${missing.map(n => `\`${n}\``).join(', ')} without declaring ${missing.length === 1 ? 'it' : 'them'}; \`${base.path}\` declares ${missing.length === 1 ? 'it' : 'them'}, so the two were analysed together, as \`docker compose -f ${base.path} -f ${fragment.path}\``,
            span: fileSpan(fragment.path)
        };
        return {
            files: [base.path, fragment.path],
            directory: folder,
            kind: plan.kind,
            notes: [...(plan.notes ?? []), note]
        };
    }
    return plan;
}
/** Networks a file's services join (`default` aside) that its top-level `networks` lacks. */
function undeclaredNetworksOf(file, declared) {
    const joined = new Set();
    const services = getValue(file.root, 'services');
    for (const { value } of services?.kind === 'map' ? services.entries.values() : []) {
        const networks = getValue(value, 'networks');
        if (networks?.kind === 'map')
            for (const name of networks.entries.keys())
                joined.add(name);
        if (networks?.kind === 'seq') {
            for (const item of networks.items) {
                const name = scalarText(item);
                if (name !== undefined)
                    joined.add(name);
            }
        }
    }
    return [...joined].filter(name => name !== 'default' && !declared.has(name)).sort(plan_projects_compareStrings);
}
function declaredNetworksOf(file) {
    const networks = getValue(file.root, 'networks');
    return new Set(networks?.kind === 'map' ? networks.entries.keys() : []);
}
/** Plans the files of one folder. */
function planFolder(folder, candidates, reached, known, cache) {
    const byRole = (role) => candidates
        .filter(c => c.role === role)
        .sort((a, b) => a.rank - b.rank || plan_projects_compareStrings(a.file.path, b.file.path));
    const bases = byRole('base');
    const overrides = byRole('override');
    const stackBases = byRole('stack-base');
    const base = bases[0];
    const stackBase = stackBases[0];
    const plans = [];
    const plan = (files, notes = []) => {
        const [first] = files;
        if (!first)
            return;
        const kind = matchComposeFileName(first.path)?.role.startsWith('stack') ? 'stack' : 'compose';
        plans.push({
            files: files.map(f => f.path),
            directory: folder,
            kind,
            ...(notes.length > 0 ? { notes } : {})
        });
    };
    // Partial files (overrides and variants) go with the folder's base when they only touch its
    // services; anything else stands on its own. A file reached through `include`/`extends` is
    // loaded by its includer and is not planned again.
    const planPartial = (candidate, base, notes) => {
        if (reached.has(candidate.file.path))
            return;
        if (base && definesOnlyServicesOf(candidate.file, base.file, known, cache)) {
            plan([base.file, candidate.file], notes);
        }
        else {
            plan([candidate.file], notes);
        }
    };
    const override = base ? overrides[0] : undefined;
    if (base && (override || !reached.has(base.file.path))) {
        plan(override ? [base.file, override.file] : [base.file]);
    }
    for (const extra of bases.slice(1)) {
        if (reached.has(extra.file.path))
            continue;
        plan([extra.file], [secondDefaultNote(extra.file.path, base?.file.path ?? '', 'file')]);
    }
    for (const extra of overrides) {
        if (extra === override)
            continue;
        const notes = override
            ? [secondDefaultNote(extra.file.path, override.file.path, 'override file')]
            : [];
        planPartial(extra, base, notes);
    }
    for (const variant of byRole('variant'))
        planPartial(variant, base, []);
    for (const stack of stackBases) {
        if (!reached.has(stack.file.path))
            plan([stack.file]);
    }
    for (const variant of byRole('stack-variant'))
        planPartial(variant, stackBase, []);
    for (const other of byRole('other')) {
        if (!reached.has(other.file.path))
            plan([other.file]);
    }
    return plans;
}
function secondDefaultNote(file, used, what) {
    const name = external_node_path_default().posix.basename(file);
    const usedName = external_node_path_default().posix.basename(used);
    return {
        code: 'multiple-default-files',
        severity: 'note',
        message: `\`${name}\` sits beside \`${usedName}\`: docker compose in this folder loads only \`${usedName}\` (and warns about the other ${what}). \`${name}\` was analysed as a project of its own; remove or rename one of them`,
        span: fileSpan(file)
    };
}
/**
 * Whether every service `partial` defines is a service of `base` (its own or one it includes):
 * the mark of a file meant to be loaded as `-f base -f partial`.
 */
function definesOnlyServicesOf(partial, base, known, cache) {
    const services = partial.services;
    if (!services)
        return services === undefined;
    const available = new Set();
    const seen = new Set();
    const collect = (file) => {
        if (seen.has(file.path))
            return;
        seen.add(file.path);
        for (const name of file.services ?? [])
            available.add(name);
        for (const target of file.includes) {
            const outline = readTarget(target, known, cache);
            if (outline)
                collect(outline);
        }
    };
    collect(base);
    return services.every(name => available.has(name));
}
/**
 * The listed files that another file reaches through `include` or `extends: file:`, directly or
 * through files that were not listed. Files that only reach each other in a cycle are not all
 * dropped: the first of each such group (by path) stays, and the others are reached from it.
 */
function findReachedFiles(sorted, known, cache) {
    const edges = new Map();
    const targetsOf = (file) => {
        let targets = edges.get(file);
        if (!targets) {
            const outline = readTarget(file, known, cache);
            targets = outline ? [...new Set([...outline.includes, ...outline.extendsFiles])] : [];
            targets = targets.filter(t => t !== file);
            edges.set(file, targets);
        }
        return targets;
    };
    const reachFrom = (starts, into) => {
        const stack = starts.flatMap(targetsOf);
        while (stack.length > 0) {
            const file = stack.pop();
            if (into.has(file))
                continue;
            into.add(file);
            stack.push(...targetsOf(file));
        }
    };
    const reached = new Set();
    reachFrom(sorted, reached);
    // Everything a file reaches is `reached`; a file no other file reaches is a root. In a cycle
    // every member is reached by another, so pick the first of the unexplained ones as a root.
    const roots = new Set(sorted.filter(file => !reached.has(file)));
    const explained = new Set();
    reachFrom([...roots], explained);
    for (const file of sorted) {
        if (roots.has(file) || explained.has(file))
            continue;
        roots.add(file);
        reachFrom([file], explained);
    }
    return new Set(sorted.filter(file => explained.has(file) && !roots.has(file)));
}
/**
 * A listed file, or one the cache can read (an include target discovery did not list), outlined
 * once: `known` keeps the outlines of such targets too.
 */
function readTarget(file, known, cache) {
    const listed = known.get(file);
    if (listed)
        return listed;
    if (!cache.exists(file))
        return undefined;
    const parsed = cache.get(file);
    if (!parsed.root)
        return undefined;
    const outline = outlineComposeFile(parsed, cache);
    known.set(file, outline);
    return outline;
}
/**
 * The local files a compose file names in `include` (short and long form) or in its services'
 * `extends: file:`, as paths relative to the base directory. Remote includes are left out.
 */
function readReferences(file, kind, cache) {
    const paths = [];
    if (kind === 'include') {
        const include = getValue(file.root, 'include');
        for (const item of include?.kind === 'seq' ? include.items : []) {
            const value = item.kind === 'map' ? getValue(item, 'path') : item;
            for (const node of value?.kind === 'seq' ? value.items : value ? [value] : []) {
                const text = scalarText(node);
                if (text !== undefined)
                    paths.push(text);
            }
        }
    }
    else {
        const services = getValue(file.root, 'services');
        for (const { value } of services?.kind === 'map' ? services.entries.values() : []) {
            const text = scalarText(getValue(getValue(value, 'extends'), 'file'));
            if (text !== undefined)
                paths.push(text);
        }
    }
    const folder = external_node_path_default().posix.dirname(file.path);
    return paths
        .filter(p => p !== '' && !isRemote(p))
        .map(p => {
        const posix = p.split('\\').join('/');
        return external_node_path_default().isAbsolute(p) ? cache.relative(p) : external_node_path_default().posix.join(folder, posix);
    });
}
function isRemote(reference) {
    return reference.includes('://') || reference.startsWith('git@') || reference.startsWith('oci:');
}
function compareFileLists(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const order = plan_projects_compareStrings(a[i], b[i]);
        if (order !== 0)
            return order;
    }
    return a.length - b.length;
}
function plan_projects_compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/load/parse-block-yaml.ts
/**
 * A fast parser for the YAML that compose files are written in: block mappings and sequences,
 * one-line scalars (plain, quoted), block scalars, one-line flow collections, anchors, aliases
 * and `<<` merge keys. It builds the same `YNode` tree as `yaml`'s parser followed by
 * `convertDocument`, straight from the text, without a token stream, a CST or a `Document`.
 *
 * Anything outside that subset (tags, multi-line plain or quoted scalars, explicit keys,
 * several documents, tabs, duplicate keys, any syntax error, ...) makes it give up and return
 * `undefined`; the caller then parses the file with `yaml`, which also reports the errors.
 * Giving up is always safe; a tree that differs from `yaml`'s is a bug, which
 * `__tests__/load/parse-block-yaml.test.ts` checks on every fixture, on generated files and,
 * when it is there, on the third-party corpus.
 */

/** Parses `source` if it stays inside the subset, else returns undefined. Never throws. */
function parseBlockYaml(file, source, limits) {
    // Tabs (indentation rules), lone carriage returns and the Unicode line breaks change how
    // lines and indentation are read; they are rare in compose files and `yaml` knows them.
    if (UNUSUAL_TEXT.test(source))
        return undefined;
    try {
        return new BlockYamlParser(file, source, limits).parseDocument();
    }
    catch (e) {
        if (e === UNSUPPORTED)
            return undefined;
        throw e;
    }
}
const UNUSUAL_TEXT = /[\t\u0085\u2028\u2029\ufeff]|\r(?!\n)/;
/** Thrown (one shared value, no stack) to give up on a file. */
const UNSUPPORTED = Symbol('unsupported YAML');
/** An anchor whose value is still being parsed: an alias to it would refer to itself. */
const IN_PROGRESS = 'in progress';
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const NEWLINE = 0x0a;
const CR = 0x0d;
class BlockYamlParser {
    src;
    limits;
    lines;
    comments = new Map();
    anchors = new Map();
    /** Nodes created so far, counted as `convertDocument` counts them. */
    nodes = 0;
    /** Height of the subtree parsed last, for anchors. */
    height = 0;
    /** Where the value parsed last ends in the text: a collection ends where its last value does. */
    writtenEnd = 0;
    /** Start of the next line with content (-1: the end of the file), once a value is read. */
    line = 0;
    constructor(file, src, limits) {
        this.src = src;
        this.limits = limits;
        const starts = [0];
        for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1))
            starts.push(i + 1);
        this.lines = new LineIndex(file, starts);
    }
    parseDocument() {
        let start = this.skipToContent(0, true);
        if (start !== -1 && this.src.startsWith('---', start)) {
            // A document start marker alone on its line before the content is common and harmless.
            const after = start + 3;
            if (!this.isLineRestEmpty(after))
                throw UNSUPPORTED;
            start = this.skipToContent(this.nextLine(after));
        }
        if (start === -1)
            return { root: undefined, comments: this.comments };
        const indent = this.indentAt(start);
        const root = this.parseBlockCollection(start, indent, 0);
        if (this.line !== -1)
            throw UNSUPPORTED;
        return { root, comments: this.comments };
    }
    // ---- block collections ------------------------------------------------------------------
    /** A block mapping or sequence whose first line starts at `lineStart`, indented `indent`. */
    parseBlockCollection(lineStart, indent, depth) {
        const p = lineStart + indent;
        return this.isSeqEntry(p)
            ? this.parseBlockSeq(lineStart, indent, depth)
            : this.parseBlockMap(p, indent, depth);
    }
    /**
     * A block mapping whose first key starts at `keyStart`, in column `indent`. Leaves `line` at
     * the first content line after it (or -1 at the end of the file).
     */
    parseBlockMap(keyStart, indent, depth) {
        this.count(depth);
        const entries = new Map();
        let merges;
        let height = 0;
        let p = keyStart;
        for (;;) {
            const key = this.parseKey(p, depth + 1);
            const value = this.parseValue(this.afterColon, indent, depth + 1, false);
            height = Math.max(height, this.height + 1);
            if (key === MERGE) {
                if (merges)
                    throw UNSUPPORTED;
                merges = [value];
            }
            else {
                const name = key.value;
                if (entries.has(name))
                    throw UNSUPPORTED; // `yaml` reports the duplicate
                entries.set(name, { key, value });
            }
            const end = this.writtenEnd;
            const next = this.line;
            if (next === -1 || this.indentAt(next) < indent) {
                this.writtenEnd = end;
                break;
            }
            if (this.indentAt(next) > indent)
                throw UNSUPPORTED;
            p = next + indent;
        }
        const end = this.writtenEnd;
        if (merges)
            mergeInto(entries, merges);
        this.height = height;
        this.writtenEnd = end;
        return new OffsetMap(entries, keyStart, end, this.lines);
    }
    /** A block sequence whose first `-` is in column `indent` of the line at `lineStart`. */
    parseBlockSeq(lineStart, indent, depth) {
        this.count(depth);
        const start = lineStart + indent;
        const items = [];
        let height = 0;
        let dash = start;
        for (;;) {
            items.push(this.parseValue(dash + 1, indent, depth + 1, true));
            height = Math.max(height, this.height + 1);
            const next = this.line;
            if (next === -1)
                break;
            const nextIndent = this.indentAt(next);
            if (nextIndent > indent)
                throw UNSUPPORTED;
            if (nextIndent < indent || !this.isSeqEntry(next + nextIndent))
                break;
            dash = next + indent;
        }
        const end = this.writtenEnd;
        this.height = height;
        return new OffsetSeq(items, start, end, this.lines);
    }
    /** Whether `p` holds a `-` that starts a plain scalar (`-c`, `-1`): no space follows it. */
    isPlainDash(p) {
        if (this.src.charCodeAt(p) !== DASH || this.isSeqEntry(p))
            return false;
        const c = this.src.charCodeAt(p + 1);
        return !(c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d);
    }
    /** Whether a `-` at `p` starts a sequence entry (followed by a space or the line's end). */
    isSeqEntry(p) {
        if (this.src.charCodeAt(p) !== DASH)
            return false;
        const c = this.src.charCodeAt(p + 1);
        return (c === SPACE ||
            c === NEWLINE ||
            (c === CR && this.src.charCodeAt(p + 2) === NEWLINE) ||
            p + 1 === this.src.length);
    }
    // ---- keys and values --------------------------------------------------------------------
    /** Offset just after the `:` of the key parsed last. */
    afterColon = 0;
    /** A block mapping key at `p`, followed by `:` and a space or the line's end. */
    parseKey(p, depth) {
        const src = this.src;
        const c = src.charCodeAt(p);
        let end;
        let value;
        if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
            const quoted = this.parseQuoted(p);
            end = quoted.end;
            value = quoted.value;
            if (src.charCodeAt(end) !== COLON || value === '<<' || end - p > MAX_KEY_LENGTH) {
                throw UNSUPPORTED;
            }
            this.afterColon = end + 1;
        }
        else {
            if (STARTS_SPECIAL[c] === 1)
                throw UNSUPPORTED;
            const colon = this.findKeyColon(p);
            if (colon - p > MAX_KEY_LENGTH)
                throw UNSUPPORTED;
            end = colon;
            while (src.charCodeAt(end - 1) === SPACE)
                end--;
            const text = src.slice(p, end);
            this.afterColon = colon + 1;
            if (text === '<<')
                return MERGE;
            value = resolvePlain(text);
        }
        if (!this.isSeparated(this.afterColon))
            throw UNSUPPORTED;
        this.count(depth);
        return new OffsetScalar(value === null ? 'null' : String(value), p, end, this.lines);
    }
    /** The `:` ending a plain block key that starts at `p`. */
    findKeyColon(p) {
        const src = this.src;
        const lineEnd = this.contentEnd(p);
        for (let i = p; i < lineEnd; i++) {
            const c = src.charCodeAt(i);
            if (c === COLON) {
                const n = src.charCodeAt(i + 1);
                if (i + 1 === lineEnd || n === SPACE)
                    return i;
            }
            else if (c === HASH && src.charCodeAt(i - 1) === SPACE) {
                break;
            }
        }
        throw UNSUPPORTED;
    }
    /**
     * The value after a mapping's `:` or a sequence's `-` (at `p`, on the same line). `indent` is
     * the column of the collection it belongs to. Leaves `line` at the next content line.
     */
    parseValue(p, indent, depth, inSeq) {
        const src = this.src;
        const r = this.skipSpaces(p);
        const c = src.charCodeAt(r);
        if (this.atLineEnd(r)) {
            this.takeComment(r);
            return this.parseValueBelow(r, indent, depth, inSeq);
        }
        if (c === 0x26 /* & */) {
            const nameEnd = this.tokenEnd(r + 1);
            const rest = this.skipSpaces(nameEnd);
            if (rest === nameEnd && !this.atLineEnd(rest))
                throw UNSUPPORTED;
            return this.anchored(src.slice(r + 1, nameEnd), () => {
                if (this.atLineEnd(rest)) {
                    this.takeComment(rest);
                    const node = this.parseValueBelow(rest, indent, depth, inSeq);
                    if (node.kind === 'scalar')
                        throw UNSUPPORTED; // an anchored empty value
                    return node;
                }
                const next = src.charCodeAt(rest);
                // An anchor before a compact mapping's key anchors the key, not the mapping.
                if (next === 0x26 || next === 0x2a /* * */)
                    throw UNSUPPORTED;
                const node = this.parseInlineValue(rest, indent, depth, inSeq);
                if (node.kind === 'map' && next !== 0x7b /* { */)
                    throw UNSUPPORTED;
                return node;
            });
        }
        if (c === 0x2a /* * */) {
            const node = this.parseAlias(r, depth);
            this.endLine(this.writtenEnd, indent);
            return node;
        }
        return this.parseInlineValue(r, indent, depth, inSeq);
    }
    /**
     * Parses a value with `parse` under the anchor `name`. Until it is done, an alias to the name
     * would be an alias to itself, which `yaml` reports.
     */
    anchored(name, parse) {
        if (name === '')
            throw UNSUPPORTED;
        this.anchors.set(name, IN_PROGRESS);
        const before = this.nodes;
        const node = parse();
        this.anchors.set(name, { node, size: this.nodes - before, height: this.height });
        return node;
    }
    /** An alias at `p`: the anchored node itself, shared. Sets `writtenEnd` to the alias's end. */
    parseAlias(p, depth) {
        const nameEnd = this.tokenEnd(p + 1);
        const anchor = this.anchors.get(this.src.slice(p + 1, nameEnd));
        if (!anchor || anchor === IN_PROGRESS)
            throw UNSUPPORTED;
        // `convertDocument` expands an alias into a copy of its target: count what the copy holds.
        this.count(depth);
        this.nodes += anchor.size;
        if (this.nodes > this.limits.maxNodes || depth + anchor.height > this.limits.maxDepth) {
            throw UNSUPPORTED;
        }
        this.height = anchor.height;
        this.writtenEnd = nameEnd;
        return anchor.node;
    }
    /** A value that starts on the line of its key or dash, at `r` (not an anchor or alias). */
    parseInlineValue(r, indent, depth, inSeq) {
        const src = this.src;
        const c = src.charCodeAt(r);
        this.height = 0;
        if (c === 0x7c /* | */ || c === 0x3e /* > */)
            return this.parseBlockScalar(r, indent, depth);
        if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
            const node = this.parseFlow(r, indent, depth);
            this.endLine(this.writtenEnd, indent);
            return node;
        }
        if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
            const quoted = this.parseQuoted(r);
            if (src.charCodeAt(quoted.end) === COLON && this.isSeparated(quoted.end + 1)) {
                if (!inSeq)
                    throw UNSUPPORTED;
                return this.parseBlockMap(r, r - this.lineStartOf(r), depth);
            }
            this.count(depth);
            const node = new OffsetScalar(quoted.value, r, quoted.end, this.lines);
            this.endLine(quoted.end, indent);
            this.writtenEnd = quoted.end;
            return node;
        }
        if (STARTS_SPECIAL[c] === 1 && !this.isPlainDash(r))
            throw UNSUPPORTED;
        // A plain scalar, or in a sequence entry a compact mapping (`- key: value`).
        const lineEnd = this.contentEnd(r);
        let end = lineEnd;
        for (let i = r; i < lineEnd; i++) {
            const ch = src.charCodeAt(i);
            if (ch === COLON) {
                if (i + 1 === lineEnd || src.charCodeAt(i + 1) === SPACE) {
                    if (!inSeq)
                        throw UNSUPPORTED;
                    return this.parseBlockMap(r, r - this.lineStartOf(r), depth);
                }
            }
            else if (ch === HASH && src.charCodeAt(i - 1) === SPACE) {
                end = i;
                break;
            }
        }
        while (src.charCodeAt(end - 1) === SPACE)
            end--;
        this.count(depth);
        const node = new OffsetScalar(resolvePlain(src.slice(r, end)), r, end, this.lines);
        this.endLine(end, indent);
        this.writtenEnd = end;
        return node;
    }
    /**
     * The value of a key or dash with nothing after it on its line: a block collection on the
     * lines below, or an empty value (null at `r`, where the line's text ends).
     */
    parseValueBelow(r, indent, depth, inSeq) {
        const next = this.skipToContent(this.nextLine(r));
        if (next !== -1) {
            const nextIndent = this.indentAt(next);
            if (nextIndent > indent) {
                const p = next + nextIndent;
                const c = this.src.charCodeAt(p);
                if (c === 0x26 /* & */)
                    return this.parseAnchorLine(p, indent, depth);
                if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
                    // A flow collection on the lines below its key, as healthcheck tests often are.
                    const node = this.parseFlow(p, indent, depth);
                    this.endLine(this.writtenEnd, indent);
                    return node;
                }
                // A scalar on its own line below its key is not a key: `parseKey` gives up on it.
                return this.parseBlockCollection(next, nextIndent, depth);
            }
            // `key:` followed by a sequence in the key's own column.
            if (nextIndent === indent && !inSeq && this.isSeqEntry(next + nextIndent)) {
                return this.parseBlockSeq(next, nextIndent, depth);
            }
        }
        this.line = next;
        this.count(depth);
        this.height = 0;
        this.writtenEnd = r;
        return new OffsetScalar(null, r, r, this.lines);
    }
    /** `&name` alone on the line at `p`, anchoring the block collection on the lines below. */
    parseAnchorLine(p, indent, depth) {
        const nameEnd = this.tokenEnd(p + 1);
        const rest = this.skipSpaces(nameEnd);
        if (!this.atLineEnd(rest) || (rest === nameEnd && this.src.charCodeAt(rest) === HASH)) {
            throw UNSUPPORTED;
        }
        this.takeComment(rest);
        return this.anchored(this.src.slice(p + 1, nameEnd), () => {
            const next = this.skipToContent(this.nextLine(rest));
            if (next === -1 || this.indentAt(next) <= indent)
                throw UNSUPPORTED;
            return this.parseBlockCollection(next, this.indentAt(next), depth);
        });
    }
    // ---- scalars ----------------------------------------------------------------------------
    /** A single- or double-quoted scalar on one line, starting at `p`. */
    parseQuoted(p) {
        const src = this.src;
        const quote = src.charCodeAt(p);
        const lineEnd = this.contentEnd(p);
        let value = '';
        let from = p + 1;
        for (let i = p + 1; i < lineEnd; i++) {
            const c = src.charCodeAt(i);
            if (c === quote) {
                if (quote === 0x27 && src.charCodeAt(i + 1) === 0x27) {
                    value += src.slice(from, i + 1);
                    from = ++i + 1;
                    continue;
                }
                return { value: value + src.slice(from, i), end: i + 1 };
            }
            if (c === 0x5c /* \ */ && quote === 0x22) {
                const escape = DOUBLE_QUOTE_ESCAPES[src[i + 1] ?? ''];
                let decoded;
                let length = 2;
                if (escape !== undefined) {
                    decoded = escape;
                }
                else {
                    const digits = HEX_ESCAPE_LENGTH[src[i + 1] ?? ''];
                    if (digits === undefined)
                        throw UNSUPPORTED;
                    const hex = src.slice(i + 2, i + 2 + digits);
                    if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex))
                        throw UNSUPPORTED;
                    const code = parseInt(hex, 16);
                    if (code > 0x10ffff)
                        throw UNSUPPORTED;
                    decoded = String.fromCodePoint(code);
                    length = 2 + digits;
                }
                value += src.slice(from, i) + decoded;
                i += length - 1;
                from = i + 1;
            }
        }
        throw UNSUPPORTED; // multi-line or unterminated
    }
    /** A `|` or `>` block scalar whose header starts at `p`; `indent` is its parent's column. */
    parseBlockScalar(p, indent, depth) {
        const src = this.src;
        const literal = src.charCodeAt(p) === 0x7c;
        let q = p + 1;
        const chomp = src[q] === '-' ? 'strip' : src[q] === '+' ? 'keep' : 'clip';
        if (chomp !== 'clip')
            q++;
        const afterHeader = this.skipSpaces(q);
        if (!this.atLineEnd(afterHeader) || (afterHeader === q && src.charCodeAt(q) === HASH)) {
            throw UNSUPPORTED; // an indentation indicator, or text after the header
        }
        this.takeComment(afterHeader);
        // Lines of the scalar: empty ones, then lines indented at least as much as the first
        // non-empty one, which sets the scalar's indentation.
        let contentIndent = -1;
        const lines = [];
        let leadingEmpty = 0;
        let trailingEmpty = 0;
        let lastContentEnd = -1;
        let moreIndented = false;
        let lineStart = this.nextLine(afterHeader);
        for (; lineStart !== -1; lineStart = this.nextLine(lineStart)) {
            const spaces = this.indentAt(lineStart);
            const end = this.contentEnd(lineStart);
            const empty = lineStart + spaces === end;
            if (empty) {
                if (contentIndent === -1) {
                    leadingEmpty++;
                    if (spaces > indent + 1)
                        throw UNSUPPORTED; // may set or break the indentation
                }
                else {
                    if (spaces > contentIndent)
                        throw UNSUPPORTED; // a line of spaces is content
                    trailingEmpty++;
                }
                continue;
            }
            if (contentIndent === -1) {
                if (spaces <= indent)
                    break; // an empty scalar
                contentIndent = spaces;
            }
            else if (spaces < contentIndent) {
                break;
            }
            if (spaces > contentIndent)
                moreIndented = true;
            for (let i = 0; i < trailingEmpty; i++)
                lines.push('');
            trailingEmpty = 0;
            lines.push(src.slice(lineStart + contentIndent, end));
            lastContentEnd = end;
        }
        if (contentIndent === -1 || (moreIndented && !literal))
            throw UNSUPPORTED;
        let body = '\n'.repeat(leadingEmpty);
        if (literal)
            body += lines.join('\n');
        else
            body += foldLines(lines);
        const finalBreak = src.charCodeAt(lastContentEnd) === CR ? lastContentEnd + 2 : lastContentEnd + 1;
        let end = Math.min(finalBreak, src.length);
        let value;
        if (chomp === 'strip')
            value = body;
        else if (chomp === 'clip')
            value = body + '\n';
        else {
            value = body + '\n' + '\n'.repeat(trailingEmpty);
            if (trailingEmpty > 0)
                end = lineStart === -1 ? src.length : lineStart;
            if (trailingEmpty > 0 && lineStart === -1 && !src.endsWith('\n'))
                throw UNSUPPORTED;
        }
        this.count(depth);
        const next = this.skipToContent(lineStart);
        if (next !== -1 && this.indentAt(next) > indent)
            throw UNSUPPORTED;
        this.line = next;
        this.height = 0;
        this.writtenEnd = end;
        return new OffsetScalar(value, p, end, this.lines);
    }
    // ---- flow collections ------------------------------------------------------------------
    /**
     * `[...]` or `{...}` starting at `p`, in a block collection indented `indent` (its lines
     * below the first must be indented deeper, but for one that closes a collection). Sets
     * `writtenEnd`.
     */
    parseFlow(p, indent, depth) {
        this.count(depth);
        const src = this.src;
        const isSeq = src.charCodeAt(p) === 0x5b;
        const close = isSeq ? 0x5d : 0x7d;
        const items = [];
        const entries = new Map();
        let height = 0;
        let i = this.skipFlowSpace(p + 1, indent);
        for (;;) {
            if (src.charCodeAt(i) === close)
                break;
            if (isSeq) {
                items.push(this.parseFlowNode(i, indent, depth + 1));
            }
            else {
                const quotedKey = src.charCodeAt(i) === 0x22 || src.charCodeAt(i) === 0x27;
                const key = this.parseFlowNode(i, indent, depth + 1);
                if (!(key instanceof OffsetScalar) ||
                    this.flowScalarWasPlainMerge ||
                    src.charCodeAt(i) === 0x2a) {
                    throw UNSUPPORTED; // a collection, an alias or `<<` as a key
                }
                if (this.writtenEnd - key.from > MAX_KEY_LENGTH)
                    throw UNSUPPORTED;
                i = this.skipFlowSpace(this.writtenEnd, indent);
                // `"key":value` (JSON style) needs no space after the colon; a plain key does.
                if (src.charCodeAt(i) !== COLON || (!quotedKey && src.charCodeAt(i + 1) !== SPACE)) {
                    throw UNSUPPORTED;
                }
                const name = key.value === null ? 'null' : String(key.value);
                if (entries.has(name))
                    throw UNSUPPORTED;
                const value = this.parseFlowNode(this.skipFlowSpace(i + 1, indent), indent, depth + 1);
                entries.set(name, { key: new OffsetScalar(name, key.from, key.to, this.lines), value });
            }
            height = Math.max(height, this.height + 1);
            i = this.skipFlowSpace(this.writtenEnd, indent);
            const c = src.charCodeAt(i);
            if (c === 0x2c /* , */)
                i = this.skipFlowSpace(i + 1, indent);
            else if (c !== close)
                throw UNSUPPORTED;
        }
        const end = i + 1;
        this.height = items.length + entries.size === 0 ? 0 : height;
        this.writtenEnd = end;
        return isSeq
            ? new OffsetSeq(items, p, end, this.lines)
            : new OffsetMap(entries, p, end, this.lines);
    }
    flowScalarWasPlainMerge = false;
    /** One item of a flow collection at `p` (see `parseFlow`). Sets `writtenEnd` to its end. */
    parseFlowNode(p, indent, depth) {
        const src = this.src;
        const c = src.charCodeAt(p);
        this.height = 0;
        this.flowScalarWasPlainMerge = false;
        if (c === 0x5b || c === 0x7b)
            return this.parseFlow(p, indent, depth);
        if (c === 0x2a /* * */)
            return this.parseAlias(p, depth);
        this.count(depth);
        if (c === 0x22 || c === 0x27) {
            const quoted = this.parseQuoted(p);
            this.writtenEnd = quoted.end;
            return new OffsetScalar(quoted.value, p, quoted.end, this.lines);
        }
        if (STARTS_SPECIAL[c] === 1 && !this.isPlainDash(p))
            throw UNSUPPORTED;
        const lineEnd = this.contentEnd(p);
        let end = p;
        for (; end < lineEnd; end++) {
            const ch = src.charCodeAt(end);
            if (ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d)
                break;
            if (ch === COLON) {
                const n = src.charCodeAt(end + 1);
                if (n === SPACE || n === 0x2c || n === 0x5d || n === 0x7d || end + 1 === lineEnd)
                    break;
            }
            if (ch === HASH && src.charCodeAt(end - 1) === SPACE)
                throw UNSUPPORTED;
        }
        if (end === lineEnd) {
            // A plain scalar ends with its line only where what follows closes it: other text on the
            // next line would continue it (a multi-line scalar).
            const next = src.charCodeAt(this.skipFlowSpace(lineEnd, indent));
            if (next !== 0x2c && next !== 0x5d && next !== 0x7d)
                throw UNSUPPORTED;
        }
        while (src.charCodeAt(end - 1) === SPACE)
            end--;
        const text = src.slice(p, end);
        this.flowScalarWasPlainMerge = text === '<<';
        this.writtenEnd = end;
        return new OffsetScalar(resolvePlain(text), p, end, this.lines);
    }
    /**
     * In a flow collection of a block collection indented `indent`: skips spaces, line breaks and
     * comments (kept). A line below must be indented deeper than `indent`, as `yaml` requires, but
     * for one that starts by closing a collection.
     */
    skipFlowSpace(p, indent) {
        const src = this.src;
        for (;;) {
            p = this.skipSpaces(p);
            const c = src.charCodeAt(p);
            if (c === HASH) {
                const before = src.charCodeAt(p - 1);
                if (before !== SPACE && before !== NEWLINE)
                    throw UNSUPPORTED;
                this.takeComment(p);
                p = this.contentEnd(p);
            }
            else if (c === NEWLINE || (c === CR && src.charCodeAt(p + 1) === NEWLINE)) {
                const next = this.nextLine(p);
                if (next === -1)
                    throw UNSUPPORTED; // never closed
                const first = this.skipSpaces(next);
                const column = first - next;
                if (!this.atLineEnd(first) || src.charCodeAt(first) === HASH) {
                    const f = src.charCodeAt(first);
                    const closes = f === 0x5d || f === 0x7d;
                    if (column < indent || (column === indent && !closes))
                        throw UNSUPPORTED;
                }
                p = next;
            }
            else {
                return p;
            }
        }
    }
    // ---- lines ------------------------------------------------------------------------------
    /**
     * After a value that ended at `end` on its line: the rest of the line must be blank or a
     * comment, and the next content line must not be indented deeper than `indent` (that would
     * continue a multi-line scalar). Sets `line` to the next content line.
     */
    endLine(end, indent) {
        const r = this.skipSpaces(end);
        if (!this.atLineEnd(r) || (r === end && this.src.charCodeAt(r) === HASH))
            throw UNSUPPORTED;
        this.takeComment(r);
        const next = this.skipToContent(this.nextLine(r));
        if (next !== -1 && this.indentAt(next) > indent)
            throw UNSUPPORTED;
        this.line = next;
    }
    /**
     * From the line starting at `lineStart`, skips blank and comment lines (keeping the
     * comments) and returns the start of the first line with content, or -1 at the end.
     * Gives up at a line that starts a new document or a directive.
     */
    skipToContent(lineStart, atDocumentStart = false) {
        const src = this.src;
        for (let s = lineStart; s !== -1; s = this.nextLine(s)) {
            const p = this.skipSpaces(s);
            if (this.atLineEnd(p)) {
                this.takeComment(p);
                continue;
            }
            if (p === s) {
                const c = src.charCodeAt(s);
                if (c === 0x25 /* % */)
                    throw UNSUPPORTED;
                if ((c === DASH || c === 0x2e) && (src.startsWith('---', s) || src.startsWith('...', s))) {
                    const n = src.charCodeAt(s + 3);
                    if (s + 3 >= src.length || n === SPACE || n === NEWLINE || n === CR) {
                        if (atDocumentStart && c === DASH)
                            return s; // handled by the caller
                        throw UNSUPPORTED;
                    }
                }
            }
            return s;
        }
        return -1;
    }
    /** Records the comment at `p` if there is one (`p` is at a `#` or at the line's end). */
    takeComment(p) {
        if (this.src.charCodeAt(p) !== HASH)
            return;
        const end = this.contentEnd(p);
        const span = this.lines.span(p, end);
        this.comments.set(span.startLine, { text: this.src.slice(p + 1, end).trim(), span });
    }
    /** Whether only spaces and maybe a comment follow `after` on its line. */
    isLineRestEmpty(after) {
        const r = this.skipSpaces(after);
        if (!this.atLineEnd(r) || (r === after && this.src.charCodeAt(r) === HASH))
            return false;
        this.takeComment(r);
        return true;
    }
    /** Whether `p` (after spaces) is at the end of the line's text or at a comment. */
    atLineEnd(p) {
        const c = this.src.charCodeAt(p);
        return (p >= this.src.length ||
            c === NEWLINE ||
            c === HASH ||
            (c === CR && this.src.charCodeAt(p + 1) === NEWLINE));
    }
    /** Whether a `:` just before `p` is followed by a space or the line's end. */
    isSeparated(p) {
        const c = this.src.charCodeAt(p);
        return (p >= this.src.length ||
            c === SPACE ||
            c === NEWLINE ||
            (c === CR && this.src.charCodeAt(p + 1) === NEWLINE));
    }
    skipSpaces(p) {
        while (this.src.charCodeAt(p) === SPACE)
            p++;
        return p;
    }
    /**
     * End of an anchor or alias name: the next space, line end or flow indicator (which YAML
     * does not allow in names, so the name ends there in a flow collection).
     */
    tokenEnd(p) {
        const src = this.src;
        let i = p;
        for (; i < src.length; i++) {
            const c = src.charCodeAt(i);
            if (c === SPACE || c === NEWLINE || c === CR)
                break;
            if (c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d)
                break;
        }
        return i;
    }
    indentAt(lineStart) {
        return this.skipSpaces(lineStart) - lineStart;
    }
    /** Offset of the line break ending the line that holds `p` (before `\r\n`), or the end. */
    contentEnd(p) {
        const nl = this.src.indexOf('\n', p);
        if (nl === -1)
            return this.src.length;
        return this.src.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
    }
    /** Start of the line after the one holding `p`, or -1. */
    nextLine(p) {
        const nl = this.src.indexOf('\n', p);
        return nl === -1 || nl + 1 > this.src.length ? -1 : nl + 1 === this.src.length ? -1 : nl + 1;
    }
    lineStartOf(p) {
        return this.src.lastIndexOf('\n', p - 1) + 1;
    }
    /** Counts a node as `convertDocument` does and enforces its limits. */
    count(depth) {
        if (++this.nodes > this.limits.maxNodes || depth > this.limits.maxDepth)
            throw UNSUPPORTED;
    }
}
/**
 * The line starts of one file, shared by all its nodes. Nodes keep offsets and make their span
 * when asked: most nodes of a file are never reported, and a span made for every node (then
 * three objects: span, start, end) was most of a parsed file's memory and of the garbage
 * collector's work.
 */
class LineIndex {
    file;
    starts;
    hint = 0;
    constructor(file, starts) {
        this.file = file;
        this.starts = starts;
    }
    /** Lines and columns are 1-based; columns count UTF-16 units, as offsets do. */
    span(start, end) {
        const starts = this.starts;
        const first = this.lineIndex(start);
        const last = this.lineIndex(end);
        return spanOf(this.file, first + 1, start - starts[first] + 1, last + 1, end - starts[last] + 1);
    }
    /** The 0-based index of the line an offset is on. */
    lineIndex(offset) {
        const starts = this.starts;
        let i = this.hint;
        if (!(starts[i] <= offset && (i + 1 === starts.length || offset < starts[i + 1]))) {
            let low = 0;
            let high = starts.length - 1;
            while (low < high) {
                const mid = (low + high + 1) >> 1;
                if (starts[mid] <= offset)
                    low = mid;
                else
                    high = mid - 1;
            }
            i = low;
            this.hint = i;
        }
        return i;
    }
}
/**
 * A node whose span is made from its offsets when first read, then kept: a node merged into
 * several services (`<<: *defaults`) gives each of them the same span object, not one apiece.
 */
class OffsetNode {
    from;
    to;
    lines;
    #span;
    constructor(from, to, lines) {
        this.from = from;
        this.to = to;
        this.lines = lines;
    }
    get span() {
        return (this.#span ??= this.lines.span(this.from, this.to));
    }
}
class OffsetScalar extends OffsetNode {
    value;
    kind = 'scalar';
    constructor(value, from, to, lines) {
        super(from, to, lines);
        this.value = value;
    }
}
class OffsetMap extends OffsetNode {
    entries;
    kind = 'map';
    constructor(entries, from, to, lines) {
        super(from, to, lines);
        this.entries = entries;
    }
}
class OffsetSeq extends OffsetNode {
    items;
    kind = 'seq';
    constructor(items, from, to, lines) {
        super(from, to, lines);
        this.items = items;
    }
}
/** YAML allows implicit keys of at most 1024 characters; `yaml` reports longer ones. */
const MAX_KEY_LENGTH = 1000;
const MERGE = Symbol('<<');
/** `<<` merge keys: explicit keys win; among merged mappings, the first listed wins. */
function mergeInto(entries, merges) {
    for (const merged of merges) {
        const sources = merged.kind === 'seq' ? merged.items : [merged];
        for (const source of sources) {
            if (source.kind !== 'map')
                throw UNSUPPORTED; // `yaml`'s path reports it
            for (const [key, pair] of source.entries)
                if (!entries.has(key))
                    entries.set(key, pair);
        }
    }
}
/**
 * Characters a plain scalar may not start with here: YAML's indicators (`-`, `?` and `:` only
 * when a space follows, but they are rare enough to leave to `yaml`), and the line's end.
 */
const STARTS_SPECIAL = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`')
    STARTS_SPECIAL[c.charCodeAt(0)] = 1;
STARTS_SPECIAL[NEWLINE] = 1;
STARTS_SPECIAL[CR] = 1;
STARTS_SPECIAL[SPACE] = 1;
const DOUBLE_QUOTE_ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029'
};
const HEX_ESCAPE_LENGTH = { x: 2, u: 4, U: 8 };
/** Folds the lines of a `>` scalar: a single break becomes a space, empty lines stay breaks. */
function foldLines(lines) {
    let out = '';
    let pendingEmpty = 0;
    let started = false;
    for (const line of lines) {
        if (line === '') {
            pendingEmpty++;
            continue;
        }
        if (started)
            out += pendingEmpty > 0 ? '\n'.repeat(pendingEmpty) : ' ';
        out += line;
        pendingEmpty = 0;
        started = true;
    }
    return out;
}
/** A plain scalar's value under YAML 1.2's core schema, as `yaml` resolves it. */
function resolvePlain(text) {
    const c = text.charCodeAt(0);
    // Only these can start a null, a boolean or a number; everything else is a string.
    if (!(c <= 0x39 /* 9 */ ||
        c === 0x7e ||
        c === 0x6e ||
        c === 0x4e ||
        c === 0x74 ||
        c === 0x54 ||
        c === 0x66 ||
        c === 0x46)) {
        return text;
    }
    if (/^(?:~|[Nn]ull|NULL)?$/.test(text))
        return null;
    if (/^(?:[Tt]rue|TRUE)$/.test(text))
        return true;
    if (/^(?:[Ff]alse|FALSE)$/.test(text))
        return false;
    if (/^0o[0-7]+$/.test(text))
        return parseInt(text.substring(2), 8);
    if (/^[-+]?[0-9]+$/.test(text))
        return parseInt(text, 10);
    if (/^0x[0-9a-fA-F]+$/.test(text))
        return parseInt(text.substring(2), 16);
    if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
        return text.slice(-3).toLowerCase() === 'nan'
            ? NaN
            : text[0] === '-'
                ? Number.NEGATIVE_INFINITY
                : Number.POSITIVE_INFINITY;
    }
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text))
        return parseFloat(text);
    return text;
}

;// CONCATENATED MODULE: ./src/load/parse-yaml.ts
/**
 * Parses a file's text once into the position-carrying tree every other stage reads. Most
 * compose files are read by the fast parser of `parse-block-yaml.ts`; a file it does not take
 * goes through `yaml` (`parseAllDocuments` with a `LineCounter`), whose errors become
 * diagnostics with spans.
 */



/** Parses `text` as YAML. Never throws on bad input. */
function parseYamlFile(path, text, limits = {}) {
    // A BOM is not part of the content: drop it so columns on line 1 count as an editor shows them.
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const fast = parseBlockYaml(path, source, treeLimits(source, limits));
    if (fast)
        return { path, root: fast.root, diagnostics: [], comments: fast.comments };
    return parseWithYamlLibrary(path, source, limits);
}
/**
 * Parses `source` (without a BOM) with `yaml`: any YAML, and the diagnostics for broken files.
 * `parseYamlFile` comes here for what the fast parser does not take; tests compare the two.
 */
function parseWithYamlLibrary(path, source, limits = {}) {
    const lineCounter = new dist/* LineCounter */.HN();
    const makeSpan = spanMaker(path, lineCounter);
    const diagnostics = [];
    const comments = new Map();
    // Lexer, Parser then Composer is what `parseAllDocuments` does; driving them by hand bounds
    // the nesting and hands over every comment lexeme, where inline suppressions live.
    const maxDepth = limits.maxDepth ?? DEFAULT_TREE_LIMITS.maxDepth;
    const tokens = parseTokens(source, lineCounter, maxDepth, (offset, lexeme) => {
        comments.set(lineCounter.linePos(offset).line, {
            text: lexeme.slice(1).trim(),
            span: makeSpan(offset, offset + lexeme.length)
        });
    });
    if (!Array.isArray(tokens)) {
        diagnostics.push({
            code: 'nesting-limit',
            severity: 'error',
            message: `values are nested more than ${maxDepth} levels deep; the file was not analysed`,
            span: makeSpan(tokens.offset, tokens.offset + 1)
        });
        return { path, root: undefined, diagnostics, comments };
    }
    const composer = new dist/* Composer */.Dk({ merge: true, uniqueKeys: true, strict: true });
    const list = Array.from(composer.compose(tokens));
    if (list.length > 1) {
        const second = list[1];
        const at = second?.range?.[0] ?? 0;
        diagnostics.push({
            code: 'multiple-documents',
            severity: 'error',
            message: `the file holds ${list.length} YAML documents; compose reads exactly one. Split it into separate files`,
            span: makeSpan(at, at)
        });
    }
    const doc = list[0];
    if (!doc)
        return { path, root: undefined, diagnostics, comments };
    for (const error of doc.errors) {
        const code = error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
        diagnostics.push({
            code,
            severity: 'error',
            message: firstLine(error.message),
            span: makeSpan(error.pos[0], error.pos[1])
        });
    }
    if (doc.errors.length > 0)
        return { path, root: undefined, diagnostics, comments };
    try {
        const root = convertDocument(doc, path, lineCounter, treeLimits(source, limits));
        return { path, root, diagnostics, comments };
    }
    catch (e) {
        if (e instanceof TreeLimitError) {
            diagnostics.push({
                code: e.code,
                severity: 'error',
                message: e.message,
                span: makeSpan(e.range[0], e.range[1])
            });
            return { path, root: undefined, diagnostics, comments };
        }
        if (e instanceof RangeError) {
            // Call stack exhausted by nesting the YAML parser accepted.
            diagnostics.push({
                code: 'nesting-limit',
                severity: 'error',
                message: 'the file is nested too deeply to analyse',
                span: makeSpan(0, 0)
            });
            return { path, root: undefined, diagnostics, comments };
        }
        throw e;
    }
}
/**
 * `Parser.parse`, driven one lexeme at a time so that nesting is bounded while the CST is built:
 * the composer recurses once per level (a few thousand `[` exhaust the call stack) and the CST of
 * a 2 MB file of `[` takes a gigabyte. The parser's stack holds about one entry per level of
 * nesting, so passing `maxDepth` (plus room for the document) means the tree would be refused
 * anyway. Returns the offset of the token it stopped at when it did. Every comment lexeme goes
 * to `onComment`.
 */
function parseTokens(source, lineCounter, maxDepth, onComment) {
    const parser = new dist/* Parser */.iX(lineCounter.addNewLine);
    const maxStack = maxDepth + 8;
    const tokens = [];
    lineCounter.addNewLine(0);
    let afterScalarMarker = false;
    for (const lexeme of new dist/* Lexer */.JG().lex(source)) {
        const offset = parser.offset;
        // The lexeme after the scalar marker (\x1f) is a scalar's text, which may start with `#`
        // in a block scalar; any other lexeme starting with `#` is a comment.
        if (lexeme.charCodeAt(0) === 0x23 /* # */ && !afterScalarMarker)
            onComment(offset, lexeme);
        afterScalarMarker = lexeme === '\x1f';
        for (const token of parser.next(lexeme))
            tokens.push(token);
        if (parser.stack.length > maxStack)
            return { offset };
    }
    for (const token of parser.end())
        tokens.push(token);
    return tokens;
}
/** The limits of the tree of `source`: the given ones over the defaults. */
function treeLimits(source, limits) {
    // Written out, a node takes at least two bytes, so a tree far larger than the text comes
    // from aliases: the budget grows with the file and stops "billion laughs" in milliseconds.
    const maxNodes = limits.maxNodes ?? Math.max(100_000, source.length);
    return { ...DEFAULT_TREE_LIMITS, ...limits, maxNodes };
}
/** yaml's messages end with "at line L, column C:" and a code excerpt; the span says that. */
function firstLine(message) {
    const line = message.split('\n')[0] ?? message;
    return line.replace(/ at line \d+, column \d+:?$/, '');
}

;// CONCATENATED MODULE: ./src/load/file-cache.ts
/**
 * Reads each file at most once per scan, and parses it. Discovery's shape check, project
 * planning and the loader (including `extends: file:` and `include` targets) all go through it.
 *
 * A parsed tree takes many times the memory of its text, so the scan does not keep them all:
 * it lets a file's tree go once it has been outlined, and again once its project has loaded
 * (`releaseTrees`). The text stays, so a released file is parsed again, not read again: what
 * the loader sees is what discovery saw, even if the file changes on disk meanwhile.
 */




const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
class ParsedFileCache {
    options;
    parsed = new Map();
    /** The text of every file read as YAML, to parse again once its tree was let go. */
    sources = new Map();
    /** Files whose tree was let go: what their parse gave, without the tree. */
    released = new Map();
    /** Files whose tree is held, to let go of by `releaseTrees`. */
    holding = new Set();
    texts = new Map();
    realBase;
    parsing = 0;
    constructor(options) {
        this.options = options;
    }
    /** The POSIX path of an absolute path relative to the base directory. */
    relative(absolutePath) {
        const rel = external_node_path_default().relative(this.options.baseDir, absolutePath);
        return (rel === '' ? '.' : rel).split((external_node_path_default()).sep).join('/');
    }
    /** The absolute path of a path relative to the base directory. */
    absolute(relativePath) {
        return external_node_path_default().resolve(this.options.baseDir, relativePath);
    }
    /** Milliseconds spent parsing so far (reading aside): the scan's stage times count it apart. */
    get parseMs() {
        return this.parsing;
    }
    /** Whether a file exists (a relative path, from the base directory). */
    exists(relativePath) {
        try {
            return (0,external_node_fs_namespaceObject.statSync)(this.absolute(relativePath)).isFile();
        }
        catch {
            return false;
        }
    }
    /**
     * The parsed file at `relativePath`. Reading problems (missing, unreadable, too large, not
     * UTF-8 text) come back as a `ParsedFile` without a root and with a diagnostic.
     */
    get(relativePath) {
        const cached = this.parsed.get(relativePath);
        if (cached)
            return cached;
        const text = this.sources.get(relativePath) ?? this.readText(relativePath);
        let result;
        if (typeof text === 'string') {
            const started = performance.now();
            result = parseYamlFile(relativePath, text, this.options.treeLimits);
            this.parsing += performance.now() - started;
            if (result.root) {
                this.sources.set(relativePath, text);
                this.holding.add(relativePath);
                this.released.delete(relativePath);
            }
        }
        else {
            result = {
                path: relativePath,
                root: undefined,
                diagnostics: [text],
                comments: new Map()
            };
        }
        this.parsed.set(relativePath, result);
        return result;
    }
    /**
     * The file's comments and diagnostics, for what reads nothing else (inline suppressions): a
     * released file comes back without its tree (`root` undefined) rather than parsed again.
     */
    getWithoutTree(relativePath) {
        return this.released.get(relativePath) ?? this.get(relativePath);
    }
    /**
     * Lets go of the file's tree: `get` parses it again from its text; `getWithoutTree` gives
     * what its parse reported.
     */
    releaseTree(relativePath) {
        const parsed = this.parsed.get(relativePath);
        this.holding.delete(relativePath);
        if (!parsed?.root)
            return;
        this.parsed.delete(relativePath);
        this.released.set(relativePath, { ...parsed, root: undefined });
    }
    /** Lets go of every tree held but those of `keep` (`releaseTree`). */
    releaseTrees(keep = []) {
        for (const file of [...this.holding])
            if (!keep.includes(file))
                this.releaseTree(file);
    }
    /** Raw text of a non-YAML file (an env file), or undefined when it cannot be read. */
    readRaw(relativePath) {
        if (this.texts.has(relativePath))
            return this.texts.get(relativePath);
        const text = this.readText(relativePath);
        const value = typeof text === 'string' ? text : undefined;
        this.texts.set(relativePath, value);
        return value;
    }
    readText(relativePath) {
        const abs = this.absolute(relativePath);
        const span = fileSpan(relativePath);
        const limit = this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
        const unreadable = (message) => ({
            code: 'file-unreadable',
            severity: 'error',
            message,
            span
        });
        let fd;
        try {
            const outside = this.linkTargetOutsideBase(relativePath, abs);
            if (outside !== undefined) {
                return unreadable(`the file is a symbolic link to \`${outside}\`, outside the scanned folder; it was not read`);
            }
            // Non-blocking: opening a FIFO a pull request put in place of a file must not hang the scan.
            fd = (0,external_node_fs_namespaceObject.openSync)(abs, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
            const stats = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (!stats.isFile()) {
                return unreadable('the path is not a regular file (a folder, a device or a pipe); it was not read');
            }
            if (stats.size > limit)
                return tooLarge(`is ${formatBytes(stats.size)}, over`, limit, span);
            const bytes = readAtMost(fd, stats.size, limit + 1);
            // The file grew between the size check and the read.
            if (bytes.length > limit)
                return tooLarge('grew over', limit, span);
            if (bytes.includes(0))
                return unreadable('the file holds NUL bytes: it is not a text file');
            return UTF8.decode(bytes);
        }
        catch (e) {
            const err = e;
            const reason = err.code === 'ENOENT'
                ? 'the file does not exist (it may have been removed during the scan)'
                : err.code === 'EACCES' || err.code === 'EPERM'
                    ? 'permission denied'
                    : err.code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
                        ? 'the file is not valid UTF-8 text'
                        : (err.message ?? String(e));
            return unreadable(`could not read the file: ${reason}`);
        }
        finally {
            if (fd !== undefined)
                (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    /**
     * For a path inside the base directory, the real path of its target when a symbolic link leads
     * out of the base directory (a `.env` linked to `/proc/self/environ` would leak the runner's
     * secrets into the report); undefined otherwise. Paths given outside the base are the user's.
     */
    linkTargetOutsideBase(relativePath, abs) {
        if (relativePath === '..' || relativePath.startsWith('../') || external_node_path_default().isAbsolute(relativePath)) {
            return undefined;
        }
        this.realBase ??= external_node_fs_namespaceObject.realpathSync.native(this.options.baseDir);
        const real = external_node_fs_namespaceObject.realpathSync.native(abs);
        const base = this.realBase;
        const inside = real === base || real.startsWith(base.endsWith((external_node_path_default()).sep) ? base : base + (external_node_path_default()).sep);
        return inside ? undefined : real;
    }
}
/**
 * One buffer for reading files of up to 256 KiB, reused file after file: each file's text is
 * decoded before the next is read. A buffer per file cost a native allocation each, a
 * noticeable part of reading thousands of small compose files.
 */
const SCRATCH_BYTES = 256 * 1024;
let scratch;
/** Strict UTF-8: a file that is not valid UTF-8 is reported, not read with replacement marks. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Reads up to `max` bytes from an open file, expecting `expected` (its size when stat'ed). The
 * bytes may live in the shared scratch buffer: use them before reading another file.
 */
function readAtMost(fd, expected, max) {
    // The expected size + 1, to see whether the file grew since it was stat'ed.
    const size = Math.min(expected + 1, max);
    if (size > SCRATCH_BYTES)
        return readRest(fd, [], 0, max);
    scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
    const n = (0,external_node_fs_namespaceObject.readSync)(fd, scratch, 0, size, null);
    if (n < size)
        return scratch.subarray(0, n);
    return readRest(fd, [Buffer.from(scratch.subarray(0, n))], n, max);
}
/** Reads on after `total` bytes already in `chunks`, up to `max` in all. */
function readRest(fd, chunks, total, max) {
    while (total < max) {
        const chunk = Buffer.allocUnsafe(Math.min(max - total, 1024 * 1024));
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, null);
        if (n === 0)
            break;
        chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
        total += n;
    }
    return Buffer.concat(chunks, total);
}
function tooLarge(what, limit, span) {
    return {
        code: 'file-too-large',
        severity: 'error',
        message: `the file ${what} the ${formatBytes(limit)} limit; it was not analysed (raise maxFileBytes to include it)`,
        span
    };
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} B`;
}

;// CONCATENATED MODULE: ./src/load/paths.ts
/** Paths written in compose files, relative to the scan's base directory. */

/** A path written in a file, resolved against `base` (POSIX, relative to the scan's base). */
function resolvePath(base, written) {
    if (external_node_path_default().posix.isAbsolute(written))
        return external_node_path_default().posix.normalize(written);
    return external_node_path_default().posix.normalize(external_node_path_default().posix.join(base, written));
}
/**
 * Whether a resolved path stays inside the scanned folder. Files outside it (`/etc/...`,
 * `../../secrets.env`) are never read: a pull request must not make the scan read the runner.
 */
function isInsideBase(resolved) {
    return !external_node_path_default().posix.isAbsolute(resolved) && resolved !== '..' && !resolved.startsWith('../');
}

;// CONCATENATED MODULE: ./src/load/load-context.ts

/** Creates the context of one `loadProject` call. */
function createContext(cache, logger) {
    return { cache, logger, diagnostics: [], files: [], unsetVariables: [], reportedFiles: new Set() };
}
/** Creates a project scope. */
function createScope(ctx, env, workingDir, includeChain = []) {
    return { ctx, env, workingDir, includeChain, dicts: new Map(), resolved: new Map() };
}
/** Records a diagnostic. */
function report(ctx, code, severity, message, span) {
    ctx.diagnostics.push({ code, severity, message, span });
}
/**
 * The text of an env file, read only inside the scanned folder. When it cannot be read and is
 * `required`, reports `missing-file` at `span`, naming the file with its `owner` (" of service
 * `web`", or nothing) and, for a file that is not there, `missing` (what follows from it).
 */
function readEnvFileText(ctx, file, options) {
    const inside = isInsideBase(file);
    const text = inside ? ctx.cache.readRaw(file) : undefined;
    if (text === undefined && options.required) {
        const named = `env file \`${file}\`${options.owner ?? ''}`;
        report(ctx, 'missing-file', 'error', inside
            ? `${named} ${options.missing ?? 'does not exist'}`
            : `${named} is outside the scanned folder; it was not read`, options.span);
    }
    return text;
}
/** Records that a file was read for this project. */
function noteFile(ctx, file) {
    if (!ctx.files.includes(file))
        ctx.files.push(file);
}
/** The variable lookup of a scope. */
function lookupIn(scope) {
    return name => scope.env.get(name);
}
/** Turns interpolation findings into diagnostics and `unsetVariables`, once per variable. */
function interpolationSink(ctx) {
    return {
        unset(reference, span) {
            if (reference.required) {
                const detail = reference.required.message ? `: ${reference.required.message}` : '';
                report(ctx, 'required-variable', 'error', `required variable \`${reference.name}\` is not set${detail}; compose refuses the file. It was analysed as empty`, span);
            }
            if (ctx.unsetVariables.some(v => v.value === reference.name))
                return;
            ctx.unsetVariables.push({ value: reference.name, span });
            if (reference.required)
                return;
            const resolved = reference.fallback !== undefined
                ? `its default \`${reference.fallback}\``
                : 'an empty string';
            report(ctx, 'unset-variable', 'note', `variable \`${reference.name}\` is not set; it was resolved to ${resolved} as compose does. Pass it in the action's \`env\` or a \`.env\` file to analyse the real value`, span);
        },
        invalid(message, text, span) {
            report(ctx, 'invalid-interpolation', 'error', `invalid interpolation in \`${truncate(text)}\`: ${message}; compose refuses the file`, span);
        }
    };
}
function truncate(text) {
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

;// CONCATENATED MODULE: ./src/load/volumes.ts
/** Service `volumes`, short (`SRC:DST[:MODE]`) and long syntax, and Docker socket detection. */

const MODE_OPTIONS = new Set([
    'ro',
    'rw',
    'z',
    'Z',
    'nocopy',
    'copy',
    'consistent',
    'cached',
    'delegated',
    'shared',
    'rshared',
    'slave',
    'rslave',
    'private',
    'rprivate'
]);
/**
 * Parses `SRC:DST[:MODE]`, `DST` (anonymous volume), Windows drive paths (`C:\data:/data`).
 * Returns undefined for an entry compose refuses, and a string explaining why when the mode is
 * not understood.
 */
function parseShortVolume(spec) {
    if (spec === '')
        return undefined;
    const parts = [];
    let buffer = '';
    for (let i = 0; i < spec.length; i++) {
        const c = spec[i];
        // `C:` followed by a path separator is a drive letter, not a field separator.
        const isDrive = c === ':' && buffer.length === 1 && /[A-Za-z]/.test(buffer) && /[\\/]/.test(spec[i + 1] ?? '');
        if (c === ':' && !isDrive) {
            parts.push(buffer);
            buffer = '';
        }
        else {
            buffer += c;
        }
    }
    parts.push(buffer);
    if (parts.length > 3 || parts.some(p => p === ''))
        return undefined;
    if (parts.length === 1)
        return { type: 'volume', target: parts[0], readOnly: false };
    const [source, target, mode] = parts;
    const options = mode === undefined ? [] : mode.split(',');
    if (options.some(o => !MODE_OPTIONS.has(o)))
        return undefined;
    return {
        type: isHostPath(source) ? 'bind' : 'volume',
        source,
        target,
        readOnly: options.includes('ro')
    };
}
/** Whether a volume source is a host path (a bind mount) rather than a volume name. */
function isHostPath(source) {
    return (source.startsWith('/') ||
        source.startsWith('.') ||
        source.startsWith('~') ||
        source.startsWith('\\') ||
        /^[A-Za-z]:[\\/]/.test(source));
}
const SOCKETS = [
    /^\/run\/docker\.sock$/,
    /^\/run\/podman\/podman\.sock$/,
    /^\/run\/user\/\d+\/docker\.sock$/,
    /^\/run\/user\/\d+\/podman\.sock$/,
    /^\/run\/user\/\d+\/podman\/podman\.sock$/,
    /\/\.docker\/(run|desktop)\/docker\.sock$/,
    // The folders holding the sockets: mounting them hands the socket over as well.
    /^\/run$/
];
/**
 * Whether a host path is the Docker or Podman API socket (or the folder holding it), in any of
 * the ways it is written: `/var/run/docker.sock`, `/run/docker.sock`, `//var/run/docker.sock`,
 * rootless `/run/user/<uid>/...`, Podman's, and Windows' `\\.\pipe\docker_engine`.
 */
function isDockerSocket(source) {
    const lowered = source.toLowerCase().replace(/\\/g, '/');
    if (/^\/\/[.?]\/pipe\/(docker_engine|podman)/.test(lowered))
        return true;
    let p = external_node_path_default().posix.normalize(source.replace(/^\/+/, '/'));
    if (p.length > 1 && p.endsWith('/'))
        p = p.slice(0, -1);
    if (p === '/var/run' || p.startsWith('/var/run/'))
        p = p.slice(4);
    return SOCKETS.some(pattern => pattern.test(p));
}

;// CONCATENATED MODULE: ./src/load/merge.ts
/**
 * Merging compose trees per the Compose Specification's merge rules, for override files and
 * `extends`: mappings merge recursively, sequences append, `command`/`entrypoint`/
 * `healthcheck.test` replace, `environment`/`labels`-like values merge by key (list form turned
 * into a map first), `networks`/`depends_on` merge by key, `ports` and `volumes` are unique
 * (by the entry and by target). Nodes keep their spans, so a merged value still points at the
 * file that wrote it.
 */

/** Service attributes (paths below a service) whose value the override replaces. */
const REPLACED = new Set(['command', 'entrypoint', 'healthcheck.test', 'extends']);
/** Service attributes written as a map or a `KEY=VALUE` list, merged by key. */
const KEY_VALUE = new Set([
    'environment',
    'labels',
    'annotations',
    'sysctls',
    'deploy.labels',
    'build.args',
    'build.labels'
]);
/** Service attributes written as a map or a list of names, merged by name. */
const NAMED = new Set(['networks', 'depends_on']);
/** Merges an override service definition onto a base one. */
function mergeServices(base, override) {
    return mergeAt(base, override, '');
}
/** Merges an override file's top level onto the accumulated top level. */
function mergeTopLevel(base, override) {
    const entries = new Map(base.entries);
    for (const [key, pair] of override.entries) {
        const existing = entries.get(key);
        if (!existing) {
            entries.set(key, pair);
        }
        else if (key === 'services') {
            entries.set(key, {
                key: existing.key,
                value: mergeMapsWith(existing.value, pair.value, (_, b, o) => mergeServices(b, o))
            });
        }
        else if (key === 'networks' || key === 'volumes') {
            entries.set(key, {
                key: existing.key,
                value: mergeMapsWith(existing.value, pair.value, (_, b, o) => mergeTopLevelEntry(b, o))
            });
        }
        else {
            entries.set(key, { key: existing.key, value: mergeGeneric(existing.value, pair.value) });
        }
    }
    return { kind: 'map', entries, span: base.span };
}
/** A top-level network or volume: maps merge, `labels` by key. */
function mergeTopLevelEntry(base, override) {
    return mergeMapsWith(base, override, (key, b, o) => key === 'labels' ? mergeByKey(b, o, '=') : mergeGeneric(b, o));
}
function mergeAt(base, override, path) {
    if (REPLACED.has(path))
        return override;
    if (KEY_VALUE.has(path))
        return mergeByKey(base, override, '=');
    if (NAMED.has(path))
        return mergeByKey(base, override, undefined);
    if (path === 'ports')
        return mergeUnique(base, override, portKey);
    if (path === 'volumes')
        return mergeUnique(base, override, volumeKey);
    if (base.kind === 'map' && override.kind === 'map') {
        return mergeMapsWith(base, override, (key, b, o) => mergeAt(b, o, path === '' ? key : `${path}.${key}`));
    }
    return mergeGeneric(base, override);
}
/** The spec's default: mappings merge recursively, sequences append, anything else replaces. */
function mergeGeneric(base, override) {
    if (base.kind === 'map' && override.kind === 'map') {
        return mergeMapsWith(base, override, (_, b, o) => mergeGeneric(b, o));
    }
    if (base.kind === 'seq' && override.kind === 'seq') {
        return { kind: 'seq', items: [...base.items, ...override.items], span: base.span };
    }
    return override;
}
function mergeMapsWith(base, override, merge) {
    if (base.kind !== 'map' || override.kind !== 'map')
        return override;
    const entries = new Map(base.entries);
    for (const [key, pair] of override.entries) {
        const existing = entries.get(key);
        if (!existing) {
            entries.set(key, pair);
            continue;
        }
        const value = merge(key, existing.value, pair.value);
        // A replaced value points at the file that wrote it, key included; a merged mapping keeps
        // the key where it was first written.
        entries.set(key, { key: value === pair.value ? pair.key : existing.key, value });
    }
    return { kind: 'map', entries, span: base.span };
}
/**
 * Merges two values that are each a map or a list (`KEY=VALUE` items when `separator` is given,
 * names otherwise) by key; the override's value wins, attachment options merge.
 */
function mergeByKey(base, override, separator) {
    const b = listToMap(base, separator);
    const o = listToMap(override, separator);
    if (!b || !o)
        return override;
    return mergeMapsWith(b, o, (_, bv, ov) => separator === undefined && bv.kind === 'map' && ov.kind === 'map' ? mergeGeneric(bv, ov) : ov);
}
/**
 * A list of `KEY=VALUE` (or `NAME`) items as a map whose keys and values carry the item's span;
 * a map as it is; undefined for anything else (the normaliser reports the type).
 */
function listToMap(node, separator) {
    if (node.kind === 'map')
        return node;
    if (node.kind === 'scalar' && node.value === null) {
        return { kind: 'map', entries: new Map(), span: node.span };
    }
    if (node.kind !== 'seq')
        return undefined;
    const entries = new Map();
    for (const item of node.items) {
        if (item.kind !== 'scalar' || item.value === null)
            return undefined;
        const text = String(item.value);
        const at = separator === undefined ? -1 : text.indexOf(separator);
        const key = at < 0 ? text : text.slice(0, at);
        const value = {
            kind: 'scalar',
            value: at < 0 ? null : text.slice(at + 1),
            span: item.span
        };
        entries.set(key, { key: { kind: 'scalar', value: key, span: item.span }, value });
    }
    return { kind: 'map', entries, span: node.span };
}
/** Appends the override's items, an item with the same key replacing the base's in place. */
function mergeUnique(base, override, keyOf) {
    if (base.kind !== 'seq' || override.kind !== 'seq')
        return mergeGeneric(base, override);
    const items = [...base.items];
    for (const item of override.items) {
        const key = keyOf(item);
        const at = key === undefined ? -1 : items.findIndex(existing => keyOf(existing) === key);
        if (at >= 0)
            items[at] = item;
        else
            items.push(item);
    }
    const merged = { kind: 'seq', items, span: base.span };
    return merged;
}
function portKey(item) {
    if (item.kind === 'scalar')
        return item.value === null ? undefined : String(item.value);
    if (item.kind !== 'map')
        return undefined;
    const text = (key) => {
        const v = item.entries.get(key)?.value;
        return v?.kind === 'scalar' && v.value !== null ? String(v.value) : '';
    };
    return `${text('host_ip')}:${text('published')}:${text('target')}/${text('protocol') || 'tcp'}`;
}
function volumeKey(item) {
    if (item.kind === 'scalar' && typeof item.value === 'string') {
        return parseShortVolume(item.value)?.target;
    }
    if (item.kind !== 'map')
        return undefined;
    const target = item.entries.get('target')?.value;
    return target?.kind === 'scalar' && target.value !== null ? String(target.value) : undefined;
}

;// CONCATENATED MODULE: ./src/load/extends.ts
/**
 * Service `extends`, in the same file or `file:` another one (relative to the extending file's
 * folder): the target, itself resolved, is the base the extending service merges onto.
 */





/**
 * The service `name` of `file` with its `extends` chain merged in, or undefined when the file
 * has no such service. Problems (cycles, missing targets) are reported at the `extends` node and
 * the service is kept without the part that could not be resolved.
 */
function resolveExtends(scope, file, relBase, name, chain, readFileDict) {
    const memoKey = `${file}|${relBase}|${name}`;
    if (scope.resolved.has(memoKey))
        return scope.resolved.get(memoKey);
    const { ctx } = scope;
    const dict = readFileDict(scope, file, relBase, relBase === scope.workingDir);
    const service = getValue(getValue(dict, 'services'), name);
    if (service?.kind !== 'map')
        return undefined;
    const extendsPair = service.entries.get('extends');
    if (!extendsPair) {
        scope.resolved.set(memoKey, service);
        return service;
    }
    const own = { kind: 'map', entries: new Map(service.entries), span: service.span };
    own.entries.delete('extends');
    const done = (result) => {
        scope.resolved.set(memoKey, result);
        return result;
    };
    if (chain.includes(memoKey)) {
        const cycle = [...chain.slice(chain.indexOf(memoKey)), memoKey]
            .map(k => `\`${k.split('|').pop()}\``)
            .join(' -> ');
        report(ctx, 'extends-cycle', 'error', `service \`${name}\` extends itself through ${cycle}; compose refuses the file`, extendsPair.key.span);
        // Not memoised: the services on the cycle keep what they could resolve.
        return own;
    }
    const spec = extendsPair.value;
    let targetName;
    let targetFileNode;
    if (spec.kind === 'scalar' && typeof spec.value === 'string') {
        targetName = spec.value;
    }
    else if (spec.kind === 'map') {
        const serviceNode = getValue(spec, 'service');
        targetFileNode = getValue(spec, 'file');
        if (serviceNode?.kind === 'scalar' && typeof serviceNode.value === 'string') {
            targetName = serviceNode.value;
        }
        else {
            report(ctx, 'wrong-type', 'error', `\`extends.service\` of service \`${name}\` must be a service name, found ${serviceNode ? describeNode(serviceNode) : 'nothing'}`, serviceNode?.span ?? spec.span);
            return done(own);
        }
        if (targetFileNode &&
            !(targetFileNode.kind === 'scalar' && typeof targetFileNode.value === 'string')) {
            report(ctx, 'wrong-type', 'error', `\`extends.file\` of service \`${name}\` must be a path, found ${describeNode(targetFileNode)}`, targetFileNode.span);
            return done(own);
        }
    }
    else {
        report(ctx, 'wrong-type', 'error', `\`extends\` of service \`${name}\` must be a service name or a mapping with \`service\`, found ${describeNode(spec)}`, spec.span);
        return done(own);
    }
    let targetFile = file;
    let targetBase = relBase;
    if (targetFileNode?.kind === 'scalar' && typeof targetFileNode.value === 'string') {
        targetFile = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), targetFileNode.value));
        targetBase = external_node_path_default().posix.dirname(targetFile);
        if (!isInsideBase(targetFile) || !ctx.cache.exists(targetFile)) {
            report(ctx, 'missing-file', 'error', isInsideBase(targetFile)
                ? `\`extends\` of service \`${name}\` names \`${targetFileNode.value}\`, which does not exist`
                : `\`extends\` of service \`${name}\` names \`${targetFileNode.value}\`, outside the scanned folder; it was not read`, targetFileNode.span);
            return done(own);
        }
        noteFile(ctx, targetFile);
    }
    const base = resolveExtends(scope, targetFile, targetBase, targetName, [...chain, memoKey], readFileDict);
    if (!base) {
        const where = targetFile === file ? 'this file' : `\`${targetFile}\``;
        const targetNode = spec.kind === 'map' ? (getValue(spec, 'service') ?? spec) : spec;
        if (readFileDict(scope, targetFile, targetBase, targetBase === scope.workingDir)) {
            report(ctx, 'unknown-service', 'error', `service \`${name}\` extends \`${targetName}\`, which ${where} does not define`, targetNode.span);
        }
        return done(own);
    }
    return done(mergeServices(base, own));
}

;// CONCATENATED MODULE: ./src/load/interpolate.ts
const DEFAULT_INTERPOLATION_LIMITS = {
    maxDepth: 16,
    maxGrowth: 1024 * 1024
};
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
class InterpolationError extends Error {
}
/** Interpolates one string as compose does. Never throws. */
function interpolateString(text, lookup, limits = DEFAULT_INTERPOLATION_LIMITS) {
    if (!text.includes('$'))
        return { value: text, unset: [] };
    const unset = [];
    const maxLength = text.length + limits.maxGrowth;
    const readName = (pos) => {
        let end = pos;
        if (end < text.length && NAME_START.test(text[end])) {
            end++;
            while (end < text.length && NAME_CHAR.test(text[end]))
                end++;
        }
        return end;
    };
    // Returns the expansion of text[pos..] up to (not including) the closing `}` when `braced`,
    // and the position it stopped at. `active` is false inside a default that is not used: its
    // syntax is still checked, its variables are not reported.
    const expand = (pos, depth, braced, active) => {
        let out = '';
        while (pos < text.length) {
            const c = text[pos];
            if (braced && c === '}')
                return [out, pos];
            if (c !== '$') {
                out += c;
                pos++;
            }
            else {
                const next = text[pos + 1];
                if (next === '$') {
                    out += '$';
                    pos += 2;
                }
                else if (next !== undefined && NAME_START.test(next)) {
                    const end = readName(pos + 1);
                    const name = text.slice(pos + 1, end);
                    const value = lookup(name);
                    if (value === undefined && active)
                        unset.push({ name });
                    out += value ?? '';
                    pos = end;
                }
                else if (next === '{') {
                    const [value, end] = expandBraced(pos + 2, depth + 1, active);
                    out += value;
                    pos = end;
                }
                else {
                    // Compose leaves a `$` that starts nothing (`$(date)`, `$1`, a trailing `$`) as it is.
                    out += '$';
                    pos++;
                }
            }
            if (out.length > maxLength) {
                throw new InterpolationError(`the value expands to more than ${maxLength} characters`);
            }
        }
        if (braced)
            throw new InterpolationError('a `${` is not closed by `}`');
        return [out, pos];
    };
    // `pos` is just after `${`; returns the expansion and the position after the closing `}`.
    const expandBraced = (pos, depth, active) => {
        if (depth > limits.maxDepth) {
            throw new InterpolationError(`\`\${...}\` is nested more than ${limits.maxDepth} levels deep`);
        }
        const end = readName(pos);
        const name = text.slice(pos, end);
        if (name === '')
            throw new InterpolationError('`${` must be followed by a variable name');
        const value = lookup(name);
        const rest = text.slice(end, end + 2);
        if (text[end] === '}') {
            if (value === undefined && active)
                unset.push({ name });
            return [value ?? '', end + 1];
        }
        const op = rest === ':-' || rest === ':?' || rest === ':+' ? rest : text[end];
        if (op !== ':-' && op !== ':?' && op !== ':+' && op !== '-' && op !== '?' && op !== '+') {
            throw new InterpolationError(`\`\${${name}\` must be followed by \`}\` or one of \`:-\` \`-\` \`:?\` \`?\` \`:+\` \`+\``);
        }
        const missing = op.startsWith(':') ? value === undefined || value === '' : value === undefined;
        const kind = op.slice(-1);
        const useArgument = kind === '+' ? !missing : missing;
        const [argument, close] = expand(end + op.length, depth, true, active && useArgument);
        const after = close + 1;
        if (kind === '-') {
            if (missing && active && value === undefined)
                unset.push({ name, fallback: argument });
            return [missing ? argument : value, after];
        }
        if (kind === '+') {
            if (value === undefined && active)
                unset.push({ name });
            return [missing ? '' : argument, after];
        }
        if (missing && active) {
            unset.push({ name, required: { message: argument } });
        }
        return [missing ? '' : value, after];
    };
    try {
        const [value] = expand(0, 0, false, true);
        return { value, unset };
    }
    catch (e) {
        if (e instanceof InterpolationError)
            return { value: text, unset: [], error: e.message };
        throw e;
    }
}
/**
 * `node` with every string scalar that is a value (not a key) interpolated. The input tree
 * (shared through the file cache) is never changed: a node with something to interpolate below
 * it is copied, and one without is returned as it is, so most of a file is shared, not copied.
 */
function interpolateTree(node, lookup, sink, limits = DEFAULT_INTERPOLATION_LIMITS) {
    if (node.kind === 'scalar') {
        if (typeof node.value !== 'string' || !node.value.includes('$'))
            return node;
        const result = interpolateString(node.value, lookup, limits);
        if (result.error !== undefined)
            sink.invalid(result.error, node.value, node.span);
        for (const reference of result.unset)
            sink.unset(reference, node.span);
        return { kind: 'scalar', value: result.value, span: node.span };
    }
    if (node.kind === 'seq') {
        let items;
        for (let i = 0; i < node.items.length; i++) {
            const item = node.items[i];
            const value = interpolateTree(item, lookup, sink, limits);
            if (value !== item) {
                items ??= node.items.slice();
                items[i] = value;
            }
        }
        return items ? { kind: 'seq', items, span: node.span } : node;
    }
    let entries;
    for (const [key, pair] of node.entries) {
        const value = interpolateTree(pair.value, lookup, sink, limits);
        if (value !== pair.value) {
            entries ??= new Map(node.entries);
            entries.set(key, { key: pair.key, value });
        }
    }
    return entries ? { kind: 'map', entries, span: node.span } : node;
}

;// CONCATENATED MODULE: ./src/load/env-file.ts


const KEY_CHAR = /[A-Za-z0-9_.\-[\]]/;
const BLANK = new Set([' ', '\t']);
const env_file_DOUBLE_QUOTE_ESCAPES = {
    n: '\n',
    r: '\r',
    t: '\t',
    '\\': '\\',
    '"': '"',
    // Interpolation runs after unescaping: keep an escaped `$` literal.
    $: '$$'
};
/**
 * Parses an env file's text. `lookup` resolves `${VAR}` (the caller's environment, which wins);
 * keys defined earlier in the file are the fallback. Never throws.
 */
function parseEnvFile(file, text, lookup) {
    const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
    const entries = [];
    const diagnostics = [];
    const defined = new Map();
    const resolve = name => lookup(name) ?? defined.get(name);
    let pos = 0;
    let line = 1;
    let lineStart = 0;
    const report = (message, startCol, endCol, atLine = line) => diagnostics.push({
        code: 'invalid-value',
        severity: 'warning',
        message,
        span: spanOf(file, atLine, startCol, atLine, endCol)
    });
    const skipBlanks = () => {
        while (pos < source.length && BLANK.has(source[pos]))
            pos++;
    };
    const skipToLineEnd = () => {
        while (pos < source.length && source[pos] !== '\n')
            pos++;
    };
    const col = () => pos - lineStart + 1;
    const interpolate = (value, entryLine, startCol) => {
        const result = interpolateString(value, resolve);
        if (result.error !== undefined) {
            diagnostics.push({
                code: 'invalid-interpolation',
                severity: 'error',
                message: `${result.error} (in \`${value}\`)`,
                span: spanOf(file, entryLine, startCol, entryLine, startCol + 1)
            });
        }
        return result.value;
    };
    while (pos < source.length) {
        skipBlanks();
        if (source[pos] === '\n' || pos >= source.length) {
            if (pos < source.length) {
                pos++;
                line++;
                lineStart = pos;
            }
            continue;
        }
        if (source[pos] === '#') {
            skipToLineEnd();
            continue;
        }
        const entryLine = line;
        if (source.startsWith('export', pos) && BLANK.has(source[pos + 6] ?? '')) {
            pos += 6;
            skipBlanks();
        }
        const keyStart = pos;
        while (pos < source.length && KEY_CHAR.test(source[pos]))
            pos++;
        const key = source.slice(keyStart, pos);
        const keyCol = keyStart - lineStart + 1;
        skipBlanks();
        const sep = source[pos];
        if (key === '' || (sep !== '=' && sep !== ':' && sep !== '\n' && sep !== undefined)) {
            const from = col();
            skipToLineEnd();
            report(key === ''
                ? 'this line is not `KEY=VALUE`: a variable name is expected'
                : `\`${key}\` must be followed by \`=\`; compose refuses this line`, key === '' ? from : keyCol, Math.max(col(), from + 1));
            continue;
        }
        if (sep !== '=' && sep !== ':') {
            // A bare `KEY` takes its value from the environment, if set there.
            const inherited = lookup(key);
            if (inherited !== undefined) {
                entries.push({ key, value: inherited, line: entryLine });
                defined.set(key, inherited);
            }
            continue;
        }
        pos++;
        skipBlanks();
        const quote = source[pos];
        let value;
        if (quote === "'" || quote === '"') {
            const openCol = col();
            pos++;
            let raw = '';
            let closed = false;
            while (pos < source.length) {
                const c = source[pos];
                if (c === quote) {
                    closed = true;
                    pos++;
                    break;
                }
                if (quote === '"' && c === '\\' && pos + 1 < source.length) {
                    const escaped = source[pos + 1];
                    raw += env_file_DOUBLE_QUOTE_ESCAPES[escaped] ?? `\\${escaped}`;
                    pos += 2;
                    continue;
                }
                if (quote === '"' && c === '$' && source[pos + 1] === '$') {
                    raw += '$$';
                    pos += 2;
                    continue;
                }
                if (c === '\n') {
                    line++;
                    lineStart = pos + 1;
                }
                raw += c;
                pos++;
            }
            if (!closed) {
                report(`the quote opened here is never closed`, openCol, openCol + 1, entryLine);
            }
            value = quote === '"' ? interpolate(raw, entryLine, openCol) : raw;
            // Whatever follows the closing quote on its line is a comment or noise.
            skipToLineEnd();
        }
        else {
            const valueStart = pos;
            const valueCol = col();
            while (pos < source.length && source[pos] !== '\n') {
                if (source[pos] === '#' && pos > valueStart && BLANK.has(source[pos - 1]))
                    break;
                pos++;
            }
            const raw = source.slice(valueStart, pos).trimEnd();
            skipToLineEnd();
            value = interpolate(raw, entryLine, valueCol);
        }
        entries.push({ key, value, line: entryLine });
        defined.set(key, value);
    }
    return { entries, diagnostics };
}
/** The entries of a parsed env file as a map, the last occurrence of a key winning. */
function envFileToMap(parsed) {
    const map = new Map();
    for (const entry of parsed.entries)
        map.set(entry.key, entry.value);
    return map;
}

;// CONCATENATED MODULE: ./src/load/include.ts
/**
 * Top-level `include`: each entry is loaded as its own project (its own folder for relative
 * paths, its own env files under the including project's variables) and its services and
 * networks are added to the including file. A name defined on both sides is refused by compose.
 */





/** `dict` with the services and networks of its `include` entries added. */
function applyIncludes(scope, file, dict, loadModel) {
    const include = dict.entries.get('include');
    if (!include)
        return dict;
    // Reached again through `extends` while its own `include`s are being loaded (A includes B,
    // whose service extends one of A's, or B is A itself): `extends` only needs A's services, and
    // loading A's includes once more would recurse without end.
    if (scope.includeChain.includes(file))
        return dict;
    const { ctx } = scope;
    if (include.value.kind !== 'seq') {
        if (!(include.value.kind === 'scalar' && include.value.value === null)) {
            report(ctx, 'wrong-type', 'error', `\`include\` must be a list, found ${describeNode(include.value)}`, include.value.span);
        }
        return dict;
    }
    let result = dict;
    for (const item of include.value.items) {
        const entry = readEntry(scope, item);
        if (!entry)
            continue;
        const chain = [...scope.includeChain, file];
        const usable = entry.paths.filter(p => {
            if (chain.includes(p.file)) {
                report(ctx, 'include-cycle', 'error', `\`${p.file}\` is already being loaded: files include each other in a cycle (${[...chain, p.file].join(' -> ')}); compose refuses it`, p.span);
                return false;
            }
            if (!isInsideBase(p.file) || !ctx.cache.exists(p.file)) {
                report(ctx, 'missing-file', 'error', missingIncludeMessage(p.file), p.span);
                return false;
            }
            return true;
        });
        if (usable.length === 0)
            continue;
        const first = usable[0].file;
        const workingDir = entry.projectDirectory !== undefined ? entry.projectDirectory : external_node_path_default().posix.dirname(first);
        const env = new Map();
        const envFiles = entry.envFiles.length
            ? entry.envFiles
            : [{ file: resolvePath(workingDir, '.env'), span: entry.span, optional: true }];
        for (const envFile of envFiles) {
            const text = readEnvFileText(ctx, envFile.file, {
                required: !('optional' in envFile),
                span: envFile.span
            });
            if (text === undefined)
                continue;
            const parsed = parseEnvFile(envFile.file, text, name => scope.env.get(name));
            ctx.diagnostics.push(...parsed.diagnostics);
            for (const [k, v] of envFileToMap(parsed))
                env.set(k, v);
        }
        // The including project's variables win over the included project's env files.
        for (const [k, v] of scope.env)
            env.set(k, v);
        const sub = createScope(ctx, env, workingDir, chain);
        const model = loadModel(sub, usable.map(p => p.file));
        if (model)
            result = addIncluded(scope, result, model, usable.map(p => p.file).join(', '));
    }
    return result;
}
function readEntry(scope, item) {
    const { ctx } = scope;
    const asPath = (node) => node.kind === 'scalar' && node.value !== null
        ? { file: resolvePath(scope.workingDir, String(node.value)), span: node.span }
        : undefined;
    if (item.kind === 'scalar') {
        const p = asPath(item);
        if (!p)
            return undefined;
        return { paths: [p], envFiles: [], span: item.span };
    }
    if (item.kind !== 'map') {
        report(ctx, 'wrong-type', 'error', `an \`include\` entry must be a path or a mapping with \`path\`, found ${describeNode(item)}`, item.span);
        return undefined;
    }
    const list = (key) => {
        const node = getValue(item, key);
        if (!node)
            return [];
        const nodes = node.kind === 'seq' ? node.items : [node];
        const out = nodes.map(asPath);
        if (out.some(p => p === undefined)) {
            report(ctx, 'wrong-type', 'error', `\`include\` \`${key}\` must be a path or a list of paths, found ${describeNode(node)}`, node.span);
            return undefined;
        }
        return out;
    };
    const paths = list('path');
    const envFiles = list('env_file');
    if (!paths || !envFiles)
        return undefined;
    if (paths.length === 0) {
        report(ctx, 'wrong-type', 'error', 'an `include` entry needs a `path`', item.span);
        return undefined;
    }
    const dirNode = getValue(item, 'project_directory');
    const projectDirectory = dirNode?.kind === 'scalar' && dirNode.value !== null
        ? resolvePath(scope.workingDir, String(dirNode.value))
        : undefined;
    const entry = { paths, envFiles, span: item.span };
    if (projectDirectory !== undefined)
        entry.projectDirectory = projectDirectory;
    return entry;
}
/** Adds the included model's services and networks; a clash with a different definition is an error. */
function addIncluded(scope, dict, included, from) {
    const entries = new Map(dict.entries);
    for (const section of ['services', 'networks', 'volumes']) {
        const incoming = getValue(included, section);
        if (incoming?.kind !== 'map')
            continue;
        const existingPair = entries.get(section);
        const existing = existingPair?.value.kind === 'map' ? existingPair.value : undefined;
        const merged = new Map(existing?.entries ?? []);
        for (const [name, pair] of incoming.entries) {
            const mine = merged.get(name);
            if (!mine) {
                merged.set(name, pair);
                continue;
            }
            if (sameTree(mine.value, pair.value))
                continue;
            const what = section.slice(0, -1);
            report(scope.ctx, 'include-conflict', 'error', `${what} \`${name}\` is defined here and by the included \`${from}\` (${pair.key.span.file}:${pair.key.span.startLine}); compose refuses the file. Rename one of them`, mine.key.span);
        }
        const key = existingPair?.key ?? included.entries.get(section).key;
        entries.set(section, {
            key,
            value: { kind: 'map', entries: merged, span: existing?.span ?? incoming.span }
        });
    }
    return { kind: 'map', entries, span: dict.span };
}
/** Whether two trees hold the same values, wherever they were written. */
function sameTree(a, b) {
    if (a.kind === 'scalar' || b.kind === 'scalar') {
        return a.kind === b.kind && a.value === b.value;
    }
    if (a.kind === 'seq' || b.kind === 'seq') {
        if (a.kind !== 'seq' || b.kind !== 'seq' || a.items.length !== b.items.length)
            return false;
        return a.items.every((item, i) => sameTree(item, b.items[i]));
    }
    if (a.entries.size !== b.entries.size)
        return false;
    for (const [key, pair] of a.entries) {
        const other = b.entries.get(key);
        if (!other || !sameTree(pair.value, other.value))
            return false;
    }
    return true;
}
function missingIncludeMessage(file) {
    return isInsideBase(file)
        ? `included file \`${file}\` does not exist`
        : `included file \`${file}\` is outside the scanned folder; it was not read`;
}

;// CONCATENATED MODULE: ./src/load/compose-file.ts
/**
 * One compose file as a project sees it: read once through the cache, interpolated with the
 * scope's environment, checked at the top level, `include`s merged in, `extends` resolved; and
 * several files merged in load order.
 */








const compose_file_TOP_LEVEL_KEYS = new Set([
    'version',
    'name',
    'services',
    'networks',
    'volumes',
    'configs',
    'secrets',
    'include',
    'models'
]);
/**
 * Loads `files` (base first, then overrides) into one top-level map, or undefined when none of
 * them could be read as a compose mapping.
 */
function loadModel(scope, files) {
    let model;
    for (const file of files) {
        const dict = loadFileModel(scope, file);
        if (dict)
            model = model ? mergeTopLevel(model, dict) : dict;
    }
    return model;
}
/** One file of the project, `include`s merged and every service's `extends` resolved. */
function loadFileModel(scope, file) {
    const dict = readFileDict(scope, file, scope.workingDir, true);
    if (!dict)
        return undefined;
    const services = dict.entries.get('services');
    if (!services || services.value.kind !== 'map')
        return dict;
    const resolvedEntries = new Map();
    for (const [name, pair] of services.value.entries) {
        const resolved = resolveExtends(scope, file, scope.workingDir, name, [], readFileDict);
        resolvedEntries.set(name, { key: pair.key, value: resolved ?? pair.value });
    }
    const entries = new Map(dict.entries);
    entries.set('services', {
        key: services.key,
        value: { kind: 'map', entries: resolvedEntries, span: services.value.span }
    });
    return { kind: 'map', entries, span: dict.span };
}
/**
 * A file's top level, interpolated, with `env_file` paths made relative to the scan's base
 * directory (from `relBase`, the folder relative paths of this file resolve against) and, when
 * `withIncludes`, its `include`s merged in. Services and networks of the wrong type are reported
 * and left out. Memoised per scope.
 */
function readFileDict(scope, file, relBase, withIncludes) {
    const memoKey = `${file}|${relBase}|${withIncludes}`;
    if (scope.dicts.has(memoKey))
        return scope.dicts.get(memoKey);
    scope.dicts.set(memoKey, undefined);
    const { ctx } = scope;
    noteFile(ctx, file);
    const parsed = ctx.cache.get(file);
    if (!ctx.reportedFiles.has(file)) {
        ctx.reportedFiles.add(file);
        ctx.diagnostics.push(...parsed.diagnostics);
    }
    const root = parsed.root;
    if (!root) {
        if (parsed.diagnostics.length === 0) {
            report(ctx, 'not-compose', 'error', 'the file is empty: compose refuses it', fileSpan(file));
        }
        return undefined;
    }
    if (root.kind !== 'map') {
        report(ctx, 'wrong-type', 'error', `the top level of a compose file must be a mapping, found ${describeNode(root)}`, root.span);
        return undefined;
    }
    const interpolated = interpolateTree(root, lookupIn(scope), interpolationSink(ctx));
    const entries = new Map();
    for (const [key, pair] of interpolated.entries) {
        if (!compose_file_TOP_LEVEL_KEYS.has(key) && !key.startsWith('x-')) {
            report(ctx, 'invalid-value', 'warning', `unknown top-level key \`${key}\`: compose refuses it (extensions must start with \`x-\`)`, pair.key.span);
        }
        if (key === 'services') {
            const services = checkServices(scope, pair, relBase);
            if (services)
                entries.set(key, services);
        }
        else if (key === 'networks') {
            const networks = checkNetworks(scope, pair);
            if (networks)
                entries.set(key, networks);
        }
        else {
            entries.set(key, pair);
        }
    }
    let dict = { kind: 'map', entries, span: interpolated.span };
    if (withIncludes)
        dict = applyIncludes(scope, file, dict, loadModel);
    scope.dicts.set(memoKey, dict);
    return dict;
}
function checkServices(scope, pair, relBase) {
    const node = pair.value;
    if (node.kind === 'scalar' && node.value === null)
        return undefined;
    if (node.kind !== 'map') {
        report(scope.ctx, 'wrong-type', 'error', `\`services\` must be a mapping of service names to definitions, found ${describeNode(node)}`, node.span);
        return undefined;
    }
    const entries = new Map();
    for (const [name, service] of node.entries) {
        if (service.value.kind === 'scalar' && service.value.value === null) {
            // `web:` with nothing under it: compose takes it as an empty definition.
            const empty = { kind: 'map', entries: new Map(), span: service.key.span };
            entries.set(name, { key: service.key, value: empty });
            continue;
        }
        if (service.value.kind !== 'map') {
            report(scope.ctx, 'wrong-type', 'error', `service \`${name}\` must be a mapping, found ${describeNode(service.value)}; it was not analysed`, service.value.span);
            continue;
        }
        entries.set(name, { key: service.key, value: rebaseEnvFiles(service.value, relBase) });
    }
    return { key: pair.key, value: { kind: 'map', entries, span: node.span } };
}
function checkNetworks(scope, pair) {
    const node = pair.value;
    if (node.kind === 'scalar' && node.value === null)
        return undefined;
    if (node.kind !== 'map') {
        report(scope.ctx, 'wrong-type', 'error', `top-level \`networks\` must be a mapping of network names to definitions, found ${describeNode(node)}`, node.span);
        return undefined;
    }
    const entries = new Map();
    for (const [name, network] of node.entries) {
        const value = network.value;
        if (value.kind !== 'map' && !(value.kind === 'scalar' && value.value === null)) {
            report(scope.ctx, 'wrong-type', 'error', `network \`${name}\` must be a mapping or empty, found ${describeNode(value)}`, value.span);
            continue;
        }
        entries.set(name, network);
    }
    return { key: pair.key, value: { kind: 'map', entries, span: node.span } };
}
/**
 * `env_file` paths are relative to the folder of the project (or, for an `extends: file:`
 * target, of that file); the loader reads them later, so they are made relative to the base
 * directory now, keeping their spans.
 */
function rebaseEnvFiles(service, relBase) {
    if (service.kind !== 'map')
        return service;
    const pair = service.entries.get('env_file');
    if (!pair)
        return service;
    const rebase = (node) => {
        if (node.kind === 'scalar' && typeof node.value === 'string') {
            return { kind: 'scalar', value: resolvePath(relBase, node.value), span: node.span };
        }
        if (node.kind === 'map') {
            const p = node.entries.get('path');
            if (!p)
                return node;
            const entries = new Map(node.entries);
            entries.set('path', { key: p.key, value: rebase(p.value) });
            return { kind: 'map', entries, span: node.span };
        }
        if (node.kind === 'seq') {
            return { kind: 'seq', items: node.items.map(rebase), span: node.span };
        }
        return node;
    };
    const entries = new Map(service.entries);
    entries.set('env_file', { key: pair.key, value: rebase(pair.value) });
    return { kind: 'map', entries, span: service.span };
}

;// CONCATENATED MODULE: ./src/load/read-values.ts
/**
 * Small readers shared by the normalisers: typed scalars, `wrong-type` diagnostics in one
 * wording ("`ports` of service `web` must be a list, found a string"), and the map-or-list
 * forms of labels.
 */



/** Reports `what` (e.g. "`ports` of service `web`") not being `expected`. */
function reportWrongType(ctx, what, expected, node) {
    report(ctx, 'wrong-type', 'error', `${what} must be ${expected}, found ${describeNode(node)}`, node.span);
}
/** A scalar string (numbers as written) with its span, or undefined (reported) for other types. */
function readString(ctx, node, what) {
    if (!node)
        return undefined;
    if (node.kind === 'scalar' && node.value !== null && typeof node.value !== 'boolean') {
        return { value: String(node.value), span: node.span };
    }
    if (node.kind === 'scalar' && node.value === null)
        return undefined;
    reportWrongType(ctx, what, 'a string', node);
    return undefined;
}
/** A boolean (`true`, or `"true"` after interpolation, as compose casts it). */
function readBoolean(ctx, node, what) {
    if (!node || (node.kind === 'scalar' && node.value === null))
        return undefined;
    if (node.kind === 'scalar') {
        if (typeof node.value === 'boolean')
            return { value: node.value, span: node.span };
        const text = String(node.value).toLowerCase();
        if (text === 'true' || text === 'false')
            return { value: text === 'true', span: node.span };
    }
    reportWrongType(ctx, what, 'a boolean', node);
    return undefined;
}
/** The items of a list, or undefined (reported) when the node is not one; null is empty. */
function readList(ctx, node, what) {
    if (!node || (node.kind === 'scalar' && node.value === null))
        return [];
    if (node.kind === 'seq')
        return node.items;
    reportWrongType(ctx, what, 'a list', node);
    return [];
}
/** A list of strings, each with its span; other items are reported and skipped. */
function readStringList(ctx, node, what) {
    const out = [];
    for (const item of readList(ctx, node, what)) {
        const value = readString(ctx, item, `an item of ${what}`);
        if (value)
            out.push(value);
    }
    return out;
}
/**
 * The spans `pairSpan` made, by pair: a pair merged into several services (`<<: *defaults`) gives
 * each of them the same span object, not one apiece. Weak, so it goes with the parsed tree.
 */
const pairSpans = new WeakMap();
/** From a pair's key to the end of its value, when the value follows the key in the same file. */
function pairSpan(pair) {
    const made = pairSpans.get(pair);
    if (made)
        return made;
    const k = pair.key.span;
    const v = pair.value.span;
    const after = v.file === k.file &&
        (v.endLine > k.endLine || (v.endLine === k.endLine && v.endColumn >= k.endColumn));
    const nullValue = pair.value.kind === 'scalar' && pair.value.value === null;
    const span = after && !nullValue ? spanOf(k.file, k.startLine, k.startColumn, v.endLine, v.endColumn) : k;
    pairSpans.set(pair, span);
    return span;
}
/**
 * `KEY: VALUE` map or `KEY=VALUE` list entries. `value` is undefined for a bare `KEY` or a null
 * map value; the span covers the list item, or the map key and its value.
 */
function readKeyValues(ctx, node, what) {
    if (!node || (node.kind === 'scalar' && node.value === null))
        return [];
    if (node.kind === 'map') {
        const out = [];
        for (const [key, pair] of node.entries) {
            const v = pair.value;
            if (v.kind !== 'scalar') {
                reportWrongType(ctx, `\`${key}\` in ${what}`, 'a string, number or boolean', v);
                continue;
            }
            out.push({ key, value: v.value === null ? undefined : String(v.value), span: pairSpan(pair) });
        }
        return out;
    }
    if (node.kind === 'seq') {
        const out = [];
        for (const item of node.items) {
            if (item.kind !== 'scalar' || item.value === null) {
                reportWrongType(ctx, `an item of ${what}`, 'a `KEY=VALUE` string', item);
                continue;
            }
            const text = String(item.value);
            const at = text.indexOf('=');
            out.push({
                key: at < 0 ? text : text.slice(0, at),
                value: at < 0 ? undefined : text.slice(at + 1),
                span: item.span
            });
        }
        return out;
    }
    reportWrongType(ctx, what, 'a mapping or a list', node);
    return [];
}
/** Labels, map or `key=value` list; a bare key has the empty value. */
function readLabels(ctx, node, what) {
    return readKeyValues(ctx, node, what).map(e => ({
        key: e.key,
        value: e.value ?? '',
        span: e.span
    }));
}
/** A YAML tree as plain JavaScript values (for `x-tierguard` extensions kept raw). */
function toPlain(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toPlain);
    const out = {};
    for (const [key, pair] of node.entries)
        out[key] = toPlain(pair.value);
    return out;
}

;// CONCATENATED MODULE: ./src/load/normalize-network.ts


/** The declared networks of a project, in the order written. */
function normalizeNetworks(ctx, networks, projectName, kind) {
    if (networks?.kind !== 'map')
        return [];
    const out = [];
    for (const [key, pair] of networks.entries) {
        const body = pair.value.kind === 'map' ? pair.value : undefined;
        const what = `network \`${key}\``;
        const nameNode = readString(ctx, getValue(body, 'name'), `\`name\` of ${what}`);
        const externalNode = getValue(body, 'external');
        let external;
        let externalName;
        if (externalNode?.kind === 'map') {
            // Legacy `external: {name: x}`.
            external = true;
            externalName = readString(ctx, getValue(externalNode, 'name'), `\`external.name\` of ${what}`)?.value;
        }
        else {
            external = readBoolean(ctx, externalNode, `\`external\` of ${what}`)?.value ?? false;
        }
        const realName = external
            ? (nameNode?.value ?? externalName ?? key)
            : (nameNode?.value ?? `${projectName}_${key}`);
        const network = {
            key,
            realName,
            span: pair.key.span,
            implicit: false,
            external,
            labels: readLabels(ctx, getValue(body, 'labels'), `\`labels\` of ${what}`)
        };
        const driver = readString(ctx, getValue(body, 'driver'), `\`driver\` of ${what}`);
        if (driver)
            network.driver = driver;
        const internal = readBoolean(ctx, getValue(body, 'internal'), `\`internal\` of ${what}`);
        if (internal)
            network.internal = internal;
        const attachable = readBoolean(ctx, getValue(body, 'attachable'), `\`attachable\` of ${what}`);
        if (attachable)
            network.attachable = attachable;
        const opts = getValue(body, 'driver_opts');
        if (opts && opts.kind !== 'map' && !(opts.kind === 'scalar' && opts.value === null)) {
            reportWrongType(ctx, `\`driver_opts\` of ${what}`, 'a mapping', opts);
        }
        else if (opts?.kind === 'map') {
            const icc = opts.entries.get('com.docker.network.bridge.enable_icc');
            if (icc?.value.kind === 'scalar' && icc.value.value !== null) {
                const enabled = String(icc.value.value).toLowerCase();
                network.iccDisabled = {
                    value: enabled === 'false' || enabled === '0',
                    span: icc.value.span
                };
            }
            const encrypted = opts.entries.get('encrypted');
            const driverName = driver?.value ?? (kind === 'stack' ? 'overlay' : 'bridge');
            if (encrypted && driverName === 'overlay') {
                network.encrypted = { value: true, span: encrypted.key.span };
            }
        }
        const extension = body?.entries.get('x-tierguard');
        if (extension) {
            if (extension.value.kind === 'map') {
                network.extension = {
                    span: extension.key.span,
                    raw: toPlain(extension.value)
                };
            }
            else {
                reportWrongType(ctx, `\`x-tierguard\` of ${what}`, 'a mapping', extension.value);
            }
        }
        out.push(network);
    }
    return out;
}
/** The implicit `default` network a service joins when it lists none. */
function implicitDefaultNetwork(projectName) {
    return {
        key: 'default',
        realName: `${projectName}_default`,
        implicit: true,
        external: false,
        labels: []
    };
}

;// CONCATENATED MODULE: ./src/core/lists.ts
/**
 * Lists a scan keeps to its end. The model and the topology hold a dozen short lists per
 * service, hundreds of thousands on a monorepo. An empty `[]` is an object of its own, and a list
 * grown by `push` keeps room for 17 items. A kept list is stored exactly sized, and an empty
 * one as the one shared, frozen empty list: kept lists are read-only.
 */
/** The shared empty list. */
const EMPTY_LIST = Object.freeze([]);
/** `list` as kept for the rest of the scan: exactly sized, or the shared empty list. */
function kept(list) {
    return list.length === 0 ? EMPTY_LIST : list.slice();
}

;// CONCATENATED MODULE: ./src/load/ports.ts
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);
/**
 * Parses the short syntax: `C`, `H:C`, `IP:H:C`, `IP::C`, ranges, `/udp`, IPv6 in brackets.
 * Returns the reason as a string when the entry is malformed.
 */
function parseShortPort(text) {
    const slash = text.lastIndexOf('/');
    const spec = slash >= 0 ? text.slice(0, slash) : text;
    const protocol = slash >= 0 ? text.slice(slash + 1).toLowerCase() : 'tcp';
    if (!PROTOCOLS.has(protocol))
        return `unknown protocol \`${protocol}\` (tcp, udp or sctp)`;
    if (spec === '')
        return 'the container port is missing';
    let hostIp;
    let rest = spec;
    if (spec.startsWith('[')) {
        const close = spec.indexOf(']');
        if (close < 0 || spec[close + 1] !== ':')
            return 'an IPv6 address in `[...]` must be followed by `:`';
        hostIp = spec.slice(1, close);
        rest = spec.slice(close + 2);
    }
    const parts = rest.split(':');
    let published;
    let target;
    if (hostIp !== undefined) {
        if (parts.length !== 2)
            return 'expected `[IP]:HOST:CONTAINER`';
        [published, target] = parts;
    }
    else if (parts.length === 1) {
        target = parts[0];
    }
    else if (parts.length === 2) {
        ;
        [published, target] = parts;
    }
    else {
        // More than three parts: an IPv6 address without brackets, as Docker splits it.
        hostIp = parts.slice(0, -2).join(':');
        published = parts[parts.length - 2];
        target = parts[parts.length - 1];
    }
    if (published === '')
        published = undefined;
    return buildPort(text, hostIp, published, target, protocol, undefined);
}
/** Checks the parts of a port and classifies its binding. */
function buildPort(text, hostIp, published, target, protocol, mode) {
    if (!isPortOrRange(target, 1))
        return `\`${target}\` is not a container port or range`;
    if (published !== undefined && !isPortOrRange(published, 0)) {
        return `\`${published}\` is not a host port or range`;
    }
    let ip = hostIp;
    if (ip !== undefined && ip.startsWith('[') && ip.endsWith(']'))
        ip = ip.slice(1, -1);
    if (ip === '')
        ip = undefined;
    if (ip !== undefined && !isIpAddress(ip) && ip !== 'localhost') {
        return `\`${ip}\` is not an IP address`;
    }
    const port = { text, target, protocol, bind: classifyBind(ip) };
    if (ip !== undefined)
        port.hostIp = ip;
    if (published !== undefined)
        port.published = published;
    if (mode !== undefined)
        port.mode = mode;
    return port;
}
function isPortOrRange(text, min) {
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
    if (!m)
        return false;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return from >= min && to >= from && to <= 65535;
}
/** `all` for every interface, `loopback` for 127.0.0.0/8, `::1`, `localhost`, else `specific`. */
function classifyBind(hostIp) {
    if (hostIp === undefined || hostIp === '' || hostIp === '0.0.0.0')
        return 'all';
    const ip = hostIp.startsWith('[') && hostIp.endsWith(']') ? hostIp.slice(1, -1) : hostIp;
    const lowered = ip.toLowerCase();
    if (lowered === 'localhost')
        return 'loopback';
    if (isIpv4(ip))
        return ip.startsWith('127.') ? 'loopback' : ip === '0.0.0.0' ? 'all' : 'specific';
    const v6 = expandIpv6(lowered);
    if (v6 === undefined)
        return 'specific';
    if (v6.every(group => group === 0))
        return 'all';
    if (v6.slice(0, 7).every(group => group === 0) && v6[7] === 1)
        return 'loopback';
    // IPv4-mapped (::ffff:127.0.0.1).
    if (v6.slice(0, 5).every(group => group === 0) && v6[5] === 0xffff) {
        return v6[6] >> 8 === 127 ? 'loopback' : 'specific';
    }
    return 'specific';
}
function isIpAddress(text) {
    return isIpv4(text) || expandIpv6(text.toLowerCase()) !== undefined;
}
function isIpv4(text) {
    const parts = text.split('.');
    return parts.length === 4 && parts.every(p => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}
/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one. */
function expandIpv6(text) {
    if (!text.includes(':') || text.split('::').length > 2)
        return undefined;
    let address = text;
    const lastColon = address.lastIndexOf(':');
    const last = address.slice(lastColon + 1);
    if (last.includes('.')) {
        // An embedded IPv4 tail (`::ffff:127.0.0.1`) is two groups.
        if (!isIpv4(last))
            return undefined;
        const [a, b, c, d] = last.split('.').map(Number);
        address = `${address.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    }
    const toGroups = (s) => {
        if (s === '')
            return [];
        const groups = s.split(':');
        if (groups.some(g => !/^[0-9a-f]{1,4}$/.test(g)))
            return undefined;
        return groups.map(g => parseInt(g, 16));
    };
    const [head, rest] = address.split('::');
    const before = toGroups(head);
    const after = rest === undefined ? [] : toGroups(rest);
    if (!before || !after)
        return undefined;
    const known = before.length + after.length;
    if (rest === undefined)
        return known === 8 ? before : undefined;
    if (known > 7)
        return undefined;
    return [...before, ...Array(8 - known).fill(0), ...after];
}

;// CONCATENATED MODULE: ./src/load/normalize-service.ts







const MOUNT_TYPES = new Set(['bind', 'volume', 'tmpfs', 'npipe', 'cluster', 'image']);
/** Builds the model of service `name` from its merged definition. */
function normalizeService(name, key, body, options) {
    const { ctx } = options;
    const of = (attr) => `\`${attr}\` of service \`${name}\``;
    const get = (attr) => getValue(body, attr);
    const service = {
        name,
        span: key.span,
        profiles: kept(readStringList(ctx, get('profiles'), of('profiles'))),
        networks: EMPTY_LIST,
        ports: kept(readPorts(ctx, get('ports'), name)),
        expose: kept(readStringList(ctx, get('expose'), of('expose'))),
        mounts: kept(readMounts(ctx, get('volumes'), name)),
        labels: kept(readLabels(ctx, get('labels'), of('labels'))),
        deployLabels: EMPTY_LIST,
        environment: kept(readEnvironment(options, body, name)),
        dependsOn: kept(readDependsOn(ctx, get('depends_on'), name)),
        links: kept(readLinks(ctx, get('links'), name)),
        externalLinks: kept(readStringList(ctx, get('external_links'), of('external_links')))
    };
    const image = readString(ctx, get('image'), of('image'));
    if (image)
        service.image = image;
    const containerName = readString(ctx, get('container_name'), of('container_name'));
    if (containerName)
        service.containerName = containerName;
    const privileged = readBoolean(ctx, get('privileged'), of('privileged'));
    if (privileged)
        service.privileged = privileged;
    const command = readCommand(ctx, get('command'), of('command'));
    if (command)
        service.command = kept(command);
    const volumesFrom = readStringList(ctx, get('volumes_from'), of('volumes_from'));
    if (volumesFrom.length > 0)
        service.volumesFrom = kept(volumesFrom);
    const deploy = get('deploy');
    if (deploy?.kind === 'map') {
        service.deployLabels = kept(readLabels(ctx, getValue(deploy, 'labels'), of('deploy.labels')));
    }
    else if (deploy && !(deploy.kind === 'scalar' && deploy.value === null)) {
        reportWrongType(ctx, of('deploy'), 'a mapping', deploy);
    }
    const modeNode = readString(ctx, get('network_mode'), of('network_mode'));
    if (modeNode)
        service.networkMode = parseNetworkMode(modeNode.value, modeNode.span);
    const networks = readAttachments(options, get('networks'), name);
    if (networks.length === 0 && !service.networkMode && !hasExplicitNetworks(get('networks'))) {
        networks.push({
            network: 'default',
            span: key.span,
            implicit: true,
            declared: true,
            aliases: EMPTY_LIST
        });
    }
    service.networks = kept(networks);
    const extension = body.entries.get('x-tierguard');
    if (extension) {
        const ext = readExtension(ctx, extension.value, extension.key.span, name);
        if (ext)
            service.extension = ext;
    }
    return service;
}
/**
 * `command` as words. The list form keeps each item's span; the string form is split as a
 * POSIX shell splits words (compose does the same), every word carrying the string's span.
 * An explicit `null` or empty value is no command.
 */
function readCommand(ctx, node, what) {
    if (!node || (node.kind === 'scalar' && node.value === null))
        return undefined;
    if (node.kind === 'seq')
        return readStringList(ctx, node, what);
    const text = readString(ctx, node, what);
    if (!text)
        return undefined;
    return splitShellWords(text.value).map(value => ({ value, span: text.span }));
}
/**
 * Splits a command line into words like a POSIX shell, without expansion: blanks separate
 * words, single quotes keep everything literally, double quotes keep all but `\"`, `\\`,
 * `\$` and `` \` ``, and an unquoted backslash escapes the next character. An unterminated
 * quote ends at the end of the text.
 */
function splitShellWords(text) {
    const words = [];
    let word = '';
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charAt(i);
        if (c === "'") {
            const end = text.indexOf("'", i + 1);
            const stop = end < 0 ? text.length : end;
            word += text.slice(i + 1, stop);
            inWord = true;
            i = stop;
        }
        else if (c === '"') {
            inWord = true;
            for (i++; i < text.length && text.charAt(i) !== '"'; i++) {
                const d = text.charAt(i);
                const next = text.charAt(i + 1);
                if (d === '\\' && (next === '"' || next === '\\' || next === '$' || next === '`')) {
                    word += next;
                    i++;
                }
                else
                    word += d;
            }
        }
        else if (c === '\\') {
            // A backslash before a newline continues the line; before anything else, it escapes.
            const next = text.charAt(++i);
            if (next !== '\n' && next !== '') {
                word += next;
                inWord = true;
            }
        }
        else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
/** `networks: []` or `{}` still counts as "no networks listed": compose joins `default`. */
function hasExplicitNetworks(node) {
    if (!node)
        return false;
    if (node.kind === 'seq')
        return node.items.length > 0;
    if (node.kind === 'map')
        return node.entries.size > 0;
    return false;
}
function parseNetworkMode(value, span) {
    if (value === 'host' || value === 'none' || value === 'bridge')
        return { kind: value, span };
    if (value.startsWith('service:'))
        return { kind: 'service', target: value.slice(8), span };
    if (value.startsWith('container:'))
        return { kind: 'container', target: value.slice(10), span };
    return { kind: 'other', value, span };
}
function readAttachments(options, node, service) {
    const { ctx, declaredNetworks } = options;
    const what = `\`networks\` of service \`${service}\``;
    const attach = (network, span) => ({
        network,
        span,
        implicit: false,
        declared: network === 'default' || declaredNetworks.has(network),
        aliases: EMPTY_LIST
    });
    if (!node || (node.kind === 'scalar' && node.value === null))
        return [];
    if (node.kind === 'seq') {
        const out = [];
        for (const item of node.items) {
            const name = readString(ctx, item, `an item of ${what}`);
            if (name)
                out.push(attach(name.value, name.span));
        }
        return out;
    }
    if (node.kind !== 'map') {
        reportWrongType(ctx, what, 'a list or a mapping', node);
        return [];
    }
    const out = [];
    for (const [network, pair] of node.entries) {
        const attachment = attach(network, pair.key.span);
        const body = pair.value;
        const on = `network \`${network}\` of service \`${service}\``;
        if (body.kind === 'map') {
            attachment.aliases = kept(readStringList(ctx, getValue(body, 'aliases'), `\`aliases\` of ${on}`));
            const v4 = readString(ctx, getValue(body, 'ipv4_address'), `\`ipv4_address\` of ${on}`);
            if (v4)
                attachment.ipv4Address = v4;
            const v6 = readString(ctx, getValue(body, 'ipv6_address'), `\`ipv6_address\` of ${on}`);
            if (v6)
                attachment.ipv6Address = v6;
            const priority = getValue(body, 'priority');
            if (priority) {
                const n = priority.kind === 'scalar' ? Number(priority.value) : NaN;
                if (priority.kind === 'scalar' && priority.value !== null && Number.isInteger(n)) {
                    attachment.priority = n;
                }
                else {
                    reportWrongType(ctx, `\`priority\` of ${on}`, 'an integer', priority);
                }
            }
        }
        else if (!(body.kind === 'scalar' && body.value === null)) {
            reportWrongType(ctx, on, 'a mapping or empty', body);
        }
        out.push(attachment);
    }
    return out;
}
function readPorts(ctx, node, service) {
    const out = [];
    for (const item of readList(ctx, node, `\`ports\` of service \`${service}\``)) {
        let parsed;
        if (item.kind === 'scalar' &&
            (typeof item.value === 'string' || typeof item.value === 'number')) {
            parsed = parseShortPort(String(item.value));
        }
        else if (item.kind === 'map') {
            parsed = readLongPort(ctx, item, service);
        }
        else {
            reportWrongType(ctx, `a port of service \`${service}\``, 'a string, number or mapping', item);
            continue;
        }
        if (typeof parsed === 'string') {
            const text = scalarText(item);
            report(ctx, 'invalid-value', 'error', `port ${text !== undefined ? `\`${text}\` ` : ''}of service \`${service}\` is malformed: ${parsed}; compose refuses it`, item.span);
            continue;
        }
        out.push({ span: item.span, ...parsed });
    }
    return out;
}
function readLongPort(ctx, item, service) {
    const on = `a port of service \`${service}\``;
    const text = (attr) => readString(ctx, getValue(item, attr), `\`${attr}\` of ${on}`)?.value;
    const target = text('target');
    if (target === undefined)
        return '`target` (the container port) is missing';
    const published = text('published');
    const hostIp = text('host_ip');
    const protocol = (text('protocol') ?? 'tcp').toLowerCase();
    const mode = text('mode');
    if (mode !== undefined && mode !== 'ingress' && mode !== 'host') {
        return `\`mode\` must be \`ingress\` or \`host\`, not \`${mode}\``;
    }
    if (!['tcp', 'udp', 'sctp'].includes(protocol))
        return `unknown protocol \`${protocol}\``;
    const ip = hostIp
        ? hostIp.includes(':') && !hostIp.startsWith('[')
            ? `[${hostIp}]`
            : hostIp
        : '';
    const rendered = (ip ? `${ip}:${published ?? ''}:` : published ? `${published}:` : '') +
        target +
        (protocol === 'tcp' ? '' : `/${protocol}`);
    return buildPort(rendered, hostIp, published === '' ? undefined : published, target, protocol, mode);
}
function readMounts(ctx, node, service) {
    const out = [];
    for (const item of readList(ctx, node, `\`volumes\` of service \`${service}\``)) {
        if (item.kind === 'scalar' && typeof item.value === 'string') {
            const parsed = parseShortVolume(item.value);
            const sourceless = parsed ? undefined : parseShortVolume(`_${item.value}`);
            if (!parsed && item.value.startsWith(':') && sourceless) {
                // `${DATA_DIR}:/data` with the variable unset. Keep the mount: its target still says
                // what it is (a target of `/var/run/docker.sock` is the socket, whatever the source).
                report(ctx, 'invalid-value', 'error', `volume \`${item.value}\` of service \`${service}\` has an empty source (an unset variable?); compose refuses it`, item.span);
                out.push({
                    span: item.span,
                    type: 'bind',
                    target: sourceless.target,
                    readOnly: sourceless.readOnly,
                    dockerSocket: isDockerSocket(sourceless.target)
                });
                continue;
            }
            if (!parsed) {
                report(ctx, 'invalid-value', 'error', `volume \`${item.value}\` of service \`${service}\` is malformed (expected \`SOURCE:TARGET[:MODE]\`); compose refuses it`, item.span);
                continue;
            }
            const mount = {
                span: item.span,
                type: parsed.type,
                target: parsed.target,
                readOnly: parsed.readOnly,
                dockerSocket: parsed.type === 'bind' && isDockerSocket(parsed.source)
            };
            if (parsed.source !== undefined)
                mount.source = parsed.source;
            out.push(mount);
        }
        else if (item.kind === 'map') {
            const on = `a volume of service \`${service}\``;
            const read = (attr) => readString(ctx, getValue(item, attr), `\`${attr}\` of ${on}`);
            const target = read('target');
            const source = read('source')?.value;
            const typeNode = read('type');
            const type = (typeNode?.value ??
                (source !== undefined && isHostPath(source) ? 'bind' : 'volume'));
            if (!MOUNT_TYPES.has(type)) {
                report(ctx, 'invalid-value', 'error', `\`type\` of ${on} must be one of ${[...MOUNT_TYPES].join(', ')}, not \`${type}\``, typeNode?.span ?? item.span);
                continue;
            }
            if (!target) {
                report(ctx, 'invalid-value', 'error', `${on} has no \`target\`; compose refuses it`, item.span);
                continue;
            }
            const mount = {
                span: item.span,
                type,
                target: target.value,
                readOnly: readBoolean(ctx, getValue(item, 'read_only'), `\`read_only\` of ${on}`)?.value ?? false,
                dockerSocket: (type === 'bind' || type === 'npipe') && source !== undefined && isDockerSocket(source)
            };
            if (source !== undefined)
                mount.source = source;
            out.push(mount);
        }
        else {
            reportWrongType(ctx, `a volume of service \`${service}\``, 'a string or a mapping', item);
        }
    }
    return out;
}
function readEnvironment(options, body, service) {
    const { ctx } = options;
    const own = readKeyValues(ctx, getValue(body, 'environment'), `\`environment\` of service \`${service}\``).map(e => {
        const variable = { name: e.key, span: e.span };
        if (e.value !== undefined)
            variable.value = e.value;
        return variable;
    });
    const names = new Set(own.map(v => v.name));
    const fromFiles = new Map();
    const envFile = getValue(body, 'env_file');
    const items = envFile?.kind === 'seq' ? envFile.items : envFile ? [envFile] : [];
    for (const item of items) {
        let file;
        let required = true;
        if (item.kind === 'scalar' && typeof item.value === 'string') {
            file = item.value;
        }
        else if (item.kind === 'map') {
            file = readString(ctx, getValue(item, 'path'), `\`env_file.path\` of service \`${service}\``)?.value;
            required =
                readBoolean(ctx, getValue(item, 'required'), `\`env_file.required\` of service \`${service}\``)?.value ?? true;
        }
        else if (!(item.kind === 'scalar' && item.value === null)) {
            reportWrongType(ctx, `\`env_file\` of service \`${service}\``, 'a path, a list or a mapping with `path`', item);
        }
        if (file === undefined)
            continue;
        const text = readEnvFileText(ctx, file, {
            required,
            span: item.span,
            owner: ` of service \`${service}\``,
            missing: 'does not exist; compose refuses to start it (mark it `required: false` if it is optional)'
        });
        if (text === undefined)
            continue;
        const parsed = parseEnvFile(file, text, options.lookup);
        if (!ctx.reportedFiles.has(file)) {
            ctx.reportedFiles.add(file);
            ctx.diagnostics.push(...parsed.diagnostics);
        }
        for (const entry of parsed.entries) {
            if (names.has(entry.key))
                continue;
            fromFiles.delete(entry.key);
            fromFiles.set(entry.key, {
                name: entry.key,
                value: entry.value,
                span: item.span,
                fromEnvFile: file
            });
        }
    }
    return [...own, ...fromFiles.values()];
}
function readDependsOn(ctx, node, service) {
    const what = `\`depends_on\` of service \`${service}\``;
    if (node?.kind === 'map') {
        return [...node.entries.values()].map(pair => ({ value: pair.key.value, span: pair.key.span }));
    }
    if (node?.kind === 'scalar' && node.value !== null) {
        reportWrongType(ctx, what, 'a list or a mapping', node);
        return [];
    }
    return readStringList(ctx, node, what);
}
function readLinks(ctx, node, service) {
    return readStringList(ctx, node, `\`links\` of service \`${service}\``).map(({ value, span }) => {
        const at = value.indexOf(':');
        const link = { service: at < 0 ? value : value.slice(0, at), span };
        if (at >= 0)
            link.alias = value.slice(at + 1);
        return link;
    });
}
function readExtension(ctx, node, span, service) {
    const what = `\`x-tierguard\` of service \`${service}\``;
    if (node.kind !== 'map') {
        reportWrongType(ctx, what, 'a mapping', node);
        return undefined;
    }
    const extension = { ignore: [], span };
    const tier = readString(ctx, getValue(node, 'tier'), `\`tier\` in ${what}`);
    if (tier)
        extension.tier = tier;
    const ignore = getValue(node, 'ignore');
    if (ignore?.kind === 'map') {
        for (const [rule, pair] of ignore.entries) {
            const reason = readString(ctx, pair.value, `the reason for \`${rule}\` in ${what}`);
            extension.ignore.push(reason
                ? { rule: { value: rule, span: pair.key.span }, reason }
                : { rule: { value: rule, span: pair.key.span } });
        }
    }
    else {
        for (const item of readList(ctx, ignore, `\`ignore\` in ${what}`)) {
            if (item.kind === 'map') {
                const rule = readString(ctx, getValue(item, 'rule'), `\`rule\` in ${what}`);
                if (!rule) {
                    reportWrongType(ctx, `an \`ignore\` entry in ${what}`, 'a mapping with `rule`', item);
                    continue;
                }
                const reason = readString(ctx, getValue(item, 'reason'), `\`reason\` in ${what}`);
                extension.ignore.push(reason ? { rule, reason } : { rule });
            }
            else {
                const rule = readString(ctx, item, `an \`ignore\` entry in ${what}`);
                if (rule)
                    extension.ignore.push({ rule });
            }
        }
    }
    return extension;
}

;// CONCATENATED MODULE: ./src/load/project-name.ts
/** The project (or stack) name, from the sources compose reads, normalised as compose does. */


/**
 * Lowercase, only `[a-z0-9_-]`, starting with a letter or digit (compose's
 * `NormalizeProjectName`). May return the empty string.
 */
function normalizeProjectName(raw) {
    return raw
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '')
        .replace(/^[_-]+/, '');
}
/**
 * Compose: `plan.name` (config, like `-p`) > top-level `name:` > `COMPOSE_PROJECT_NAME` > the
 * project directory's name. Stacks: `plan.name` (the deploy-time stack name) > folder name.
 */
function resolveProjectName(ctx, plan, nameNode, env) {
    const fromConfig = plan.name !== undefined ? normalizeProjectName(plan.name) : '';
    if (fromConfig)
        return { name: fromConfig, nameSource: 'config' };
    if (plan.kind === 'compose') {
        if (nameNode?.kind === 'scalar' && nameNode.value !== null) {
            const raw = String(nameNode.value);
            const name = normalizeProjectName(raw);
            if (name !== raw) {
                report(ctx, 'invalid-value', 'warning', name
                    ? `project name \`${raw}\` must hold only lowercase letters, digits, \`-\` and \`_\` and start with a letter or digit; compose refuses it. It was analysed as \`${name}\``
                    : `project name \`${raw}\` has no usable character; compose refuses it`, nameNode.span);
            }
            if (name)
                return { name, nameSource: 'name-field' };
        }
        else if (nameNode && !(nameNode.kind === 'scalar' && nameNode.value === null)) {
            report(ctx, 'wrong-type', 'error', 'the top-level `name` must be a string', nameNode.span);
        }
        const fromEnv = normalizeProjectName(env.get('COMPOSE_PROJECT_NAME') ?? '');
        if (fromEnv)
            return { name: fromEnv, nameSource: 'environment' };
    }
    const folder = external_node_path_default().basename(ctx.cache.absolute(plan.directory));
    return { name: normalizeProjectName(folder) || 'default', nameSource: 'directory' };
}

;// CONCATENATED MODULE: ./src/load/load-project.ts









/**
 * Loads the files of `plan` as `docker compose -f base -f override...` (or `docker stack
 * deploy`) would: interpolation, `include`, `extends`, override merging, then normalisation.
 * Reads every file through `cache`. Never throws on bad input.
 */
function loadProject(plan, cache, options) {
    const ctx = createContext(cache, options.logger);
    for (const file of plan.files)
        noteFile(ctx, file);
    const env = buildEnvironment(ctx, plan, options.env);
    const scope = createScope(ctx, env, plan.directory);
    const model = loadModel(scope, plan.files);
    const { name, nameSource } = resolveProjectName(ctx, plan, getValue(model, 'name'), env);
    const networks = normalizeNetworks(ctx, getValue(model, 'networks'), name, plan.kind);
    const declaredNetworks = new Set(networks.map(n => n.key));
    const services = [];
    const servicesNode = getValue(model, 'services');
    if (servicesNode?.kind === 'map') {
        for (const [serviceName, pair] of servicesNode.entries) {
            if (pair.value.kind !== 'map')
                continue;
            services.push(normalizeService(serviceName, pair.key, pair.value, {
                ctx,
                declaredNetworks,
                lookup: variable => env.get(variable)
            }));
        }
    }
    else if (model && plan.files.length > 0) {
        report(ctx, 'not-compose', 'warning', 'the project defines no `services`: there is nothing to analyse', fileSpan(plan.files[0]));
    }
    if (!declaredNetworks.has('default') &&
        services.some(s => s.networks.some(a => a.network === 'default'))) {
        networks.push(implicitDefaultNetwork(name));
    }
    checkNamespaceTargets(ctx, services);
    const base = plan.files[0];
    const project = {
        name,
        nameSource,
        kind: plan.kind,
        directory: plan.directory,
        files: ctx.files,
        services,
        networks,
        diagnostics: ctx.diagnostics,
        unsetVariables: ctx.unsetVariables
    };
    options.logger.debug(`Loaded project ${name} (${base ?? 'no file'}): ${services.length} service(s), ${networks.length} network(s), ${ctx.diagnostics.length} diagnostic(s)`);
    return project;
}
/**
 * Variables for interpolation: the user's (`env`) win, then the project directory's `.env`,
 * then `plan.envFiles` (a later one over an earlier one). Inside an env file, `${VAR}` sees the
 * user's variables, then what was read before.
 */
function buildEnvironment(ctx, plan, given) {
    const user = new Map(Object.entries(given));
    const layers = [];
    const read = (file, required) => {
        const text = readEnvFileText(ctx, file, {
            required,
            span: fileSpan(plan.files[0] ?? file),
            missing: 'configured for this project does not exist'
        });
        if (text === undefined)
            return;
        const sofar = new Map();
        for (const layer of layers)
            for (const [k, v] of layer)
                sofar.set(k, v);
        const parsed = parseEnvFile(file, text, name => user.get(name) ?? sofar.get(name));
        ctx.diagnostics.push(...parsed.diagnostics);
        ctx.reportedFiles.add(file);
        layers.push(envFileToMap(parsed));
    };
    for (const file of plan.envFiles ?? [])
        read(file, true);
    read(resolvePath(plan.directory, '.env'), false);
    const env = new Map();
    for (const layer of [...layers, user])
        for (const [k, v] of layer)
            env.set(k, v);
    return env;
}
/** `network_mode: service:NAME` must name a service of the project. */
function checkNamespaceTargets(ctx, services) {
    const names = new Set(services.map(s => s.name));
    for (const service of services) {
        const mode = service.networkMode;
        if (mode?.kind === 'service' && !names.has(mode.target)) {
            report(ctx, 'unknown-service', 'error', `service \`${service.name}\` shares the network namespace of \`${mode.target}\`, which the project does not define; compose refuses it`, mode.span);
        }
    }
}

;// CONCATENATED MODULE: ./src/analyze/image-ref.ts
/**
 * Parses container image references the way the Docker CLI does, so tiers are decided on the
 * repository name and never on a registry host, port, tag or digest.
 */
/**
 * Splits `[registry[:port]/]namespace/name[:tag][@digest]`. A first component is a registry
 * when it has a `.` or `:` or is `localhost`, as in Docker's reference grammar. Pieces left
 * empty by interpolation (`${REGISTRY}/x` with REGISTRY unset) and unresolved `${...}` are
 * dropped. Returns undefined when no repository name is left.
 */
function parseImageReference(reference) {
    let rest = reference.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1) || undefined;
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1) || undefined;
        rest = rest.slice(0, colon);
    }
    let parts = rest.split('/').filter(part => part.length > 0 && !part.includes('$'));
    let registry = 'docker.io';
    const first = parts[0];
    if (parts.length > 1 &&
        first &&
        (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first.toLowerCase();
        parts = parts.slice(1);
    }
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = 'docker.io';
    const components = parts.map(part => part.toLowerCase());
    const name = components[components.length - 1];
    if (!name)
        return undefined;
    if (registry === 'docker.io' && components.length === 1)
        components.unshift('library');
    return { registry, path: components.join('/'), components, name, tag, digest };
}

;// CONCATENATED MODULE: ./src/analyze/tiers.ts

const edge = (product) => ({ tier: 'edge', product });
const data = (product) => ({ tier: 'data', product });
/** Image names (last path component, or a name plus flavour words) and what they are. */
const PRODUCTS_BY_NAME = new Map([
    // Reverse proxies, load balancers, API gateways, auth proxies and tunnels.
    ['nginx', edge('nginx')],
    ['nginx-proxy', edge('nginx-proxy')],
    ['nginx-proxy-manager', edge('Nginx Proxy Manager')],
    ['openresty', edge('OpenResty')],
    ['swag', edge('SWAG')],
    ['traefik', edge('Traefik')],
    ['caddy', edge('Caddy')],
    ['caddy-docker-proxy', edge('Caddy')],
    ['caddy-gen', edge('Caddy')],
    ['haproxy', edge('HAProxy')],
    ['envoy', edge('Envoy')],
    ['httpd', edge('Apache httpd')],
    ['apache', edge('Apache httpd')],
    ['apache2', edge('Apache httpd')],
    ['kong', edge('Kong')],
    ['varnish', edge('Varnish')],
    ['pomerium', edge('Pomerium')],
    ['oauth2-proxy', edge('OAuth2 Proxy')],
    ['https-portal', edge('HTTPS-PORTAL')],
    ['apisix', edge('Apache APISIX')],
    ['tyk-gateway', edge('Tyk')],
    ['cloudflared', edge('Cloudflare Tunnel')],
    // Relational databases.
    ['postgres', data('PostgreSQL')],
    ['postgresql', data('PostgreSQL')],
    ['postgis', data('PostgreSQL')],
    ['pgvector', data('PostgreSQL')],
    ['timescaledb', data('PostgreSQL')],
    ['mysql', data('MySQL')],
    ['mariadb', data('MariaDB')],
    ['percona', data('Percona Server')],
    ['percona-xtradb-cluster', data('Percona XtraDB Cluster')],
    ['percona-server-mongodb', data('MongoDB')],
    ['mssql-server-linux', data('SQL Server')],
    ['azure-sql-edge', data('SQL Server')],
    ['cockroach', data('CockroachDB')],
    ['oracle-xe', data('Oracle Database')],
    ['oracle-free', data('Oracle Database')],
    ['db2', data('Db2')],
    // Connection poolers and SQL proxies hold database credentials and speak to it directly.
    ['pgbouncer', data('PgBouncer')],
    ['pgpool', data('Pgpool-II')],
    ['proxysql', data('ProxySQL')],
    // Document, key-value, wide-column, graph, time-series and search stores.
    ['mongo', data('MongoDB')],
    ['mongodb', data('MongoDB')],
    ['redis', data('Redis')],
    ['valkey', data('Valkey')],
    ['keydb', data('KeyDB')],
    ['dragonfly', data('Dragonfly')],
    ['memcached', data('Memcached')],
    ['elasticsearch', data('Elasticsearch')],
    ['opensearch', data('OpenSearch')],
    ['solr', data('Solr')],
    ['meilisearch', data('Meilisearch')],
    ['typesense', data('Typesense')],
    ['cassandra', data('Cassandra')],
    ['scylla', data('ScyllaDB')],
    ['couchdb', data('CouchDB')],
    ['arangodb', data('ArangoDB')],
    ['rethinkdb', data('RethinkDB')],
    ['influxdb', data('InfluxDB')],
    ['questdb', data('QuestDB')],
    ['clickhouse', data('ClickHouse')],
    ['crate', data('CrateDB')],
    ['neo4j', data('Neo4j')],
    ['surrealdb', data('SurrealDB')],
    ['qdrant', data('Qdrant')],
    ['weaviate', data('Weaviate')],
    ['milvus', data('Milvus')],
    // Queues, streams and coordination.
    ['rabbitmq', data('RabbitMQ')],
    ['kafka', data('Kafka')],
    ['cp-kafka', data('Kafka')],
    ['redpanda', data('Redpanda')],
    ['pulsar', data('Pulsar')],
    ['activemq', data('ActiveMQ')],
    ['nats', data('NATS')],
    ['zookeeper', data('ZooKeeper')],
    ['cp-zookeeper', data('ZooKeeper')],
    ['etcd', data('etcd')],
    // Object and secret stores.
    ['minio', data('MinIO')],
    ['seaweedfs', data('SeaweedFS')],
    ['vault', data('Vault')],
    ['openbao', data('OpenBao')]
]);
/** Repositories whose last component alone is too generic (`server`), by path. */
const PRODUCTS_BY_PATH = new Map([
    ['mssql/server', data('SQL Server')],
    ['mssql/rhel/server', data('SQL Server')],
    ['confluentinc/cp-server', data('Kafka')],
    ['couchbase/server', data('Couchbase')],
    ['library/couchbase', data('Couchbase')]
]);
/** Words that name a build of a product rather than another program: `redis-7-alpine`. */
const FLAVOUR_WORDS = new Set([
    'alpine',
    'debian',
    'ubuntu',
    'bullseye',
    'bookworm',
    'buster',
    'trixie',
    'jammy',
    'focal',
    'noble',
    'slim',
    'distroless',
    'ubi',
    'ubi8',
    'ubi9',
    'oss',
    'ce',
    'ee',
    'community',
    'enterprise',
    'official',
    'server',
    'cluster',
    'sentinel',
    'sharded',
    'repmgr',
    'ha',
    'stack',
    'standalone',
    'cache',
    'store',
    'streaming',
    'artemis',
    'gateway',
    'unprivileged',
    'rootless',
    'lts',
    'latest'
]);
const VERSION_WORD = /^v?\d+(\.\d+)*[a-z]?$/;
/** Well-known container ports of data stores, for services whose image says nothing. */
const DATA_PORTS = new Map([
    [5432, 'PostgreSQL'],
    [3306, 'MySQL'],
    [1433, 'SQL Server'],
    [1521, 'Oracle Database'],
    [26257, 'CockroachDB'],
    [6379, 'Redis'],
    [11211, 'Memcached'],
    [27017, 'MongoDB'],
    [9200, 'Elasticsearch'],
    [9042, 'Cassandra'],
    [5984, 'CouchDB'],
    [8086, 'InfluxDB'],
    [8123, 'ClickHouse'],
    [7687, 'Neo4j'],
    [28015, 'RethinkDB'],
    [8529, 'ArangoDB'],
    [5672, 'RabbitMQ'],
    [9092, 'Kafka'],
    [4222, 'NATS'],
    [2181, 'ZooKeeper'],
    [2379, 'etcd'],
    [8200, 'Vault']
]);
const TIERS = ['edge', 'app', 'data'];
/**
 * Whether the image is docker-gen, which renders nginx-proxy's configuration from the Docker
 * API for a separate nginx container: `nginxproxy/docker-gen`, `jwilder/docker-gen`, or
 * nginx-proxy's own image in a docker-gen build (`nginxproxy/nginx-proxy:dockergen`).
 */
function isDockerGenImage(image) {
    if (image.name === 'docker-gen')
        return true;
    return image.name === 'nginx-proxy' && (image.tag ?? '').toLowerCase().includes('dockergen');
}
/** What an image is, when it is a known proxy or data store. */
function identifyImage(image) {
    const byPath = PRODUCTS_BY_PATH.get(image.path);
    if (byPath)
        return byPath;
    const exact = PRODUCTS_BY_NAME.get(image.name);
    if (exact)
        return exact;
    // `redis-stack-server`, `postgres-12-alpine`: the longest known prefix, then flavour words.
    const words = image.name.split(/[-_]/);
    for (let n = words.length - 1; n >= 1; n--) {
        const product = PRODUCTS_BY_NAME.get(words.slice(0, n).join('-'));
        if (!product)
            continue;
        const rest = words.slice(n);
        if (rest.every(word => FLAVOUR_WORDS.has(word) || VERSION_WORD.test(word)))
            return product;
        return undefined;
    }
    return undefined;
}
/**
 * The service's tier and why: `x-tierguard: {tier}` first, then the image, then a data store's
 * well-known container port (in `ports` or `expose`) when the image is unknown or absent.
 */
function classifyTier(service) {
    const override = service.extension?.tier;
    const reference = service.image ? parseImageReference(service.image.value) : undefined;
    const product = reference ? identifyImage(reference) : undefined;
    if (override && TIERS.includes(override.value)) {
        return new ClassifiedTier(service, override.value, 'override', product?.product, override.span);
    }
    if (reference && service.image && isDockerGenImage(reference)) {
        // It watches the Docker API and writes files: the nginx container beside it is the proxy.
        return new ClassifiedTier(service, 'app', 'image', undefined, service.image.span);
    }
    if (product && service.image) {
        return new ClassifiedTier(service, product.tier, 'image', product.product, service.image.span);
    }
    const port = findDataPort(service);
    if (port)
        return new ClassifiedTier(service, 'data', 'port', port.product, port.span);
    return new ClassifiedTier(service, 'app', 'default', undefined, service.image?.span);
}
/**
 * A tier `classifyTier` decided. Its evidence is worded when it is read (the JSON report, a
 * configuration override), not when the tier is decided: few are ever read, and at 50,000
 * services the sentences weighed 7.5 MB, more than the assignments themselves.
 */
class ClassifiedTier {
    tier;
    basis;
    product;
    span;
    #service;
    constructor(service, tier, basis, product, span) {
        this.tier = tier;
        this.basis = basis;
        this.product = product;
        this.span = span;
        this.#service = service;
    }
    /** The reasons, worded from the service again: each basis has one way to be reached. */
    get evidence() {
        const image = this.#service.image;
        const imageEvidence = image ? `image "${image.value}"` : undefined;
        switch (this.basis) {
            case 'override': {
                const evidence = [`x-tierguard: tier: ${this.tier}`];
                if (this.product && imageEvidence)
                    evidence.push(imageEvidence);
                return evidence;
            }
            case 'image':
                return [
                    this.product
                        ? `${imageEvidence} (${this.product})`
                        : `${imageEvidence} is docker-gen, which writes the proxy's configuration`
                ];
            case 'port':
                return [`port ${findDataPort(this.#service)?.port} (${this.product})`];
            case 'default':
                return [
                    imageEvidence
                        ? `${imageEvidence} is not a known proxy or data store`
                        : 'no image and no data-store port'
                ];
        }
    }
}
/** Whether a container port (`5432`, `5432/tcp`, a range) is, or holds, a data store's well-known port. */
function isDataStorePort(target) {
    const [low, high] = parsePortRange(target);
    if (low === undefined)
        return false;
    return [...DATA_PORTS].some(([port]) => port >= low && port <= (high ?? low));
}
function findDataPort(service) {
    const candidates = [
        ...service.ports.map(p => ({ text: p.target, span: p.span })),
        ...service.expose.map(e => ({ text: e.value, span: e.span }))
    ];
    for (const candidate of candidates) {
        const [low, high] = parsePortRange(candidate.text);
        if (low === undefined)
            continue;
        for (const [port, product] of DATA_PORTS) {
            if (port >= low && port <= (high ?? low))
                return { port, product, span: candidate.span };
        }
    }
    return undefined;
}
/** `5432`, `5432/tcp`, `8000-8010` -> the numbers; anything else -> []. */
function parsePortRange(text) {
    const [range = ''] = text.trim().split('/');
    const [low, high] = range.split('-').map(part => Number(part));
    if (low === undefined || !Number.isInteger(low))
        return [];
    return [low, high !== undefined && Number.isInteger(high) ? high : undefined];
}

;// CONCATENATED MODULE: ./src/analyze/names.ts
/** Indexes the names of `services` (sorted by id, memberships set for `onNetwork`). */
function createNameIndex(services) {
    const byProject = new Map();
    const byContainerName = new Map();
    for (const node of services) {
        const names = byProject.get(node.project) ?? new Map();
        byProject.set(node.project, names);
        const own = node.service.name.toLowerCase();
        if (!names.has(own))
            names.set(own, node);
        const containerName = node.service.containerName?.value.toLowerCase();
        if (containerName)
            push(byContainerName, containerName, node);
    }
    // Only a name like `app-web-1` needs compose's generated names: indexed when one is asked.
    let byGeneratedName;
    const generatedNames = () => {
        if (byGeneratedName)
            return byGeneratedName;
        byGeneratedName = new Map();
        for (const node of services) {
            for (const separator of ['-', '_']) {
                const generated = `${node.project.name}${separator}${node.service.name}`.toLowerCase();
                if (!byGeneratedName.has(generated))
                    byGeneratedName.set(generated, node);
            }
        }
        return byGeneratedName;
    };
    const networkNames = new Map();
    const namesOn = (network) => {
        let names = networkNames.get(network);
        if (names)
            return names;
        names = new Map();
        // A namespace sharer answers on its owner's addresses; the owner is named first.
        const members = [...network.members].sort((a, b) => Number(a.service.mode === 'namespace') - Number(b.service.mode === 'namespace') ||
            a.service.index - b.service.index);
        for (const { service: node, attachment } of members) {
            const keys = new Set([node.service.name.toLowerCase()]);
            if (node.service.containerName)
                keys.add(node.service.containerName.value.toLowerCase());
            for (const alias of attachment.aliases)
                keys.add(alias.value.toLowerCase());
            for (const key of keys)
                push(names, key, node);
        }
        networkNames.set(network, names);
        return names;
    };
    const serviceInProject = (project, name) => byProject.get(project)?.get(name.toLowerCase());
    const container = (name, project) => {
        const key = name.toLowerCase();
        const named = byContainerName.get(key);
        if (named?.length)
            return named.find(n => n.project === project) ?? named[0];
        const generated = /^(.*)[-_]\d+$/.exec(key);
        return generated?.[1] ? generatedNames().get(generated[1]) : undefined;
    };
    return {
        serviceInProject,
        container,
        onNetwork: (network, name) => namesOn(network).get(name.toLowerCase()) ?? [],
        namespaceTarget(node) {
            const mode = node.service.networkMode;
            if (mode?.kind === 'service')
                return serviceInProject(node.project, mode.target);
            if (mode?.kind !== 'container')
                return undefined;
            const key = mode.target.toLowerCase();
            return (byContainerName.get(key)?.find(n => n.project === node.project) ??
                byContainerName.get(key)?.[0] ??
                serviceInProject(node.project, mode.target) ??
                container(mode.target));
        }
    };
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}

;// CONCATENATED MODULE: ./src/analyze/intents.ts
/**
 * Intents: the connections the configuration says it needs. From `depends_on`, `links`,
 * `external_links`, `network_mode: service:`/`container:`, environment values that name another
 * service (URLs anywhere, host-like variables such as `DB_HOST`), and proxy routing (Traefik
 * labels, nginx-proxy's `VIRTUAL_HOST`, caddy-docker-proxy's `caddy` labels).
 */




/** Variable name endings whose values are host names or host lists (`DB_HOST`, `KAFKA_BROKERS`). */
const HOST_VARIABLE_SUFFIXES = [
    'HOST',
    'HOSTS',
    'HOSTNAME',
    'ADDR',
    'ADDRESS',
    'SERVER',
    'SERVERS',
    'URL',
    'URLS',
    'URI',
    'URIS',
    'DSN',
    'ENDPOINT',
    'ENDPOINTS',
    'BROKER',
    'BROKERS',
    'CONNECT'
];
/** Variables that end like a host variable but hold something else (a domain to serve). */
const NOT_HOST_VARIABLES = new Set(['VIRTUAL_HOST', 'LETSENCRYPT_HOST', 'VIRTUAL_HOST_ALIAS']);
const STANDALONE_HOST_VARIABLES = new Set(['PGHOST', 'MYSQL_HOST', 'DOCKER_HOST']);
const HOST_VARIABLE_ENDINGS = HOST_VARIABLE_SUFFIXES.map(suffix => `_${suffix}`);
/** Whether a variable's value is read as a host, `host:port` or a list of them. */
function isHostVariable(name) {
    const upper = name.toUpperCase();
    if (NOT_HOST_VARIABLES.has(upper))
        return false;
    if (STANDALONE_HOST_VARIABLES.has(upper))
        return true;
    return HOST_VARIABLE_ENDINGS.some(ending => upper.endsWith(ending));
}
const URL_AUTHORITY = /([a-z][a-z0-9+.-]*):\/\/([^/?#\s"']*)/gi;
const HOST_NAME = /^[a-z0-9_][a-z0-9_.-]*$/i;
/**
 * The host names an environment variable names: the hosts of every URL in the value (with
 * user info, ports and multi-host lists like `mongodb://a:27017,b:27017/db`), or, for a
 * host-like variable without URLs, each `host`, `host:port` or `user@host/path` of a list.
 */
function extractHosts(name, value) {
    // Most variables hold neither a URL nor a host: answer them without splitting or matching.
    if (!value.includes('://') && !isHostVariable(name))
        return [];
    const hosts = [];
    let sawUrl = false;
    // `http://a:1,http://b:2` is a list of URLs; `mongodb://a:1,b:2/db` one URL of two hosts.
    for (const url of value.split(/,(?=[a-z][a-z0-9+.-]*:\/\/)/i)) {
        URL_AUTHORITY.lastIndex = 0;
        for (let match = URL_AUTHORITY.exec(url); match; match = URL_AUTHORITY.exec(url)) {
            sawUrl = true;
            let authority = match[2] ?? '';
            authority = authority.slice(authority.lastIndexOf('@') + 1);
            for (const part of authority.split(','))
                hosts.push(hostOf(part));
        }
    }
    if (!sawUrl && isHostVariable(name)) {
        for (let part of value.split(/[\s,;]+/)) {
            part = part.slice(part.lastIndexOf('@') + 1);
            const slash = part.indexOf('/');
            hosts.push(hostOf(slash >= 0 ? part.slice(0, slash) : part));
        }
    }
    return [...new Set(hosts.filter(host => HOST_NAME.test(host)))];
}
function hostOf(hostPort) {
    if (hostPort.startsWith('['))
        return ''; // an IPv6 literal names no service
    const colon = hostPort.indexOf(':');
    return colon >= 0 ? hostPort.slice(0, colon) : hostPort;
}
/** `postgres://app:s3cret@db/x` -> `postgres://app:***@db/x`: messages never carry passwords. */
function maskPasswords(value) {
    return value.replace(/(:\/\/[^/@:\s]*:)[^@/\s]*@/g, '$1***@');
}
/**
 * Every intent of the scan, sorted by source service, then position. `names` indexes the names
 * of `services` (built here when not given).
 */
function findIntents(services, names = createNameIndex(services)) {
    const intents = [];
    // Where the intents of the service being read start: a repeat can only be among them, and a
    // service has few, so they are compared one by one rather than through string keys.
    let fromStart = 0;
    const add = (intent) => {
        if (intent.from === intent.to)
            return;
        for (let i = fromStart; i < intents.length; i++) {
            if (isSameIntent(intents[i], intent))
                return;
        }
        intents.push(intent);
    };
    for (const from of services) {
        fromStart = intents.length;
        const { service, project } = from;
        for (const dependency of service.dependsOn) {
            const to = names.serviceInProject(project, dependency.value);
            if (to)
                add({ from, to, kind: 'depends_on', span: dependency.span });
        }
        for (const link of service.links) {
            const to = names.serviceInProject(project, link.service);
            if (to)
                add({ from, to, kind: 'links', span: link.span });
        }
        for (const link of service.externalLinks) {
            const [container = ''] = link.value.split(':');
            const to = names.container(container, project);
            if (to)
                add({ from, to, kind: 'links', span: link.span });
        }
        const mode = service.networkMode;
        if (mode?.kind === 'service' || mode?.kind === 'container') {
            const to = names.namespaceTarget(from);
            if (to)
                add({ from, to, kind: 'network-mode', span: mode.span });
        }
        for (const variable of service.environment) {
            if (variable.value === undefined)
                continue;
            for (const host of extractHosts(variable.name, variable.value)) {
                const to = resolveHost(names, from, host);
                if (to)
                    add({ from, to, kind: 'environment', span: variable.span });
            }
        }
    }
    const dockerGens = services.filter(isDockerGen);
    // A route is written on its target (labels, VIRTUAL_HOST), whichever proxy reads it: the
    // routed services of each kind are found once, then each proxy takes those it can see (in its
    // project, or on a network it is on). Looking through every neighbour of every proxy instead
    // cost twenty proxies times 2,000 services in one large project.
    const routedBy = new Map();
    const routed = (kind) => {
        let list = routedBy.get(kind);
        if (!list) {
            list = [];
            for (const target of services) {
                const route = findRoute(kind, target);
                if (route)
                    list.push({ target, route });
            }
            routedBy.set(kind, list);
        }
        return list;
    };
    for (const proxy of services) {
        const kind = proxyKind(proxy, dockerGens);
        if (!kind)
            continue;
        for (const { target, route } of routed(kind)) {
            if (target === proxy || !isNeighbour(proxy, target))
                continue;
            const intent = { from: proxy, to: target, kind: 'proxy-route', span: route.span };
            const named = route.network ??
                (kind === 'traefik' ? findProviderNetwork(proxy.service) : undefined)?.value;
            const network = named ? networkNamed(target, named) : undefined;
            if (network)
                intent.network = network;
            // Each routed service once per proxy, never the proxy itself: no repeat to look for.
            intents.push(intent);
        }
    }
    return intents.sort((a, b) => a.from.index - b.from.index ||
        compareSpans(a.span, b.span) ||
        a.to.index - b.to.index ||
        (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
/**
 * What was written for an intent, for messages: `depends_on: db`, `links: db:database`,
 * `DATABASE_URL=postgres://app:***@db:5432/app` (passwords in URLs masked), `traefik.enable=true`.
 * Worded from the entry at the intent's span (the target's, for a proxy route) when a message
 * needs it: most intents are met and never reported, and at 50,000 services the words cost MBs.
 */
function describeIntent(intent) {
    const at = (entry) => compareSpans(entry.span, intent.span) === 0;
    const { service } = intent.from;
    switch (intent.kind) {
        case 'depends_on': {
            const dependency = service.dependsOn.find(at);
            if (dependency)
                return `depends_on: ${dependency.value}`;
            break;
        }
        case 'links': {
            const link = service.links.find(at);
            if (link)
                return `links: ${link.service}${link.alias ? `:${link.alias}` : ''}`;
            const external = service.externalLinks.find(at);
            if (external)
                return `external_links: ${external.value}`;
            break;
        }
        case 'network-mode': {
            const mode = service.networkMode;
            if (mode?.kind === 'service' || mode?.kind === 'container') {
                return `network_mode: ${mode.kind}:${mode.target}`;
            }
            break;
        }
        case 'environment': {
            const variable = service.environment.find(at);
            if (variable)
                return `${variable.name}=${maskPasswords(variable.value ?? '')}`;
            break;
        }
        case 'proxy-route': {
            const target = intent.to.service;
            const label = target.labels.find(at) ?? target.deployLabels.find(at);
            if (label)
                return `${label.key}=${label.value}`;
            const variable = target.environment.find(at);
            if (variable)
                return `${variable.name}=${variable.value ?? ''}`;
            break;
        }
    }
    // Every intent is made at one of the entries above; the kind alone is the honest fallback.
    return intent.kind;
}
/** Whether a proxy sees the service: in its project, or on a network it is on. */
function isNeighbour(proxy, target) {
    if (target.project === proxy.project)
        return true;
    return target.memberships.some(m => proxy.memberships.some(own => own.network === m.network));
}
function isSameIntent(a, b) {
    return (a.from === b.from &&
        a.to === b.to &&
        a.kind === b.kind &&
        a.span.file === b.span.file &&
        a.span.startLine === b.span.startLine &&
        a.span.startColumn === b.span.startColumn &&
        a.span.endLine === b.span.endLine &&
        a.span.endColumn === b.span.endColumn);
}
/**
 * A host name as `from` resolves it: a service of its own project, a `container_name` there,
 * a name or alias on a network it is on (other projects' services join through shared
 * networks), then any container name of the scan. A name that resolves to nothing may be an
 * outside host: no intent.
 */
function resolveHost(names, from, host) {
    const own = names.serviceInProject(from.project, host);
    if (own)
        return own === from ? undefined : own;
    const networks = from.memberships
        .map(m => m.network)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const network of networks) {
        const found = names.onNetwork(network, host).find(node => node !== from);
        if (found)
            return found;
    }
    const container = names.container(host, from.project);
    return container === from ? undefined : container;
}
/**
 * Which label- or environment-driven proxy an edge service is, if any. In nginx-proxy's
 * separate-containers setup the router is the nginx container docker-gen configures, never
 * docker-gen itself.
 */
function proxyKind(node, dockerGens) {
    if (node.tier.tier !== 'edge' || !node.service.image)
        return undefined;
    const reference = parseImageReference(node.service.image.value);
    if (!reference || isDockerGenImage(reference))
        return undefined;
    const name = reference.name;
    if (name === 'traefik' || name.startsWith('traefik-'))
        return 'traefik';
    if (name === 'nginx-proxy')
        return 'nginx-proxy';
    if (name === 'caddy-docker-proxy')
        return 'caddy-docker-proxy';
    if (isConfiguredByDockerGen(node, dockerGens))
        return 'nginx-proxy';
    return undefined;
}
/** Labels docker-gen's nginx-proxy templates look for to find the nginx container to reload. */
const NGINX_CONTAINER_LABELS = new Set([
    'com.github.nginx-proxy.nginx',
    'com.github.nginx-proxy.nginx-proxy.nginx',
    'com.github.jrcs.letsencrypt_nginx_proxy_companion.nginx_proxy'
]);
/** Text every docker-gen image name holds (see `isDockerGenImage`), found without parsing it. */
const DOCKER_GEN_NAMES = /docker-gen|nginx-proxy/i;
function isDockerGen(node) {
    const image = node.service.image;
    if (!image || !DOCKER_GEN_NAMES.test(image.value))
        return false;
    const reference = parseImageReference(image.value);
    return reference ? isDockerGenImage(reference) : false;
}
/**
 * Whether docker-gen writes this nginx container's configuration: it carries the label the
 * templates look for (or the one a docker-gen of its project names in `NGINX_CONTAINER_LABEL`),
 * takes docker-gen's volumes (`volumes_from`), or mounts a named volume a docker-gen of its
 * project writes.
 */
function isConfiguredByDockerGen(node, dockerGens) {
    const { service, project } = node;
    const labels = [...service.labels, ...service.deployLabels].map(l => l.key);
    if (labels.some(key => NGINX_CONTAINER_LABELS.has(key)))
        return true;
    const siblings = dockerGens.filter(gen => gen.project === project);
    if (siblings.length === 0)
        return false;
    const custom = siblings.flatMap(gen => gen.service.environment.filter(v => v.name === 'NGINX_CONTAINER_LABEL' && v.value));
    if (custom.some(v => labels.includes((v.value ?? '').trim())))
        return true;
    const borrowed = (service.volumesFrom ?? []).map(entry => {
        const [first = '', second = ''] = entry.value.split(':');
        return (first === 'container' ? second : first).toLowerCase();
    });
    const names = (gen) => [gen.service.name, gen.service.containerName?.value ?? ''].map(n => n.toLowerCase());
    if (siblings.some(gen => names(gen).some(n => n !== '' && borrowed.includes(n))))
        return true;
    const read = new Set(service.mounts.filter(m => m.type === 'volume' && m.source).map(m => m.source));
    return siblings.some(gen => gen.service.mounts.some(m => m.type === 'volume' && !m.readOnly && m.source !== undefined && read.has(m.source)));
}
const TRAEFIK_ROUTER_PREFIXES = [
    'traefik.http.routers.',
    'traefik.tcp.routers.',
    'traefik.udp.routers.',
    'traefik.frontend.rule'
];
function findRoute(kind, target) {
    const labels = [...target.service.labels, ...target.service.deployLabels];
    if (kind === 'nginx-proxy') {
        const virtualHost = target.service.environment.find((v) => v.name === 'VIRTUAL_HOST' && v.value);
        return virtualHost ? { span: virtualHost.span } : undefined;
    }
    if (kind === 'caddy-docker-proxy') {
        const label = firstBySpan(labels.filter(l => /^caddy(_\d+)?$/.test(l.key)));
        return label ? { span: label.span } : undefined;
    }
    const enable = labels.find(l => l.key === 'traefik.enable');
    if (enable && enable.value.trim().toLowerCase() !== 'true')
        return undefined;
    const router = firstBySpan(labels.filter(l => TRAEFIK_ROUTER_PREFIXES.some(prefix => l.key.startsWith(prefix))));
    const decisive = enable ?? router;
    if (!decisive)
        return undefined;
    const network = labels.find(l => l.key === 'traefik.docker.network' || l.key === 'traefik.swarm.network');
    return {
        span: decisive.span,
        network: network?.value.trim() || undefined
    };
}
const PROVIDER_NETWORK_VARIABLES = new Set([
    'TRAEFIK_PROVIDERS_DOCKER_NETWORK',
    'TRAEFIK_PROVIDERS_SWARM_NETWORK',
    'TRAEFIK_DOCKER_NETWORK'
]);
const PROVIDER_NETWORK_FLAGS = new Set([
    '--providers.docker.network',
    '--providers.swarm.network',
    '--docker.network'
]);
/**
 * The network a Traefik proxy reaches routed containers over by default: its command line
 * (`--providers.docker.network=NAME`, `--providers.swarm.network NAME`, v1's `--docker.network`),
 * else its environment (`TRAEFIK_PROVIDERS_DOCKER_NETWORK`, ...). Undefined when neither sets one.
 */
function findProviderNetwork(service) {
    const words = service.command ?? [];
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const equals = word.value.indexOf('=');
        const flag = (equals >= 0 ? word.value.slice(0, equals) : word.value).toLowerCase();
        if (!PROVIDER_NETWORK_FLAGS.has(flag))
            continue;
        const next = words[i + 1];
        const value = equals >= 0 ? word.value.slice(equals + 1) : next?.value;
        if (value === undefined || value.startsWith('-'))
            continue;
        if (value.trim() !== '')
            return { value: value.trim(), span: word.span };
    }
    const variable = service.environment.find(v => PROVIDER_NETWORK_VARIABLES.has(v.name.toUpperCase()) && (v.value ?? '').trim() !== '');
    return variable ? { value: (variable.value ?? '').trim(), span: variable.span } : undefined;
}
function firstBySpan(labels) {
    return [...labels].sort((a, b) => compareSpans(a.span, b.span))[0];
}
/** The target's network `traefik.docker.network` names: by real name, else by project key. */
function networkNamed(target, name) {
    return (target.memberships.find(m => m.network.realName === name)?.network ??
        target.memberships.find(m => m.attachment.network === name)?.network);
}

;// CONCATENATED MODULE: ./src/analyze/reachability.ts
/**
 * Who can open a connection to whom, and how the outside gets in. Answers are computed on
 * demand from memberships indexed by network, never as an all-pairs table: a scan of thousands
 * of services answers `directReach` for each in well under a second.
 */


const UNREACHED = -1;
const ROOT = -2;
/**
 * Whether a published port is reachable on a non-loopback address: bound to every or a specific
 * interface, or a Swarm ingress port (published on every node; the default mode in a stack).
 */
function isPublicPort(project, port) {
    if (project.kind === 'stack' && port.mode !== 'host')
        return true;
    return port.bind !== 'loopback';
}
/**
 * Indexes `services` (the topology's: sorted by id, `index` and memberships set) for the
 * reachability questions.
 */
function createReachability(services, hostSpans) {
    /** By service index: an array, not a map, since every service has its facts. */
    const facts = [];
    /** A dense index per network, for the per-search "expanded" flags. */
    const networkIndex = new Map();
    const groups = new Map();
    for (const node of services) {
        const owner = node.mode === 'namespace' ? node.namespaceOwner : node;
        const effective = !owner
            ? 'isolated'
            : owner.mode === 'namespace'
                ? 'isolated'
                : owner.mode;
        const egress = effective === 'host' || node.memberships.some(m => !m.network.internal);
        const ports = owner && (effective === 'networks' || effective === 'bridge') && egress
            ? owner.service.ports
            : EMPTY_LIST;
        const gatewayPort = ports
            .filter(port => isPublicPort(owner?.project ?? node.project, port))
            .sort((a, b) => compareSpans(a.span, b.span))[0];
        facts[node.index] = {
            effective,
            owner: owner ?? node,
            egress,
            hostSpan: effective === 'host' ? hostSpans.get(node) : undefined,
            ports,
            gatewayPort,
            asMember: EMPTY_LIST,
            sortedMemberships: sortedByNetworkId(node.memberships)
        };
        if (owner && owner !== node) {
            const group = groups.get(owner) ?? [owner];
            group.push(node);
            groups.set(owner, group);
        }
    }
    for (const group of groups.values()) {
        group.sort((a, b) => a.index - b.index);
        for (const node of group)
            factsOf(node).group = group;
    }
    /** In host mode, or networked with egress: the host (and a host-mode service) reaches it. */
    function isReachableFromHost(f) {
        return (f.effective === 'host' ||
            ((f.effective === 'networks' || f.effective === 'bridge') && f.egress));
    }
    function factsOf(node) {
        const found = facts[node.index];
        if (!found || services[node.index] !== node)
            throw new Error(`service ${node.id} is not part of this topology`);
        return found;
    }
    const hostModeServices = services.filter(node => factsOf(node).effective === 'host');
    const gatewayTargets = services.filter(node => factsOf(node).gatewayPort);
    const reachableFromHost = services.filter(node => isReachableFromHost(factsOf(node)));
    for (const node of services) {
        for (const { network } of node.memberships) {
            if (networkIndex.has(network))
                continue;
            networkIndex.set(network, networkIndex.size);
            for (const member of network.members) {
                const f = factsOf(member.service);
                if (!f.asMember.some(m => m.network === network))
                    f.asMember = f.asMember.concat(member);
            }
        }
    }
    for (const node of services) {
        // Usually its own memberships: share that list rather than keep a copy.
        const f = factsOf(node);
        const own = node.memberships;
        if (f.asMember.length === own.length && f.asMember.every(m => own.includes(m))) {
            f.asMember = own;
        }
    }
    function namespaceSpan(from, to, owner) {
        const sharer = to === owner ? from : to;
        return sharer.service.networkMode?.span ?? sharer.service.span;
    }
    /**
     * Calls `emit` for every service `a` reaches in one hop, best way first (namespace, then
     * networks by id, then host mode, then a host port); a target may be emitted more than once.
     * Allocation-free, so a breadth-first search over thousands of services stays cheap.
     */
    function enumerate(a, emit) {
        const fa = factsOf(a);
        if (fa.group) {
            for (const peer of fa.group) {
                if (peer !== a)
                    emit(peer, 'namespace', undefined, undefined, fa.owner);
            }
        }
        if (fa.effective === 'isolated' || fa.effective === 'none')
            return;
        for (const { network } of fa.sortedMemberships) {
            if (network.iccDisabled)
                continue;
            for (const member of network.members) {
                if (member.service !== a)
                    emit(member.service, 'network', network, undefined, member);
            }
        }
        if (fa.effective === 'host') {
            for (const target of reachableFromHost) {
                if (target !== a)
                    emit(target, 'host-mode', undefined, undefined, a);
            }
        }
        else if (fa.egress) {
            for (const target of hostModeServices)
                emit(target, 'host-mode', undefined, undefined, target);
            for (const target of gatewayTargets) {
                if (target !== a)
                    emit(target, 'host-port', undefined, factsOf(target).gatewayPort, target);
            }
        }
    }
    function makeHop(...[a, to, kind, network, port, where]) {
        if (kind === 'network' && network) {
            return { from: a, to, via: { kind, network }, span: where.attachment.span };
        }
        if (kind === 'host-port' && port)
            return { from: a, to, via: { kind, port }, span: port.span };
        if (kind === 'namespace') {
            return { from: a, to, via: { kind }, span: namespaceSpan(a, to, where) };
        }
        const hostNode = where;
        const span = factsOf(hostNode).hostSpan ?? hostNode.service.span;
        return { from: a, to, via: { kind: 'host-mode' }, span };
    }
    function directReach(a) {
        const hops = new Map();
        enumerate(a, (...emitted) => {
            if (!hops.has(emitted[0]))
                hops.set(emitted[0], makeHop(a, ...emitted));
        });
        return [...hops.values()].sort((x, y) => x.to.index - y.to.index);
    }
    /**
     * The hop `directReach(a)` has to `b` (the first way `enumerate` offers), from the two
     * services' facts alone: the namespace group, `a`'s networks looked up in `b`'s, then the
     * host. Never enumerates other services.
     */
    function connection(a, b) {
        if (a === b)
            return undefined;
        const fa = factsOf(a);
        const fb = factsOf(b);
        if (fa.group && fa.group === fb.group) {
            return makeHop(a, b, 'namespace', undefined, undefined, fa.owner);
        }
        if (fa.effective === 'isolated' || fa.effective === 'none')
            return undefined;
        if (fb.asMember.length > 0) {
            for (const { network } of fa.sortedMemberships) {
                if (network.iccDisabled)
                    continue;
                const member = fb.asMember.find(m => m.network === network);
                if (member)
                    return makeHop(a, b, 'network', network, undefined, member);
            }
        }
        if (fa.effective === 'host') {
            return isReachableFromHost(fb)
                ? makeHop(a, b, 'host-mode', undefined, undefined, a)
                : undefined;
        }
        if (!fa.egress)
            return undefined;
        if (fb.effective === 'host')
            return makeHop(a, b, 'host-mode', undefined, undefined, b);
        if (fb.gatewayPort)
            return makeHop(a, b, 'host-port', undefined, fb.gatewayPort, b);
        return undefined;
    }
    /** Breadth-first search trees by source, kept: callers ask many paths from few sources. */
    const trees = new Map();
    /**
     * Level by level, each level in id order: a service's parent is the first service of the
     * previous level (by id) that reaches it, so paths do not depend on enumeration order. The
     * first service to expand a network reaches all its members, so each network is expanded
     * once per search; the host likewise (once from a host-mode service, once through the
     * gateway): O(services + memberships) per search.
     */
    function searchFrom(a) {
        let parents = trees.get(a);
        if (parents)
            return parents;
        parents = new Int32Array(services.length).fill(UNREACHED);
        const seenNetworks = new Uint8Array(networkIndex.size);
        let hostFromHostMode = false;
        let hostFromGateway = false;
        const start = a.index;
        parents[start] = ROOT;
        let level = [start];
        while (level.length > 0) {
            const next = [];
            const visit = (to, parent) => {
                const i = to.index;
                if (parents[i] !== UNREACHED)
                    return;
                parents[i] = parent;
                next.push(i);
            };
            for (const index of level) {
                const fu = factsOf(services[index]);
                if (fu.group)
                    for (const peer of fu.group)
                        visit(peer, index);
                if (fu.effective === 'isolated' || fu.effective === 'none')
                    continue;
                for (const { network } of fu.sortedMemberships) {
                    if (network.iccDisabled)
                        continue;
                    const n = networkIndexOf(network);
                    if (seenNetworks[n])
                        continue;
                    seenNetworks[n] = 1;
                    for (const member of network.members)
                        visit(member.service, index);
                }
                if (fu.effective === 'host') {
                    if (hostFromHostMode)
                        continue;
                    hostFromHostMode = true;
                    for (const target of reachableFromHost)
                        visit(target, index);
                }
                else if (fu.egress && !hostFromGateway) {
                    hostFromGateway = true;
                    for (const target of hostModeServices)
                        visit(target, index);
                    for (const target of gatewayTargets)
                        visit(target, index);
                }
            }
            level = next.sort((x, y) => x - y);
        }
        trees.set(a, parents);
        return parents;
    }
    function networkIndexOf(network) {
        const found = networkIndex.get(network);
        if (found === undefined)
            throw new Error(`network ${network.id} is not part of this topology`);
        return found;
    }
    function findPath(a, b) {
        if (a === b)
            return { from: a, to: b, hops: [] };
        const parents = searchFrom(a);
        const chain = [];
        for (let i = b.index; i !== ROOT; i = parents[i]) {
            if (i === UNREACHED)
                return undefined;
            chain.push(services[i]);
        }
        chain.reverse();
        const hops = [];
        for (let k = 1; k < chain.length; k++) {
            const from = chain[k - 1];
            const to = chain[k];
            const hop = connection(from, to);
            if (!hop)
                throw new Error(`no hop from ${from.id} to ${to.id} on a found path`);
            hops.push(hop);
        }
        return { from: a, to: b, hops };
    }
    function sharedNetworks(a, b) {
        return a.memberships
            .map(m => m.network)
            .filter(network => !network.iccDisabled && b.memberships.some(m => m.network === network))
            .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    }
    let routes = [];
    let proxied;
    const baseExposures = new Map();
    function exposuresWithoutProxies(s) {
        let list = baseExposures.get(s);
        if (list)
            return list;
        const fs = factsOf(s);
        list = [];
        if (fs.effective === 'host') {
            list.push({ kind: 'host-mode', span: fs.hostSpan ?? s.service.span, public: true });
        }
        for (const port of fs.ports) {
            list.push({
                kind: 'published',
                span: port.span,
                port,
                public: isPublicPort(fs.owner.project, port)
            });
        }
        baseExposures.set(s, list);
        return list;
    }
    /**
     * Proxied exposures for every routed service at once, as a fixpoint over the routes, so a
     * service behind a proxy behind a proxy is found and the answer does not depend on call order.
     */
    function computeProxied() {
        const level = new Map(); // 0 not exposed, 1 loopback only, 2 public
        const levelOf = (node) => {
            const known = level.get(node);
            if (known !== undefined)
                return known;
            const base = exposuresWithoutProxies(node);
            const value = base.some(e => e.public) ? 2 : base.length > 0 ? 1 : 0;
            level.set(node, value);
            return value;
        };
        const live = routes.filter(route => connection(route.from, route.to) !== undefined);
        for (let changed = true; changed;) {
            changed = false;
            for (const route of live) {
                const value = levelOf(route.from);
                if (value > levelOf(route.to)) {
                    level.set(route.to, value);
                    changed = true;
                }
            }
        }
        const result = new Map();
        for (const route of live) {
            const value = levelOf(route.from);
            if (value === 0)
                continue;
            const list = result.get(route.to) ?? [];
            list.push({ kind: 'proxied', span: route.span, via: route.from, public: value === 2 });
            result.set(route.to, list);
        }
        for (const list of result.values())
            list.sort((x, y) => compareSpans(x.span, y.span));
        return result;
    }
    return {
        directReach,
        connection,
        findPath,
        sharedNetworks,
        exposures(s) {
            proxied ??= computeProxied();
            return [...exposuresWithoutProxies(s), ...(proxied.get(s) ?? [])];
        },
        setRoutes(list) {
            routes = [...list];
            proxied = undefined;
        }
    };
}
/** `memberships` by network id: the list itself when already in that order (the usual case). */
function sortedByNetworkId(memberships) {
    const sorted = [...memberships].sort((x, y) => x.network.id < y.network.id ? -1 : x.network.id > y.network.id ? 1 : 0);
    return sorted.every((m, i) => m === memberships[i]) ? memberships : sorted;
}

;// CONCATENATED MODULE: ./src/analyze/build-topology.ts
/**
 * Builds the topology of a whole scan from its projects (DESIGN section 4): a node per service,
 * a node per real network name (so external networks join projects), memberships in effect
 * after `network_mode`, tiers, intents, and the reachability and exposure answers.
 */






/** The id of Docker's legacy default bridge network. */
const LEGACY_BRIDGE = 'bridge';
/** Builds the topology of every project of a scan. Never throws on odd input. */
function buildTopology(projects, options = {}) {
    const keys = keyProjects(projects);
    const networks = buildNetworkNodes(projects, keys);
    const graph = buildServiceNodes(projects, keys, networks, options);
    const networkList = networks.all().sort((a, b) => compareIds(a.id, b.id));
    for (const network of networkList) {
        network.members.sort((a, b) => a.service.index - b.service.index);
    }
    const reach = createReachability(graph.services, graph.hostSpans);
    const intents = findIntents(graph.services, graph.names);
    reach.setRoutes(intents.filter(intent => intent.kind === 'proxy-route'));
    return {
        projects,
        services: graph.services,
        networks: networkList,
        intents,
        serviceById: id => findById(graph.services, id),
        nodeOf: (project, service) => findById(graph.services, serviceId(keys, project, service)),
        projectKey: project => keys.get(project) ?? project.name,
        sharedNetworks: (a, b) => reach.sharedNetworks(a, b),
        findPath: (a, b) => reach.findPath(a, b),
        connection: (a, b) => reach.connection(a, b),
        directReach: a => reach.directReach(a),
        exposures: s => reach.exposures(s)
    };
}
/**
 * A unique, readable key per project, independent of input order: the name when no other
 * scanned project has it; otherwise `<name> (<file>)` with the first file the project loads that
 * not every namesake loads (the variant of `-f base -f variant`, an alternative planned on its
 * own, the base file of another folder), else its base file (the base planned alone). The file
 * is relative to the project directory when every namesake has the same one, else the path.
 */
function keyProjects(projects) {
    const byName = new Map();
    for (const project of projects) {
        const group = byName.get(project.name);
        if (group)
            group.push(project);
        else
            byName.set(project.name, [project]);
    }
    const keys = new Map();
    for (const [name, group] of byName) {
        if (group.length === 1) {
            keys.set(group[0], name);
            continue;
        }
        const sorted = [...group].sort((a, b) => compareIds(a.files.join('\u0000'), b.files.join('\u0000')) ||
            compareIds(a.directory, b.directory));
        const oneFolder = group.every(p => p.directory === group[0]?.directory);
        const used = new Map();
        for (const project of sorted) {
            const others = group.filter(other => other !== project);
            const distinct = project.files.find(file => !others.every(other => other.files.includes(file))) ??
                project.files[0] ??
                project.directory;
            // In one folder, the file name says it; across folders, the path does.
            const shown = oneFolder
                ? external_node_path_default().posix.relative(project.directory, distinct) || distinct
                : distinct;
            let key = `${name} (${shown})`;
            // Two plans of the very same files: still two keys, numbered in a stable order.
            const seen = used.get(key) ?? 0;
            used.set(key, seen + 1);
            if (seen > 0)
                key = `${name} (${distinct}, ${seen + 1})`;
            keys.set(project, key);
        }
    }
    return keys;
}
/** `<project key>/<service>`: a service's id in the topology. */
function serviceId(keys, project, service) {
    return `${keys.get(project) ?? project.name}/${service.name}`;
}
function compareIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A binary search of services sorted by id: the topology keeps no map of every service. */
function findById(services, id) {
    let low = 0;
    let high = services.length - 1;
    while (low <= high) {
        const middle = (low + high) >>> 1;
        const node = services[middle];
        if (node.id === id)
            return node;
        if (node.id < id)
            low = middle + 1;
        else
            high = middle - 1;
    }
    return undefined;
}
/** External networks Docker treats as network modes rather than networks. */
function modeNetwork(network) {
    if (!network.external)
        return undefined;
    return network.realName === 'host' || network.realName === 'none' ? network.realName : undefined;
}
function createNetworkNode(id, realName) {
    return {
        id,
        realName,
        declarations: [],
        legacyBridge: false,
        internal: false,
        iccDisabled: false,
        attachable: false,
        encrypted: false,
        driver: 'bridge',
        sharedWithUnknown: true,
        members: []
    };
}
function buildNetworkNodes(projects, keys) {
    const byRealName = new Map();
    for (const project of projects) {
        for (const network of project.networks) {
            if (modeNetwork(network))
                continue;
            const list = byRealName.get(network.realName);
            if (list)
                list.push({ project, network });
            else
                byRealName.set(network.realName, [{ project, network }]);
        }
    }
    const keyOf = (project) => keys.get(project) ?? project.name;
    const nodes = new Map();
    const own = new Map();
    for (const [realName, declarations] of byRealName) {
        // By project key, so input order never decides ids or settings.
        declarations.sort((a, b) => compareIds(keyOf(a.project), keyOf(b.project)) || compareIds(a.network.key, b.network.key));
        const creators = [...new Set(declarations.filter(d => !d.network.external).map(d => d.project))];
        const namesakes = (project) => creators.filter(c => c.name === project.name).length;
        // Creators of one name are alternatives: a node each. Creators of different names share the
        // network on a host (compose reuses it, with a warning), so they meet like external joiners.
        const alternatives = creators.filter(c => namesakes(c) > 1);
        const shared = declarations.filter(d => !alternatives.includes(d.project) && !d.network.external);
        const joiners = declarations.filter(d => d.network.external);
        if (alternatives.length === 0) {
            const node = createNetworkNode(realName, realName);
            node.declarations = [...shared, ...joiners];
            settle(node);
            nodes.set(realName, [node]);
            for (const creator of creators)
                ownNodes(own, creator).set(realName, node);
            continue;
        }
        const list = [];
        for (const creator of alternatives) {
            const node = createNetworkNode(`${realName} (${keyOf(creator)})`, realName);
            const mine = declarations.filter(d => d.project === creator && !d.network.external);
            node.declarations = [...mine, ...shared, ...joiners];
            settle(node);
            list.push(node);
            ownNodes(own, creator).set(realName, node);
        }
        nodes.set(realName, list);
    }
    return {
        all: () => [...nodes.values()].flat(),
        nodesFor(project, realName) {
            const mine = own.get(project)?.get(realName);
            if (mine)
                return [mine];
            let list = nodes.get(realName);
            if (!list)
                nodes.set(realName, (list = [createNetworkNode(realName, realName)]));
            for (const node of list) {
                if (node.id === LEGACY_BRIDGE && node.declarations.every(d => d.network.external)) {
                    markLegacyBridge(node);
                }
            }
            return list;
        }
    };
}
function ownNodes(own, project) {
    let map = own.get(project);
    if (!map)
        own.set(project, (map = new Map()));
    return map;
}
/** Takes the settings in force from the primary declaration: the creating one, else the first. */
function settle(node) {
    const primary = node.declarations[0];
    if (!primary)
        return;
    node.primary = primary;
    const { network, project } = primary;
    node.sharedWithUnknown = network.external;
    node.internal = network.internal?.value === true;
    node.iccDisabled = network.iccDisabled?.value === true;
    node.attachable = network.attachable?.value === true;
    node.encrypted = network.encrypted?.value === true;
    node.driver = network.driver?.value ?? (project.kind === 'stack' ? 'overlay' : 'bridge');
    if (node.id === LEGACY_BRIDGE && network.external)
        markLegacyBridge(node);
}
function markLegacyBridge(node) {
    // Every container started without a network joins it: always shared with unknown others.
    Object.assign(node, { legacyBridge: true, sharedWithUnknown: true, driver: 'bridge' });
    Object.assign(node, { internal: false, iccDisabled: false });
}
function buildServiceNodes(projects, keys, networks, options) {
    const services = [];
    for (const project of projects) {
        for (const service of project.services) {
            const id = serviceId(keys, project, service);
            const tier = options.tierOf?.(service, project) ?? classifyTier(service);
            services.push({
                id,
                index: -1,
                project,
                service,
                tier,
                mode: 'networks',
                memberships: EMPTY_LIST
            });
        }
    }
    services.sort((a, b) => compareIds(a.id, b.id));
    services.forEach((node, index) => (node.index = index));
    const names = createNameIndex(services);
    const hostSpans = new Map();
    const declared = declaredNetworkLookup();
    const join = (node, network, attachment) => {
        if (node.memberships.some(m => m.network === network))
            return;
        const membership = { service: node, network, attachment };
        // Concatenated, not pushed: a service has a few memberships, kept exactly sized (core/lists).
        node.memberships = node.memberships.concat(membership);
        network.members.push(membership);
    };
    const joinNamed = (node, realName, attachment) => {
        for (const network of networks.nodesFor(node.project, realName))
            join(node, network, attachment);
    };
    for (const node of services) {
        const mode = node.service.networkMode;
        if (!mode) {
            attachDeclared(node, declared, joinNamed, hostSpans);
            continue;
        }
        const synthetic = (network) => ({
            network,
            span: mode.span,
            implicit: false,
            declared: false,
            aliases: EMPTY_LIST
        });
        switch (mode.kind) {
            case 'host':
                node.mode = 'host';
                hostSpans.set(node, mode.span);
                break;
            case 'none':
                node.mode = 'none';
                break;
            case 'bridge':
                node.mode = 'bridge';
                joinNamed(node, LEGACY_BRIDGE, synthetic(LEGACY_BRIDGE));
                break;
            case 'service':
            case 'container':
                node.mode = 'namespace';
                break;
            case 'other':
                // Docker takes any other value as the name of a network to join (`--network NAME`).
                joinNamed(node, mode.value, synthetic(mode.value));
                break;
        }
    }
    resolveNamespaces(services, names, hostSpans, join);
    return { services, hostSpans, names };
}
/**
 * The network a project declares under a key. A project declares a few: they are looked
 * through, and only a project that declares many gets a map (a map for every project was
 * 2.4 MB at 5,000 files). The last declaration of a key wins, as in a map built from the list.
 */
function declaredNetworkLookup() {
    const byKeyOfLargeProjects = new Map();
    return (project, key) => {
        const networks = project.networks;
        if (networks.length > 8) {
            let byKey = byKeyOfLargeProjects.get(project);
            if (!byKey) {
                byKey = new Map(networks.map(n => [n.key, n]));
                byKeyOfLargeProjects.set(project, byKey);
            }
            return byKey.get(key);
        }
        for (let i = networks.length - 1; i >= 0; i--) {
            if (networks[i].key === key)
                return networks[i];
        }
        return undefined;
    };
}
function attachDeclared(node, declared, joinNamed, hostSpans) {
    for (const attachment of node.service.networks) {
        const network = declared(node.project, attachment.network);
        // An undeclared network is refused by compose (a rule reports it): no membership.
        if (!network && !(attachment.declared && attachment.network === 'default'))
            continue;
        const realName = network?.realName ?? `${node.project.name}_default`;
        const asMode = network ? modeNetwork(network) : undefined;
        if (asMode === 'host') {
            node.mode = 'host';
            hostSpans.set(node, attachment.span);
            node.memberships = EMPTY_LIST;
            return;
        }
        if (asMode === 'none') {
            node.mode = 'none';
            node.memberships = EMPTY_LIST;
            return;
        }
        joinNamed(node, realName, attachment);
    }
}
/**
 * Resolves `service:`/`container:` owners transitively and gives each sharer its final owner's
 * memberships. A chain that ends in a cycle or an unknown name leaves the sharer isolated.
 * `service:NAME` names a service of the project; `container:NAME` a `container_name` in the scan
 * (the project's first), else a service of the project, else compose's generated name.
 */
function resolveNamespaces(services, names, hostSpans, join) {
    const direct = new Map();
    for (const node of services) {
        if (node.mode === 'namespace')
            direct.set(node, names.namespaceTarget(node));
    }
    for (const node of services) {
        if (node.mode !== 'namespace')
            continue;
        const seen = new Set([node]);
        let current = node;
        while (current && current.mode === 'namespace') {
            const next = direct.get(current);
            current = next && !seen.has(next) ? next : undefined;
            if (current)
                seen.add(current);
        }
        if (!current)
            continue;
        node.namespaceOwner = current;
        const hostSpan = hostSpans.get(current);
        if (hostSpan)
            hostSpans.set(node, hostSpan);
        for (const membership of current.memberships)
            join(node, membership.network, membership.attachment);
    }
}

;// CONCATENATED MODULE: ./src/analyze/run-rules.ts

/**
 * Runs every rule's `check` and returns its findings sorted by file, line, column, rule id and
 * message. A rule that throws is a bug in tierguard, not in the user's files: its findings of
 * that run are dropped, the failure goes to `onRuleError` and the logger, and the other rules
 * still run, so one broken rule never hides the rest of the analysis.
 */
function runRules(topology, rules, options = {}) {
    const findings = [];
    for (const [index, rule] of rules.entries()) {
        if (index > 0)
            options.logger?.progress?.(index, rules.length, 'rules run');
        const start = findings.length;
        try {
            rule.check({
                topology,
                report: input => {
                    findings.push(completeFinding(topology, rule, input));
                }
            });
        }
        catch (error) {
            findings.length = start;
            const message = `rule ${rule.id} failed and was skipped: ${run_rules_describeError(error)}. This is a bug in tierguard; please report it`;
            options.logger?.error(message);
            options.onRuleError?.({ ruleId: rule.id, error, message });
        }
    }
    options.logger?.progress?.(rules.length, rules.length, 'rules run');
    return dropRepeatedFindings(sortFindings(findings));
}
function run_rules_describeError(error) {
    return error instanceof Error ? error.message : String(error);
}
function completeFinding(topology, rule, input) {
    const subject = input.subject;
    const subjectId = 'id' in subject ? subject.id : undefined;
    const project = 'id' in subject ? subject.project.name : subject.project;
    const services = unique([...(subjectId ? [subjectId] : []), ...(input.services ?? [])]);
    const finding = {
        ruleId: rule.id,
        severity: input.severity ?? rule.severity,
        message: input.message,
        location: input.location,
        related: input.related ?? [],
        project,
        services,
        networks: unique(input.networks ?? [])
    };
    if (input.path)
        finding.path = input.path;
    const profiles = input.profiles ?? profilesOf(topology, services);
    if (profiles.length > 0)
        finding.profiles = profiles;
    if (input.suppression)
        finding.suppression = input.suppression;
    return finding;
}
function profilesOf(topology, serviceIds) {
    return unique(serviceIds.flatMap(id => topology.serviceById(id)?.service.profiles.map(p => p.value) ?? []));
}
function unique(values) {
    return [...new Set(values)];
}
/**
 * Keeps what a reviewer should see once. A base file that several plans load (alone, and under
 * each partial variant) yields its findings once per plan, with other project keys in the
 * service ids and sometimes other words (a variant swaps the image): a place (rule and span) is
 * judged by the first plan that reports there, and other plans' findings at that place are
 * dropped. The findings of that one plan stay, however many share the place (two data stores
 * behind one attachment, two sources of one forbidden flow), save exact repeats. Apply it to
 * sorted findings, so that what is kept is the first in the report's order.
 */
function dropRepeatedFindings(findings) {
    const kept = [];
    // Sorted findings of one file, start and rule come together, and so do those of one place:
    // each is compared with the few kept before it in that run, not looked up by a string key.
    let runStart = 0;
    for (const finding of findings) {
        const previous = kept[kept.length - 1];
        if (!previous || !isSameStartAndRule(previous, finding))
            runStart = kept.length;
        let keep = true;
        let ownerSeen = false;
        for (let i = runStart; i < kept.length && keep; i++) {
            const other = kept[i];
            if (!isSameEnd(other, finding))
                continue;
            // The first finding kept at the place is the first reported there: its plan owns it.
            if (!ownerSeen && planOf(other) !== planOf(finding))
                keep = false;
            ownerSeen = true;
            if (keep && isRepeat(other, finding))
                keep = false;
        }
        if (keep)
            kept.push(finding);
    }
    return kept;
}
function isSameStartAndRule(a, b) {
    const x = a.location;
    const y = b.location;
    return (a.ruleId === b.ruleId &&
        x.file === y.file &&
        x.startLine === y.startLine &&
        x.startColumn === y.startColumn);
}
function isSameEnd(a, b) {
    return a.location.endLine === b.location.endLine && a.location.endColumn === b.location.endColumn;
}
/** The plan (project key) a finding comes from: its subject's, else its project. */
function planOf(finding) {
    const subject = finding.services[0];
    return subject === undefined ? finding.project : subject.slice(0, subject.lastIndexOf('/'));
}
/** The same finding at the same place: same message, services and fingerprint key. */
function isRepeat(a, b) {
    return (a.message === b.message &&
        (a.fingerprintKey ?? '') === (b.fingerprintKey ?? '') &&
        a.services.join(',') === b.services.join(','));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Orders findings by file, line, column, rule id and message (then the span's end). */
function sortFindings(findings) {
    return findings.sort((a, b) => {
        const x = a.location;
        const y = b.location;
        return (compareText(x.file, y.file) ||
            x.startLine - y.startLine ||
            x.startColumn - y.startColumn ||
            compareText(a.ruleId, b.ruleId) ||
            compareText(a.message, b.message) ||
            compareSpans(x, y));
    });
}

;// CONCATENATED MODULE: ./src/rules/helpers.ts
/**
 * Questions several rules ask the topology, and the wording they share. Not a rule: the
 * completeness test knows this file.
 */


/** A name in backticks, as messages quote names. */
function quote(name) {
    return `\`${name}\``;
}
/**
 * The service's name for a message about `about`: its bare name in the same project, else
 * `project/service`, so two projects' `db` are told apart.
 */
function serviceLabel(node, about) {
    const sameProject = about === undefined || about.project === node.project;
    return quote(sameProject ? node.service.name : node.id);
}
/** The network's name for messages: its key in `project`, or its real name elsewhere. */
function networkLabel(network, project) {
    const own = network.declarations.find(d => d.project === project);
    return quote(own ? own.network.key : network.realName);
}
/** What a data or edge service is, for messages: "PostgreSQL", or "data store" when unknown. */
function productOf(node) {
    if (node.tier.product)
        return node.tier.product;
    return node.tier.tier === 'data' ? 'a data store' : node.tier.tier === 'edge' ? 'a proxy' : 'it';
}
/** `db` (PostgreSQL), for the first mention of a data or edge service. */
function describeService(node, about) {
    const name = serviceLabel(node, about);
    return node.tier.product ? `${name} (${node.tier.product})` : name;
}
/** Whether the service is in the given tier. */
function isTier(node, tier) {
    return node.tier.tier === tier;
}
/**
 * The line that put the service on the network: its entry under `networks:`, its
 * `network_mode` line when it borrows another service's namespace or sits on the legacy bridge,
 * or the service key for the implicit default network.
 */
function membershipSpan(membership) {
    const service = membership.service;
    if ((service.mode === 'namespace' || service.mode === 'bridge') && service.service.networkMode) {
        return service.service.networkMode.span;
    }
    return membership.attachment.implicit ? service.service.span : membership.attachment.span;
}
/** The service's membership of `network`, if it has one. */
function membershipOf(node, network) {
    const found = node.memberships.find(m => m.network.id === network.id);
    // A namespace sharer's membership may name the owner; spans must come from the sharer.
    return found && { ...found, service: node };
}
/** Memberships sorted by where they were written, for deterministic "first" choices. */
function sortMemberships(memberships) {
    return [...memberships].sort((a, b) => compareSpans(membershipSpan(a), membershipSpan(b)));
}
/** Services sorted by the position of their key, each id once. */
function sortServices(nodes) {
    // Ids are unique in a topology: each node once is each id once.
    const unique = [...new Set(nodes)];
    return unique.sort((a, b) => compareSpans(a.service.span, b.service.span));
}
/**
 * Whether the service's networking is one compose would refuse (an undeclared network, or
 * `networks` beside `network_mode`): `invalid-network-reference` reports it, and what the
 * topology says about the service's reach is a guess.
 */
function hasInvalidNetworking(node) {
    for (const attachment of node.service.networks) {
        if (attachment.implicit)
            continue;
        if (node.service.networkMode)
            return true;
        if (!attachment.declared && attachment.network !== 'default')
            return true;
    }
    return false;
}
/** Services on the network, namespace sharers included, each once, in the topology's order. */
function servicesOn(network) {
    return [...new Set(network.members.map(m => m.service))];
}
const intentIndexes = new WeakMap();
/** The topology's intents indexed by source and target, built once per topology and reused. */
function indexIntents(topology) {
    const cached = intentIndexes.get(topology);
    const intents = topology.intents;
    if (cached && cached.intents === intents && cached.size === intents.length)
        return cached.index;
    const targets = [];
    const sources = [];
    const addTo = (lists, key, id) => {
        const ids = lists[key.index] ?? EMPTY_LIST;
        if (!ids.includes(id))
            lists[key.index] = ids.concat(id);
    };
    for (const { from, to } of intents) {
        addTo(targets, from, to.id);
        addTo(sources, to, from.id);
    }
    const index = {
        targetsOf: node => targets[node.index] ?? EMPTY_LIST,
        sourcesOf: node => sources[node.index] ?? EMPTY_LIST
    };
    intentIndexes.set(topology, { intents, size: intents.length, index });
    return index;
}
/** Ids of the services `from`'s intents point to (empty when it has none). */
function intentTargets(topology, from) {
    return indexIntents(topology).targetsOf(from);
}
/** Whether the topology says `from` needs to connect to `to`. */
function hasIntent(topology, from, to) {
    return intentTargets(topology, from).includes(to.id);
}
/** Whether two services share one network namespace (one borrows the other's, or both a third's). */
function shareNamespace(a, b) {
    const ownerA = a.mode === 'namespace' ? a.namespaceOwner : a;
    const ownerB = b.mode === 'namespace' ? b.namespaceOwner : b;
    return ownerA !== undefined && ownerB !== undefined && ownerA.id === ownerB.id && a.id !== b.id;
}
/**
 * Whether the outside reaches the service directly: a port published on a non-loopback
 * address (or through the Swarm routing mesh), or host networking. Proxied exposure does not
 * count: the proxy is the one exposed.
 */
function isPubliclyPublished(topology, node) {
    if (node.mode === 'host')
        return true;
    return topology
        .exposures(node)
        .some(e => e.public && (e.kind === 'published' || e.kind === 'host-mode'));
}
/** Whether the port publishes through the Swarm routing mesh (explicitly, or a stack's default). */
function isIngressPort(node, mode) {
    return mode === 'ingress' || (mode === undefined && node.project.kind === 'stack');
}
/** Whether the network is a Swarm overlay: `driver: overlay`, or a stack's default driver. */
function isOverlay(network) {
    if (network.driver === 'overlay')
        return true;
    const primary = network.primary;
    return (network.driver === '' &&
        primary !== undefined &&
        primary.project.kind === 'stack' &&
        !primary.network.external);
}
/** A path step for "`svc` joins `network`". */
function joinStep(membership, about) {
    const network = membership.network;
    return {
        span: membershipSpan(membership),
        message: `${serviceLabel(membership.service, about)} joins ${networkLabel(network, membership.service.project)}`,
        service: membership.service.id,
        network: network.id
    };
}
/** `a`, `a` and `b`, `a`, `b` and `c`. */
function formatList(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** The networks a service is on, for messages: "`frontend` and `backend`", or its mode. */
function describeNetworks(node) {
    switch (node.mode) {
        case 'host':
            return 'the host network (`network_mode: host`)';
        case 'none':
            return 'no network (`network_mode: none`)';
        case 'bridge':
            return "Docker's legacy default bridge (`network_mode: bridge`)";
        default: {
            const names = [...new Set(node.memberships.map(m => networkLabel(m.network, node.project)))];
            return names.length === 0 ? 'no network' : formatList(names);
        }
    }
}
/** Profiles of the given services, when any is behind a profile. */
function helpers_profilesOf(...nodes) {
    const profiles = [...new Set(nodes.flatMap(n => n.service.profiles.map(p => p.value)))].sort();
    return profiles.length > 0 ? profiles : undefined;
}
/** Labels a proxy reads: `deploy.labels` first for stacks (Traefik's swarm mode), then `labels`. */
function proxyLabels(node) {
    const { labels, deployLabels } = node.service;
    return node.project.kind === 'stack' ? [...deployLabels, ...labels] : [...labels, ...deployLabels];
}

;// CONCATENATED MODULE: ./src/rules/types.ts
/** Declares a rule; the identity function, for types and one place to add checks later. */
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/rules/attachable-data-network.ts


/* harmony default export */ const attachable_data_network = (defineRule({
    id: 'attachable-data-network',
    name: 'Attachable overlay carries data stores',
    description: 'A Swarm overlay network that carries data stores is `attachable: true`, so any container started by hand on a swarm node can join it and reach the data.',
    severity: 'medium',
    kind: 'security',
    precision: 'very-high',
    tags: ['network', 'swarm'],
    help: {
        what: 'A network with `driver: overlay` and `attachable: true` has at least one data store (database, cache, queue, object store) among its members. The finding points at the `attachable` value.',
        why: 'An attachable overlay accepts standalone containers (`docker run --network ...`) besides the stack’s services, on any node of the swarm. Anyone who can start a container on any node, including through a compromised CI runner or a mounted Docker socket, can then connect to the data stores on that network, outside the stack’s definition and its review.',
        fix: 'Remove `attachable: true` from networks that carry data. For one-off admin tasks, run them as a service of the stack or through `docker exec` in an existing task.',
        bad: `services:
  db:
    image: postgres:16
    networks:
      - backend
networks:
  backend:
    driver: overlay
    driver_opts:
      encrypted: "true"
    internal: true
    attachable: true
`,
        good: `services:
  db:
    image: postgres:16
    networks:
      - backend
networks:
  backend:
    driver: overlay
    driver_opts:
      encrypted: "true"
    internal: true
`
    },
    check({ topology, report }) {
        for (const network of topology.networks) {
            const primary = network.primary;
            if (!primary)
                continue;
            const { project, network: declaration } = primary;
            const members = servicesOn(network);
            const attachable = declaration.attachable;
            if (!attachable?.value || !isOverlay(network))
                continue;
            const data = sortServices(members.filter(s => isTier(s, 'data')));
            const firstData = data[0];
            if (!firstData)
                continue;
            const netName = networkLabel(network, project);
            report({
                subject: firstData,
                location: attachable.span,
                message: `The overlay ${netName} is \`attachable\` and carries ${formatList(data.map(s => describeService(s, firstData)))}: any container started by hand on any swarm node can join it and connect to the data, outside the stack's definition. ` +
                    `Remove \`attachable: true\` from ${netName}.`,
                services: data.map(s => s.id),
                networks: [network.id],
                profiles: helpers_profilesOf(...data)
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/data-network-not-internal.ts


/* harmony default export */ const data_network_not_internal = (defineRule({
    id: 'data-network-not-internal',
    name: 'Data network not internal',
    description: 'A network that only data stores and the services using them join is not marked `internal: true`, so its containers keep a route to and from the outside they do not need.',
    severity: 'medium',
    kind: 'security',
    precision: 'high',
    tags: ['network', 'segmentation', 'egress'],
    help: {
        what: 'A network declared in the scan whose members are data stores and the services that use them: no reverse proxy, no member that publishes a port, and every member that is not a data store also on another, non-internal network (so marking this one internal cuts nobody off). It does not have `internal: true`. External networks that no scanned project creates are left alone: their settings are not in the scan.',
        why: 'A network that is not internal gives every member a route out through the host’s gateway. A compromised database or cache can then download tooling and send data anywhere. Marking the network internal removes that route for members that are only on it, without changing how members reach each other.',
        fix: 'Add `internal: true` to the network. Services that need the internet or are reached from outside keep that through their other, non-internal network.',
        bad: `services:
  app:
    image: ghcr.io/example/app:1.0
    networks:
      - frontend
      - backend
  db:
    image: postgres:16
    networks:
      - backend
networks:
  frontend: {}
  backend: {}
`,
        good: `services:
  app:
    image: ghcr.io/example/app:1.0
    networks:
      - frontend
      - backend
  db:
    image: postgres:16
    networks:
      - backend
networks:
  frontend: {}
  backend:
    internal: true
`
    },
    check({ topology, report }) {
        for (const network of topology.networks) {
            if (network.legacyBridge || network.sharedWithUnknown)
                continue;
            const primary = network.primary;
            if (!primary)
                continue;
            const { project, network: declaration } = primary;
            const members = servicesOn(network);
            const span = declaration.span;
            if (!span || declaration.implicit || declaration.external || network.internal)
                continue;
            const data = sortServices(members.filter(s => isTier(s, 'data')));
            const firstData = data[0];
            if (!firstData)
                continue;
            if (members.some(s => isTier(s, 'edge') || s.mode === 'host'))
                continue;
            if (members.some(s => s.service.ports.length > 0))
                continue;
            const others = sortServices(members.filter(s => !isTier(s, 'data')));
            // Marking the network internal would cut a client off the outside if it has no other way out.
            const keepsWayOut = others.every(s => s.memberships.some(m => m.network.id !== network.id && !m.network.internal));
            if (!keepsWayOut)
                continue;
            const netName = networkLabel(network, project);
            const dataNames = formatList(data.map(s => describeService(s, firstData)));
            const clients = others.length === 0
                ? ''
                : ` and ${formatList(others.map(s => serviceLabel(s, firstData)))}, which ${others.length === 1 ? 'is' : 'are'} also on another network`;
            report({
                subject: firstData,
                location: span,
                message: `${netName} only connects ${dataNames}${clients}, but is not \`internal\`: its members keep a route out through the host's gateway, so a compromised data store can fetch tools and send data anywhere. ` +
                    `Add \`internal: true\` to ${netName}; nothing on it publishes a port or relies on it to reach the outside.`,
                services: [...data, ...others].map(s => s.id),
                networks: [network.id],
                profiles: helpers_profilesOf(...data, ...others)
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/data-port-published.ts



/* harmony default export */ const data_port_published = (defineRule({
    id: 'data-port-published',
    name: 'Data store port published',
    description: 'A database, cache or queue publishes a port on every interface of the host, on a non-loopback address, or through the Swarm routing mesh.',
    severity: 'high',
    kind: 'security',
    precision: 'very-high',
    tags: ['network', 'ports'],
    help: {
        what: 'A service of the data tier has a `ports` entry that binds every interface (`"5432:5432"`, `"5432"`, `0.0.0.0`, `::`), a specific non-loopback address, or that a Swarm stack publishes through the ingress routing mesh (which ignores a host address). A port bound to `127.0.0.1` or `::1` in a compose project is reported with low severity.',
        why: 'A published port is reachable from the network the host is on, and often from the internet: Docker writes its own firewall rules, so a host firewall such as `ufw` does not stop it. Data stores are the usual target of mass scans, and many run with default or weak credentials. Through the Swarm routing mesh, the port is open on every node of the cluster.',
        fix: 'Remove the `ports` entry: the services that use the store reach it over a shared network by its service name. For local tools on the host, bind to loopback (`"127.0.0.1:5432:5432"`); in a Swarm stack, use a one-off `docker run --network` or an SSH tunnel instead.',
        bad: `services:
  app:
    image: ghcr.io/example/app:1.0
  db:
    image: postgres:16
    ports:
      - "5432:5432"
`,
        good: `services:
  app:
    image: ghcr.io/example/app:1.0
  db:
    image: postgres:16
    expose:
      - "5432"
`
    },
    check({ topology, report }) {
        for (const data of topology.services.filter(s => isTier(s, 'data'))) {
            // Ports are ignored in host mode and refused with a shared namespace; a service only on
            // internal networks cannot be reached through them (ports-on-internal-network says so).
            if (data.mode !== 'networks' && data.mode !== 'bridge')
                continue;
            if (data.mode === 'networks' &&
                data.memberships.length > 0 &&
                data.memberships.every(m => m.network.internal))
                continue;
            // A tier read from a well-known port alone is weak evidence: a service with no known image
            // that only `expose`s 3306 and publishes 3000 publishes no data store. Once it publishes a
            // data-store port, its other published ports (Elasticsearch's 9300) are the store's too.
            if (data.tier.basis === 'port' && !data.service.ports.some(p => isDataStorePort(p.target)))
                continue;
            for (const port of data.service.ports) {
                const ingress = isIngressPort(data, port.mode);
                if (port.bind === 'loopback' && !ingress) {
                    report({
                        subject: data,
                        severity: 'low',
                        location: port.span,
                        message: `${describeService(data)} publishes ${quote(port.text)} on the loopback interface only: fine for local development, but every process on the host (and every container that reaches the host) can connect to ${productOf(data)}. ` +
                            `If no tool on the host needs it, remove the entry and let the services that use ${serviceLabel(data)} reach it over a shared network.`,
                        fingerprintKey: port.text,
                        profiles: helpers_profilesOf(data)
                    });
                    continue;
                }
                report({
                    subject: data,
                    location: port.span,
                    message: `${describeService(data)} publishes ${quote(port.text)} ${where(port, ingress)}: anyone who can reach the host can connect to ${productOf(data)} directly, past every application, and Docker's firewall rules bypass a host firewall. ${fix(data, ingress)}`,
                    fingerprintKey: port.text,
                    profiles: helpers_profilesOf(data)
                });
            }
        }
    }
}));
function where(port, ingress) {
    if (ingress) {
        const ignored = port.bind !== 'all' ? ' (the routing mesh ignores the host address)' : '';
        return `through the Swarm routing mesh, on every node of the cluster${ignored}`;
    }
    if (port.bind === 'specific')
        return `on the non-loopback address ${quote(port.hostIp ?? '')}`;
    return 'on every interface of the host';
}
function fix(data, ingress) {
    const name = serviceLabel(data);
    return ingress
        ? `Remove the entry: services reach ${name} over the stack's networks; for admin access, use a tunnel or a one-off container on the network.`
        : `Remove the entry (services reach ${name} over a shared network), or bind it to loopback (\`127.0.0.1:...\`) if a tool on the host needs it.`;
}

;// CONCATENATED MODULE: ./src/rules/data-reachable-from-edge.ts


/* harmony default export */ const data_reachable_from_edge = (defineRule({
    id: 'data-reachable-from-edge',
    name: 'Data store reachable from the edge',
    description: 'A reverse proxy or load balancer shares a network (or a network namespace) with a database, cache or queue, so nothing stands between the public entry point and the data.',
    severity: 'high',
    kind: 'security',
    precision: 'high',
    tags: ['network', 'segmentation'],
    help: {
        what: 'A service of the edge tier (a reverse proxy or load balancer such as Traefik, nginx, HAProxy or Caddy) and a service of the data tier (a database, cache, queue or object store) are on the same network with inter-container communication enabled, or share one network namespace. The finding points at the data store’s entry for that network (its service key for the implicit `default` network). A proxy that itself uses the store (it depends on it or names it in its environment, as Kong does with its database) is not reported.',
        why: 'The edge is the part of the stack the internet talks to, and the first to be compromised. From a shell in the proxy container, an attacker can connect to every port of every container on its networks: a data store there is one hop away, with no application in between to enforce authentication, authorisation or query shapes.',
        fix: 'Keep three tiers: put the proxy and the applications on a `frontend` network, and the applications and the data stores on a separate `backend` network (ideally `internal: true`). The proxy then reaches only the applications, and only the applications reach the data.',
        bad: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
  app:
    image: ghcr.io/example/app:1.0
  db:
    image: postgres:16
`,
        good: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - frontend
  app:
    image: ghcr.io/example/app:1.0
    networks:
      - frontend
      - backend
  db:
    image: postgres:16
    networks:
      - backend
networks:
  frontend: {}
  backend:
    internal: true
`
    },
    check({ topology, report }) {
        const edges = topology.services.filter(s => isTier(s, 'edge'));
        if (edges.length === 0)
            return;
        const edgesOn = new Map();
        for (const edge of edges) {
            for (const { network } of edge.memberships) {
                const list = edgesOn.get(network);
                if (!list)
                    edgesOn.set(network, [edge]);
                else if (!list.includes(edge))
                    list.push(edge);
            }
        }
        const edgesByOwner = new Map();
        for (const edge of edges) {
            const owner = edge.mode === 'namespace' ? edge.namespaceOwner : edge;
            if (!owner)
                continue;
            const list = edgesByOwner.get(owner);
            if (list)
                list.push(edge);
            else
                edgesByOwner.set(owner, [edge]);
        }
        for (const data of topology.services.filter(s => isTier(s, 'data'))) {
            // Only the edge services on the store's networks or in its namespace can be offending.
            const near = new Set();
            for (const { network } of data.memberships) {
                if (network.iccDisabled)
                    continue;
                for (const edge of edgesOn.get(network) ?? [])
                    near.add(edge);
            }
            const owner = data.mode === 'namespace' ? data.namespaceOwner : data;
            for (const edge of (owner && edgesByOwner.get(owner)) ?? [])
                near.add(edge);
            if (near.size === 0)
                continue;
            // In the topology's order first, so ties of `sortServices` fall as they always did.
            const candidates = [...near].sort((a, b) => a.index - b.index);
            const offending = sortServices(candidates.filter(e => e.id !== data.id && !hasIntent(topology, e, data)));
            const namespaced = offending.filter(e => shareNamespace(e, data));
            for (const edge of namespaced)
                reportNamespace(edge, data);
            const networks = new Map();
            for (const edge of offending) {
                if (namespaced.includes(edge))
                    continue;
                for (const network of topology.sharedNetworks(edge, data)) {
                    const entry = networks.get(network.id) ?? { network, edges: [] };
                    entry.edges.push(edge);
                    networks.set(network.id, entry);
                }
            }
            for (const { network, edges: onNetwork } of networks.values()) {
                reportNetwork(data, network, onNetwork);
            }
        }
        function reportNetwork(data, network, onNetwork) {
            const dataMembership = membershipOf(data, network);
            if (!dataMembership)
                return;
            const edgeMemberships = onNetwork.flatMap(e => membershipOf(e, network) ?? []);
            const first = edgeMemberships[0];
            if (!first)
                return;
            const netName = networkLabel(network, data.project);
            const edgeNames = formatList(onNetwork.map(e => serviceLabel(e, data)));
            // "Public" only when the outside reaches a proxy today; an edge service is a proxy either way.
            const publicly = onNetwork.some(e => topology.exposures(e).some(x => x.public))
                ? 'public '
                : '';
            const which = onNetwork.length === 1 ? `the ${publicly}proxy` : `the ${publicly}proxies`;
            const where = network.primary?.network.implicit ? `the implicit ${netName} network` : netName;
            report({
                subject: data,
                location: membershipSpan(dataMembership),
                message: `${describeService(data)} is on ${where}, which ${which} ${edgeNames} also ${onNetwork.length === 1 ? 'joins' : 'join'}: ` +
                    `a compromised proxy can connect to ${productOf(data)} directly, with no application in between. ` +
                    `Move ${serviceLabel(data)} to a network ${edgeNames} ${onNetwork.length === 1 ? 'does' : 'do'} not join, e.g. an \`internal\` backend network shared only with the services that use it.`,
                related: edgeMemberships.map(m => ({
                    span: membershipSpan(m),
                    message: `${serviceLabel(m.service, data)} (${productOf(m.service)}) joins ${netName} here`
                })),
                path: [joinStep(first, data), joinStep(dataMembership, data)],
                services: [data.id, ...onNetwork.map(e => e.id)],
                networks: [network.id],
                profiles: helpers_profilesOf(data, ...onNetwork)
            });
        }
        function reportNamespace(edge, data) {
            // The line to change is the `network_mode` of whichever borrows the other's namespace.
            const sharer = data.mode === 'namespace' ? data : edge;
            const mode = sharer.service.networkMode;
            if (!mode)
                return;
            const other = sharer === data ? edge : data;
            report({
                subject: data,
                location: mode.span,
                message: `${describeService(data)} and the ${topology.exposures(edge).some(x => x.public) ? 'public ' : ''}proxy ${serviceLabel(edge, data)} share one network namespace (${serviceLabel(sharer, data)} has \`network_mode\` set to join ${serviceLabel(other, data)}'s): ` +
                    `a compromised proxy can connect to ${productOf(data)} on localhost. ` +
                    `Give ${serviceLabel(sharer, data)} its own networks and keep ${serviceLabel(data)} off the proxy's networks.`,
                related: [{ span: edge.service.span, message: `the proxy ${serviceLabel(edge, data)}` }],
                path: [
                    {
                        span: mode.span,
                        message: `${serviceLabel(sharer, data)} joins the namespace of ${serviceLabel(other, data)}`,
                        service: sharer.id
                    }
                ],
                services: [data.id, edge.id],
                networks: [],
                profiles: helpers_profilesOf(data, edge)
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/docker-socket-mounted.ts


/** Images whose whole purpose is to put a filtering proxy in front of the Docker socket. */
const SOCKET_PROXIES = ['tecnativa/docker-socket-proxy', 'linuxserver/socket-proxy'];
/* harmony default export */ const docker_socket_mounted = (defineRule({
    id: 'docker-socket-mounted',
    name: 'Docker socket mounted',
    description: 'A service mounts the Docker API socket: whoever controls the container controls the Docker daemon, every container and network on the host, and the host itself.',
    severity: 'high',
    kind: 'security',
    precision: 'very-high',
    tags: ['docker', 'privilege'],
    help: {
        what: 'A service mounts `/var/run/docker.sock` or `/run/docker.sock` (short or long volume syntax, read-only or not). Known socket proxies (`tecnativa/docker-socket-proxy`, `linuxserver/socket-proxy`) are reported with medium severity: they are the intended way to narrow the API, but the proxy itself becomes the trust boundary.',
        why: 'The Docker API socket is root on the host: through it, a process can start a privileged container that mounts the host’s filesystem, attach any container to any network, and read every container’s environment and secrets. Mounting it read-only (`:ro`) does not help, because the read-only flag applies to the socket file, not to the API spoken over it. A reverse proxy or dashboard with the socket turns any vulnerability in it into a full host compromise.',
        fix: 'Do not mount the socket into services that do not manage containers. Where a tool needs container metadata (Traefik, monitoring), put a socket proxy in front of it that allows only the read-only endpoints it uses (for Traefik: `CONTAINERS=1`, everything else off), on a network only that tool joins, and point the tool at the proxy over TCP.',
        bad: `services:
  proxy:
    image: traefik:v3.1
    ports:
      - "80:80"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
`,
        good: `services:
  proxy:
    image: traefik:v3.1
    command:
      - --providers.file.directory=/etc/traefik/dynamic
    ports:
      - "80:80"
    volumes:
      - ./dynamic:/etc/traefik/dynamic:ro
`
    },
    check({ topology, report }) {
        for (const node of topology.services) {
            for (const mount of node.service.mounts) {
                if (!mount.dockerSocket)
                    continue;
                const source = quote(mount.source ?? mount.target);
                const readOnly = mount.readOnly
                    ? ' Mounting it read-only (`:ro`) does not help: the API spoken over the socket is still writable.'
                    : ' Mounting it read-only would not help either: `:ro` applies to the socket file, not to the API spoken over it.';
                if (isSocketProxy(node)) {
                    report({
                        subject: node,
                        severity: 'medium',
                        location: mount.span,
                        message: `The socket proxy ${serviceLabel(node)} mounts the Docker socket ${source}: this is what it is for, but the proxy is now the trust boundary, and every service that reaches ${serviceLabel(node)} can use the API endpoints it allows. Allow only the endpoints your clients need (leave \`POST\` off), and put ${serviceLabel(node)} on a network only those clients join.`,
                        fingerprintKey: mount.target,
                        profiles: helpers_profilesOf(node)
                    });
                    continue;
                }
                report({
                    subject: node,
                    location: mount.span,
                    message: `${serviceLabel(node)} mounts the Docker socket ${source}: a compromise of ${serviceLabel(node)} controls the Docker daemon, every container and network on the host, and the host itself.${readOnly} Remove the mount, or give ${serviceLabel(node)} a socket proxy (e.g. \`tecnativa/docker-socket-proxy\`) that allows only the read-only endpoints it needs.`,
                    fingerprintKey: mount.target,
                    profiles: helpers_profilesOf(node)
                });
            }
        }
    }
}));
/** Whether the service's image is a known Docker socket proxy, whatever its registry or tag. */
function isSocketProxy(node) {
    const image = node.service.image?.value;
    if (!image)
        return false;
    const repository = imageRepository(image);
    return SOCKET_PROXIES.some(p => repository === p || repository.endsWith(`/${p}`));
}
/** `ghcr.io/tecnativa/docker-socket-proxy:0.2@sha256:...` -> `ghcr.io/tecnativa/docker-socket-proxy`. */
function imageRepository(image) {
    const withoutDigest = image.split('@')[0] ?? '';
    const lastSlash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.indexOf(':', lastSlash + 1);
    return (colon === -1 ? withoutDigest : withoutDigest.slice(0, colon)).toLowerCase();
}

;// CONCATENATED MODULE: ./src/rules/excess-reachability.ts


/* harmony default export */ const excess_reachability = (defineRule({
    id: 'excess-reachability',
    name: 'Reachable data store it never uses',
    description: 'An application service shares a declared network with data stores it never refers to, while other services on that network use them: it has more reach than it needs.',
    severity: 'low',
    kind: 'security',
    precision: 'medium',
    tags: ['network', 'least-privilege'],
    help: {
        what: 'An application service (not a proxy, not a data store) can connect directly, over a network declared in the project, to a data store it never refers to: no `depends_on`, link or environment value names it. To stay quiet where the evidence is thin, it is reported only when the service does declare what it uses (it has at least one such reference) but refers to none of the data stores on that network (it joined the network for something else, such as an API), when some other service on that network does refer to the data store (the store is there for someone else), and never on the implicit `default` network or a network every service of the project joins (a default network in all but name), where everything reaches everything by design and `flat-network` already speaks. One finding per service and data store, at the service’s entry for the shared network.',
        why: 'Least privilege for networks: every service that can open a connection to a database is one more way into it. A service that joined a backend network only to reach an API also reaches the database behind it, so a bug in that service exposes data it never needed.',
        fix: 'Split the network: put the data store on a network that only its clients join, and connect the other service to what it uses (an API) over a different network. If the service does use the store through configuration tierguard cannot see, add it to `depends_on` to make the dependency explicit.',
        bad: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - frontend
  web:
    image: ghcr.io/example/web:1.0
    depends_on:
      - api
    networks:
      - frontend
      - backend
  api:
    image: ghcr.io/example/api:1.0
    depends_on:
      - db
    networks:
      - backend
  db:
    image: postgres:16
    networks:
      - backend
networks:
  frontend: {}
  backend: {}
`,
        good: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - frontend
  web:
    image: ghcr.io/example/web:1.0
    depends_on:
      - api
    networks:
      - frontend
      - services
  api:
    image: ghcr.io/example/api:1.0
    depends_on:
      - db
    networks:
      - services
      - data
  db:
    image: postgres:16
    networks:
      - data
networks:
  frontend: {}
  services: {}
  data:
    internal: true
`
    },
    check({ topology, report }) {
        const intents = indexIntents(topology);
        const dataOn = new Map();
        /** Data stores on the network, namespace sharers included, in the topology's order. */
        const dataStoresOn = (network) => {
            let list = dataOn.get(network);
            if (!list) {
                list = servicesOn(network).filter(s => isTier(s, 'data') && membershipOf(s, network));
                dataOn.set(network, list);
            }
            return list;
        };
        const wholeProject = new Map();
        const clientsOn = new Map();
        /** Ids of the services on the network whose intents point to the store. */
        const clientsOfStoreOn = (store, network) => {
            const key = `${store.id}\u0000${network.id}`;
            let clients = clientsOn.get(key);
            if (clients)
                return clients;
            clients = new Set();
            for (const source of intents.sourcesOf(store)) {
                const node = topology.serviceById(source);
                if (node && membershipOf(node, network))
                    clients.add(source);
            }
            clientsOn.set(key, clients);
            return clients;
        };
        for (const service of topology.services) {
            if (!isTier(service, 'app'))
                continue;
            const targets = intents.targetsOf(service);
            if (targets.length === 0)
                continue;
            // Each store the service shares a declared network with, over the first such network in
            // the service's file order (the one the finding points at).
            const over = new Map();
            for (const network of declaredNetworksInOrder(service)) {
                for (const store of dataStoresOn(network)) {
                    if (store.id === service.id || targets.includes(store.id) || over.has(store))
                        continue;
                    if (shareNamespace(service, store))
                        continue;
                    over.set(store, network);
                }
            }
            const usesStoreOn = new Map();
            const stores = [...over.keys()].sort((a, b) => a.index - b.index);
            for (const store of stores) {
                const network = over.get(store);
                let byNetwork = wholeProject.get(service.project);
                if (!byNetwork)
                    wholeProject.set(service.project, (byNetwork = new Map()));
                let whole = byNetwork.get(network);
                if (whole === undefined)
                    byNetwork.set(network, (whole = joinedByWholeProject(service, network)));
                if (whole)
                    continue;
                // A client of one store on the network is there for the data: a data network shared by
                // the stores of one application is a sound design, not excess reach.
                let usesOne = usesStoreOn.get(network);
                if (usesOne === undefined) {
                    usesOne = dataStoresOn(network).some(d => targets.includes(d.id));
                    usesStoreOn.set(network, usesOne);
                }
                if (usesOne)
                    continue;
                const clients = clientsOfStoreOn(store, network);
                const usedByOthers = clients.size > (clients.has(service.id) ? 1 : 0);
                if (!usedByOthers)
                    continue;
                const serviceMembership = membershipOf(service, network);
                const storeMembership = membershipOf(store, network);
                if (!serviceMembership || !storeMembership)
                    continue;
                const netName = networkLabel(network, service.project);
                report({
                    subject: service,
                    location: membershipSpan(serviceMembership),
                    message: `${serviceLabel(service)} can connect to ${describeService(store, service)} over ${netName}, but never refers to it (no \`depends_on\`, link or environment value names it): a compromise of ${serviceLabel(service)} reaches ${productOf(store)} without need. ` +
                        `Move ${serviceLabel(store, service)} to a network only its clients join, or, if ${serviceLabel(service)} does use it, declare it in \`depends_on\`.`,
                    related: [
                        {
                            span: membershipSpan(storeMembership),
                            message: `${serviceLabel(store, service)} joins ${netName} here`
                        }
                    ],
                    path: [joinStep(serviceMembership, service), joinStep(storeMembership, service)],
                    services: [service.id, store.id],
                    networks: [network.id],
                    profiles: helpers_profilesOf(service, store)
                });
            }
        }
    }
}));
/**
 * Whether every networked service of the service's project is on the network: a project's one
 * network, declared only to name it, is its default network in all but name.
 */
function joinedByWholeProject(service, network) {
    const project = service.project;
    return project.services.every(s => {
        if (s.networkMode)
            return true;
        return s.networks.some(a => {
            const declared = project.networks.find(n => n.key === a.network);
            return declared !== undefined && network.declarations.some(d => d.network === declared);
        });
    });
}
/**
 * The service's networks with icc on that a project declared (not `default`, even declared to
 * rename it: the network everything joins unless told not to), in the service's file order.
 */
function declaredNetworksInOrder(service) {
    const memberships = sortMemberships(service.memberships
        .filter(m => !m.network.iccDisabled &&
        m.network.primary !== undefined &&
        !m.network.primary.network.implicit &&
        m.network.primary.network.key !== 'default')
        .map(m => ({ ...m, service })));
    return [...new Set(memberships.map(m => m.network))];
}

;// CONCATENATED MODULE: ./src/rules/flat-network.ts


/* harmony default export */ const flat_network = (defineRule({
    id: 'flat-network',
    name: 'Flat network',
    description: 'One network carries both services the outside reaches directly and data stores, so a compromise of any exposed service reaches the data.',
    severity: 'medium',
    kind: 'security',
    precision: 'high',
    tags: ['network', 'segmentation'],
    help: {
        what: 'A network with inter-container communication enabled (most often the implicit `default` network) has, among its members, at least one publicly exposed service (a port published on a non-loopback address or through the Swarm routing mesh, host networking, or a reverse proxy) and at least one data store, and nothing separates them: the network is the `default` one (which every service joins unless it lists networks), or one of the exposed services does not use any of the data stores (a reverse proxy, say). A declared network that only the data stores and their exposed clients join is the segmentation this rule asks for and is not reported. It is reported once per network, at the network’s key under `networks:`, or, for the implicit `default` network, at the first data store’s key. An application and its database on the implicit `default` network, the everyday starting point, gets this one finding.',
        why: 'Every member of a Docker network can open a connection to every port of every other member. When the services the internet talks to share a network with the data stores, any vulnerability in any of them is one hop from the data, and every service added later joins that network by default. Splitting the network makes the reachable set explicit and small.',
        fix: 'Put the exposed services on a `frontend` network and the data stores on a `backend` network marked `internal: true`; only the services that use a store join both. Services that list `networks:` no longer join the implicit `default` network.',
        bad: `services:
  web:
    image: ghcr.io/example/web:1.0
    ports:
      - "8080:8080"
    depends_on:
      - db
  db:
    image: postgres:16
`,
        good: `services:
  web:
    image: ghcr.io/example/web:1.0
    ports:
      - "8080:8080"
    depends_on:
      - db
    networks:
      - frontend
      - backend
  db:
    image: postgres:16
    networks:
      - backend
networks:
  frontend: {}
  backend:
    internal: true
`
    },
    check({ topology, report }) {
        for (const network of topology.networks) {
            if (!network.legacyBridge && !network.iccDisabled)
                checkNetwork(network);
        }
        function checkNetwork(network) {
            const primary = network.primary;
            if (!primary)
                return;
            const { project, network: declaration } = primary;
            const members = servicesOn(network);
            const data = sortServices(members.filter(s => isTier(s, 'data')));
            const exposed = sortServices(members.filter(s => !isTier(s, 'data') && (isTier(s, 'edge') || isPubliclyPublished(topology, s))));
            const firstData = data[0];
            if (!firstData || exposed.length === 0)
                return;
            // A declared network shared only by data stores and exposed services that use them is
            // the segmentation this rule asks for; the default network is never a deliberate one.
            const isDefault = declaration.key === 'default';
            const dataIds = new Set(data.map(d => d.id));
            const usesData = (s) => {
                for (const target of intentTargets(topology, s))
                    if (dataIds.has(target))
                        return true;
                return false;
            };
            if (!isDefault && exposed.every(usesData))
                return;
            const location = declaration.span ?? firstData.service.span;
            const netName = networkLabel(network, project);
            const implicit = declaration.implicit;
            const onWhat = implicit ? `the implicit ${netName} network` : netName;
            const exposedNames = formatList(exposed.map(s => describeExposed(s, firstData)));
            const dataNames = formatList(data.map(s => describeService(s, firstData)));
            report({
                subject: firstData,
                location,
                message: `${capitalise(onWhat)} carries ${exposedNames}, reached from outside, and ${data.length === 1 ? 'the data store' : 'the data stores'} ${dataNames}, with nothing in between: ` +
                    `whoever compromises an exposed service can connect to the data directly, and every service added later joins them. ` +
                    `Give the data ${data.length === 1 ? 'store' : 'stores'} a separate \`internal: true\` network that only ${data.length === 1 ? 'its' : 'their'} clients also join${implicit ? ' (services that list `networks:` leave the implicit default)' : ''}.`,
                related: [...exposed, ...data].flatMap(s => {
                    const m = membershipOf(s, network);
                    return m
                        ? [
                            {
                                span: membershipSpan(m),
                                message: `${serviceLabel(s, firstData)} is on ${netName}`
                            }
                        ]
                        : [];
                }),
                services: [...data, ...exposed].map(s => s.id),
                networks: [network.id],
                profiles: helpers_profilesOf(...data, ...exposed)
            });
        }
    }
}));
function describeExposed(node, about) {
    if (isTier(node, 'edge'))
        return `the proxy ${describeService(node, about)}`;
    return `${serviceLabel(node, about)} (published)`;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/rules/host-network.ts


/* harmony default export */ const host_network = (defineRule({
    id: 'host-network',
    name: 'Service on the host network',
    description: 'A service runs with `network_mode: host`: it shares the host’s network stack, reaches every local service and listens on the host’s interfaces with no isolation.',
    severity: 'high',
    kind: 'security',
    precision: 'very-high',
    tags: ['network', 'docker'],
    help: {
        what: 'A service has `network_mode: host`. The finding is critical when the service is a reverse proxy (edge tier) or a data store (data tier), high otherwise.',
        why: 'In the host namespace a container bypasses Docker networking entirely: every port it listens on is open on every interface of the host (no `ports` mapping, no Docker firewall rules), and it can connect to everything the host can, including services bound to `127.0.0.1`, other containers’ published ports and the cloud metadata endpoint. A compromise of the service is a foothold on the host’s network. For a public proxy or a database, that is the most exposed position there is.',
        fix: 'Remove `network_mode: host`, put the service on the networks it needs, and publish only the ports that must be reachable from outside with `ports` (bound to `127.0.0.1` when only local tools use them). Monitoring agents that truly need the host namespace should be reviewed and suppressed with a reason.',
        bad: `services:
  proxy:
    image: nginx:1.27
    network_mode: host
`,
        good: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
`
    },
    check({ topology, report }) {
        for (const node of topology.services) {
            const mode = node.service.networkMode;
            if (node.mode !== 'host' || mode?.kind !== 'host')
                continue;
            const critical = isTier(node, 'edge') || isTier(node, 'data');
            const what = isTier(node, 'data')
                ? `the data store ${describeService(node)}`
                : isTier(node, 'edge')
                    ? `the proxy ${describeService(node)}`
                    : serviceLabel(node);
            const consequence = isTier(node, 'data')
                ? `${productOf(node)} listens on every interface of the host with no \`ports\` mapping in between, and a compromise of it reaches everything the host can reach`
                : isTier(node, 'edge')
                    ? `the public entry point reaches every service the host can reach, including those bound to \`127.0.0.1\``
                    : `every port it opens is open on every interface of the host, and it reaches every service the host can reach, including those bound to \`127.0.0.1\``;
            report({
                subject: node,
                ...(critical ? { severity: 'critical' } : {}),
                location: mode.span,
                message: `${host_network_capitalise(what)} runs in the host's network namespace (\`network_mode: host\`): ${consequence}. Remove \`network_mode: host\`, put ${serviceLabel(node)} on the networks it needs and publish only the ports that must be reachable.`,
                profiles: helpers_profilesOf(node)
            });
        }
    }
}));
function host_network_capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/rules/invalid-suppression.ts

/**
 * Findings of this rule are reported by the suppression stage (`src/config/apply-config.ts`),
 * after every other rule ran: only then is it known which suppressions were used.
 */
/* harmony default export */ const invalid_suppression = (defineRule({
    id: 'invalid-suppression',
    name: 'Suppression without reason, unknown or unused',
    description: 'A `tierguard-ignore` comment, an `x-tierguard` ignore or a configuration `ignore` gives no reason, names no existing rule, or suppresses nothing.',
    severity: 'low',
    kind: 'correctness',
    precision: 'very-high',
    tags: ['suppression', 'maintainability'],
    help: {
        what: 'A suppression (`# tierguard-ignore <rule>: <reason>` on or above a line, `x-tierguard: {ignore: ...}` on a service or network, or an `ignore` entry of `.tierguard.yml`) that has no reason (it still suppresses, but is reported), names a rule id that does not exist (with the closest one), or suppresses nothing: no finding of its rule is on its line or the next, about its service, or involving its network. Reported at the comment or the entry.',
        why: 'A suppression accepts a risk on the team’s behalf: without a reason, a reviewer cannot judge it, and the code-scanning alert shows nothing. One with a mistyped rule id silently suppresses nothing; one whose finding was fixed or moved stays behind and would hide the next finding of that rule on that line without review.',
        fix: 'Give the reason after a colon (`# tierguard-ignore flat-network: one network until the split planned for Q3`), correct the rule id (`tierguard rules` lists them), or remove the suppression that no longer applies. These findings cannot themselves be suppressed: change their severity or turn them off in `.tierguard.yml` (`rules: {invalid-suppression: off}`).',
        bad: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - front # tierguard-ignore host-network: the proxy needs raw sockets
networks:
  front: {}
`,
        good: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - front
networks:
  front: {}
`
    },
    check() { }
}));

;// CONCATENATED MODULE: ./src/rules/invalid-network-reference.ts


/* harmony default export */ const invalid_network_reference = (defineRule({
    id: 'invalid-network-reference',
    name: 'Invalid network reference',
    description: 'A service names a network the project does not declare, or sets both `networks` and `network_mode`: compose refuses the file.',
    severity: 'high',
    kind: 'correctness',
    precision: 'very-high',
    tags: ['network', 'compose'],
    help: {
        what: 'A service lists, under `networks:`, a network that is not declared under the top-level `networks:` of its project (after overrides, `extends` and `include` are applied), or it has both `networks:` and `network_mode:`. The finding points at the network entry, or at `network_mode`.',
        why: '`docker compose up` and `docker stack deploy` refuse such a file (“service refers to undefined network”, “network_mode and networks cannot be combined”), so the change cannot be deployed as written, and what tierguard infers about the service’s reach is a guess.',
        fix: 'Declare the network under the top-level `networks:` (with `external: true` and its real `name:` if another project creates it), or fix the name; choose either `network_mode` or `networks` for a service.',
        bad: `services:
  app:
    image: ghcr.io/example/app:1.0
    networks:
      - backend
`,
        good: `services:
  app:
    image: ghcr.io/example/app:1.0
    networks:
      - backend
networks:
  backend: {}
`
    },
    check({ topology, report }) {
        for (const node of topology.services) {
            const mode = node.service.networkMode;
            const listed = node.service.networks.filter(a => !a.implicit);
            if (mode && listed.length > 0) {
                report({
                    subject: node,
                    location: mode.span,
                    message: `${serviceLabel(node)} sets both \`network_mode\` and \`networks\` (${listed.map(a => quote(a.network)).join(', ')}): compose refuses the file ("cannot be combined"), so it cannot be deployed as written. Keep one: \`network_mode\` for a shared or host namespace, \`networks\` otherwise.`,
                    related: listed.map(a => ({
                        span: a.span,
                        message: `${serviceLabel(node)} lists ${quote(a.network)} here`
                    })),
                    fingerprintKey: 'network_mode+networks',
                    profiles: helpers_profilesOf(node)
                });
            }
            for (const attachment of listed) {
                if (attachment.declared || attachment.network === 'default')
                    continue;
                const declared = node.project.networks.filter(n => !n.implicit).map(n => quote(n.key));
                const known = declared.length > 0 ? `it declares ${declared.join(', ')}` : 'it declares no networks';
                report({
                    subject: node,
                    location: attachment.span,
                    message: `${serviceLabel(node)} joins ${quote(attachment.network)}, which project ${quote(node.project.name)} does not declare (${known}): compose refuses the file with "service refers to undefined network". Declare ${quote(attachment.network)} under the top-level \`networks:\` (as \`external: true\` with its real \`name:\` if another project creates it), or fix the name.`,
                    fingerprintKey: attachment.network,
                    profiles: helpers_profilesOf(node)
                });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/legacy-default-bridge.ts


/* harmony default export */ const legacy_default_bridge = (defineRule({
    id: 'legacy-default-bridge',
    name: 'Service on the legacy default bridge',
    description: 'A service runs with `network_mode: bridge`, Docker’s legacy default bridge that every container started without a network shares.',
    severity: 'medium',
    kind: 'security',
    precision: 'very-high',
    tags: ['network', 'docker'],
    help: {
        what: 'A service has `network_mode: bridge`. Compose then does not put it on the project’s networks but on the `bridge` network that Docker creates on every host.',
        why: 'The legacy default bridge is shared with every container on the host that was started without a network (`docker run` with no `--network`), from any project or user. They can all connect to each other’s ports. It also has no service-name DNS, which invites `links` or hard-coded addresses.',
        fix: 'Remove `network_mode: bridge` and let the service join the project’s networks (the implicit `default` network, or the ones it lists under `networks:`).',
        bad: `services:
  worker:
    image: ghcr.io/example/worker:1.0
    network_mode: bridge
`,
        good: `services:
  worker:
    image: ghcr.io/example/worker:1.0
    networks:
      - jobs
networks:
  jobs: {}
`
    },
    check({ topology, report }) {
        for (const node of topology.services) {
            const mode = node.service.networkMode;
            if (mode?.kind !== 'bridge')
                continue;
            report({
                subject: node,
                location: mode.span,
                message: `${serviceLabel(node)} runs on Docker's legacy default bridge (\`network_mode: bridge\`), which every container on the host started without a network also joins: any of them can connect to ${serviceLabel(node)}'s ports, whatever project it belongs to. Remove \`network_mode: bridge\` and put ${serviceLabel(node)} on the project's own networks.`,
                profiles: helpers_profilesOf(node)
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/config/globs.ts
/**
 * Glob matching for the configuration: file globs (relative to the base directory, as
 * discovery's `include`/`exclude`), service patterns and image patterns.
 */

/**
 * A matcher for file globs. As in `.gitignore` and discovery's `exclude`, a pattern without a
 * slash matches a file name at any depth (`*dev*.yml`); one with a slash matches the path from
 * the base directory (`deploy/**`).
 */
function compileFileGlobs(patterns) {
    const cleaned = patterns.map(p => p.trim().replace(/^\.\//, '')).filter(p => p !== '');
    const byName = cleaned.filter(p => !p.includes('/'));
    const byPath = cleaned.filter(p => p.includes('/'));
    const matchName = byName.length > 0 ? picomatch_default()(byName, { dot: true }) : () => false;
    const matchPath = byPath.length > 0 ? picomatch_default()(byPath, { dot: true }) : () => false;
    return file => matchName(file.slice(file.lastIndexOf('/') + 1)) || matchPath(file);
}
/**
 * Whether a service pattern names the service: a pattern without a slash is matched against
 * the service name, one with a slash against `project/service`. Globs allowed (`*-worker`).
 */
function matchesServicePattern(pattern, project, service) {
    return pattern.includes('/')
        ? picomatch_default().isMatch(`${project}/${service}`, pattern, { dot: true })
        : picomatch_default().isMatch(service, pattern, { dot: true });
}
/**
 * Whether an image pattern names the image as written (`ghcr.io/acme/gateway:1.4`). The pattern
 * may leave out the tag or digest (`ghcr.io/acme/gateway` matches every tag); `*` stays within
 * a path segment, `**` crosses them (`**\/postgres*`).
 */
function matchesImagePattern(pattern, image) {
    const options = { dot: true };
    if (picomatch_default().isMatch(image, pattern, options))
        return true;
    const withoutDigest = image.split('@')[0] ?? image;
    const lastSlash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.indexOf(':', lastSlash + 1);
    const repository = colon >= 0 ? withoutDigest.slice(0, colon) : withoutDigest;
    return picomatch_default().isMatch(repository, pattern, options);
}
/** Whether a glob compiles (picomatch throws on some malformed patterns). */
function isValidGlob(pattern) {
    try {
        picomatch_default()(pattern);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/config/policy.ts
/**
 * The flow policy: which services a `policy.forbid` or `policy.allow` entry names, and the
 * forbidden flows of a topology. A flow is a direct connection (one hop: a shared network,
 * a shared namespace, host mode, or a host port published by a service of the same project). Longer paths are not flows of their
 * own: edge -> app -> data is the three-tier design a policy exists to keep, and each of its
 * hops is judged on its own.
 */



/** Whether every key of the selector holds for the service. */
function matchesSelector(selector, node) {
    if (selector.tier && node.tier.tier !== selector.tier)
        return false;
    if (selector.service &&
        !matchesServicePattern(selector.service, node.project.name, node.service.name)) {
        return false;
    }
    if (selector.network) {
        const pattern = selector.network;
        const onNetwork = node.memberships.some(m => picomatch_default().isMatch(m.attachment.network, pattern, { dot: true }) ||
            picomatch_default().isMatch(m.network.id, pattern, { dot: true }) ||
            m.network.declarations.some(d => picomatch_default().isMatch(d.network.realName, pattern, { dot: true })));
        if (!onNetwork)
            return false;
    }
    return true;
}
/** The first `allow` entry that names the flow from `from` to `to`, if any. */
function findAllowingEntry(policy, from, to) {
    return policy.allow.find(e => matchesSelector(e.from, from) && matchesSelector(e.to, to));
}
/**
 * Every forbidden flow: for each `forbid` entry, each pair of distinct services matching
 * `from` and `to` where `from` can open a connection to `to` directly, and no `allow` entry
 * names the pair. One flow per pair (the first entry that forbids it), through the hop written
 * first.
 */
function findForbiddenFlows(topology, policy) {
    const flows = [];
    if (policy.forbid.length === 0)
        return flows;
    // One flow per pair: the first entry that forbids it (a reviewer wants one annotation).
    const reported = new Set();
    for (const entry of policy.forbid) {
        const sources = topology.services.filter(s => matchesSelector(entry.from, s));
        if (sources.length === 0)
            continue;
        for (const from of sources) {
            const hops = topology
                .directReach(from)
                .filter(hop => hop.to !== from && isProjectFlow(hop) && matchesSelector(entry.to, hop.to));
            const firstByTarget = new Map();
            for (const hop of hops) {
                const known = firstByTarget.get(hop.to);
                if (!known || compareSpans(hop.span, known.span) < 0)
                    firstByTarget.set(hop.to, hop);
            }
            for (const [to, hop] of firstByTarget) {
                const pair = `${from.id}\0${to.id}`;
                if (reported.has(pair) || findAllowingEntry(policy, from, to))
                    continue;
                reported.add(pair);
                flows.push({ entry, from, to, hop });
            }
        }
    }
    return flows;
}
/**
 * A published host port reaches every container on the host, of every project: across projects
 * that is `data-port-published`'s finding, once at the port, rather than a flow per service of
 * the whole scan. Within a project (deployed together, on one host) it is a flow like any other.
 */
function isProjectFlow(hop) {
    return hop.via.kind !== 'host-port' || hop.from.project === hop.to.project;
}

;// CONCATENATED MODULE: ./src/rules/policy-violation.ts



const meta = {
    id: 'policy-violation',
    name: 'Flow forbidden by the policy',
    description: 'A service can open a connection to another that the `policy.forbid` of the configuration says it must never reach.',
    severity: 'high',
    kind: 'security',
    precision: 'very-high',
    tags: ['network', 'policy', 'segmentation'],
    help: {
        what: 'For each `policy.forbid` entry of `.tierguard.yml` (`from` and `to` select services by tier, name or network), every pair of services where one matching `from` can open a connection directly to one matching `to`: they share a network with inter-container communication enabled, or a namespace, or one of them is in host mode, or the target publishes a host port and both are in one project (a port published to every container of the host is `data-port-published`’s finding). Flows that a `policy.allow` entry names are not reported. One finding per pair (the first entry that forbids it), at the line that created the flow (the target’s entry for the shared network, or its port), with the hop as the path and the policy entry as a related location. Longer paths (edge -> app -> data) are not flows of their own: each hop is judged on its own. The rule reports nothing without a policy. The examples below are checked with `policy: {forbid: [{from: edge, to: data}]}`.',
        why: 'A policy states the architecture the team agreed on ("nothing on the edge reaches the data tier"); compose files drift from it one network entry at a time. Checking it on every pull request catches the change that connects the proxy to the database when it is made, not in the next audit.',
        fix: 'Take the two services off the network they share (give the target a network the source does not join, `internal: true` for data), or stop publishing the port. If the flow is intended, name it in `policy.allow` with a reason.',
        bad: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - front
  api:
    image: ghcr.io/example/api:2.0
    networks:
      - front
      - back
  db:
    image: postgres:16
    networks:
      - back
      - front
networks:
  front: {}
  back:
    internal: true
`,
        good: `services:
  proxy:
    image: nginx:1.27
    ports:
      - "443:443"
    networks:
      - front
  api:
    image: ghcr.io/example/api:2.0
    networks:
      - front
      - back
  db:
    image: postgres:16
    networks:
      - back
networks:
  front: {}
  back:
    internal: true
`
    }
};
/** The rule checking `policy`; the registry holds it with an empty policy (nothing to check). */
function createPolicyViolationRule(policy) {
    return defineRule({
        ...meta,
        help: { ...meta.help },
        tags: [...meta.tags],
        check({ topology, report }) {
            for (const { entry, from, to, hop } of findForbiddenFlows(topology, policy)) {
                const reason = entry.reason ? `: “${entry.reason}”` : '';
                report({
                    subject: to,
                    location: hop.span,
                    message: `${label(from)} can connect to ${label(to)} ${describeHop(hop, from)}, a flow the policy forbids ` +
                        `(\`policy.forbid[${entry.index}]\`, from ${describeSelector(entry.from)} to ${describeSelector(entry.to)}${reason}). ` +
                        `Take them off the network they share, or stop publishing the port; if the flow is intended, add it to \`policy.allow\` with a reason.`,
                    related: [
                        {
                            span: entry.span,
                            message: `the policy entry \`policy.forbid[${entry.index}]\` (${formatSpan(entry.span)})`
                        }
                    ],
                    path: pathOf(hop, from, to),
                    services: [to.id, from.id],
                    networks: hop.via.kind === 'network' ? [hop.via.network.id] : [],
                    fingerprintKey: `policy.forbid:${describeEntry(entry)}`
                });
            }
        }
    });
}
/* harmony default export */ const policy_violation = (createPolicyViolationRule({ forbid: [], allow: [] }));
function label(node) {
    return node.tier.product
        ? `\`${node.service.name}\` (${node.tier.tier}, ${node.tier.product})`
        : `\`${node.service.name}\` (${node.tier.tier})`;
}
function networkKey(hop, from) {
    if (hop.via.kind !== 'network')
        return '';
    const network = hop.via.network;
    return from.memberships.find(m => m.network === network)?.attachment.network ?? network.id;
}
function describeHop(hop, from) {
    switch (hop.via.kind) {
        case 'network':
            return `over \`${networkKey(hop, from)}\``;
        case 'namespace':
            return 'through the network namespace they share';
        case 'host-port':
            return `through the host port it publishes (\`${hop.via.port.text}\`)`;
        case 'host-mode':
            return 'through the host network';
    }
}
function pathOf(hop, from, to) {
    const via = hop.via;
    const start = via.kind === 'network'
        ? from.memberships.find(m => m.network === via.network)?.attachment.span
        : undefined;
    const network = via.kind === 'network' ? networkKey(hop, from) : undefined;
    return [
        {
            span: start ?? from.service.span,
            message: network
                ? `\`${from.service.name}\` joins \`${network}\``
                : `\`${from.service.name}\``,
            service: from.id,
            ...(via.kind === 'network' ? { network: via.network.id } : {})
        },
        {
            span: hop.span,
            message: network
                ? `\`${to.service.name}\` joins \`${network}\`: the forbidden flow`
                : `\`${to.service.name}\` is reached here: the forbidden flow`,
            service: to.id,
            ...(via.kind === 'network' ? { network: via.network.id } : {})
        }
    ];
}
function describeSelector(selector) {
    const parts = [];
    if (selector.tier)
        parts.push(`tier \`${selector.tier}\``);
    if (selector.service)
        parts.push(`service \`${selector.service}\``);
    if (selector.network)
        parts.push(`network \`${selector.network}\``);
    return parts.join(' and ');
}
function describeEntry(entry) {
    return `${describeSelector(entry.from)}->${describeSelector(entry.to)}`;
}

;// CONCATENATED MODULE: ./src/rules/ports-on-internal-network.ts


/* harmony default export */ const ports_on_internal_network = (defineRule({
    id: 'ports-on-internal-network',
    name: 'Ports published from internal networks only',
    description: 'A service that is only on `internal` networks publishes ports; they cannot be reached from outside, so the configuration contradicts itself.',
    severity: 'low',
    kind: 'correctness',
    precision: 'high',
    tags: ['network', 'ports'],
    help: {
        what: 'A service whose networks are all `internal: true` has `ports` entries. Docker gives containers on internal networks no route to the host, so those ports are never reachable from outside. Each port entry is reported.',
        why: 'One of the two settings is wrong. Either the service must be reachable (and the `internal` network silently breaks it: connections to the published port fail), or it must not be (and the `ports` entry is a trap: removing `internal` later, for egress say, suddenly publishes it).',
        fix: 'If the service must be reachable from the host or the outside, add a non-internal network to it (or publish through a proxy on such a network). Otherwise remove the `ports` entry; other services on the internal network reach it without it.',
        bad: `services:
  api:
    image: ghcr.io/example/api:1.0
    ports:
      - "8080:8080"
    networks:
      - backend
networks:
  backend:
    internal: true
`,
        good: `services:
  api:
    image: ghcr.io/example/api:1.0
    expose:
      - "8080"
    networks:
      - backend
networks:
  backend:
    internal: true
`
    },
    check({ topology, report }) {
        for (const node of topology.services) {
            if (node.mode !== 'networks' || node.memberships.length === 0)
                continue;
            if (!node.memberships.every(m => m.network.internal))
                continue;
            const names = [...new Set(node.memberships.map(m => networkLabel(m.network, node.project)))];
            const networks = `${names.length === 1 ? 'network' : 'networks'} ${formatList(names)}`;
            for (const port of node.service.ports) {
                report({
                    subject: node,
                    location: port.span,
                    message: `${serviceLabel(node)} publishes ${quote(port.text)}, but is only on internal ${networks}: a container without a non-internal network has no route to the host, so the port is never reachable. Remove the entry, or add a non-internal network to ${serviceLabel(node)} if it must be reached from outside.`,
                    fingerprintKey: port.text,
                    profiles: helpers_profilesOf(node)
                });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/analyze/neighbours.ts
/**
 * Indexes `nodes` (services of one topology, in any order) by project. The function returned
 * gives those of `nodes` in a service's project or on a network it is on (the service itself
 * too, when it is one of them), in the order of `nodes`: a lookup costs the service's
 * neighbours, not the scan. Networks are read from their members, complete once the topology
 * is built; positions are kept by topology index in an array, not a map of every service.
 */
function indexNeighbours(nodes) {
    const position = new Int32Array(nodes.reduce((most, node) => Math.max(most, node.index + 1), 0));
    const byProject = new Map();
    for (const [at, node] of nodes.entries()) {
        // Stored one up, so that 0 means "not one of `nodes`".
        position[node.index] = at + 1;
        const inProject = byProject.get(node.project);
        if (inProject)
            inProject.push(node);
        else
            byProject.set(node.project, [node]);
    }
    return of => {
        const found = new Set(byProject.get(of.project));
        for (const { network } of of.memberships) {
            for (const { service } of network.members) {
                if ((position[service.index] ?? 0) > 0)
                    found.add(service);
            }
        }
        return [...found].sort((a, b) => (position[a.index] ?? 0) - (position[b.index] ?? 0));
    };
}

;// CONCATENATED MODULE: ./src/rules/proxy-network-ambiguous.ts




const NETWORK_LABELS = ['traefik.docker.network', 'traefik.swarm.network'];
/* harmony default export */ const proxy_network_ambiguous = (defineRule({
    id: 'proxy-network-ambiguous',
    name: 'Proxy network ambiguous',
    description: 'A service routed by Traefik is on several networks without `traefik.docker.network`, or that label names a network the proxy is not on, so Traefik may try to reach it over a network it cannot use.',
    severity: 'medium',
    kind: 'security',
    precision: 'medium',
    tags: ['network', 'traefik', 'proxy'],
    help: {
        what: 'A service enabled for Traefik (`traefik.enable=true`, or Traefik router labels) is on two or more networks, at least one of which the Traefik proxy of the scan does not join, and has no `traefik.docker.network` (or `traefik.swarm.network`) label; or the label names a network the service is not on, or one the proxy is not on. Services whose proxy sets a default network, on its command line (`--providers.docker.network=NAME`, `--providers.swarm.network=NAME`, or the flag and the name as two words) or through `TRAEFIK_PROVIDERS_DOCKER_NETWORK`, are left alone; a default set in a static configuration file (`traefik.yml`) is not visible to tierguard, so suppress the finding with that reason.',
        why: 'Without the label, Traefik takes whichever of the container’s addresses Docker lists first. When that address is on a network the proxy is not on, requests hang and fail with 504 Gateway Timeout, intermittently, after a restart or a redeploy. The usual “fix”, putting the proxy on the backend network too, lets the public proxy reach the data tier.',
        fix: 'Add `traefik.docker.network` with the real name of the network the proxy and the service share (in swarm mode, `traefik.swarm.network` under `deploy.labels`), or set the provider’s default network on the proxy (`--providers.docker.network=...`).',
        bad: `services:
  traefik:
    image: traefik:v3.1
    ports:
      - "80:80"
    networks:
      - web
  app:
    image: ghcr.io/example/app:1.0
    labels:
      traefik.enable: "true"
    networks:
      - web
      - backend
networks:
  web:
    name: web
  backend: {}
`,
        good: `services:
  traefik:
    image: traefik:v3.1
    ports:
      - "80:80"
    networks:
      - web
  app:
    image: ghcr.io/example/app:1.0
    labels:
      traefik.enable: "true"
      traefik.docker.network: web
    networks:
      - web
      - backend
networks:
  web:
    name: web
  backend: {}
`
    },
    check({ topology, report }) {
        const traefiks = sortServices(topology.services.filter(isTraefik));
        const proxiesOf = createProxyFinder(topology, traefiks);
        for (const node of topology.services) {
            if (node.mode !== 'networks' || isTraefik(node))
                continue;
            const labels = proxyLabels(node);
            const anchor = routingAnchor(labels);
            if (!anchor)
                continue;
            const networks = uniqueNetworks(node);
            const proxies = proxiesOf(node);
            const onProxy = (n) => proxies.some(p => p.memberships.some(m => m.network.id === n.id));
            const shared = networks.filter(onProxy);
            // No shared network at all is unreachable-dependency's finding, not an ambiguity.
            if (proxies.length > 0 && shared.length === 0)
                continue;
            const proxyNames = formatList(proxies.map(p => serviceLabel(p, node)));
            const networkLabelEntry = labels.find(l => NETWORK_LABELS.includes(l.key));
            if (!networkLabelEntry) {
                if (networks.length < 2 || shared.length === networks.length)
                    continue;
                if (proxies.some(setsDefaultNetwork))
                    continue;
                const unshared = networks.filter(n => !onProxy(n));
                const suggestion = shared[0] ?? networks[0];
                report({
                    subject: node,
                    location: anchor.span,
                    message: `${serviceLabel(node)} is routed by Traefik (${quote(`${anchor.key}=${anchor.value}`)}) and is on ${formatList(networks.map(n => networkLabel(n, node.project)))}, but has no \`traefik.docker.network\` label: ` +
                        `Traefik uses whichever address Docker lists first, and when that is on ${formatList(unshared.map(n => networkLabel(n, node.project)))}, which ${proxies.length > 0 ? proxyNames : 'the proxy'} ${proxies.length > 1 ? 'do' : 'does'} not join, requests fail with 504 Gateway Timeout. ` +
                        `Add \`traefik.docker.network: ${suggestion?.realName ?? '<network>'}\`${proxies.length > 0 ? '' : ' (the real name of the network the proxy joins)'}.`,
                    related: proxies.map(p => ({
                        span: p.service.span,
                        message: `the Traefik proxy ${serviceLabel(p, node)}`
                    })),
                    services: [node.id, ...proxies.map(p => p.id)],
                    networks: networks.map(n => n.id),
                    profiles: helpers_profilesOf(node, ...proxies)
                });
                continue;
            }
            const named = networks.find(n => namesNetwork(networkLabelEntry.value, n));
            if (!named) {
                // With one network Traefik falls back to it; that works when the proxy is on it.
                if (networks.length < 2 && (proxies.length === 0 || shared.length === networks.length))
                    continue;
                report({
                    subject: node,
                    location: networkLabelEntry.span,
                    message: `${quote(`${networkLabelEntry.key}=${networkLabelEntry.value}`)} names a network ${serviceLabel(node)} is not on (it is on ${formatList(networks.map(n => quote(n.realName)))}): ` +
                        `Traefik falls back to whichever address Docker lists first, and requests fail with 504 Gateway Timeout when that network is not the proxy's. ` +
                        `Set the label to the real name of the network ${serviceLabel(node)} shares with the proxy${shared[0] ? `, ${quote(shared[0].realName)}` : ''}.`,
                    services: [node.id, ...proxies.map(p => p.id)],
                    networks: networks.map(n => n.id),
                    profiles: helpers_profilesOf(node, ...proxies)
                });
                continue;
            }
            if (proxies.length === 0 || onProxy(named))
                continue;
            report({
                subject: node,
                location: networkLabelEntry.span,
                message: `${quote(`${networkLabelEntry.key}=${networkLabelEntry.value}`)} tells Traefik to reach ${serviceLabel(node)} over ${networkLabel(named, node.project)}, which ${proxyNames} ${proxies.length > 1 ? 'do' : 'does'} not join: every request fails with 504 Gateway Timeout. ` +
                    `Set the label to ${quote(shared[0]?.realName ?? '')}, the network ${serviceLabel(node)} shares with the proxy.`,
                related: proxies.map(p => ({
                    span: p.service.span,
                    message: `the Traefik proxy ${serviceLabel(p, node)}`
                })),
                services: [node.id, ...proxies.map(p => p.id)],
                networks: [named.id],
                profiles: helpers_profilesOf(node, ...proxies)
            });
        }
    }
}));
function isTraefik(node) {
    if (node.tier.product?.toLowerCase() === 'traefik')
        return true;
    if (node.tier.tier !== 'edge')
        return false;
    const image = node.service.image?.value.toLowerCase() ?? '';
    const repository = image.split('@')[0]?.split(':')[0] ?? '';
    return repository.split('/').pop() === 'traefik';
}
/** The label that enables Traefik routing: `traefik.enable=true`, else the first router label. */
function routingAnchor(labels) {
    const enable = labels.find(l => l.key === 'traefik.enable');
    if (enable)
        return enable.value.trim().toLowerCase() === 'true' ? enable : undefined;
    return labels.find(l => /^traefik\.(http|tcp|udp)\.(routers|services)\./.test(l.key));
}
/**
 * The Traefik instances that route to a service: from the intents, else those deployed with it
 * (same project, or a shared network), in the order of `traefiks` (sorted by position).
 */
function createProxyFinder(topology, traefiks) {
    const routesTo = new Map();
    for (const intent of topology.intents) {
        if (intent.kind !== 'proxy-route' || !isTraefik(intent.from))
            continue;
        const list = routesTo.get(intent.to.id);
        if (list)
            list.push(intent.from);
        else
            routesTo.set(intent.to.id, [intent.from]);
    }
    const traefiksNear = indexNeighbours(traefiks);
    return node => {
        const routing = routesTo.get(node.id) ?? [];
        const unique = [...new Map(routing.map(p => [p.id, p])).values()];
        if (unique.length > 0)
            return sortServices(unique);
        // Without a route in the intents, the Traefik instances deployed with the service.
        return traefiksNear(node);
    };
}
/** Whether the proxy names the network to use by default, on its command line or environment. */
function setsDefaultNetwork(proxy) {
    return findProviderNetwork(proxy.service) !== undefined;
}
function uniqueNetworks(node) {
    return [...new Map(node.memberships.map(m => [m.network.id, m.network])).values()];
}
/**
 * Whether a label value names the network. Traefik wants the real name; the key, or the real
 * name under another project prefix, are accepted too, because the project or stack name
 * given at deploy time may not be the one the scan derives from the folder.
 */
function namesNetwork(value, network) {
    const wanted = value.trim();
    if (wanted === network.realName)
        return true;
    return network.declarations.some(d => d.network.key === wanted || (wanted.endsWith(`_${d.network.key}`) && !d.network.external));
}

;// CONCATENATED MODULE: ./src/rules/unencrypted-overlay.ts


/* harmony default export */ const unencrypted_overlay = (defineRule({
    id: 'unencrypted-overlay',
    name: 'Unencrypted overlay carries data stores',
    description: 'A Swarm overlay network that carries data stores does not encrypt its traffic between nodes.',
    severity: 'low',
    kind: 'security',
    precision: 'high',
    tags: ['network', 'swarm', 'encryption'],
    help: {
        what: 'An overlay network (declared with `driver: overlay`, or the default network of a Swarm stack) has a data store among its members and no `encrypted` option in `driver_opts`. It is reported at the network’s key, or, for a stack’s implicit default network, at the first data store’s key. External networks that no scanned project creates are left alone.',
        why: 'Overlay traffic between swarm nodes travels as plain VXLAN over the hosts’ network. Queries and results of databases, caches and queues (credentials, personal data) can then be read or altered by anyone on the path between nodes, such as a shared cloud network or a compromised host on the same segment.',
        fix: 'Add `driver_opts: {encrypted: "true"}` to the network (IPsec between nodes; allow IP protocol 50 between them), or use TLS between the services and the data store.',
        bad: `services:
  db:
    image: postgres:16
    networks:
      - backend
networks:
  backend:
    driver: overlay
    internal: true
`,
        good: `services:
  db:
    image: postgres:16
    networks:
      - backend
networks:
  backend:
    driver: overlay
    driver_opts:
      encrypted: "true"
    internal: true
`
    },
    check({ topology, report }) {
        for (const network of topology.networks) {
            if (network.sharedWithUnknown)
                continue;
            const primary = network.primary;
            if (!primary)
                continue;
            const { project, network: declaration } = primary;
            const members = servicesOn(network);
            if (!isOverlay(network) || network.encrypted || declaration.external)
                continue;
            const data = sortServices(members.filter(s => isTier(s, 'data')));
            const firstData = data[0];
            if (!firstData)
                continue;
            const location = declaration.span ?? firstData.service.span;
            const netName = networkLabel(network, project);
            report({
                subject: firstData,
                location,
                message: `The overlay ${netName} carries ${formatList(data.map(s => describeService(s, firstData)))} but is not encrypted: traffic between swarm nodes crosses the hosts' network in clear, where it can be read or altered. ` +
                    `Add \`driver_opts: {encrypted: "true"}\` to ${netName}, or use TLS to the data ${data.length === 1 ? 'store' : 'stores'}.`,
                services: data.map(s => s.id),
                networks: [network.id],
                profiles: helpers_profilesOf(...data)
            });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/unreachable-dependency.ts



const KIND_WORDS = {
    depends_on: 'depends on',
    links: 'links to',
    environment: 'names',
    'proxy-route': 'routes to',
    'network-mode': 'shares the network namespace of'
};
/* harmony default export */ const unreachable_dependency = (defineRule({
    id: 'unreachable-dependency',
    name: 'Dependency not reachable',
    description: 'A service needs to connect to another (depends_on, links, a URL or host name in its environment, a proxy route), but no network, namespace or published port connects them.',
    severity: 'high',
    kind: 'correctness',
    precision: 'high',
    tags: ['network', 'reachability'],
    help: {
        what: 'A connection the configuration says a service needs (a `depends_on` or `links` entry, a proxy routing label, a `network_mode: service:` target, or an environment value naming another service such as `DATABASE_URL=postgres://db:5432/app` or `REDIS_HOST=cache`) has no way through: the two services share no network with inter-container communication enabled, no namespace, and the target publishes no port on the host the client could use. Severity follows the evidence for the pair: `links`, proxy routes and `network_mode` make the connection certain (high); a `depends_on` alone is often only start order, and an environment value alone may name an outside host by coincidence (medium each); both together make it high. A `depends_on` to or from a service with `network_mode: none` is only about start order and is left alone, and so are services whose networking compose would refuse (`invalid-network-reference` reports those).',
        why: 'Compose starts the stack, and the client fails at run time: name resolution errors, connection timeouts, a proxy answering 502 or 504. Such breakage usually follows an edit that moved one of the two services to another network.',
        fix: 'Put both services on a common network (add the network the target is on to the client’s `networks:`), or, if the dependency is obsolete, remove the `depends_on`, link, label or variable.',
        bad: `services:
  app:
    image: ghcr.io/example/app:1.0
    depends_on:
      - db
    networks:
      - frontend
  db:
    image: postgres:16
    networks:
      - backend
networks:
  frontend: {}
  backend:
    internal: true
`,
        good: `services:
  app:
    image: ghcr.io/example/app:1.0
    depends_on:
      - db
    networks:
      - frontend
      - backend
  db:
    image: postgres:16
    networks:
      - backend
networks:
  frontend: {}
  backend:
    internal: true
`
    },
    check({ topology, report }) {
        const unreachable = topology.intents.filter(intent => {
            const { from, to } = intent;
            if (from.id === to.id)
                return false;
            if (intent.kind === 'depends_on' && (from.mode === 'none' || to.mode === 'none'))
                return false;
            if (hasInvalidNetworking(from) || hasInvalidNetworking(to))
                return false;
            // Direct only: a client cannot reach `db` through a service in between (that service
            // would have to relay the connection), so a path of several hops does not satisfy it.
            return !topology.connection(from, to);
        });
        const kindsByPair = kindsOfPairs(topology.intents, new Set(unreachable.map(i => i.from)));
        for (const intent of unreachable) {
            const { from, to } = intent;
            const kinds = kindsByPair.get(from)?.get(to) ?? new Set([intent.kind]);
            const certain = kinds.has('links') ||
                kinds.has('proxy-route') ||
                kinds.has('network-mode') ||
                (kinds.has('depends_on') && kinds.has('environment'));
            const written = describeIntent(intent);
            const fromName = serviceLabel(from);
            const toName = serviceLabel(to, from);
            report({
                subject: from,
                ...(certain ? {} : { severity: 'medium' }),
                location: intent.span,
                message: `${fromName} ${KIND_WORDS[intent.kind]} ${toName} (${quote(written)}), but nothing connects them: ${fromName} is on ${describeNetworks(from)}, ${toName} is on ${describeNetworks(to)}, and ${toName} publishes no port ${fromName} could reach through the host. ` +
                    `${consequence(intent.kind, certain, fromName, toName)} Put ${fromName} on a network ${toName} is on, or remove the dependency if it is obsolete.`,
                related: [{ span: to.service.span, message: `${toName} is defined here` }],
                services: [from.id, to.id],
                networks: [
                    ...new Set([...from.memberships, ...to.memberships].map(m => m.network.id))
                ].sort(),
                fingerprintKey: `${intent.kind}:${written}`,
                profiles: helpers_profilesOf(from, to)
            });
        }
    }
}));
/**
 * How sure the configuration is that `from` connects to `to`, for the pairs whose source is in
 * `sources` (the few that fail; a map for every pair would cost a set per intent): links,
 * `network_mode` and proxy routes are certain; `depends_on` is often start order only, and an
 * environment value may name an outside host that happens to share the name. Either alone is
 * medium; both together, or any certain kind, make every intent of the pair high.
 */
function kindsOfPairs(intents, sources) {
    const kindsByPair = new Map();
    for (const { from, to, kind } of intents) {
        if (!sources.has(from))
            continue;
        let byTarget = kindsByPair.get(from);
        if (!byTarget)
            kindsByPair.set(from, (byTarget = new Map()));
        const kinds = byTarget.get(to);
        if (kinds)
            kinds.add(kind);
        else
            byTarget.set(to, new Set([kind]));
    }
    return kindsByPair;
}
/** What happens at run time, as sure as the evidence allows. */
function consequence(kind, certain, fromName, toName) {
    if (certain)
        return 'The connection fails at run time.';
    if (kind === 'depends_on') {
        return `If ${fromName} connects to ${toName}, the connection fails at run time; if it only needs ${toName} started first, nothing is wrong (accept it with \`# tierguard-ignore unreachable-dependency: start order only\`).`;
    }
    return 'If the value is a host name, the connection fails at run time.';
}

;// CONCATENATED MODULE: ./src/rules/registry.ts
/** Every rule of tierguard, sorted by id. A rule not listed here does not run. */
















/** The catalogue, sorted by id (the completeness test checks the order). */
const RULES = [
    attachable_data_network,
    data_network_not_internal,
    data_port_published,
    data_reachable_from_edge,
    docker_socket_mounted,
    excess_reachability,
    flat_network,
    host_network,
    invalid_network_reference,
    invalid_suppression,
    legacy_default_bridge,
    policy_violation,
    ports_on_internal_network,
    proxy_network_ambiguous,
    unencrypted_overlay,
    unreachable_dependency
];
/** The rule with this id, if any. */
function findRule(id) {
    return RULES.find(rule => rule.id === id);
}

;// CONCATENATED MODULE: ./src/config/inline-ignores.ts
const IGNORE_DIRECTIVE = 'tierguard-ignore';
/** Parses a comment's text (without `#`), or undefined when it is not a directive. */
function parseIgnoreComment(text) {
    const trimmed = text.trim();
    if (!trimmed.startsWith(IGNORE_DIRECTIVE))
        return undefined;
    const rest = trimmed.slice(IGNORE_DIRECTIVE.length);
    // `tierguard-ignored` or `tierguard-ignore-next` are other words, not this directive.
    if (rest !== '' && !/^[\s:]/.test(rest))
        return undefined;
    const colon = rest.indexOf(':');
    const ids = colon >= 0 ? rest.slice(0, colon) : rest;
    const reason = colon >= 0 ? rest.slice(colon + 1).trim() : '';
    const rules = ids
        .split(/[,\s]+/)
        .map(r => r.trim())
        .filter(r => r !== '');
    return reason ? { rules, reason } : { rules };
}
/** Every `tierguard-ignore` comment of a parsed file, in line order. */
function findInlineIgnores(parsed) {
    const out = [];
    const lines = [...parsed.comments.keys()].sort((a, b) => a - b);
    for (const line of lines) {
        const comment = parsed.comments.get(line);
        const directive = comment && parseIgnoreComment(comment.text);
        if (!directive)
            continue;
        out.push({ file: parsed.path, line, ...directive, span: comment.span });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/config/suggest.ts
/** "Did you mean" for typos in configuration keys and values. */
/** Levenshtein distance between two strings (insertions, deletions, substitutions). */
function editDistance(a, b) {
    if (a === b)
        return 0;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/**
 * The candidate closest to `value`, when close enough to be a typo: at most a third of the
 * longer word's letters differ (at least 2 allowed). Ties go to the first in sorted order.
 */
function findClosest(value, candidates) {
    const lower = value.toLowerCase();
    let best;
    for (const candidate of [...candidates].sort()) {
        const distance = editDistance(lower, candidate.toLowerCase());
        const limit = Math.max(2, Math.floor(Math.max(value.length, candidate.length) / 3));
        if (distance > limit)
            continue;
        if (!best || distance < best.distance)
            best = { candidate, distance };
    }
    return best?.candidate;
}
/** "; did you mean `x`?" or, without a close candidate, "; expected one of `a`, `b`". */
function describeChoices(value, candidates) {
    const closest = findClosest(value, candidates);
    if (closest)
        return `; did you mean \`${closest}\`?`;
    return `; expected one of ${candidates.map(c => `\`${c}\``).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/config/types.ts
/** The configuration that applies when there is no file: nothing changed, no policy. */
function emptyConfig(file = '') {
    return {
        file,
        include: [],
        exclude: [],
        projects: [],
        env: {},
        tiers: { services: [], images: [] },
        rules: [],
        overrides: [],
        ignore: [],
        policy: { forbid: [], allow: [] }
    };
}

;// CONCATENATED MODULE: ./src/config/apply-config.ts








/** The rule whose findings report problems with suppressions. */
const INVALID_SUPPRESSION = invalid_suppression.id;
/** Applies the configuration and every suppression; returns the findings, sorted. */
function applyConfig(input) {
    const config = input.config ?? emptyConfig();
    const settingFor = createSettingLookup(config);
    const problems = [];
    const report = (span, project, message) => {
        problems.push({
            ruleId: INVALID_SUPPRESSION,
            severity: invalid_suppression.severity,
            message,
            location: span,
            related: [],
            project,
            services: [],
            networks: [],
            fingerprintKey: message
        });
    };
    const kept = [];
    for (const finding of input.findings) {
        if (isAllowedExcess(finding, input.topology, config))
            continue;
        const setting = settingFor(finding.ruleId, finding.location.file);
        if (setting === 'off')
            continue;
        kept.push(setting && setting !== finding.severity ? { ...finding, severity: setting } : finding);
    }
    const directives = [
        ...collectInlineDirectives(input, report),
        ...collectServiceDirectives(input, report),
        ...collectNetworkDirectives(input, report),
        ...collectConfigDirectives(config, input.topology)
    ];
    const suppressed = kept.map(finding => {
        const matching = directives.filter(d => d.rule === finding.ruleId && d.matches(finding));
        for (const d of matching)
            d.used = true;
        const first = matching[0];
        if (!first)
            return finding;
        return {
            ...finding,
            suppression: {
                kind: first.kind,
                justification: first.reason ?? '(no reason given)',
                span: first.span
            }
        };
    });
    for (const d of directives) {
        if (d.used || settingFor(d.rule, d.span.file) === 'off')
            continue;
        if (d.kind === 'external' && d.span.file.startsWith('../'))
            continue;
        report(d.span, d.project, `${d.label} suppresses nothing: no \`${d.rule}\` finding ${d.scope}. Remove it, or move it to the finding it is meant for; an ignore left behind would hide a future finding without review.`);
    }
    const adjusted = [];
    for (const problem of problems) {
        const setting = settingFor(INVALID_SUPPRESSION, problem.location.file);
        if (setting === 'off')
            continue;
        adjusted.push(setting ? { ...problem, severity: setting } : problem);
    }
    return dropRepeatedFindings(sortFindings([...suppressed, ...adjusted]));
}
/**
 * The setting of a rule for findings in a file: `rules`, then each matching `overrides` entry
 * in order (later entries win); undefined keeps the rule's own severity.
 */
function createSettingLookup(config) {
    const base = new Map(config.rules.map(r => [r.rule, r.setting]));
    const overrides = config.overrides.map(o => ({
        matches: compileFileGlobs(o.files),
        rules: new Map(o.rules.map(r => [r.rule, r.setting]))
    }));
    return (rule, file) => {
        let setting = base.get(rule);
        for (const o of overrides) {
            const value = o.rules.get(rule);
            if (value !== undefined && o.matches(file))
                setting = value;
        }
        return setting;
    };
}
function isAllowedExcess(finding, topology, config) {
    if (finding.ruleId !== 'excess-reachability' || config.policy.allow.length === 0)
        return false;
    const [fromId, toId] = finding.services;
    const from = fromId ? topology.serviceById(fromId) : undefined;
    const to = toId ? topology.serviceById(toId) : undefined;
    return (from !== undefined &&
        to !== undefined &&
        findAllowingEntry(config.policy, from, to) !== undefined);
}
function suggestRule(rule, ruleIds) {
    const closest = findClosest(rule, ruleIds);
    return closest ? ` (did you mean \`${closest}\`?)` : ' (`tierguard rules` lists them)';
}
function checkRule(rule, input, span, project, label, report) {
    if (input.ruleIds.includes(rule))
        return true;
    report(span, project, `${label} names \`${rule}\`, which is not a tierguard rule${suggestRule(rule, input.ruleIds)}. As written it suppresses nothing.`);
    return false;
}
function collectInlineDirectives(input, report) {
    const out = [];
    const seen = new Set();
    // The first project that loads each file, looked up once: a scan may hold thousands.
    const projectOfFile = new Map();
    for (const p of input.topology.projects) {
        for (const f of p.files)
            if (!projectOfFile.has(f))
                projectOfFile.set(f, p.name);
    }
    for (const file of input.files) {
        if (seen.has(file))
            continue;
        seen.add(file);
        const parsed = (input.parsedFileWithoutTree ?? input.parsedFile)(file);
        if (!parsed)
            continue;
        const project = projectOfFile.get(file) ?? '';
        for (const ignore of findInlineIgnores(parsed)) {
            const written = `\`# tierguard-ignore ${ignore.rules.join(', ')}\``;
            if (ignore.rules.length === 0) {
                report(ignore.span, project, '`# tierguard-ignore` names no rule, so it suppresses nothing. Write `# tierguard-ignore <rule-id>: <reason>` (`tierguard rules` lists the ids).');
                continue;
            }
            if (!ignore.reason) {
                report(ignore.span, project, `${written} gives no reason. Say why the risk is accepted after a colon (\`# tierguard-ignore ${ignore.rules.join(', ')}: <reason>\`): reviewers and the code-scanning alert show it.`);
            }
            for (const rule of ignore.rules) {
                if (!checkRule(rule, input, ignore.span, project, written, report))
                    continue;
                const lines = [ignore.line, ignore.line + 1];
                out.push({
                    kind: 'inSource',
                    rule,
                    ...(ignore.reason ? { reason: ignore.reason } : {}),
                    span: ignore.span,
                    project,
                    label: `\`# tierguard-ignore ${rule}\``,
                    scope: 'is on this line or the next',
                    matches: f => f.location.file === ignore.file && lines.includes(f.location.startLine),
                    used: false
                });
            }
        }
    }
    return out;
}
function collectServiceDirectives(input, report) {
    const out = [];
    const byPlace = new Map();
    for (const node of input.topology.services) {
        for (const entry of node.service.extension?.ignore ?? []) {
            const rule = entry.rule.value;
            const span = entry.rule.span;
            const place = `${span.file}:${span.startLine}:${span.startColumn}:${rule}`;
            const known = byPlace.get(place);
            const serviceName = node.service.name;
            if (known) {
                // The same entry loaded in several plans (a base file and its variants).
                const previous = known.matches;
                known.matches = f => previous(f) || f.services[0] === node.id;
                continue;
            }
            const label = `The \`x-tierguard\` ignore of \`${rule}\` on service \`${serviceName}\``;
            if (!checkRule(rule, input, span, node.project.name, label, report))
                continue;
            if (!entry.reason) {
                report(span, node.project.name, `${label} gives no reason. Write it as \`ignore: {${rule}: <reason>}\` or \`ignore: [{rule: ${rule}, reason: <reason>}]\`: reviewers and the code-scanning alert show it.`);
            }
            const directive = {
                kind: 'inSource',
                rule,
                ...(entry.reason ? { reason: entry.reason.value } : {}),
                span,
                project: node.project.name,
                label,
                scope: `is about \`${serviceName}\``,
                matches: f => f.services[0] === node.id,
                used: false
            };
            byPlace.set(place, directive);
            out.push(directive);
        }
    }
    return out;
}
/** `x-tierguard: {ignore}` on a network: findings that involve the network. */
function collectNetworkDirectives(input, report) {
    const out = [];
    const byPlace = new Map();
    for (const node of input.topology.networks) {
        for (const { project, network } of node.declarations) {
            const extension = network.extension;
            if (!extension)
                continue;
            const parsed = input.parsedFile(extension.span.file);
            const tree = getValue(getValue(getValue(getValue(parsed?.root, 'networks'), network.key), 'x-tierguard'), 'ignore');
            for (const entry of readIgnoreEntries(tree)) {
                const place = `${entry.span.file}:${entry.span.startLine}:${entry.span.startColumn}:${entry.rule}`;
                const names = new Set([node.id, network.realName]);
                const known = byPlace.get(place);
                if (known) {
                    const previous = known.matches;
                    known.matches = f => previous(f) || f.networks.some(n => names.has(n));
                    continue;
                }
                const label = `The \`x-tierguard\` ignore of \`${entry.rule}\` on network \`${network.key}\``;
                if (!checkRule(entry.rule, input, entry.span, project.name, label, report))
                    continue;
                if (!entry.reason) {
                    report(entry.span, project.name, `${label} gives no reason. Write it as \`ignore: {${entry.rule}: <reason>}\`: reviewers and the code-scanning alert show it.`);
                }
                const directive = {
                    kind: 'inSource',
                    rule: entry.rule,
                    ...(entry.reason ? { reason: entry.reason } : {}),
                    span: entry.span,
                    project: project.name,
                    label,
                    scope: `involves network \`${network.key}\``,
                    matches: f => f.networks.some(n => names.has(n)),
                    used: false
                };
                byPlace.set(place, directive);
                out.push(directive);
            }
        }
    }
    return out;
}
/** `ignore: [rule | {rule, reason}]` or `ignore: {rule: reason}`, with spans. */
function readIgnoreEntries(node) {
    const out = [];
    const text = (n) => n?.kind === 'scalar' && n.value !== null && String(n.value).trim() !== ''
        ? String(n.value).trim()
        : undefined;
    if (node?.kind === 'map') {
        for (const [rule, pair] of node.entries) {
            const reason = text(pair.value);
            out.push(reason ? { rule, reason, span: pair.key.span } : { rule, span: pair.key.span });
        }
    }
    else if (node?.kind === 'seq') {
        for (const item of node.items) {
            const ruleNode = item.kind === 'map' ? getValue(item, 'rule') : item;
            const rule = text(ruleNode);
            if (!rule || !ruleNode)
                continue;
            const reason = item.kind === 'map' ? text(getValue(item, 'reason')) : undefined;
            out.push(reason ? { rule, reason, span: ruleNode.span } : { rule, span: ruleNode.span });
        }
    }
    return out;
}
function collectConfigDirectives(config, topology) {
    return config.ignore.map((entry, index) => {
        const inFiles = entry.files.length > 0 ? compileFileGlobs(entry.files) : () => true;
        const scope = [
            entry.files.length > 0 ? `in ${entry.files.map(f => `\`${f}\``).join(', ')}` : '',
            entry.services.length > 0 ? `about ${entry.services.map(s => `\`${s}\``).join(', ')}` : ''
        ]
            .filter(s => s !== '')
            .join(' ');
        return {
            kind: 'external',
            rule: entry.rule,
            reason: entry.reason,
            span: entry.ruleSpan,
            project: '',
            label: `\`ignore[${index}]\` of the configuration`,
            scope: scope ? `is ${scope}` : 'was reported',
            matches: (f) => {
                if (!inFiles(f.location.file))
                    return false;
                if (entry.services.length === 0)
                    return true;
                const subject = f.services[0] ? topology.serviceById(f.services[0]) : undefined;
                if (!subject)
                    return false;
                return entry.services.some(p => matchesServicePattern(p, subject.project.name, subject.service.name));
            },
            used: false
        };
    });
}

;// CONCATENATED MODULE: ./src/config/validate-config.ts
/**
 * Validates a configuration file's tree into a `TierguardConfig`. Every problem is collected
 * (not only the first) with the span and key path it concerns, and a suggestion when a key or
 * value looks like a typo of a valid one.
 */







const validate_config_TOP_LEVEL_KEYS = [
    'include',
    'exclude',
    'maxFileBytes',
    'env',
    'projects',
    'tiers',
    'rules',
    'overrides',
    'ignore',
    'policy'
];
const validate_config_TIERS = ['edge', 'app', 'data'];
const RULE_SETTINGS = ['off', ...SEVERITIES];
const PROJECT_KEYS = ['files', 'name', 'kind', 'env_files'];
const OVERRIDE_KEYS = ['files', 'rules'];
const IGNORE_KEYS = ['rule', 'files', 'services', 'reason'];
const POLICY_KEYS = ['forbid', 'allow'];
const FLOW_KEYS = ['from', 'to', 'reason'];
const SELECTOR_KEYS = ['tier', 'service', 'network'];
const TIERS_KEYS = ['services', 'images'];
/** Validates the tree of `file`; the config is complete only when `problems` is empty. */
function validateConfig(root, file, options) {
    const v = new Validator(file, options);
    const config = emptyConfig(file);
    // An empty file is a valid configuration that changes nothing.
    if (!root || (root.kind === 'scalar' && root.value === null))
        return { config, problems: [] };
    const top = v.map(root, []);
    if (!top)
        return { config, problems: v.problems };
    v.checkKeys(top, validate_config_TOP_LEVEL_KEYS, []);
    const get = (key) => top.entries.get(key)?.value;
    config.include = v.globList(get('include'), ['include']);
    config.exclude = v.globList(get('exclude'), ['exclude']);
    const maxFileBytes = get('maxFileBytes');
    if (maxFileBytes) {
        if (maxFileBytes.kind === 'scalar' &&
            typeof maxFileBytes.value === 'number' &&
            Number.isInteger(maxFileBytes.value) &&
            maxFileBytes.value > 0) {
            config.maxFileBytes = maxFileBytes.value;
        }
        else {
            v.add(maxFileBytes.span, ['maxFileBytes'], `expected a positive whole number of bytes, found ${describeValue(maxFileBytes)}`);
        }
    }
    config.env = v.env(get('env'), ['env']);
    config.projects = v.projects(get('projects'), ['projects']);
    config.tiers = v.tiers(get('tiers'), ['tiers']);
    config.rules = v.ruleSettings(get('rules'), ['rules']);
    config.overrides = v.overrides(get('overrides'), ['overrides']);
    config.ignore = v.ignores(get('ignore'), ['ignore']);
    config.policy = v.policy(get('policy'), ['policy']);
    return { config, problems: v.problems };
}
/** `rules.flat-network`, `policy.forbid[0].from`. */
function formatKeyPath(segments) {
    let out = '';
    for (const s of segments) {
        if (typeof s === 'number')
            out += `[${s}]`;
        else
            out += out === '' ? s : `.${s}`;
    }
    return out;
}
function describeValue(node) {
    if (node.kind === 'scalar' && node.value !== null)
        return `\`${String(node.value)}\``;
    return describeNode(node);
}
class Validator {
    file;
    options;
    problems = [];
    constructor(file, options) {
        this.file = file;
        this.options = options;
    }
    add(span, at, message) {
        this.problems.push({ span, path: formatKeyPath(at), message });
    }
    map(node, at) {
        if (node.kind === 'map')
            return node;
        this.add(node.span, at, `expected a mapping, found ${describeNode(node)}`);
        return undefined;
    }
    list(node, at) {
        if (!node || (node.kind === 'scalar' && node.value === null))
            return [];
        if (node.kind === 'seq')
            return node.items;
        this.add(node.span, at, `expected a list, found ${describeNode(node)}`);
        return [];
    }
    /** Unknown keys, with the closest known one. `x-` keys are left alone (anchors, notes). */
    checkKeys(node, known, at) {
        for (const [key, pair] of node.entries) {
            if (known.includes(key) || key.startsWith('x-'))
                continue;
            this.add(pair.key.span, [...at, key], `unknown key${describeChoices(key, known)}`);
        }
    }
    string(node, at) {
        if (!node)
            return undefined;
        if (node.kind === 'scalar' && typeof node.value === 'string' && node.value.trim() !== '') {
            return node.value;
        }
        this.add(node.span, at, `expected a non-empty string, found ${describeNode(node)}`);
        return undefined;
    }
    choice(node, choices, at, what) {
        if (!node)
            return undefined;
        const value = node.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
        if (value !== undefined && choices.includes(value))
            return value;
        if (value === undefined) {
            this.add(node.span, at, `expected ${what} (${choices.map(c => `\`${c}\``).join(', ')}), found ${describeNode(node)}`);
        }
        else {
            this.add(node.span, at, `unknown ${what} \`${value}\`${describeChoices(value, choices)}`);
        }
        return undefined;
    }
    stringList(node, at) {
        const out = [];
        this.list(node, at).forEach((item, i) => {
            const value = this.string(item, [...at, i]);
            if (value !== undefined)
                out.push({ value, span: item.span });
        });
        return out;
    }
    globList(node, at) {
        return this.stringList(node, at)
            .filter((g, i) => this.glob(g.value, g.span, [...at, i]))
            .map(g => g.value);
    }
    glob(pattern, span, at) {
        if (isValidGlob(pattern))
            return true;
        this.add(span, at, `\`${pattern}\` is not a valid glob`);
        return false;
    }
    env(node, at) {
        const env = {};
        if (!node)
            return env;
        const map = this.map(node, at);
        if (!map)
            return env;
        for (const [key, pair] of map.entries) {
            const value = pair.value;
            if (value.kind === 'scalar' && value.value !== null)
                env[key] = String(value.value);
            else
                this.add(value.span, [...at, key], `expected a string, number or boolean, found ${describeNode(value)}`);
        }
        return env;
    }
    projects(node, at) {
        const plans = [];
        this.list(node, at).forEach((item, i) => {
            const here = [...at, i];
            const map = this.map(item, here);
            if (!map)
                return;
            this.checkKeys(map, PROJECT_KEYS, here);
            const filesNode = map.entries.get('files')?.value;
            if (!filesNode) {
                this.add(map.span, here, 'a project needs `files`, the compose files docker compose -f would be given, in order');
                return;
            }
            const files = this.relativePaths(filesNode, [...here, 'files']);
            const envFiles = this.relativePaths(map.entries.get('env_files')?.value, [
                ...here,
                'env_files'
            ]);
            const name = this.string(map.entries.get('name')?.value, [...here, 'name']);
            const kindNode = map.entries.get('kind')?.value;
            const kind = this.choice(kindNode, ['compose', 'stack'], [...here, 'kind'], 'project kind');
            const first = files[0];
            if (!first) {
                if (filesNode.kind === 'seq' && filesNode.items.length === 0) {
                    this.add(filesNode.span, [...here, 'files'], 'a project needs at least one file');
                }
                return;
            }
            if (files.length !== this.list(filesNode, []).length)
                return;
            const role = matchComposeFileName(external_node_path_default().posix.basename(first))?.role;
            const plan = {
                files,
                directory: external_node_path_default().posix.dirname(first),
                kind: kind ?? (role === 'stack-base' || role === 'stack-variant' ? 'stack' : 'compose')
            };
            if (name)
                plan.name = name;
            if (envFiles.length > 0)
                plan.envFiles = envFiles;
            plans.push(plan);
        });
        return plans;
    }
    /** Paths relative to the base directory, normalised; absolute and escaping paths refused. */
    relativePaths(node, at) {
        const out = [];
        this.stringList(node, at).forEach((item, i) => {
            const normal = external_node_path_default().posix.normalize(item.value.replace(/\\/g, '/'));
            if (external_node_path_default().posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) {
                this.add(item.span, [...at, i], `\`${item.value}\` is outside the base directory; give a path relative to it`);
                return;
            }
            if (this.options.fileExists && !this.options.fileExists(normal)) {
                this.add(item.span, [...at, i], `\`${item.value}\` does not exist (paths are relative to the base directory)`);
                return;
            }
            out.push(normal);
        });
        return out;
    }
    tiers(node, at) {
        const tiers = { services: [], images: [] };
        if (!node)
            return tiers;
        const map = this.map(node, at);
        if (!map)
            return tiers;
        this.checkKeys(map, TIERS_KEYS, at);
        for (const key of TIERS_KEYS) {
            const value = map.entries.get(key)?.value;
            if (!value)
                continue;
            const entries = this.map(value, [...at, key]);
            if (!entries)
                continue;
            const out = key === 'services' ? tiers.services : tiers.images;
            for (const [pattern, pair] of entries.entries) {
                const here = [...at, key, pattern];
                if (!this.glob(pattern, pair.key.span, here))
                    continue;
                const tier = this.choice(pair.value, validate_config_TIERS, here, 'tier');
                if (tier)
                    out.push({ pattern, tier, span: pair.key.span });
            }
        }
        return tiers;
    }
    ruleId(value, span, at) {
        if (this.options.ruleIds.includes(value))
            return true;
        this.add(span, at, `unknown rule${describeChoices(value, this.options.ruleIds)}`);
        return false;
    }
    ruleSettings(node, at) {
        const out = [];
        if (!node)
            return out;
        const map = this.map(node, at);
        if (!map)
            return out;
        for (const [rule, pair] of map.entries) {
            const here = [...at, rule];
            const known = this.ruleId(rule, pair.key.span, here);
            // YAML 1.1 habits: `off`/`false` written unquoted arrive as the boolean false.
            const raw = pair.value;
            const setting = raw.kind === 'scalar' && raw.value === false
                ? 'off'
                : this.choice(raw, RULE_SETTINGS, here, 'setting');
            if (known && setting)
                out.push({ rule, setting, span: pair.key.span });
        }
        return out;
    }
    overrides(node, at) {
        const out = [];
        this.list(node, at).forEach((item, i) => {
            const here = [...at, i];
            const map = this.map(item, here);
            if (!map)
                return;
            this.checkKeys(map, OVERRIDE_KEYS, here);
            const filesNode = map.entries.get('files')?.value;
            const rulesNode = map.entries.get('rules')?.value;
            if (!filesNode)
                this.add(map.span, here, 'an override needs `files`, the globs it applies to');
            if (!rulesNode)
                this.add(map.span, here, 'an override needs `rules`, the settings it applies');
            const files = this.globList(filesNode, [...here, 'files']);
            const rules = this.ruleSettings(rulesNode, [...here, 'rules']);
            if (files.length > 0)
                out.push({ files, rules, span: map.span });
        });
        return out;
    }
    ignores(node, at) {
        const out = [];
        this.list(node, at).forEach((item, i) => {
            const here = [...at, i];
            const map = this.map(item, here);
            if (!map)
                return;
            this.checkKeys(map, IGNORE_KEYS, here);
            const ruleNode = map.entries.get('rule')?.value;
            const reasonNode = map.entries.get('reason')?.value;
            if (!ruleNode)
                this.add(map.span, here, 'an ignore needs `rule`, the rule id it suppresses');
            if (!reasonNode) {
                this.add(map.span, here, 'an ignore needs `reason`: say why the finding is accepted, for reviewers and the SARIF');
            }
            const rule = this.string(ruleNode, [...here, 'rule']);
            const known = rule !== undefined &&
                ruleNode !== undefined &&
                this.ruleId(rule, ruleNode.span, [...here, 'rule']);
            const reason = this.string(reasonNode, [...here, 'reason']);
            const files = this.globList(map.entries.get('files')?.value, [...here, 'files']);
            const services = this.globList(map.entries.get('services')?.value, [...here, 'services']);
            if (known && rule && reason && ruleNode) {
                out.push({ rule, files, services, reason, span: item.span, ruleSpan: ruleNode.span });
            }
        });
        return out;
    }
    policy(node, at) {
        const policy = { forbid: [], allow: [] };
        if (!node)
            return policy;
        const map = this.map(node, at);
        if (!map)
            return policy;
        this.checkKeys(map, POLICY_KEYS, at);
        for (const kind of ['forbid', 'allow']) {
            this.list(map.entries.get(kind)?.value, [...at, kind]).forEach((item, index) => {
                const flow = this.flow(item, kind, index, [...at, kind, index]);
                if (flow)
                    policy[kind].push(flow);
            });
        }
        return policy;
    }
    flow(node, kind, index, at) {
        const map = this.map(node, at);
        if (!map)
            return undefined;
        this.checkKeys(map, FLOW_KEYS, at);
        const fromNode = map.entries.get('from')?.value;
        const toNode = map.entries.get('to')?.value;
        if (!fromNode)
            this.add(map.span, at, `a flow needs \`from\`: \`{tier: edge}\`, \`{service: web}\` or \`{network: frontend}\``);
        if (!toNode)
            this.add(map.span, at, `a flow needs \`to\`: \`{tier: data}\`, \`{service: db}\` or \`{network: backend}\``);
        const from = fromNode && this.selector(fromNode, [...at, 'from']);
        const to = toNode && this.selector(toNode, [...at, 'to']);
        const reasonNode = map.entries.get('reason')?.value;
        const reason = this.string(reasonNode, [...at, 'reason']);
        if (!from || !to || (reasonNode && reason === undefined))
            return undefined;
        const flow = { kind, index, from, to, span: map.span };
        if (reason)
            flow.reason = reason;
        return flow;
    }
    /** `{tier, service, network}`, or a bare tier name (`from: edge`). */
    selector(node, at) {
        if (node.kind === 'scalar') {
            const value = node.value === null ? undefined : String(node.value);
            if (value !== undefined && validate_config_TIERS.includes(value)) {
                return { tier: value, span: node.span };
            }
            this.add(node.span, at, `\`${value ?? 'null'}\` is not a tier (\`edge\`, \`app\`, \`data\`); for a service or a network write \`{service: ${value ?? 'NAME'}}\` or \`{network: ${value ?? 'NAME'}}\``);
            return undefined;
        }
        const map = this.map(node, at);
        if (!map)
            return undefined;
        this.checkKeys(map, SELECTOR_KEYS, at);
        const selector = { span: map.span };
        let ok = true;
        const tierNode = map.entries.get('tier')?.value;
        if (tierNode) {
            const tier = this.choice(tierNode, validate_config_TIERS, [...at, 'tier'], 'tier');
            if (tier)
                selector.tier = tier;
            else
                ok = false;
        }
        for (const key of ['service', 'network']) {
            const valueNode = map.entries.get(key)?.value;
            if (!valueNode)
                continue;
            const value = this.string(valueNode, [...at, key]);
            if (value !== undefined && this.glob(value, valueNode.span, [...at, key]))
                selector[key] = value;
            else
                ok = false;
        }
        if (!tierNode && !map.entries.has('service') && !map.entries.has('network')) {
            this.add(map.span, at, 'a flow end needs `tier`, `service` or `network`');
            return undefined;
        }
        return ok ? selector : undefined;
    }
}

;// CONCATENATED MODULE: ./src/config/tiers.ts
/**
 * Tier overrides from the configuration, for `buildTopology`'s `tierOf` hook. A service's own
 * `x-tierguard: {tier}` wins (it sits next to the service); then `tiers.services`, then
 * `tiers.images`, each in file order, first match; otherwise the built-in classification.
 */




/** The `tierOf` hook for a configuration; undefined leaves the decision to `classifyTier`. */
function createTierOf(config) {
    const { services, images } = config.tiers;
    if (services.length === 0 && images.length === 0)
        return () => undefined;
    return (service, project) => {
        const own = service.extension?.tier?.value;
        if (own && validate_config_TIERS.includes(own))
            return undefined;
        const byService = services.find(e => matchesServicePattern(e.pattern, project.name, service.name));
        if (byService)
            return tiers_assign(service, byService, `tiers.services.${byService.pattern}`);
        const image = service.image?.value;
        const byImage = image ? images.find(e => matchesImagePattern(e.pattern, image)) : undefined;
        if (byImage)
            return tiers_assign(service, byImage, `tiers.images.${byImage.pattern}`);
        return undefined;
    };
}
function tiers_assign(service, entry, key) {
    const builtIn = classifyTier(service);
    const evidence = [`${key}: ${entry.tier} (${formatSpan(entry.span)})`];
    if (builtIn.tier !== entry.tier) {
        evidence.push(`overrides ${builtIn.tier}${builtIn.evidence[0] ? ` from ${builtIn.evidence[0]}` : ''}`);
    }
    const assignment = {
        tier: entry.tier,
        basis: 'override',
        evidence,
        span: entry.span
    };
    if (builtIn.tier === entry.tier && builtIn.product)
        assignment.product = builtIn.product;
    return assignment;
}

;// CONCATENATED MODULE: ./src/scan.ts
/**
 * The pipeline both shells run: discover -> load -> model -> analyze. Pure apart from reading
 * the files it is pointed at; reports are rendered from its result by `src/report`.
 */














/** Scans the given paths and returns projects, topology, findings and diagnostics. */
async function scan(options) {
    const startedAt = new Date();
    const clock = startClock();
    const { baseDir, logger, config } = options;
    const roots = (options.paths?.length ? options.paths : ['.']).map(p => external_node_path_default().resolve(baseDir, p));
    const cache = new ParsedFileCache({
        baseDir,
        maxFileBytes: options.maxFileBytes ?? config?.maxFileBytes
    });
    const discovered = await findComposeFiles({
        roots,
        baseDir,
        include: [...(options.include ?? []), ...(config?.include ?? [])],
        exclude: [...(options.exclude ?? []), ...(config?.exclude ?? [])]
    });
    logger.info(`Found ${discovered.files.length} candidate compose file(s)`);
    const discoverMs = clock.lap();
    // A scan path that is a file counts as named like a compose file, whatever its name.
    const explicitFiles = new Set(roots.map(root => cache.relative(root)));
    const files = [];
    const composeFiles = [];
    for (const [index, file] of discovered.files.entries()) {
        const parsed = cache.get(file);
        const classified = classifyDocument(parsed, isComposeFileName(file) || explicitFiles.has(file));
        const failed = parsed.diagnostics.some(d => d.severity === 'error');
        files.push({
            path: file,
            status: failed ? 'failed' : classified.compose ? 'loaded' : 'not-compose',
            projects: [],
            diagnostics: classified.diagnostic
                ? [...parsed.diagnostics, classified.diagnostic]
                : parsed.diagnostics
        });
        if (classified.compose)
            composeFiles.push(outlineComposeFile(parsed, cache));
        // Planning needs only the outline: the tree is parsed again when its project loads.
        cache.releaseTree(file);
        logger.progress?.(index + 1, discovered.files.length, 'files parsed');
    }
    const firstParseMs = clock.lap();
    const parsedBeforeLoading = cache.parseMs;
    const plans = options.projects?.length
        ? options.projects
        : planWithConfiguredProjects(composeFiles, cache, config);
    // Planning may have parsed files discovery did not list (`include` targets).
    cache.releaseTrees(plans[0]?.files);
    const planNotes = plans.flatMap(plan => plan.notes ?? []);
    const env = { ...config?.env, ...options.env };
    const projects = plans.map((plan, index) => {
        const project = loadProject(plan, cache, { env, logger });
        // Plans come sorted by their files: the next one often shares this one's base file.
        cache.releaseTrees(plans[index + 1]?.files);
        logger.progress?.(index + 1, plans.length, 'projects loaded');
        return project;
    });
    const filesByPath = new Map(files.map(f => [f.path, f]));
    for (const project of projects) {
        for (const file of project.files) {
            const scanned = filesByPath.get(file);
            if (scanned && !scanned.projects.includes(project.name)) {
                scanned.projects.push(project.name);
                scanned.status = 'loaded';
            }
        }
    }
    // Parsing files again while their projects load is parsing: counted there, not in loading.
    const parsedAgainMs = cache.parseMs - parsedBeforeLoading;
    const loadMs = clock.lap() - parsedAgainMs;
    const topology = buildTopology(projects, config ? { tierOf: createTierOf(config) } : {});
    const topologyMs = clock.lap();
    const ruleFindings = runRules(topology, rulesFor(config), { logger });
    const rulesMs = clock.lap();
    const findings = applyConfig({
        findings: ruleFindings,
        topology,
        config,
        files: [...new Set(projects.flatMap(p => p.files))].sort(),
        parsedFile: file => cache.get(file),
        parsedFileWithoutTree: file => cache.getWithoutTree(file),
        ruleIds: RULES.map(r => r.id)
    });
    const configMs = clock.lap();
    const diagnostics = dropRepeatedDiagnostics([
        ...discovered.diagnostics,
        ...planNotes,
        ...files.flatMap(f => f.diagnostics),
        ...projects.flatMap(p => p.diagnostics)
    ]);
    return {
        baseDir,
        files,
        projects,
        topology,
        findings,
        diagnostics,
        rules: RULES,
        startedAt,
        endedAt: new Date(),
        timings: {
            discover: discoverMs,
            parse: firstParseMs + parsedAgainMs,
            load: loadMs,
            topology: topologyMs,
            rules: rulesMs,
            config: configMs
        }
    };
}
/** A stopwatch: `lap()` returns the milliseconds since the previous lap (or the start). */
function startClock() {
    let last = performance.now();
    return {
        lap() {
            const now = performance.now();
            const ms = now - last;
            last = now;
            return ms;
        }
    };
}
/** The catalogue, with the policy rule checking the configuration's policy. */
function rulesFor(config) {
    if (!config || config.policy.forbid.length === 0)
        return RULES;
    const policyRule = createPolicyViolationRule(config.policy);
    return RULES.map(rule => (rule.id === policyRule.id ? policyRule : rule));
}
/**
 * Projects named in the configuration are loaded as written; the compose files none of them
 * names are planned by discovery as usual.
 */
function planWithConfiguredProjects(composeFiles, cache, config) {
    const configured = config?.projects ?? [];
    if (configured.length === 0)
        return planProjects(composeFiles, cache);
    const named = new Set(configured.flatMap(plan => plan.files));
    const rest = composeFiles.filter(file => !named.has(file.path));
    return [...configured, ...planProjects(rest, cache)];
}
/**
 * The loader repeats the parse diagnostics of every file it reads (a file may be loaded by
 * several projects, or reached only through `include`), so the same problem can arrive more
 * than once. Keep the first of each, sorted by position then code. Repeats are found among
 * neighbours after a stable sort, without a key string per diagnostic.
 */
function dropRepeatedDiagnostics(diagnostics) {
    const sorted = diagnostics.sort((a, b) => compareSpans(a.span, b.span) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const kept = [];
    let runStart = 0;
    for (const d of sorted) {
        const previous = kept[kept.length - 1];
        if (!previous || compareSpans(previous.span, d.span) !== 0 || previous.code !== d.code) {
            runStart = kept.length;
        }
        else if (kept.slice(runStart).some(k => k.message === d.message)) {
            continue;
        }
        kept.push(d);
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/config/load-config.ts
/**
 * Finds and loads the configuration file: `--config` / the `config` input, else `.tierguard.yml`
 * or `.tierguard.yaml` in the base directory. Read and parsed once like any compose file (so
 * every key has a span), then validated; any problem is a `ConfigurationError` listing them all.
 */







/** File names looked for in the base directory when no configuration file is given. */
const DEFAULT_CONFIG_FILES = ['.tierguard.yml', '.tierguard.yaml'];
/**
 * Loads the configuration, or returns undefined when none was given and the base directory
 * holds no default file. Throws `ConfigurationError` for a missing, unreadable or invalid file.
 */
function loadConfig(options) {
    const absolute = resolveConfigFile(options);
    if (!absolute)
        return undefined;
    const cache = new ParsedFileCache({ baseDir: options.baseDir });
    const relative = cache.relative(absolute);
    const parsed = cache.get(relative);
    const readErrors = parsed.diagnostics.filter(d => d.severity === 'error');
    if (readErrors.length > 0) {
        throw new ConfigurationError(formatProblems(relative, readErrors.map(d => ({ span: d.span, path: '', message: `${d.message} (${d.code})` }))));
    }
    const { config, problems } = validateConfig(parsed.root, relative, {
        ruleIds: options.ruleIds ?? RULES.map(r => r.id),
        fileExists: file => cache.exists(file)
    });
    if (problems.length > 0)
        throw new ConfigurationError(formatProblems(relative, problems));
    return config;
}
/** The configuration file to load, absolute, or undefined when there is none. */
function resolveConfigFile(options) {
    if (options.file !== undefined) {
        const absolute = external_node_path_default().resolve(options.baseDir, options.file);
        if (!(0,external_node_fs_namespaceObject.existsSync)(absolute) || !(0,external_node_fs_namespaceObject.statSync)(absolute).isFile()) {
            throw new ConfigurationError(`The configuration file \`${options.file}\` does not exist or is not a file. Check the ` +
                'path, or leave it out to use `.tierguard.yml` in the base directory.');
        }
        return absolute;
    }
    const present = DEFAULT_CONFIG_FILES.map(name => external_node_path_default().join(options.baseDir, name)).filter(file => (0,external_node_fs_namespaceObject.existsSync)(file) && (0,external_node_fs_namespaceObject.statSync)(file).isFile());
    if (present.length > 1) {
        throw new ConfigurationError(`Both \`${DEFAULT_CONFIG_FILES[0]}\` and \`${DEFAULT_CONFIG_FILES[1]}\` exist in ` +
            `${options.baseDir}: keep one, so it is clear which configuration applies.`);
    }
    return present[0];
}
/**
 * The message of a configuration error: one line per problem, `file:line:col`, the key path,
 * what is wrong; sorted by position.
 */
function formatProblems(file, problems) {
    const sorted = [...problems].sort((a, b) => compareSpans(a.span, b.span));
    const count = `${sorted.length} problem${sorted.length === 1 ? '' : 's'}`;
    const lines = sorted.map(p => `  ${formatSpan(p.span)}: ${p.path ? `\`${p.path}\`: ` : ''}${p.message}`);
    return (`The configuration file \`${file}\` is not valid (${count}):\n${lines.join('\n')}\n` +
        'See docs/configuration.md for every key and its values.');
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/report/fingerprint.ts
/**
 * Stable identities for findings, so code scanning keeps one alert per problem across commits.
 * A fingerprint names what the finding is about (rule, project, file, services, networks, the
 * rule's own discriminator), never where it is: inserting lines above it, re-indenting the file
 * or changing its line endings leaves it unchanged.
 */

/** The `partialFingerprints` key tierguard writes (GitHub computes `primaryLocationLineHash`). */
const FINGERPRINT_KEY = 'tierguardFindingHash/v1';
/**
 * The sha256 (hex) of what the finding is about. The first service (the finding's subject)
 * keeps its place, so "a reaches b" and "b reaches a" differ; the others and the networks are
 * sorted, so a rule listing them in another order does not open a new alert.
 */
function computeFingerprint(finding) {
    const [subject, ...others] = finding.services;
    const identity = [
        finding.ruleId,
        finding.project,
        finding.location.file,
        subject ?? '',
        [...others].sort(),
        [...finding.networks].sort(),
        finding.fingerprintKey ?? ''
    ];
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(identity)).digest('hex');
}
/**
 * Fingerprints for a list of findings, in order, with codeql-action's `:n` suffix: the n-th
 * finding with the same hash gets `:n`, so two findings the rule could not tell apart still get
 * distinct identities (stable as long as their relative order is).
 */
function assignFingerprints(findings) {
    const seen = new Map();
    return findings.map(finding => {
        const hash = computeFingerprint(finding);
        const occurrence = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, occurrence);
        return `${hash}:${occurrence}`;
    });
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/** Counts every reporter (and the shells' gate) agrees on. */


/** The fail-on threshold reporters assume when none is given (the action's default). */
const DEFAULT_FAIL_ON = 'high';
/** Counts findings, blocking findings, failed files and diagnostics of a scan. */
function summarizeResult(result, failOn = DEFAULT_FAIL_ON) {
    const bySeverity = Object.fromEntries(SEVERITIES.map(s => [s, 0]));
    let suppressed = 0;
    let blocking = 0;
    for (const finding of result.findings) {
        if (finding.suppression) {
            suppressed++;
            continue;
        }
        bySeverity[finding.severity]++;
        if (isBlocking(finding.severity, failOn))
            blocking++;
    }
    const diagnostics = { error: 0, warning: 0, note: 0 };
    for (const diagnostic of result.diagnostics)
        diagnostics[diagnostic.severity]++;
    return {
        findings: result.findings.length - suppressed,
        suppressed,
        bySeverity,
        failOn,
        blocking,
        filesScanned: result.files.length,
        filesFailed: result.files.filter(f => f.status === 'failed').length,
        diagnostics
    };
}
/**
 * Orders findings most severe first, unsuppressed before suppressed, and otherwise keeps the
 * scan's order (file, line, column, rule). For `Array.prototype.sort`, which is stable.
 */
function compareFindingsBySeverity(a, b) {
    return (Number(a.suppression !== undefined) - Number(b.suppression !== undefined) ||
        severityRank(a.severity) - severityRank(b.severity));
}
/** "1 finding", "3 findings". */
function pluralize(count, noun, plural = `${noun}s`) {
    return `${count.toLocaleString('en-US')} ${count === 1 ? noun : plural}`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning: one run, rules generated from the catalogue, one result
 * per finding with its region, related locations, path and fingerprint. Written to pass
 * `sarif-multitool validate --rule-kind "Sarif;Gh"` without a warning and to stay inside
 * GitHub's upload limits.
 */







const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const GITHUB_SARIF_LIMITS = {
    resultsPerRun: 25_000,
    locationsPerResult: 1_000,
    tagsPerRule: 20,
    ruleNameLength: 255,
    descriptionLength: 1_024,
    gzippedBytes: 10 * 1000 * 1000
};
/** Builds the SARIF log of a scan. Same input, same output, apart from times and version. */
function buildSarif(result, options = {}) {
    const plan = planSarif(result, options);
    const [run] = plan.log.runs;
    run.results = Array.from({ length: plan.resultCount }, (_, index) => plan.result(index));
    return plan.log;
}
/** The SARIF log of a scan as `buildSarif` builds it, its results built on demand. */
function planSarif(result, options = {}) {
    const limits = { ...GITHUB_SARIF_LIMITS, ...options.limits };
    const root = options.repoRoot === undefined ? undefined : external_node_path_default().resolve(result.baseDir, options.repoRoot);
    const prefix = root === undefined ? '' : toPosix(external_node_path_default().relative(root, result.baseDir));
    // Every location of a file has the same URI: encode each file once.
    const uris = new Map();
    const toUri = (file) => {
        let uri = uris.get(file);
        if (uri === undefined) {
            uri = encodeUri(prefix ? external_node_path_default().posix.join(prefix, file) : file);
            uris.set(file, uri);
        }
        return uri;
    };
    const rules = [...result.rules];
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    for (const finding of result.findings) {
        if (!ruleIndex.has(finding.ruleId)) {
            ruleIndex.set(finding.ruleId, rules.length);
            rules.push(unknownRule(finding));
        }
    }
    const fingerprints = assignFingerprints(result.findings);
    const ordered = result.findings
        .map((finding, index) => ({ finding, fingerprint: fingerprints[index] ?? '' }))
        .sort((a, b) => compareFindingsBySeverity(a.finding, b.finding));
    const notifications = result.diagnostics
        .filter(d => d.severity === 'error')
        .map(d => diagnosticNotification(d, toUri));
    const kept = ordered.slice(0, limits.resultsPerRun);
    const overCount = ordered.length - kept.length;
    const resultAt = (at) => {
        const { finding, fingerprint } = kept[at];
        const index = ruleIndex.get(finding.ruleId) ?? 0;
        return buildResult(finding, fingerprint, index, rules[index], toUri, limits);
    };
    const run = {
        tool: {
            driver: {
                name: TOOL_NAME,
                version: TOOL_VERSION,
                semanticVersion: TOOL_VERSION,
                informationUri: INFORMATION_URI,
                rules: rules.map(rule => buildRule(rule, limits))
            }
        },
        ...(options.category !== undefined && options.category !== ''
            ? { automationDetails: { id: categoryId(options.category) } }
            : {}),
        ...(root !== undefined
            ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } } }
            : {}),
        invocations: [
            {
                executionSuccessful: true,
                startTimeUtc: result.startedAt.toISOString(),
                endTimeUtc: result.endedAt.toISOString(),
                toolExecutionNotifications: notifications
            }
        ],
        columnKind: 'utf16CodeUnits',
        results: []
    };
    const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
    const dropped = (count, reason) => {
        notifications.push({
            level: 'warning',
            descriptor: { id: 'results-truncated' },
            message: {
                text: `${pluralize(count, 'result')} of ${ordered.length.toLocaleString('en-US')} left out (the least severe): ${reason}.`
            }
        });
    };
    if (overCount > 0) {
        dropped(overCount, `GitHub accepts at most ${limits.resultsPerRun.toLocaleString('en-US')} results a run`);
    }
    // The limit is on the uploaded text, gzipped. Gzip of a large log takes a while; a log whose
    // text cannot grow past the limit even uncompressible is not measured, and its results are
    // built again as they are written rather than kept.
    if (gzipBound(compactJsonBytes(log, kept.length, resultAt)) <= limits.gzippedBytes) {
        return { log, resultCount: kept.length, result: resultAt };
    }
    const all = Array.from({ length: kept.length }, (_, at) => resultAt(at));
    let count = all.length;
    run.results = all;
    if (gzippedSize(log) > limits.gzippedBytes) {
        // Binary search for the most results that fit, keeping room for the notification.
        let low = 0;
        let high = all.length;
        while (low < high) {
            const mid = Math.ceil((low + high) / 2);
            run.results = all.slice(0, mid);
            if (gzippedSize(log) + 1024 <= limits.gzippedBytes)
                low = mid;
            else
                high = mid - 1;
        }
        count = low;
        const sizeLimit = `${(limits.gzippedBytes / 1_000_000).toLocaleString('en-US')} MB`;
        dropped(ordered.length - low, `GitHub accepts at most ${sizeLimit} of gzipped SARIF`);
    }
    run.results = [];
    return { log, resultCount: count, result: at => all[at] };
}
/** The serialized log, as tierguard writes it to disk: indented, for people to read. */
function serializeSarif(log) {
    return [...serializeSarifPieces(log)].join('');
}
/** Stands for the results while the rest of the log is serialized. */
const RESULTS_PLACEHOLDER = JSON.stringify('\u0000tierguard results\u0000');
/**
 * `serializeSarif` in pieces, each result on its own: a large log is written without its whole
 * text (tens of MB for thousands of results) held at once. Joined, the pieces are exactly
 * `JSON.stringify(log, null, 2)` and a line break.
 */
function* serializeSarifPieces(log) {
    const run = log.runs.length === 1 ? log.runs[0] : undefined;
    const results = run?.results;
    if (!run || !results || results.length === 0) {
        yield `${JSON.stringify(log, null, 2)}\n`;
        return;
    }
    run.results = [];
    try {
        yield* serializePlannedSarif({ log, resultCount: results.length, result: at => results[at] });
    }
    finally {
        run.results = results;
    }
}
/**
 * `serializeSarifPieces` of a planned log: each result is built, written and let go before the
 * next, so the memory of writing stays that of one result whatever the count.
 */
function* serializePlannedSarif(plan) {
    const { log, resultCount } = plan;
    const run = log.runs.length === 1 ? log.runs[0] : undefined;
    if (!run || resultCount === 0) {
        yield `${JSON.stringify(log, null, 2)}\n`;
        return;
    }
    const results = run.results;
    run.results = [JSON.parse(RESULTS_PLACEHOLDER)];
    let outline;
    try {
        outline = JSON.stringify(log, null, 2);
    }
    finally {
        run.results = results;
    }
    const at = outline.indexOf(RESULTS_PLACEHOLDER);
    const lineStart = outline.lastIndexOf('\n', at) + 1;
    const indent = outline.slice(lineStart, at);
    yield outline.slice(0, lineStart);
    for (let index = 0; index < resultCount; index++) {
        const json = JSON.stringify(plan.result(index), null, 2).replaceAll('\n', `\n${indent}`);
        yield `${indent}${json}${index + 1 < resultCount ? ',\n' : ''}`;
    }
    yield `${outline.slice(at + RESULTS_PLACEHOLDER.length)}\n`;
}
/**
 * The log as it is uploaded: compact JSON, as codeql-action's `upload-sarif` sends a file too.
 * GitHub's size limit is on this text gzipped, which is what `buildSarif` measures.
 */
function serializeSarifForUpload(log) {
    return JSON.stringify(log);
}
/**
 * The bytes of `serializeSarifForUpload` of `log` (its run's results empty) with `count`
 * results, counted result by result: neither the results nor their JSON are held at once.
 */
function compactJsonBytes(log, count, result) {
    let bytes = Buffer.byteLength(JSON.stringify(log));
    for (let index = 0; index < count; index++) {
        bytes += Buffer.byteLength(JSON.stringify(result(index)));
    }
    return bytes + Math.max(0, count - 1); // the commas between results
}
function gzippedSize(log) {
    return (0,external_node_zlib_namespaceObject.gzipSync)(serializeSarifForUpload(log)).length;
}
/**
 * The most bytes gzip can make of `bytes` bytes: zlib's `deflateBound` for its default settings
 * (stored blocks, 5 bytes of header each, for what does not compress), plus gzip's 18 bytes of
 * header and trailer instead of zlib's 6.
 */
function gzipBound(bytes) {
    return bytes + (bytes >> 12) + (bytes >> 14) + (bytes >> 25) + 13 + 12;
}
/** `a/b` becomes `a/b/`: GitHub reads everything before the last slash as the category. */
function categoryId(category) {
    return category.endsWith('/') ? category : `${category}/`;
}
function buildRule(rule, limits) {
    const tags = sarif_unique([rule.kind, ...rule.tags]).slice(0, limits.tagsPerRule);
    const properties = { tags, precision: rule.precision };
    if (rule.kind === 'security') {
        properties['security-severity'] = securitySeverityScore(rule.severity).toFixed(1);
    }
    else {
        properties['problem.severity'] = problemSeverity(rule);
    }
    return {
        id: rule.id,
        name: toPascalCase(rule.id).slice(0, limits.ruleNameLength),
        shortDescription: { text: sarif_truncate(rule.name, limits.descriptionLength) },
        fullDescription: { text: sarif_truncate(rule.description, limits.descriptionLength) },
        help: { text: helpText(rule), markdown: helpMarkdown(rule) },
        helpUri: ruleHelpUri(rule.id),
        defaultConfiguration: { level: sarifLevel(rule.severity) },
        properties
    };
}
/** GitHub's display severity of non-security rules. */
function problemSeverity(rule) {
    const level = sarifLevel(rule.severity);
    return level === 'note' ? 'recommendation' : level;
}
/** A descriptor for a finding whose rule is not in `result.rules`, so the log stays valid. */
function unknownRule(finding) {
    return {
        id: finding.ruleId,
        name: finding.ruleId,
        description: `Findings of \`${finding.ruleId}\`.`,
        severity: finding.severity,
        kind: 'correctness',
        precision: 'medium',
        tags: [],
        help: {
            what: `Findings of \`${finding.ruleId}\`.`,
            why: 'See the rule documentation.',
            fix: 'See the rule documentation.',
            bad: '',
            good: ''
        }
    };
}
function helpText(rule) {
    const { what, why, fix, bad, good } = rule.help;
    const parts = [what, `Why it matters: ${why}`, `How to fix: ${fix}`];
    if (bad)
        parts.push(`Flagged:\n${indent(bad)}`);
    if (good)
        parts.push(`Fixed:\n${indent(good)}`);
    parts.push(`Documentation: ${ruleHelpUri(rule.id)}`);
    return parts.join('\n\n');
}
function helpMarkdown(rule) {
    const { what, why, fix, bad, good } = rule.help;
    const parts = [`## ${rule.name}`, what, `**Why it matters.** ${why}`, `**How to fix.** ${fix}`];
    if (bad)
        parts.push('Flagged:', codeBlock(bad));
    if (good)
        parts.push('Fixed:', codeBlock(good));
    parts.push(`[Rule documentation](${ruleHelpUri(rule.id)})`);
    return parts.join('\n\n');
}
/** A fenced YAML block whose fence is longer than any backtick run inside. */
function codeBlock(text, language = 'yaml') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`;
}
function buildResult(finding, fingerprint, ruleIndex, rule, toUri, limits) {
    // One location is the primary; the rest is shared by related and thread-flow locations.
    const budget = limits.locationsPerResult - 1;
    const steps = finding.path ?? [];
    const pathKeep = Math.min(steps.length, Math.max(budget - finding.related.length, Math.floor(budget / 2)));
    const relatedKeep = Math.min(finding.related.length, budget - pathKeep);
    const related = finding.related.slice(0, relatedKeep);
    const keptSteps = pathKeep < steps.length ? [...steps.slice(0, pathKeep - 1), ...steps.slice(-1)] : steps;
    let text = linkRelatedLocations(finding.message, related);
    const left = [
        finding.related.length - related.length > 0
            ? pluralize(finding.related.length - related.length, 'related location')
            : '',
        steps.length - keptSteps.length > 0
            ? pluralize(steps.length - keptSteps.length, 'path step')
            : ''
    ].filter(Boolean);
    if (left.length > 0) {
        text += ` (${left.join(' and ')} not shown: GitHub accepts at most ${limits.locationsPerResult.toLocaleString('en-US')} locations a result.)`;
    }
    const properties = {
        project: finding.project,
        services: finding.services,
        networks: finding.networks
    };
    if (finding.profiles?.length)
        properties.profiles = finding.profiles;
    properties.severity = finding.severity;
    const securitySeverity = findingSecuritySeverity(finding, rule);
    if (securitySeverity !== undefined)
        properties['security-severity'] = securitySeverity;
    const sarifResult = {
        ruleId: finding.ruleId,
        ruleIndex,
        level: sarifLevel(finding.severity),
        message: { text },
        locations: [{ physicalLocation: physicalLocation(finding.location, toUri) }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
        properties
    };
    if (related.length > 0) {
        sarifResult.relatedLocations = related.map((r, index) => ({
            id: index + 1,
            physicalLocation: physicalLocation(r.span, toUri),
            message: { text: r.message }
        }));
    }
    if (keptSteps.length > 0) {
        sarifResult.codeFlows = [
            {
                threadFlows: [
                    {
                        locations: keptSteps.map((step, index) => ({
                            location: {
                                physicalLocation: physicalLocation(step.span, toUri),
                                message: { text: step.message }
                            },
                            executionOrder: index + 1
                        }))
                    }
                ]
            }
        ];
    }
    if (finding.suppression) {
        sarifResult.suppressions = [
            {
                kind: finding.suppression.kind,
                status: 'accepted',
                justification: finding.suppression.justification,
                ...(finding.suppression.span
                    ? { location: { physicalLocation: physicalLocation(finding.suppression.span, toUri) } }
                    : {})
            }
        ];
    }
    return sarifResult;
}
/** The security-severity a finding of this severity would have, when it is not the rule's. */
function findingSecuritySeverity(finding, rule) {
    if (rule.kind !== 'security' || finding.severity === rule.severity)
        return undefined;
    return securitySeverityScore(finding.severity).toFixed(1);
}
function diagnosticNotification(diagnostic, toUri) {
    return {
        level: 'error',
        descriptor: { id: diagnostic.code },
        message: { text: sentence(`${diagnostic.span.file}: ${diagnostic.message}`) },
        locations: [{ physicalLocation: physicalLocation(diagnostic.span, toUri) }]
    };
}
function physicalLocation(span, toUri) {
    const startLine = Math.max(1, span.startLine);
    const startColumn = Math.max(1, span.startColumn);
    // A span must not end before it starts; an empty span stays an insertion point.
    const endsBefore = span.endLine < startLine || (span.endLine === startLine && span.endColumn < startColumn);
    return {
        artifactLocation: { uri: toUri(span.file), uriBaseId: SRCROOT },
        region: {
            startLine,
            startColumn,
            endLine: endsBefore ? startLine : span.endLine,
            endColumn: endsBefore ? startColumn : span.endColumn
        }
    };
}
/**
 * Turns the first mention of each related location's subject in the message into a SARIF
 * embedded link (`[`proxy`](1)`). The subject is the first backtick-quoted name of the related
 * location's message that the main message also quotes; a related location with none is
 * linked in a trailing "See ..." sentence, so every one is reachable from the message.
 */
function linkRelatedLocations(message, related) {
    // Work on segments so a name already turned into a link is not linked twice.
    const segments = [{ text: message }];
    const unlinked = [];
    related.forEach((location, index) => {
        const id = index + 1;
        const names = [...location.message.matchAll(/`([^`]+)`/g)].map(m => `\`${m[1]}\``);
        for (const name of names) {
            const at = segments.findIndex(s => s.link === undefined && s.text.includes(name));
            if (at === -1)
                continue;
            const segment = segments[at];
            const offset = segment.text.indexOf(name);
            segments.splice(at, 1, { text: segment.text.slice(0, offset) }, { text: name, link: id }, { text: segment.text.slice(offset + name.length) });
            return;
        }
        unlinked.push(index);
    });
    if (segments.length === 1 && unlinked.length === 0)
        return sentence(message);
    let text = segments
        .map(s => s.link === undefined ? escapeBrackets(s.text) : `[${escapeBrackets(s.text)}](${s.link})`)
        .join('');
    if (unlinked.length > 0) {
        const links = unlinked.map(index => `[${escapeBrackets(stripPeriod(related[index].message))}](${index + 1})`);
        text = `${sentence(text)} See ${links.join('; ')}.`;
    }
    return sentence(text);
}
/**
 * SARIF §3.11.6: in a message with embedded links, literal brackets (and backslashes) are
 * escaped. Messages without links are left as written, for viewers that do not unescape.
 */
function escapeBrackets(text) {
    return text.replace(/[\\[\]]/g, c => `\\${c}`);
}
function stripPeriod(text) {
    return text.trim().replace(/\.$/, '');
}
/** SARIF messages are sentences: they end with a period (SARIF2001). */
function sentence(text) {
    const trimmed = text.trim();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
/** `data-reachable-from-edge` -> `DataReachableFromEdge`. */
function toPascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(word => word[0].toUpperCase() + word.slice(1))
        .join('');
}
function encodeUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
function directoryUri(dir) {
    const href = (0,external_node_url_namespaceObject.pathToFileURL)(dir).href;
    return href.endsWith('/') ? href : `${href}/`;
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
function sarif_truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function indent(text) {
    return text
        .replace(/\n+$/, '')
        .split('\n')
        .map(line => `    ${line}`)
        .join('\n');
}
function sarif_unique(values) {
    return [...new Set(values)];
}

;// CONCATENATED MODULE: ./src/report/text.ts



const ANSI = {
    reset: '\u001b[0m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
    underline: '\u001b[4m',
    red: '\u001b[31m',
    green: '\u001b[32m',
    yellow: '\u001b[33m',
    blue: '\u001b[34m'
};
/** Formats a scan for a terminal. Suppressed findings and note diagnostics are only counted. */
function formatText(result, options = {}) {
    const failOn = options.failOn ?? DEFAULT_FAIL_ON;
    const paint = (style, text) => options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text;
    const lines = [
        ...result.findings
            .filter(f => !f.suppression)
            .map(f => ({ span: f.location, severity: f.severity, message: f.message, code: f.ruleId })),
        ...result.diagnostics
            .filter(d => d.severity !== 'note')
            .map(d => ({
            span: d.span,
            severity: d.severity,
            message: d.message,
            code: d.code
        }))
    ];
    const byFile = new Map();
    for (const line of lines) {
        const list = byFile.get(line.span.file) ?? [];
        list.push(line);
        byFile.set(line.span.file, list);
    }
    const out = [];
    for (const file of [...byFile.keys()].sort()) {
        const group = byFile
            .get(file)
            .sort((a, b) => compareSpans(a.span, b.span) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
        const rows = group.map(line => ({
            position: `${line.span.startLine}:${line.span.startColumn}`,
            severity: line.severity,
            message: line.message.replace(/\s*\n\s*/g, ' '),
            code: line.code
        }));
        // Positions and severities are aligned; messages are sentences, so the rule id follows each
        // one instead of being padded out to the longest.
        const width = {
            position: Math.max(...rows.map(r => r.position.length)),
            severity: Math.max(...rows.map(r => r.severity.length))
        };
        out.push(paint('underline', file));
        for (const row of rows) {
            out.push([
                '  ',
                paint('dim', row.position.padEnd(width.position)),
                '  ',
                paint(severityStyle(row.severity), row.severity.padEnd(width.severity)),
                '  ',
                row.message,
                '  ',
                paint('dim', row.code)
            ]
                .join('')
                .trimEnd());
        }
        out.push('');
    }
    const summary = summarizeResult(result, failOn);
    const counts = Object.entries(summary.bySeverity)
        .filter(([, n]) => n > 0)
        .sort(([a], [b]) => severityRank(a) - severityRank(b))
        .map(([severity, n]) => `${n} ${severity}`);
    const parts = [];
    parts.push(summary.findings === 0
        ? 'No findings'
        : `${pluralize(summary.findings, 'finding')} (${counts.join(', ')})`);
    if (failOn !== 'none' && summary.findings > 0) {
        parts[0] += `, ${summary.blocking.toLocaleString('en-US')} blocking at fail-on ${failOn}`;
    }
    const extras = [];
    if (summary.suppressed > 0)
        extras.push(`${summary.suppressed.toLocaleString('en-US')} suppressed`);
    if (summary.filesFailed > 0) {
        extras.push(`${pluralize(summary.filesFailed, 'file')} failed to parse`);
    }
    const diag = summary.diagnostics;
    if (diag.error + diag.warning > 0) {
        const kinds = [
            diag.error ? pluralize(diag.error, 'error') : '',
            diag.warning ? pluralize(diag.warning, 'warning') : ''
        ].filter(Boolean);
        extras.push(`${kinds.join(' and ')} in the input`);
    }
    if (diag.note > 0)
        extras.push(`${pluralize(diag.note, 'note')} not shown`);
    const text = [parts[0], ...extras].join('; ');
    const symbol = summary.findings === 0 ? '✔' : '✖';
    const style = summary.blocking > 0 ? 'red' : summary.findings > 0 ? 'yellow' : 'green';
    out.push(paint(style, paint('bold', `${symbol} ${text}`)));
    out.push(summary.filesScanned === 0
        ? paint('dim', 'No compose files found.')
        : paint('dim', `${pluralize(summary.filesScanned, 'file')} scanned.`));
    return `${out.join('\n')}\n`;
}
function severityStyle(severity) {
    switch (severity) {
        case 'critical':
        case 'high':
        case 'error':
            return 'red';
        case 'medium':
        case 'warning':
            return 'yellow';
        default:
            return 'blue';
    }
}

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The machine-readable report: the normalised model of every project (with each service's tier
 * and each attachment's real network name), the findings with their fingerprints, the
 * diagnostics and a summary. Paths stay relative to the scan's base directory; keys are sorted
 * so the output diffs cleanly.
 */



/** Formats a scan as JSON (2-space indentation, trailing newline). */
function formatJson(result) {
    const fingerprints = assignFingerprints(result.findings);
    const summary = summarizeResult(result);
    const report = {
        version: TOOL_VERSION,
        files: result.files.map(f => ({ path: f.path, status: f.status, projects: f.projects })),
        projects: result.projects.map(p => serializeProject(result, p)),
        findings: result.findings.map((finding, index) => ({
            ...finding,
            fingerprint: fingerprints[index]
        })),
        diagnostics: result.diagnostics,
        summary: {
            findings: summary.findings,
            suppressed: summary.suppressed,
            bySeverity: summary.bySeverity,
            filesScanned: summary.filesScanned,
            filesFailed: summary.filesFailed,
            diagnostics: summary.diagnostics
        }
    };
    // Top-level keys in reading order; everything below sorted.
    const ordered = Object.fromEntries(Object.entries(report).map(([key, value]) => [key, json_toPlain(value, [])]));
    return `${JSON.stringify(ordered, null, 2)}\n`;
}
/**
 * A project as plain data: its own diagnostics are left out (they are in the top-level list),
 * each service gets its tier and each attachment its network's real name.
 */
function serializeProject(result, project) {
    const rest = { ...project };
    delete rest.diagnostics;
    const realName = new Map(project.networks.map(n => [n.key, n.realName]));
    return {
        ...rest,
        services: project.services.map(service => {
            const node = result.topology.nodeOf(project, service);
            return {
                ...service,
                networks: service.networks.map(attachment => ({
                    ...attachment,
                    realName: realName.get(attachment.network) ?? attachment.network
                })),
                tier: node ? plainTier(node.tier) : undefined
            };
        })
    };
}
/** A tier as data: its evidence is worded on demand, so it is read, not copied with the object. */
function plainTier({ tier, basis, evidence, product, span }) {
    return { tier, basis, evidence, product, span };
}
/**
 * A deep copy with object keys sorted, functions and `undefined` dropped and Maps turned into
 * objects. A reference back to an object being copied (a cycle) is dropped rather than thrown:
 * the model is plain data, so this only guards against a future field pointing into the graph.
 */
function json_toPlain(value, stack) {
    if (value === null || typeof value !== 'object') {
        return typeof value === 'function' ? undefined : value;
    }
    if (value instanceof Date)
        return value.toISOString();
    if (stack.includes(value))
        return undefined;
    stack.push(value);
    try {
        if (Array.isArray(value))
            return value.map(v => json_toPlain(v, stack) ?? null);
        const entries = value instanceof Map
            ? [...value.entries()].map(([k, v]) => [String(k), v])
            : Object.entries(value);
        const out = {};
        for (const [key, v] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            const plain = json_toPlain(v, stack);
            if (plain !== undefined)
                out[key] = plain;
        }
        return out;
    }
    finally {
        stack.pop();
    }
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The Markdown report for a job summary or a PR comment: a verdict, counts by severity, the
 * findings and, per project, its services with tier, networks and published ports. Kept under
 * `maxBytes` (GitHub's job summary takes 1 MiB) by leaving out table rows, with a note.
 */


const DEFAULT_MARKDOWN_MAX_BYTES = 900 * 1024;
/** Formats a scan as GitHub-flavoured Markdown. */
function formatMarkdown(result, options = {}) {
    const failOn = options.failOn ?? DEFAULT_FAIL_ON;
    const maxBytes = options.maxBytes ?? DEFAULT_MARKDOWN_MAX_BYTES;
    const summary = summarizeResult(result, failOn);
    const head = [
        '## tierguard',
        '',
        verdict(summary.blocking, summary.findings, failOn),
        ''
    ];
    const context = [
        `${pluralize(summary.filesScanned, 'file')} scanned, ${pluralize(result.projects.length, 'project')}` +
            (summary.suppressed ? `, ${summary.suppressed.toLocaleString('en-US')} suppressed` : '') +
            (summary.filesFailed ? `, ${pluralize(summary.filesFailed, 'file')} failed to parse` : '') +
            '.',
        ''
    ];
    const counts = [
        '| Severity | Findings |',
        '| --- | ---: |',
        ...SEVERITIES.map(s => `| ${s} | ${summary.bySeverity[s]} |`),
        ''
    ];
    const findings = result.findings.filter(f => !f.suppression).sort(compareFindingsBySeverity);
    const findingRows = findings.map(f => `| ${isBlocking(f.severity, failOn) ? `**${f.severity}**` : f.severity} | \`${f.ruleId}\` | ` +
        `\`${cell(`${f.location.file}:${f.location.startLine}`)}\` | ${textCell(f.message)} |`);
    const failed = result.diagnostics.filter(d => d.severity === 'error');
    const diagnosticRows = failed.map(d => `| \`${d.code}\` | \`${cell(`${d.span.file}:${d.span.startLine}`)}\` | ${textCell(d.message)} |`);
    // Sections in order; each table's rows may be cut, the rest is always kept.
    const sections = [];
    if (findingRows.length > 0) {
        sections.push({
            title: [
                '### Findings',
                '',
                '| Severity | Rule | Location | Message |',
                '| --- | --- | --- | --- |'
            ],
            rows: findingRows,
            what: 'finding'
        });
    }
    if (diagnosticRows.length > 0) {
        sections.push({
            title: ['### Input errors', '', '| Code | Location | Message |', '| --- | --- | --- |'],
            rows: diagnosticRows,
            what: 'error'
        });
    }
    for (const project of result.projects) {
        sections.push({
            title: [
                `### Project \`${cell(project.name)}\``,
                '',
                '| Service | Tier | Networks | Published ports |',
                '| --- | --- | --- | --- |'
            ],
            rows: serviceRows(result, project),
            what: 'service'
        });
    }
    const out = [...head, ...context, ...counts];
    let used = bytes(out.join('\n'));
    // Room for the closing note of a cut table and the final newline.
    const reserve = 200;
    let cut = false;
    for (const section of sections) {
        const title = section.title.join('\n') + '\n';
        if (cut || used + bytes(title) + reserve > maxBytes) {
            cut = true;
            continue;
        }
        out.push(...section.title);
        used += bytes(title);
        let shown = 0;
        for (const row of section.rows) {
            const size = bytes(row) + 1;
            if (used + size + reserve > maxBytes)
                break;
            out.push(row);
            used += size;
            shown++;
        }
        if (shown < section.rows.length) {
            cut = true;
            const left = section.rows.length - shown;
            const note = `\n_${pluralize(left, `more ${section.what}`)} not shown: the report is limited to ${Math.floor(maxBytes / 1024)} KiB. The SARIF and JSON reports have everything._`;
            out.push(note);
            used += bytes(note) + 1;
        }
        out.push('');
        used += 1;
    }
    if (cut && !out.some(line => line.includes('not shown: the report is limited'))) {
        out.push(`_Some sections are not shown: the report is limited to ${Math.floor(maxBytes / 1024)} KiB._`, '');
    }
    return `${out.join('\n').trimEnd()}\n`;
}
function verdict(blocking, findings, failOn) {
    if (blocking > 0) {
        return `:x: **${pluralize(blocking, 'blocking finding')}** at fail-on \`${failOn}\` (${pluralize(findings, 'finding')} in all).`;
    }
    if (findings > 0) {
        const threshold = failOn === 'none' ? 'fail-on `none`' : `nothing at or above \`${failOn}\``;
        return `:warning: ${pluralize(findings, 'finding')}, ${threshold}.`;
    }
    return ':white_check_mark: No findings.';
}
function serviceRows(result, project) {
    const realName = new Map(project.networks.map(n => [n.key, n.realName]));
    return project.services.map(service => {
        const node = result.topology.nodeOf(project, service);
        const tier = node?.tier.tier ?? 'app';
        const networks = service.networkMode
            ? `\`network_mode: ${cell(networkModeText(service.networkMode))}\``
            : service.networks.map(n => `\`${cell(realName.get(n.network) ?? n.network)}\``).join(', ');
        const ports = service.ports.map(p => `\`${cell(p.text)}\``).join(', ');
        return `| \`${cell(service.name)}\` | ${tier} | ${networks || '–'} | ${ports || '–'} |`;
    });
}
function networkModeText(mode) {
    if (mode.kind === 'service' || mode.kind === 'container')
        return `${mode.kind}:${mode.target}`;
    if (mode.kind === 'other')
        return mode.value;
    return mode.kind;
}
/** Text safe inside a table cell (and inside a code span): no pipes breaking the row, one line. */
function cell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
/** A prose cell: also no raw HTML. */
function textCell(text) {
    return cell(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * Command-line parsing: `tierguard [scan] [PATH...] [options]` and `tierguard rules`.
 * Pure: turns argv into options or a `ConfigurationError` the shell prints with exit code 2.
 */



const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const HELP = `Usage: tierguard [scan] [PATH...] [options]
       tierguard rules [--format text|json]

Finds Docker Compose and Swarm stack files under each PATH (default: the current
folder), works out which containers can reach which, and reports network-isolation
problems.

Options:
  -f, --format FORMAT     text (default), json, sarif or markdown
  -o, --output FILE       write the report to FILE instead of standard output
      --fail-on LEVEL     exit 1 when a finding is at or above LEVEL:
                          critical, high (default), medium, low, note, or none
      --category NAME     SARIF category (automationDetails.id), for several uploads
      --include GLOB      also consider files matching GLOB (repeatable)
      --exclude GLOB      leave out files or folders matching GLOB (repeatable)
  -e, --env KEY=VALUE     a variable for interpolation, as the shell would set it
                          (repeatable; wins over the project's .env file)
      --base-dir DIR      report paths relative to DIR (default: the current folder)
  -c, --config FILE       configuration file (default: .tierguard.yml or .tierguard.yaml
                          in the base directory, if present); see docs/configuration.md
      --color / --no-color  colour the text report (default: when writing to a terminal)
  -q, --quiet             no progress lines on standard error
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or fatal error.
Rule documentation: docs/rules/README.md
`;
/** Parses argv (without `node` and the script). Throws `ConfigurationError` on bad usage. */
function parseCommandLine(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', short: 'f' },
                output: { type: 'string', short: 'o' },
                'fail-on': { type: 'string' },
                category: { type: 'string' },
                include: { type: 'string', multiple: true },
                exclude: { type: 'string', multiple: true },
                env: { type: 'string', short: 'e', multiple: true },
                'base-dir': { type: 'string' },
                config: { type: 'string', short: 'c' },
                color: { type: 'boolean' },
                'no-color': { type: 'boolean' },
                quiet: { type: 'boolean', short: 'q' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' }
            }
        });
    }
    catch (e) {
        throw new ConfigurationError(`${e.message}\nRun \`tierguard --help\` for usage.`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { command: 'help' };
    if (values.version)
        return { command: 'version' };
    const [first, ...rest] = positionals;
    if (first === 'rules') {
        const format = values.format ?? 'text';
        if (format !== 'text' && format !== 'json') {
            throw new ConfigurationError(`\`rules\` prints text or json, not \`${format}\``);
        }
        return { command: 'rules', format };
    }
    const paths = first === 'scan' ? rest : positionals;
    const format = (values.format ?? 'text');
    if (!FORMATS.includes(format)) {
        throw new ConfigurationError(`unknown --format \`${values.format}\`: use one of ${FORMATS.join(', ')}`);
    }
    const failOn = (values['fail-on'] ?? 'high');
    if (!FAIL_ON_VALUES.includes(failOn)) {
        throw new ConfigurationError(`unknown --fail-on \`${values['fail-on']}\`: use one of ${FAIL_ON_VALUES.join(', ')}`);
    }
    const env = {};
    for (const pair of values.env ?? []) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new ConfigurationError(`--env takes KEY=VALUE, got \`${pair}\``);
        env[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return {
        command: 'scan',
        paths,
        format,
        output: values.output,
        failOn,
        category: values.category,
        include: values.include ?? [],
        exclude: values.exclude ?? [],
        env,
        baseDir: values['base-dir'],
        config: values.config,
        color: values['no-color'] ? false : values.color,
        progress: !values.quiet
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI shell: parse arguments, run the scan, render the report, set the exit code.
 * Exit 0: nothing at or above --fail-on; 1: something is; 2: usage or fatal error.
 */













/**
 * Runs the CLI and resolves to the exit code. Writes only to the given streams. With
 * `TIERGUARD_TIMINGS=1`, the milliseconds of each stage go to stderr on one line.
 */
async function runCli(argv, io) {
    try {
        const command = parseCommandLine(argv);
        switch (command.command) {
            case 'help':
                io.stdout.write(HELP);
                return 0;
            case 'version':
                io.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
                return 0;
            case 'rules':
                io.stdout.write(formatRuleList(command.format));
                return 0;
            case 'scan':
                return await runScan(command, io);
        }
    }
    catch (e) {
        if (e instanceof ConfigurationError) {
            io.stderr.write(`${TOOL_NAME}: ${e.message}\n`);
            return 2;
        }
        const err = e;
        io.stderr.write(`${TOOL_NAME} failed unexpectedly; this is a bug, please report it with the output below.\n${err.stack ?? String(e)}\n`);
        return 2;
    }
}
async function runScan(options, io) {
    const started = performance.now();
    const baseDir = external_node_path_default().resolve(io.cwd, options.baseDir ?? '.');
    const paths = options.paths.length > 0 ? options.paths : ['.'];
    for (const p of paths) {
        if (!(0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().resolve(io.cwd, p))) {
            throw new ConfigurationError(`path \`${p}\` does not exist`);
        }
    }
    const config = loadConfig({
        baseDir,
        file: options.config === undefined ? undefined : external_node_path_default().resolve(io.cwd, options.config)
    });
    const logger = createStderrLogger(io.stderr, options.progress);
    const result = await scan({
        config,
        baseDir,
        paths: paths.map(p => external_node_path_default().resolve(io.cwd, p)),
        include: options.include,
        exclude: options.exclude,
        env: options.env,
        logger
    });
    logger.done();
    const reportStarted = performance.now();
    const toTerminal = !options.output && io.stdout.isTTY === true;
    // A SARIF log of thousands of results is written piece by piece, never whole in memory.
    const report = options.format === 'sarif'
        ? serializePlannedSarif(planSarif(result, { category: options.category }))
        : [
            options.format === 'json'
                ? formatJson(result)
                : options.format === 'markdown'
                    ? formatMarkdown(result, { failOn: options.failOn })
                    : formatText(result, { color: options.color ?? toTerminal, failOn: options.failOn })
        ];
    if (options.output) {
        const out = external_node_path_default().resolve(io.cwd, options.output);
        (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(out), { recursive: true });
        const fd = (0,external_node_fs_namespaceObject.openSync)(out, 'w');
        try {
            writeInBatches(report, chunk => (0,external_node_fs_namespaceObject.writeSync)(fd, chunk));
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
        io.stderr.write(`Wrote ${options.format} report to ${options.output}\n`);
    }
    else {
        writeInBatches(report, chunk => io.stdout.write(chunk));
    }
    if ((io.env ?? process.env).TIERGUARD_TIMINGS === '1' && result.timings) {
        const now = performance.now();
        io.stderr.write(formatTimings(result.timings, now - reportStarted, now - started));
    }
    const blocking = result.findings.filter(f => !f.suppression && isBlocking(f.severity, options.failOn));
    return blocking.length > 0 ? 1 : 0;
}
/**
 * Writes the pieces joined in batches of about 64 KiB: few writes, and no whole text at once.
 * A larger batch would be a large object to V8, which only a full collection frees; at this
 * size each batch dies young.
 */
function writeInBatches(pieces, write) {
    let batch = [];
    let length = 0;
    for (const piece of pieces) {
        batch.push(piece);
        length += piece.length;
        if (length >= 1 << 16) {
            write(batch.join(''));
            batch = [];
            length = 0;
        }
    }
    if (batch.length > 0)
        write(batch.join(''));
}
/**
 * One line, stable for scripts (`npm run bench` reads it):
 * `tierguard timings (ms): discover=3 parse=310 load=40 topology=12 rules=25 config=2 report=30 total=430`.
 */
function formatTimings(timings, reportMs, totalMs) {
    const stages = [
        ...Object.entries(timings),
        ['report', reportMs],
        ['total', totalMs]
    ];
    return `${TOOL_NAME} timings (ms): ${stages.map(([name, ms]) => `${name}=${Math.round(ms)}`).join(' ')}\n`;
}
function formatRuleList(format) {
    if (format === 'json') {
        return (JSON.stringify(RULES.map(({ id, name, severity, kind, tags }) => ({ id, name, severity, kind, tags })), null, 2) + '\n');
    }
    const width = Math.max(...RULES.map(r => r.id.length));
    return (RULES.map(r => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.name}`).join('\n') + '\n');
}
/**
 * Logs warnings and errors to stderr, and progress: on a terminal a line redrawn at most 10
 * times a second; elsewhere (CI logs) a line every 5 seconds, so small scans print nothing, and
 * the last line of a stage (`5000/5000 files parsed`) whenever that stage took more than 5
 * seconds, even if a line was printed just before. A stage is a run of calls with one `what`;
 * it starts when the previous stage's last call came (or when the logger was made).
 */
function createStderrLogger(stderr, showProgress, now = Date.now) {
    const tty = stderr.isTTY === true;
    let last = now();
    let stage;
    let lastCall = last;
    let drawn = false;
    const clear = () => {
        if (drawn)
            stderr.write('\r\x1b[K');
        drawn = false;
    };
    return {
        debug: () => { },
        info: () => { },
        warning: m => {
            clear();
            stderr.write(`warning: ${m}\n`);
        },
        error: m => {
            clear();
            stderr.write(`error: ${m}\n`);
        },
        progress: (done, total, what) => {
            if (!showProgress)
                return;
            const time = now();
            if (!stage || stage.what !== what || done < stage.done) {
                stage = { what, started: lastCall, done };
            }
            stage.done = done;
            lastCall = time;
            const final = done >= total;
            if (tty) {
                if (time - last < 100 && !final)
                    return;
            }
            else {
                const due = time - last >= 5000;
                const longStage = final && time - stage.started > 5000;
                if (!due && !longStage)
                    return;
            }
            last = time;
            if (tty) {
                stderr.write(`\r\x1b[K${done}/${total} ${what}`);
                drawn = true;
            }
            else {
                stderr.write(`${done}/${total} ${what}\n`);
            }
        },
        done: clear
    };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
exports.JG = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
