// The export as one call: plan the posts, render each, run the pre-publish check.
import type { ExportSettings } from '../model/export-settings';
import { dateInZone } from '../model/time-zones';
import { checkPosts } from './checks';
import { planImages } from './images';
import { planPosts } from './plan';
import { renderPost } from './render';
import type { ExportContext, ExportResult, ExportSource } from './types';

/** Turns an event into blog post files for Jekyll or Hugo, with the problems to look at first. */
export function exportEvent(source: ExportSource, settings: ExportSettings, context: ExportContext): ExportResult {
  const timeZone = source.event.timeZone || context.deviceTimeZone;
  const { posts, problems } = planPosts(source, settings, dateInZone(context.now, timeZone));
  const images = planImages(posts, source, settings);
  const files = posts.map((post, i) => ({ path: post.path, text: renderPost(posts, i, source, settings, timeZone, images.links[i]) }));
  return {
    posts,
    files,
    assets: images.assets,
    problems: [...problems, ...images.problems, ...checkPosts(posts, source, settings, timeZone, context.now)],
  };
}
