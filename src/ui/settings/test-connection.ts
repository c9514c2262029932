// Test connection: read the repository and branch, recognise the blog, remember what was found.
import { forgeFor } from '../../publish/forges';
import { recogniseBlog } from '../../publish/recognise-blog';
import { browserPlatform } from '../../outbox/platform';
import { saveBlogFound, type ConnectedBlog } from '../../store/publishing/blog-store';
import { withDB } from '../../app/services';
import { errorMessage } from '../shared/use-load';

/** Reads the branch with the saved connection; the record with what was found, or why it failed. */
export async function testConnection(blog: ConnectedBlog): Promise<{ ok: true; blog: ConnectedBlog } | { ok: false; message: string }> {
  try {
    const found = await recogniseBlog(forgeFor(blog, browserPlatform()));
    return { ok: true, blog: await withDB((db) => saveBlogFound(db, found)) };
  } catch (error) {
    return { ok: false, message: `Saved, but the test failed: ${errorMessage(error)}` };
  }
}

/** "Connected: a Jekyll blog with 12 posts.", what the Export screen offers, and what to know. */
export function describeFound(blog: ConnectedBlog): string {
  const found = blog.found;
  if (!found) return 'Connected.';
  const kind = found.target === 'jekyll' ? 'a Jekyll blog' : found.target === 'hugo' ? 'a Hugo site' : 'a repository';
  const posts = found.target ? ` with ${found.posts} ${found.posts === 1 ? 'post' : 'posts'}` : '';
  const where = found.siteFolder ? ` in ${found.siteFolder}/` : '';
  // Export settings belong to each event: those never exported start as the blog is; the Export
  // screen offers the switch for the others.
  const [engine, other] = found.target === 'hugo' ? ['Hugo', 'Jekyll'] : ['Jekyll', 'Hugo'];
  const offer = found.target ? ` Events not exported yet will start as ${engine} posts; for one set up for ${other}, the Export screen offers the switch.` : '';
  return [`Connected: ${kind}${where}${posts}.${offer}`, ...found.notes].join(' ');
}
