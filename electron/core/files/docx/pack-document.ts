/** The only place a kit document becomes bytes and bytes become a file. */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { Packer, type Document } from 'docx'

export async function packDocument(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc)
}

/**
 * Writes a file so that it is either the old one or the whole new one: the bytes go to a temp
 * file in the same folder (a rename across file systems is not atomic), are flushed to disk,
 * and the temp file is renamed over the target. On failure the temp file is removed and the
 * target is untouched. (On Windows the rename fails while Word holds the target open; the caller
 * reports that as "close the document first".)
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void> {
  const tempPath = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  let isRenamed = false
  try {
    const handle = await open(tempPath, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tempPath, filePath)
    isRenamed = true
  } finally {
    if (!isRenamed) await rm(tempPath, { force: true })
  }
}
