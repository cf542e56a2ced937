/** An IP address as a number, for `cidr` matching; the textual forms of one address compare equal. */
export interface IpAddress {
  family: 4 | 6;
  value: bigint;
}

function ipv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((sum, p) => (sum << 8n) + BigInt(p), 0n);
}

function ipv6(text: string): bigint | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string | undefined) => (half ? half.split(':') : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const words: number[] = [];
  const read = (list: string[], lastMayBeV4: boolean) => {
    for (const [i, g] of list.entries()) {
      if (lastMayBeV4 && i === list.length - 1 && g.includes('.')) {
        const v4 = ipv4(g);
        if (v4 === undefined) return false;
        words.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(g)) words.push(parseInt(g, 16));
      else return false;
    }
    return true;
  };
  if (!read(head, halves.length === 1)) return undefined;
  const headCount = words.length;
  if (!read(tail, true)) return undefined;
  const missing = 8 - words.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...words.slice(0, headCount), ...Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...words.slice(headCount)];
  return all.reduce((sum, w) => (sum << 16n) + BigInt(w), 0n);
}

/** Reads an IPv4 or IPv6 literal; anything else is not an address. */
export function parseIpAddress(text: string): IpAddress | undefined {
  const v4 = ipv4(text);
  if (v4 !== undefined) return { family: 4, value: v4 };
  const v6 = ipv6(text);
  return v6 === undefined ? undefined : { family: 6, value: v6 };
}

/** Whether an address lies in a CIDR block such as 10.0.0.0/24 or 2001:db8::/32. */
export function inCidr(address: IpAddress, cidr: string): boolean {
  const [base, maskText] = cidr.split('/');
  const network = base === undefined ? undefined : parseIpAddress(base);
  if (!network || network.family !== address.family || maskText === undefined) return false;
  const bits = network.family === 4 ? 32n : 128n;
  const shift = bits - BigInt(Number(maskText));
  return address.value >> shift === network.value >> shift;
}
