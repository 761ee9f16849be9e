// Files in and out of the window without blocking it. Reading uses the browser's own
// asynchronous FileReader (a 20 MB file is encoded off the script's thread, where a
// hand-written loop over an ArrayBuffer would freeze the window for seconds).

export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      // "data:<type>;base64,<payload>"; an empty file yields "data:" with no comma payload.
      const comma = url.indexOf(',');
      resolve(comma < 0 ? '' : url.slice(comma + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** Hands a base64 payload from the desk to the user as a download. */
export async function downloadBase64(fileName: string, contentBase64: string, type = 'application/octet-stream'): Promise<void> {
  // Exports are small (a term list), so a plain atob is quick enough here.
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}
