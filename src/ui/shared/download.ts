// Handing files to the person: download, clipboard, and the system share sheet.

/** Saves a blob under a file name through the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL; give the browser a moment before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** True where the Web Share API can share files (phones, mostly). */
export function canShareFiles(files: File[]): boolean {
  return typeof navigator.share === 'function' && typeof navigator.canShare === 'function' && navigator.canShare({ files });
}

/** True where the Web Share API exists at all. */
export function canShare(): boolean {
  return typeof navigator.share === 'function';
}

/** Shares files through the system share sheet, or their text where files cannot be shared. */
export async function share(title: string, files: File[], text: string): Promise<'shared' | 'cancelled'> {
  try {
    if (canShareFiles(files)) await navigator.share({ title, files });
    else await navigator.share({ title, text });
    return 'shared';
  } catch (error) {
    // Closing the share sheet is the person's choice, not a failure.
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  }
}
