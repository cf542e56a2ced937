/** Larger files are refused unread: CloudFormation's own limit is 1 MB. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The text of a file the user chose or dropped, or the reason it cannot be opened. */
export async function readFileText(file: File): Promise<{ text: string } | { problem: string }> {
  if (file.size === 0) return { problem: 'The file is empty.' };
  if (file.size > MAX_FILE_BYTES)
    return {
      problem: `The file is ${(file.size / 1048576).toFixed(1)} MB; CloudFormation accepts templates of at most 1 MB, so this cannot be a deployable template.`,
    };
  try {
    return { text: await file.text() };
  } catch {
    return { problem: 'The file could not be read.' };
  }
}
