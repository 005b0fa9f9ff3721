// A file's size as the backup screens and the CLI print it: whole KB below a megabyte (at least
// 1 KB, so a small file never reads "0 KB"), MB with one decimal above.
export function formatFileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.ceil(bytes / 1024))} KB`
}
