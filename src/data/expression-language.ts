/**
 * What a unified-claims (federated claim) expression may start with, and where the new 2026.01.0 claim types may be
 * used. From "Okta Expression Language in Identity Engine" (developer docs) and the Okta Expression Language reference
 * it extends. A real EL parser is out of scope: the rule reads the dotted references of complete string literals.
 */

/** Context objects a claim expression may reference, with the properties allowed right after them (undefined: any). */
export const claimContexts: Readonly<Record<string, readonly string[] | undefined>> = {
  user: undefined,
  appuser: undefined,
  app: undefined,
  org: undefined,
  idpuser: undefined,
  // New claim types of 2026.01.0 (unified claims): `session.id`, `session.amr`, `device.profile.*`.
  session: ['id', 'amr'],
  device: ['profile'],
};

/** Function classes of the Expression Language (`String.toUpperCase(…)`, `Arrays.contains(…)`, `Time.now()`, …). */
export const elFunctionClasses: readonly string[] = ['String', 'Arrays', 'Convert', 'Iso3166Convert', 'Groups', 'Time', 'DateTime'];

/** Contexts that exist only in policy conditions, with what to use there. */
export const policyOnlyContexts: Readonly<Record<string, string>> = {
  security: 'app sign-in policy conditions (`security.risk.level`, `security.behaviors`)',
  login: 'identity provider routing rules (`login.identifier`)',
  accessRequest: 'Okta account management policy conditions',
};

/** `device.provider.*` is evaluated in device conditions and policies, not in federated claims. */
export const deviceProviderPrefix = 'device.provider';

/** `appuser.entitlements.*` works only in federated claims, never in app sign-in policy conditions. */
export const appuserEntitlementsPrefix = 'appuser.entitlements';

/** A dotted reference in an expression: `device.provider.wsc.fireWall` → `['device', 'provider', 'wsc', 'fireWall']`. */
export interface ElReference {
  path: readonly string[];
  /** Offset of the reference in the expression text. */
  index: number;
}

/** The end (exclusive) of the string literal that starts with the quote at `start`; the text's end when it is not closed. */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === '\\') index += 2;
    else if (text[index++] === quote) return index;
  }
  return text.length;
}

/**
 * The expression with what is not code blanked out, offsets kept: 'strings', "strings" and projections `.![…]`. An
 * unclosed string or projection runs to the end (it is not code either). One pass, linear in the length.
 */
function codeOnly(expression: string): string {
  const parts: string[] = [];
  let copied = 0;
  const blank = (start: number, end: number) => {
    parts.push(expression.slice(copied, start), ' '.repeat(end - start));
    copied = end;
  };
  let index = 0;
  while (index < expression.length) {
    const char = expression[index];
    if (char === "'" || char === '"') {
      const end = stringEnd(expression, index);
      blank(index, end);
      index = end;
    } else if (char === '.' && expression.startsWith('.![', index)) {
      let end = index + 3;
      while (end < expression.length && expression[end] !== ']') {
        end = expression[end] === "'" || expression[end] === '"' ? stringEnd(expression, end) : end + 1;
      }
      end = Math.min(end + 1, expression.length);
      blank(index, end);
      index = end;
    } else {
      index++;
    }
  }
  parts.push(expression.slice(copied));
  return parts.join('');
}

/**
 * The dotted references of an expression, outside string literals, map keys and collection projections
 * (`.![profile.name]`). Method calls on a reference stay part of its path (`user.email.substringAfter` → 3 names).
 */
export function elReferences(expression: string): ElReference[] {
  const code = codeOnly(expression);
  const references: ElReference[] = [];
  const pattern = /(?<![\w$.\])])[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)+/g;
  for (const match of code.matchAll(pattern)) {
    references.push({ path: match[0].split('.').map((part) => part.trim()), index: match.index });
  }
  return references;
}
