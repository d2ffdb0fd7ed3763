/**
 * Reads a regular expression from its source text and tells whether it matches a given text, without handing the
 * source to the JavaScript engine: linted code is never executed, and a pattern such as `/^(a|(\w|\w)*|\s)*!$/`
 * would make the engine's backtracking run for ever. The source is compiled to a Thompson automaton and simulated
 * state set by state set: time linear in the text times the pattern's size, whatever the pattern.
 *
 * Understood: literals and escapes, `.`, classes (`[a-z\d]`, `[^…]`), `\d \w \s` and their negations, groups
 * (capturing, `(?:…)`, named), alternation, the quantifiers `* + ? {n} {n,} {n,m}` (greedy or lazy: the same for
 * whether there is a match), the assertions `^ $ \b \B`, and the flags `i`, `m`, `s` (others do not change whether a
 * plain pattern matches). Not understood, so no answer (`undefined`): backreferences, lookaround, Unicode property
 * escapes and set notation, inline modifiers, and patterns longer or deeper than the caps below.
 */

/** Longest source read; longer patterns get no answer. */
const maxSourceLength = 1000;
/** Deepest group nesting read. */
const maxGroupDepth = 50;
/** Most automaton states (a `{n,m}` copies its operand). */
const maxStates = 5000;

type CharTest = (char: string) => boolean;

type Node =
  | { kind: 'char'; test: CharTest }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number }
  | { kind: 'assert'; what: '^' | '$' | 'b' | 'B' };

class Unsupported extends Error {}

const isWordChar = (char: string | undefined) => char !== undefined && /[A-Za-z0-9_]/.test(char);
const isDigit = (char: string) => char >= '0' && char <= '9';
const isSpace = (char: string) => /\s/.test(char);
const isLineTerminator = (char: string | undefined) => char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';

interface Flags {
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
}

