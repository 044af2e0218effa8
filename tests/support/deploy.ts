import { existsSync, writeFileSync } from 'node:fs';
import { writeCompressedSiblings } from '@/build/compress';
import { COMPRESSED_SIBLINGS } from '@/build/host-config';

/**
 * Replaces one file of the build as a deploy would: with its precompressed siblings, if it has
 * any, so nginx does not keep sending the old version's `.br` or `.gz`.
 */
export async function deployFile(file: string, content: string): Promise<void> {
  writeFileSync(file, content);
  if (COMPRESSED_SIBLINGS.some(({ suffix }) => existsSync(`${file}${suffix}`))) await writeCompressedSiblings(file);
}
