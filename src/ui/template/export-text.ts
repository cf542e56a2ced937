/** A file name for the design: letters, digits, dots, dashes and underscores, ending in .json or .yaml. */
export function fileNameFor(designName: string, format: 'json' | 'yaml' = 'json'): string {
  const base = designName
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${base || 'template'}.${format}`;
}

/** Saves the text as a file, in the browser: nothing is sent anywhere. */
export function downloadText(text: string, fileName: string): void {
  const type = fileName.endsWith('.yaml') ? 'application/yaml' : 'application/json';
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies with the Clipboard API, falling back to a selection copy where that API is not available. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