class Parser {
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly flags: Flags,
  ) {}

  parse(): Node {
    const node = this.alternation(0);
    if (this.index !== this.source.length) throw new Unsupported();
    return node;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.index + offset];
  }

  private alternation(depth: number): Node {
    if (depth > maxGroupDepth) throw new Unsupported();
    const options = [this.sequence(depth)];
    while (this.peek() === '|') {
      this.index++;
      options.push(this.sequence(depth));
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(depth: number): Node {
    const items: Node[] = [];
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom(depth);
      items.push(this.quantified(atom));
    }
    return { kind: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const char = this.peek();
    let min: number;
    let max: number;
    if (char === '*' || char === '+' || char === '?') {
      this.index++;
      [min, max] = char === '*' ? [0, Infinity] : char === '+' ? [1, Infinity] : [0, 1];
    } else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.index, this.index + 24));
      if (!match) return atom; // a lone `{` is a literal (Annex B)
      this.index += match[0].length;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
      if (max < min) throw new Unsupported();
    } else {
      return atom;
    }
    if (this.peek() === '?') this.index++; // lazy: the same answer for "is there a match"
    if (atom.kind === 'assert') throw new Unsupported();
    return { kind: 'repeat', item: atom, min, max };
  }

  private atom(depth: number): Node {
    const char = this.source[this.index++]!;
    switch (char) {
      case '^':
        return { kind: 'assert', what: '^' };
      case '$':
        return { kind: 'assert', what: '$' };
      case '.':
        return { kind: 'char', test: this.flags.dotAll ? () => true : (c) => !isLineTerminator(c) };
      case '[':
        return { kind: 'char', test: this.characterClass() };
      case '(':
        return this.group(depth);
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case ')':
        throw new Unsupported();
      default:
        return { kind: 'char', test: this.literal(char) };
    }
  }

  private group(depth: number): Node {
    if (this.peek() === '?') {
      if (this.peek(1) === ':') {
        this.index += 2;
      } else if (this.peek(1) === '<' && this.peek(2) !== '=' && this.peek(2) !== '!') {
        const close = this.source.indexOf('>', this.index);
        if (close === -1) throw new Unsupported();
        this.index = close + 1;
      } else {
        throw new Unsupported(); // lookaround, inline modifiers
      }
    }
    const inner = this.alternation(depth + 1);
    if (this.peek() !== ')') throw new Unsupported();
    this.index++;
    return inner;
  }

  private literal(char: string): CharTest {
    if (!this.flags.ignoreCase) return (c) => c === char;
    const lower = char.toLowerCase();
    return (c) => c === char || c.toLowerCase() === lower;
  }

  /** A class escape (`\d`, `\W`, …) as a test, or undefined for other escapes. */
  private classEscape(letter: string): CharTest | undefined {
    switch (letter) {
      case 'd':
        return isDigit;
      case 'D':
        return (c) => !isDigit(c);
      case 'w':
        return isWordChar;
      case 'W':
        return (c) => !isWordChar(c);
      case 's':
        return isSpace;
      case 'S':
        return (c) => !isSpace(c);
      default:
        return undefined;
    }
  }

  /** The character an escape stands for (after the backslash), advancing past it. */
  private escapedChar(inClass: boolean): string {
    const letter = this.source[this.index++];
    if (letter === undefined) throw new Unsupported();
    const hex = (length: number) => {
      const digits = this.source.slice(this.index, this.index + length);
      if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) return undefined;
      this.index += length;
      return String.fromCharCode(parseInt(digits, 16));
    };
    switch (letter) {
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'v':
        return '\v';
      case 'f':
        return '\f';
      case 'b':
        if (inClass) return '\b';
        throw new Unsupported();
      case '0':
        if (isDigit(this.peek() ?? '')) throw new Unsupported();
        return '\0';
      case 'x':
        return hex(2) ?? 'x';
      case 'u': {
        if (this.peek() === '{') throw new Unsupported();
        return hex(4) ?? 'u';
      }
      case 'c': {
        const control = this.peek();
        if (control && /[A-Za-z]/.test(control)) {
          this.index++;
          return String.fromCharCode(control.charCodeAt(0) % 32);
        }
        return '\\';
      }
      case 'k':
      case 'p':
      case 'P':
        throw new Unsupported();
      default:
        if (isDigit(letter)) throw new Unsupported(); // a backreference
        return letter;
    }
  }

  private escape(): Node {
    const letter = this.peek();
    if (letter === 'b' || letter === 'B') {
      this.index++;
      return { kind: 'assert', what: letter };
    }
    const test = letter === undefined ? undefined : this.classEscape(letter);
    if (test) {
      this.index++;
      return { kind: 'char', test };
    }
    return { kind: 'char', test: this.literal(this.escapedChar(false)) };
  }

  private characterClass(): CharTest {
    const negated = this.peek() === '^';
    if (negated) this.index++;
    const tests: CharTest[] = [];
    const ranges: [string, string][] = [];
    const singles = new Set<string>();
    for (;;) {
      const char = this.source[this.index];
      if (char === undefined) throw new Unsupported();
      if (char === ']') {
        this.index++;
        break;
      }
      if (char === '[' && this.peek(1) === ':') throw new Unsupported();
      let start: string;
      this.index++;
      if (char === '\\') {
        const escape = this.classEscape(this.peek() ?? '');
        if (escape) {
          this.index++;
          tests.push(escape);
          continue;
        }
        start = this.escapedChar(true);
      } else {
        start = char;
      }
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.index++;
        let end = this.source[this.index++]!;
        if (end === '\\') {
          if (this.classEscape(this.peek() ?? '')) throw new Unsupported();
          end = this.escapedChar(true);
        }
        if (end < start) throw new Unsupported();
        ranges.push([start, end]);
      } else {
        singles.add(start);
      }
    }
    const inClass = (c: string) => singles.has(c) || ranges.some(([low, high]) => c >= low && c <= high) || tests.some((test) => test(c));
    const test: CharTest = this.flags.ignoreCase ? (c) => inClass(c) || inClass(c.toLowerCase()) || inClass(c.toUpperCase()) : inClass;
    return negated ? (c) => !test(c) : test;
  }
}

type State =
  | { kind: 'char'; test: CharTest; next: number }
  | { kind: 'split'; next: number; other: number }
  | { kind: 'assert'; what: '^' | '$' | 'b' | 'B'; next: number }
  | { kind: 'match' };

/** Thompson construction: each fragment has a start state and a list of dangling exits to patch. */
interface Fragment {
  start: number;
  exits: { state: number; field: 'next' | 'other' }[];
}

class Compiler {
  readonly states: State[] = [];

  private add(state: State): number {
    if (this.states.length >= maxStates) throw new Unsupported();
    this.states.push(state);
    return this.states.length - 1;
  }

  private patch(fragment: Fragment, target: number): void {
    for (const exit of fragment.exits) (this.states[exit.state] as Record<string, unknown>)[exit.field] = target;
  }

  /** An empty fragment: a split whose both ways go on (a no-op state to patch). */
  private empty(): Fragment {
    const state = this.add({ kind: 'split', next: -1, other: -1 });
    return { start: state, exits: [{ state, field: 'next' }, { state, field: 'other' }] };
  }

