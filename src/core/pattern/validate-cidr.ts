import { type PatternProblem } from './pattern-problem';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv6(text: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || text.split('::').length > 2) return false;
  const [head = '', tail] = text.split('::');
  const groups = [...(head ? head.split(':') : []), ...(tail ? tail.split(':') : [])];
  const last = groups[groups.length - 1];
  const embedded = last !== undefined && last.includes('.') ? IPV4.test(last) : false;
  const hex = embedded ? groups.slice(0, -1) : groups;
  if (!hex.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const count = hex.length + (embedded ? 2 : 0);
  return tail === undefined ? count === 8 : count < 8;
}

/**
 * `cidr`: one "/", an IPv4 or IPv6 address, an integer mask below 32 (IPv4) or 128 (IPv6), as the
 * matcher EventBridge uses checks it. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-ip-matching
 */
export function validateCidr(value: string, p: string): PatternProblem[] {
  const parts = value.split('/');
  if (parts.length !== 2) return [{ message: "Malformed CIDR, one '/' required", pointer: p }];
  const [address, maskText] = parts as [string, string];
  if (!/^-?\d+$/.test(maskText)) return [{ message: 'Malformed CIDR, mask bits must be an integer', pointer: p }];
  const mask = Number(maskText);
  if (mask < 0) return [{ message: 'Malformed CIDR, mask bits must not be negative', pointer: p }];
  if (IPV4.test(address)) return mask < 32 ? [] : [{ message: 'IPv4 mask bits must be < 32', pointer: p }];
  if (isIpv6(address)) return mask < 128 ? [] : [{ message: 'IPv6 mask bits must be < 128', pointer: p }];
  return [{ message: `Nonstandard IP address: ${address}`, pointer: p }];
}
