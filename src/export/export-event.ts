// The export as one call: plan the posts, render each, run the pre-publish check.
import type { ExportSettings } from '../model/export-settings';
import { dateInZone } from '../model/time-zones';
import { checkPosts } from './checks';
import { publishedNotes } from './published-notes';
import { planImages } from './images';
import { planPosts } from './plan';
import { renderPost } from './render';
import type { ExportContext, ExportResult, ExportSource } from './types';

/** Turns an event into blog post files for Jekyll or Hugo, with the problems to look at first. */
export function exportEvent(typed: ExportSource, settings: ExportSettings, context: ExportContext): ExportResult {
  // Everything below works on the notes as published: private items out (unless asked for), so
  // neither their photos nor their placeholders reach the post; code blocks closed per talk.
  const { source, problems: noteProblems } = publishedNotes(typed, settings);
  const timeZone = source.event.timeZone || context.deviceTimeZone;
  const { posts, problems } = planPosts(source, settings, dateInZone(context.now, timeZone));
  const images = planImages(posts, source, settings);
  const files = posts.map((post, i) => ({ path: post.path, text: renderPost(posts, i, source, settings, timeZone, images.links[i]) }));
  return {
    posts,
    files,
    assets: images.assets,
    problems: [...problems, ...noteProblems, ...images.problems, ...checkPosts(posts, source, settings, timeZone, context.now)],
  };
}
