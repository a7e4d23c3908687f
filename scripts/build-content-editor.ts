/**
 * The first step of `npm run build`: the content editor's browser bundle (Decap CMS), made outside Astro and kept
 * in .cache/content-editor/ until its code or the installed packages change (admin/bundle-editor.ts). The Astro
 * build copies it into dist/ (admin/editor-bundle-integration.ts), and runs this itself when the kept one is out of
 * date, as when `astro build` is run on its own. Delete .cache/content-editor/ to make it again from scratch.
 */
import { ensureEditorBundle } from '../admin/bundle-editor.ts';
import { EDITOR_BUNDLE_FOLDER } from '../admin/editor-bundle.ts';

try {
  const { manifest, built, seconds } = await ensureEditorBundle(process.cwd());
  console.log(
    built
      ? `Content editor: bundled ${manifest.files.length} files into ${EDITOR_BUNDLE_FOLDER}/ in ${seconds.toFixed(1)} s.`
      : `Content editor: unchanged, using the bundle in ${EDITOR_BUNDLE_FOLDER}/ (checked in ${seconds.toFixed(1)} s).`,
  );
} catch (error) {
  console.error(`The content editor could not be bundled: ${(error as Error).message}`);
  process.exit(1);
}
