import type { Attachment } from 'botbuilder';
import type { IncomingFile } from '../../kernel/turn/Turn';

/** How Teams hands a bot a file the user attached in a personal chat (the manifest's `supportsFiles`). */
const downloadInfo = 'application/vnd.microsoft.teams.file.download.info';

/**
 * Where a file may be fetched from: Teams' pre-authenticated download links are https on SharePoint
 * Online. Anything else is refused, so a message cannot make the bot fetch an address of its choosing.
 */
export const sharePointHost = (url: URL) => url.protocol === 'https:' && /(^|\.)sharepoint(-df)?\.(com|us|cn|de)$/.test(url.hostname);

/** The message's attached files, read lazily with a size limit and a deadline. */
export function attachedFiles(attachments: Attachment[] | undefined, allowed: (url: URL) => boolean): IncomingFile[] {
  return (attachments ?? [])
    .filter((a) => a.contentType === downloadInfo && typeof (a.content as { downloadUrl?: unknown })?.downloadUrl === 'string')
    .map((a) => ({
      name: (a.name ?? 'fil').slice(0, 200),
      async text(maxBytes: number) {
        const url = new URL((a.content as { downloadUrl: string }).downloadUrl);
        if (!allowed(url)) throw new Error('file_host_refused');
        const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(10_000) });
        if (!res.ok || !res.body) throw new Error(`file_http_${res.status}`);
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          size += chunk.byteLength;
          if (size > maxBytes) throw new Error('file_too_large');
          chunks.push(Buffer.from(chunk));
        }
        return Buffer.concat(chunks).toString('utf8');
      },
    }));
}
