// Slide photos in the export: where each file goes in the blog repository and how the post links
// to it. Names are built from the post and talk, so they stay the same from one export to the next.
import type { ExportSettings } from '../model/export-settings';
import { findPhotoRefs } from '../model/photos';
import type { TalkRecord } from '../model/types';
import { slugify, uniqueNames } from './slug';
import type { ExportAsset, ExportProblem, ExportSource, PlannedPost } from './types';

/** Where a photo is linked from a post, by photo id, for each post. */
export type ImageLinks = Map<string, string>;

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' };

/**
 * Jekyll: assets/images/<post>/<talk>-<n>.jpg, linked through Liquid's relative_url, which puts
 * site.baseurl in front the way Jekyll means it (a project site's "/repo", and no "//" for a
 * baseurl of "/"). Hugo page bundle: beside index.md, linked relatively. Hugo single file:
 * static/images/<post>/…, linked relatively from the page's /posts/<slug>/ address, so a site
 * under a sub-path works too. <n> is the photo's own number in its talk, so names never shift.
 */
export function planImages(
  posts: readonly PlannedPost[],
  source: ExportSource,
  settings: ExportSettings,
): { assets: ExportAsset[]; links: ImageLinks[]; problems: ExportProblem[] } {
  const assets: ExportAsset[] = [];
  const problems: ExportProblem[] = [];
  const links = posts.map((post) => {
    const postLinks: ImageLinks = new Map();
    const talks: TalkRecord[] = post.days.flatMap((d) => d.talks);
    const talkSlugs = uniqueNames(talks.map((t, i) => slugify(t.title, `talk-${i + 1}`)));
    talks.forEach((talk, t) => {
      for (const ref of findPhotoRefs(source.notes[talk.id] ?? '')) {
        if (postLinks.has(ref.id)) continue; // the same photo twice: one file
        const photo = source.photos?.[ref.id];
        if (!photo) {
          problems.push({
            kind: 'missing-photo',
            message: `"${talk.title}" refers to a photo that is no longer on this device; it is left out.`,
            hint: `Delete ![${ref.caption}](photo:…) from the notes, or take the photo again.`,
          });
          continue;
        }
        const name = `${talkSlugs[t]}-${photo.number}.${EXTENSIONS[photo.type] ?? 'jpg'}`;
        const { path, link } = place(settings, post, name);
        assets.push({ path, type: photo.type, bytes: photo.bytes });
        postLinks.set(ref.id, link);
      }
    });
    return postLinks;
  });
  return { assets, links, problems };
}

function place(settings: ExportSettings, post: PlannedPost, name: string): { path: string; link: string } {
  if (settings.target === 'jekyll') {
    const path = `assets/images/${post.stem}/${name}`;
    return { path, link: `{{ '/${path}' | relative_url }}` };
  }
  if (settings.hugoLayout === 'bundle') return { path: `content/posts/${post.stem}/${name}`, link: name };
  return { path: `static/images/${post.stem}/${name}`, link: `../../images/${post.stem}/${name}` };
}
