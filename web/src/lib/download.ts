/** Saves `content` (text or a data URL) as a file through a temporary link. Browser only. */
export function download(filename: string, content: string, mime = 'text/csv;charset=utf-8'): void {
  const url = content.startsWith('data:') ? content : URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  if (!content.startsWith('data:')) setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
