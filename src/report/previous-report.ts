import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ReportError, messageOf } from './errors.js';
import { jsonReportKind, jsonSchemaVersion } from './json-report.js';
import type { ComparableFinding, PreviousReport } from './progress-compare.js';

function isComparable(value: unknown): value is ComparableFinding {
  if (typeof value !== 'object' || value === null) return false;
  const { ruleId, file, lineText } = value as Record<string, unknown>;
  return typeof ruleId === 'string' && typeof file === 'string' && typeof lineText === 'string';
}

/** Reads the JSON an earlier run wrote (`--previous`); anything else is refused with one line saying why. */
export function readPreviousReport(cwd: string, path: string): PreviousReport {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new ReportError(`cannot read the previous report ${path}: ${messageOf(error)}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ReportError(`the previous report ${path} is not valid JSON: ${messageOf(error)}`);
  }
  const record = (typeof document === 'object' && document !== null ? document : {}) as Record<string, unknown>;
  if (record.kind !== jsonReportKind) {
    throw new ReportError(`${path} is not a JSON report written by okta-oie-report (pass the report.json of an earlier run)`);
  }
  if (record.schemaVersion !== jsonSchemaVersion) {
    throw new ReportError(`${path} has report schema version ${String(record.schemaVersion)}; this version reads ${jsonSchemaVersion}`);
  }
  const findings = record.findings;
  if (!Array.isArray(findings) || !findings.every(isComparable)) {
    throw new ReportError(`${path} has no valid "findings" list`);
  }
  const run = record.run as Record<string, unknown> | undefined;
  const generatedAt = typeof run?.generatedAt === 'string' ? run.generatedAt : undefined;
  return { generatedAt, findings: findings.map(({ ruleId, file, lineText }) => ({ ruleId, file, lineText })) };
}