  compile(node: Node): Fragment {
    switch (node.kind) {
      case 'char': {
        const state = this.add({ kind: 'char', test: node.test, next: -1 });
        return { start: state, exits: [{ state, field: 'next' }] };
      }
      case 'assert': {
        const state = this.add({ kind: 'assert', what: node.what, next: -1 });
        return { start: state, exits: [{ state, field: 'next' }] };
      }
      case 'seq': {
        if (node.items.length === 0) return this.empty();
        const parts = node.items.map((item) => this.compile(item));
        for (let index = 0; index < parts.length - 1; index++) this.patch(parts[index]!, parts[index + 1]!.start);
        return { start: parts[0]!.start, exits: parts[parts.length - 1]!.exits };
      }
      case 'alt': {
        let fragment = this.compile(node.options[node.options.length - 1]!);
        for (let index = node.options.length - 2; index >= 0; index--) {
          const option = this.compile(node.options[index]!);
          const split = this.add({ kind: 'split', next: option.start, other: fragment.start });
          fragment = { start: split, exits: [...option.exits, ...fragment.exits] };
        }
        return fragment;
      }
      case 'repeat': {
        const copies = node.max === Infinity ? node.min : node.max;
        if (copies > maxStates) throw new Unsupported();
        let fragment: Fragment | undefined;
        const append = (next: Fragment) => {
          if (fragment) {
            this.patch(fragment, next.start);
            fragment = { start: fragment.start, exits: next.exits };
          } else {
            fragment = next;
          }
        };
        for (let index = 0; index < node.min; index++) append(this.compile(node.item));
        if (node.max === Infinity) {
          // item* : a split that loops through the item or goes on.
          const item = this.compile(node.item);
          const split = this.add({ kind: 'split', next: item.start, other: -1 });
          this.patch(item, split);
          append({ start: split, exits: [{ state: split, field: 'other' }] });
        } else {
          for (let index = node.min; index < node.max; index++) {
            // item? : a split into the item or past it.
            const item = this.compile(node.item);
            const split = this.add({ kind: 'split', next: item.start, other: -1 });
            append({ start: split, exits: [...item.exits, { state: split, field: 'other' }] });
          }
        }
        return fragment ?? this.empty();
      }
    }
  }
}

/** A regular expression read from its source, ready to be tried on texts. */
export interface ReadRegex {
  /** Whether the pattern matches somewhere in `text`, as `RegExp.prototype.test` would answer. */
  test(text: string): boolean;
}

/**
 * Reads `source` with `flags` (as written in the code: `/…/i`, or the arguments of `new RegExp`), or undefined when the
 * pattern uses what this reader does not understand (see the module comment) or is not a valid pattern.
 */
export function readRegex(source: string, flags: string): ReadRegex | undefined {
  if (source.length > maxSourceLength || /[^dgimsuy]/.test(flags) || flags.includes('v')) return undefined;
  const options: Flags = { ignoreCase: flags.includes('i'), multiline: flags.includes('m'), dotAll: flags.includes('s') };
  let states: State[];
  let start: number;
  try {
    const tree = new Parser(source, options).parse();
    const compiler = new Compiler();
    const fragment = compiler.compile(tree);
    const match = compiler.states.length;
    compiler.states.push({ kind: 'match' });
    for (const exit of fragment.exits) (compiler.states[exit.state] as Record<string, unknown>)[exit.field] = match;
    states = compiler.states;
    start = fragment.start;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const holds = (what: '^' | '$' | 'b' | 'B', text: string, position: number): boolean => {
    switch (what) {
      case '^':
        return position === 0 || (options.multiline && isLineTerminator(text[position - 1]));
      case '$':
        return position === text.length || (options.multiline && isLineTerminator(text[position]));
      case 'b':
        return isWordChar(text[position - 1]) !== isWordChar(text[position]);
      case 'B':
        return isWordChar(text[position - 1]) === isWordChar(text[position]);
    }
  };
  return {
    test(text: string): boolean {
      // The states reached before reading text[position], closed over splits and the assertions that hold there.
      let current = new Set<number>();
      const close = (set: Set<number>, from: number, position: number): boolean => {
        const pending = [from];
        while (pending.length > 0) {
          const index = pending.pop()!;
          if (index < 0 || set.has(index)) continue;
          set.add(index);
          const state = states[index]!;
          if (state.kind === 'match') return true;
          if (state.kind === 'split') pending.push(state.other, state.next);
          else if (state.kind === 'assert' && holds(state.what, text, position)) pending.push(state.next);
        }
        return false;
      };
      for (let position = 0; position <= text.length; position++) {
        // A match may start anywhere: the start state joins at every position.
        if (close(current, start, position)) return true;
        if (position === text.length) break;
        const next = new Set<number>();
        for (const index of current) {
          const state = states[index]!;
          if (state.kind === 'char' && state.test(text[position]!) && close(next, state.next, position + 1)) return true;
        }
        current = next;
      }
      return false;
    },
  };
}
