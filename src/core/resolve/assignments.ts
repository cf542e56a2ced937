import { isJsonObject } from '../template/json';
import type { Template } from '../template/types';
import type { Json } from '../template/json';

/**
 * Values for what a template leaves open until it is deployed: pseudo parameters, parameters and the
 * names CloudFormation generates. A check runs once per assignment: when all agree the answer is
 * certain; when they differ the answer depends on the deployment and is "unknown".
 */
export interface Assignment {
  partition: string;
  region: string;
  account: string;
  stackName: string;
  /** Distinguishes generated names and parameter values between assignments. */
  tag: string;
  parameters: Record<string, string | undefined>;
}

const REGION = /\b([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d)\b/g;
const ACCOUNT = /(?<!\d)(\d{12})(?!\d)/g;

function parameterDefaults(template: Template, tag: string): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const parameters = isJsonObject(template.Parameters) ? template.Parameters : {};
  for (const [name, p] of Object.entries(parameters)) {
    const value = isJsonObject(p) ? p.Default : undefined;
    out[name] = tag === 'a' && (typeof value === 'string' || typeof value === 'number') ? String(value) : `param-${name}-${tag}`;
  }
  return out;
}

/** Calls `visit` for every string inside a value, without recursion and without building paths. */
function forEachString(value: Json | undefined, visit: (text: string) => void, maxNodes = 200_000): void {
  const stack: (Json | undefined)[] = [value];
  for (let seen = 0; stack.length > 0 && seen < maxNodes; seen++) {
    const v = stack.pop();
    if (typeof v === 'string') visit(v);
    else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (isJsonObject(v)) for (const x of Object.values(v)) stack.push(x);
  }
}

/** Literal regions and accounts the template hard-codes: deployments there must be tried too. */
function literalPlaces(template: Template): { regions: string[]; accounts: string[] } {
  const regions = new Set<string>();
  const accounts = new Set<string>();
  forEachString(template.Resources, (v) => {
    if (!v.startsWith('arn:')) return;
    for (const m of v.matchAll(REGION)) regions.add(m[1]!);
    for (const m of v.matchAll(ACCOUNT)) accounts.add(m[1]!);
  });
  return { regions: [...regions].slice(0, 2), accounts: [...accounts].slice(0, 2) };
}

/** The assignments to try for a template: two unrelated ones, and one per hard-coded place. */
export function assignmentsFor(template: Template): Assignment[] {
  const base = (tag: string, partition: string, region: string, account: string): Assignment => ({
    partition,
    region,
    account,
    stackName: `stack-${tag}`,
    tag,
    parameters: parameterDefaults(template, tag),
  });
  const out = [base('a', 'aws', 'us-east-1', '111111111111'), base('b', 'aws-cn', 'cn-north-9', '222222222222')];
  const { regions, accounts } = literalPlaces(template);
  regions.forEach((region, i) => out.push(base(`r${i}`, 'aws', region, accounts[0] ?? '111111111111')));
  accounts.forEach((account, i) => out.push(base(`c${i}`, 'aws', regions[0] ?? 'us-east-1', account)));
  return out;
}

export type Verdict = 'yes' | 'no' | 'unknown';

/** Runs a check under every assignment: the same answer everywhere is the answer; otherwise unknown. */
export function decide(assignments: Assignment[], check: (a: Assignment) => boolean | undefined): Verdict {
  let seen: boolean | undefined;
  for (const a of assignments) {
    const r = check(a);
    if (r === undefined) return 'unknown';
    if (seen !== undefined && seen !== r) return 'unknown';
    seen = r;
  }
  return seen === undefined ? 'unknown' : seen ? 'yes' : 'no';
}
