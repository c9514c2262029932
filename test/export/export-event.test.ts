import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportEvent, zipFiles } from '../../src/export';
import { AFTER, notes, settings, source, talks } from './fixture';

const context = { deviceTimeZone: 'UTC', now: AFTER };
const kinds = (problems: { kind: string }[]) => problems.map((p) => p.kind);

describe('exportEvent for Jekyll, one post per day', () => {
  const result = exportEvent(source, settings(), context);

  it('writes one post per day under _posts/ with two-digit months and days', () => {
    expect(result.files.map((f) => f.path)).toEqual([
      '_posts/2017-04-18-aws-summit-sfo-2017-day-1-notes.md',
      '_posts/2017-04-19-aws-summit-sfo-2017-day-2-notes.md',
      '_posts/2017-04-20-aws-summit-sfo-2017-day-3-notes.md',
    ]);
  });

  it('matches the hand-written post: front matter, intro, series links, a section per talk in time order', () => {
    expect(result.files[0]?.text).toBe(
      [
        '---',
        'layout: post',
        `title: 'AWS Summit: SFO "2017" - Day 1 Notes'`,
        'date: 2017-04-18 09:30:00 -0700',
        'author: Akshay',
        'description: "Notes: day by day"',
        'tags:',
        '  - aws',
        '  - serverless',
        'categories:',
        '  - conferences',
        'comments: true',
        'image: /assets/summit.png',
        '---',
        'AWS organized the summit. These are my notes.',
        '',
        '{% raw %}Built with {{ site.title }} in mind.{% endraw %}',
        '',
        'This is part 1 of 3 of my notes from AWS Summit: SFO "2017". ' +
          'Day 2 notes: [AWS Summit: SFO "2017" - Day 2 Notes]({% post_url 2017-04-19-aws-summit-sfo-2017-day-2-notes %}). ' +
          'Day 3 notes: [AWS Summit: SFO "2017" - Day 3 Notes]({% post_url 2017-04-20-aws-summit-sfo-2017-day-3-notes %}).',
        '',
        '## The State of Serverless: "FaaS" & #containers',
        '',
        '**Speaker:** Tim Wagner (GM, AWS Lambda)',
        '',
        notes.t1,
        '',
        '----',
        '',
        '## Building Serverless Web Applications',
        '',
        '**Speaker:** Leo Zhadanovsky (@leozh)',
        '',
        (notes.t2 ?? '').replace(
          'A line with a {% raw %} tag and a {% endraw %} tag in it.',
          '{% raw %}A line with a {% raw %} tag and a {%{% endraw %}{% raw %} endraw %} tag in it.{% endraw %}',
        ),
        '',
      ].join('\n'),
    );
  });

  it('puts the day intro on its day and keeps every note line as typed', () => {
    const day2 = result.files[1]?.text ?? '';
    expect(day2).toContain('\n\nDay two was about containers.\n\n');
    expect(day2).toContain('**Speakers:** Ana Ñúñez, 李小龙 (SRE)');
    for (const line of (notes.t3 ?? '').split('\n').filter((l) => !l.includes('photo:'))) expect(day2).toContain(line);
    expect(day2.indexOf('## {% raw %}Helm')).toBeLessThan(day2.indexOf('## 日本語のセッション 🎉'));
  });

  it('lists what to look at before publishing', () => {
    expect(result.problems).toEqual([
      {
        kind: 'missing-photo',
        message: '"日本語のセッション 🎉" refers to a photo that is no longer on this device; it is left out.',
        hint: 'Delete ![gone](photo:…) from the notes, or take the photo again.',
      },
      {
        kind: 'placeholder',
        message: '"The State of Serverless: "FaaS" & #containers" still has a slide to get later: line 10 "get image from PPT".',
        hint: 'Replace each << … >> with the photo or a link to the slides, or delete it.',
      },
      { kind: 'empty-talk', message: '"- yes: no # not a comment" has no notes.', hint: 'Add a few lines, or delete the talk if you missed it.' },
    ]);
  });
});

describe('exportEvent options', () => {
  it('writes Hugo page bundles with RFC 3339 dates and relref cross-links', () => {
    const { files } = exportEvent(source, settings({ target: 'hugo' }), context);
    expect(files.map((f) => f.path)).toEqual([
      'content/posts/aws-summit-sfo-2017-day-1-notes/index.md',
      'content/posts/aws-summit-sfo-2017-day-2-notes/index.md',
      'content/posts/aws-summit-sfo-2017-day-3-notes/index.md',
    ]);
    const day1 = files[0]?.text ?? '';
    expect(day1).toMatch(/^---\ntitle: .*\ndate: "2017-04-18T09:30:00-07:00"\ndraft: false\n/);
    expect(day1).not.toContain('layout:');
    expect(day1).toContain('[AWS Summit: SFO "2017" - Day 2 Notes]({{< relref "/posts/aws-summit-sfo-2017-day-2-notes" >}})');
    expect(files[1]?.text).toContain('a Hugo shortcode {{</* youtube abc */>}} and {{%/* note */%}}.');
  });

  it('writes Hugo single files when asked', () => {
    const { files } = exportEvent(source, settings({ target: 'hugo', hugoLayout: 'file' }), context);
    expect(files[0]?.path).toBe('content/posts/aws-summit-sfo-2017-day-1-notes.md');
  });

  it('makes one post per talk, in time order, linked to the previous and next', () => {
    const { files } = exportEvent(source, settings({ grouping: 'talk' }), context);
    expect(files.map((f) => f.path)).toEqual([
      '_posts/2017-04-18-the-state-of-serverless-faas-containers-aws-summit-sfo-2017.md',
      '_posts/2017-04-18-building-serverless-web-applications-aws-summit-sfo-2017.md',
      '_posts/2017-04-19-helm-values-go-templates-aws-summit-sfo-2017-notes.md',
      '_posts/2017-04-19-aws-summit-sfo-2017-notes.md',
      '_posts/2017-04-20-yes-no-not-a-comment-aws-summit-sfo-2017-notes.md',
    ]);
    const second = files[1]?.text ?? '';
    expect(second).toContain('date: 2017-04-18 11:00:00 -0700');
    expect(second).toContain('This is part 2 of 5');
    expect(second).toContain('Previous: [The State of Serverless: "FaaS" & #containers - AWS Summit: SFO "2017" Notes]({% post_url 2017-04-18-the-state');
    expect(second).toContain('Next: [{% raw %}Helm {{ .Values }} & Go templates');
    expect(second).not.toContain('## Building');
  });

  it('names a post whose title has no Latin spelling after its day and place', () => {
    const { files } = exportEvent(source, settings({ grouping: 'talk', titleTemplate: '{talk}' }), context);
    expect(files[3]?.path).toBe('_posts/2017-04-19-day-2-talk-2.md');
    expect(files[3]?.text).toContain('title: 日本語のセッション 🎉\n');
  });

  it('makes one post for the whole event, with a section per day', () => {
    const { files } = exportEvent(source, settings({ grouping: 'event', titleTemplate: 'My {event} notes ({date})' }), context);
    expect(files.map((f) => f.path)).toEqual(['_posts/2017-04-18-my-aws-summit-sfo-2017-notes-2017-04-18.md']);
    const text = files[0]?.text ?? '';
    expect(text).toContain(`title: 'My AWS Summit: SFO "2017" notes (2017-04-18)'`);
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Day 1 (2017-04-18)', '## Day 2 (2017-04-19)', '## Day 3 (2017-04-20)']);
    expect(text).not.toContain('This is part');
  });

  it('warns about posts dated in the future, for Jekyll and for Hugo', () => {
    const early = { deviceTimeZone: 'UTC', now: Date.UTC(2017, 3, 19, 12, 0) }; // 05:00 on the 19th in SF
    const jekyll = exportEvent(source, settings(), early).problems.filter((p) => p.kind === 'future-date');
    expect(jekyll.map((p) => p.message)).toEqual([
      '"AWS Summit: SFO "2017" - Day 2 Notes" is dated 2017-04-19 10:00, which is still in the future.',
      '"AWS Summit: SFO "2017" - Day 3 Notes" is dated 2017-04-20 09:00, which is still in the future.',
    ]);
    expect(jekyll[0]?.hint).toContain('future: true in _config.yml');
    const hugo = exportEvent(source, settings({ target: 'hugo' }), early).problems.filter((p) => p.kind === 'future-date');
    expect(hugo[0]?.hint).toContain('--buildFuture');
  });

  it('reports talks without a day and names that clash, and still exports the rest', () => {
    const extra = [
      { ...talks[0]!, id: 'x1', date: '', title: 'Hallway track' },
      { ...talks[0]!, id: 'x2', title: 'Building Serverless Web Applications', startTime: '16:00' },
    ];
    const result = exportEvent({ ...source, talks: [...talks, ...extra] }, settings({ grouping: 'talk', titleTemplate: '{talk}' }), context);
    expect(kinds(result.problems)).toEqual(['no-day', 'duplicate-name', 'missing-photo', 'placeholder', 'empty-talk', 'empty-talk']);
    expect(result.problems[1]?.message).toBe(
      'Two posts would both be named "2017-04-18-building-serverless-web-applications"; "Building Serverless Web Applications" is saved as "2017-04-18-building-serverless-web-applications-2".',
    );
    expect(result.files.map((f) => f.path)).toContain('_posts/2017-04-18-building-serverless-web-applications-2.md');
    expect(result.files.some((f) => f.text.includes('Hallway track'))).toBe(false);
  });

  it('says when there is nothing to export', () => {
    const result = exportEvent({ ...source, talks: [] }, settings(), context);
    expect(result.files).toEqual([]);
    expect(kinds(result.problems)).toEqual(['nothing']);
  });
});

describe('tags', () => {
  it("join the export's, the event's and each talk's tags in a post's front matter", () => {
    const tagged = {
      ...source,
      event: { ...source.event, tags: ['aws', 'sfo'] },
      talks: talks.map((t) => (t.id === 't2' ? { ...t, tags: ['lambda', 'aws'] } : t)),
    };
    const [day1, day2] = exportEvent(tagged, settings(), context).files;
    expect(day1?.text).toContain('tags:\n  - aws\n  - serverless\n  - sfo\n  - lambda\n');
    expect(day2?.text).toContain('tags:\n  - aws\n  - serverless\n  - sfo\ncategories');
  });
});

describe('private items', () => {
  const withPrivate = { ...source, notes: { ...notes, t1: 'Public line\n- [ ] ask Tim for the deck\n{Try this at work}\nLast line' } };

  it('are left out of the post by default', () => {
    const day1 = exportEvent(withPrivate, settings(), context).files[0]?.text ?? '';
    expect(day1).toContain('Public line\nLast line');
    expect(day1).not.toContain('ask Tim');
    expect(day1).not.toContain('Try this at work');
  });

  it('are published when the export asks for them', () => {
    const day1 = exportEvent(withPrivate, settings({ includePrivate: true }), context).files[0]?.text ?? '';
    expect(day1).toContain('Public line\n- [ ] ask Tim for the deck\n{Try this at work}\nLast line');
  });
});

describe('photos in the export', () => {
  it("Jekyll: files under assets/images/<post>/<talk>-<photo's number>.jpg, linked through relative_url, one file per photo", () => {
    const result = exportEvent(source, settings(), context);
    expect(result.assets.map((a) => [a.path, [...a.bytes]])).toEqual([
      ['assets/images/2017-04-19-aws-summit-sfo-2017-day-2-notes/helm-values-go-templates-3.jpg', [0xff, 0xd8, 0xff, 0xd9, 1]],
      ['assets/images/2017-04-19-aws-summit-sfo-2017-day-2-notes/talk-2-1.jpg', [0xff, 0xd8, 0xff, 0xd9, 2]],
    ]);
    const day2 = result.files[1]?.text ?? '';
    const link = "{{ '/assets/images/2017-04-19-aws-summit-sfo-2017-day-2-notes/helm-values-go-templates-3.jpg' | relative_url }}";
    // The caption is escaped; the link itself is outside any {% raw %}, so Liquid fills in the base URL.
    expect(day2).toContain(`\n![{% raw %}Helm chart {{ .Chart.Name }}{% endraw %}](${link})\n`);
    expect(day2).toContain(`The same slide again: ![](${link})`);
    expect(day2).not.toContain('photo:');
  });

  it('Hugo bundles keep photos beside index.md with relative links; single files use static/', () => {
    const bundle = exportEvent(source, settings({ target: 'hugo' }), context);
    expect(bundle.assets.map((a) => a.path)).toEqual([
      'content/posts/aws-summit-sfo-2017-day-2-notes/helm-values-go-templates-3.jpg',
      'content/posts/aws-summit-sfo-2017-day-2-notes/talk-2-1.jpg',
    ]);
    expect(bundle.files[1]?.text).toContain('![The pipeline slide](talk-2-1.jpg)');
    const single = exportEvent(source, settings({ target: 'hugo', hugoLayout: 'file' }), context);
    expect(single.assets[1]?.path).toBe('static/images/aws-summit-sfo-2017-day-2-notes/talk-2-1.jpg');
    expect(single.files[1]?.text).toContain('![The pipeline slide](../../images/aws-summit-sfo-2017-day-2-notes/talk-2-1.jpg)');
  });

  it('keeps the same names from one export to the next', () => {
    const paths = () => exportEvent(source, settings(), context).assets.map((a) => a.path);
    expect(paths()).toEqual(paths());
  });
});

describe('zipFiles', () => {
  it('holds every post and image at its repository path, byte for byte', () => {
    const { files, assets } = exportEvent(source, settings(), context);
    const unzipped = unzipSync(zipFiles(files, assets));
    expect(Object.keys(unzipped).sort()).toEqual([...files, ...assets].map((f) => f.path).sort());
    for (const file of files) expect(strFromU8(unzipped[file.path]!)).toBe(file.text);
    for (const asset of assets) expect([...unzipped[asset.path]!]).toEqual([...asset.bytes]);
  });

  it('refuses two files at one path', () => {
    expect(() =>
      zipFiles([
        { path: 'a.md', text: '1' },
        { path: 'a.md', text: '2' },
      ]),
    ).toThrow('Two files would both be a.md.');
  });
});

describe('notes as published', () => {
  const base = (t1: string, t2 = notes.t2 ?? '') => ({ ...source, notes: { ...notes, t1, t2 } });

  it("closes a talk's unclosed code block so the next talk is not swallowed, and says so", () => {
    const result = exportEvent(base('Code:\n```yaml\nkey: value'), settings(), context);
    expect(result.files[0]?.text).toContain('```yaml\nkey: value\n```\n\n----\n\n## Building');
    expect(result.problems.find((p) => p.kind === 'open-code-block')?.message).toBe(
      '"The State of Serverless: "FaaS" & #containers" has a code block that is never closed; the export closes it at the end of the talk.',
    );
  });

  it('warns when two talks of one post define the same link label', () => {
    const result = exportEvent(base('See [docs][1].\n\n[1]: https://a.example', 'Also [docs][1].\n\n[1]: https://b.example'), settings(), context);
    expect(result.problems.filter((p) => p.kind === 'duplicate-label')).toHaveLength(1);
    expect(
      exportEvent(base('[1]: https://a.example', '[1]: https://b.example'), settings({ grouping: 'talk' }), context).problems.some(
        (p) => p.kind === 'duplicate-label',
      ),
    ).toBe(false);
  });

  it('leaves out the photo of a private item, and its placeholder', () => {
    const privatePhoto = `Public\n- [ ] ![](photo:${'22222222-2222-4222-8222-222222222222'}) ask about this\n- [ ] << get it later >>`;
    const result = exportEvent({ ...source, notes: { ...notes, t4: privatePhoto } }, settings(), context);
    expect(result.assets.map((a) => a.path).some((p) => p.includes('talk-2-'))).toBe(false);
    expect(result.problems.some((p) => p.message.includes('get it later'))).toBe(false);
  });
});

describe('breaks from an imported agenda', () => {
  const lunch = { ...talks[0]!, id: 'lunch', title: 'Lunch', startTime: '12:00', speakers: [], service: true };
  const withLunch = (text: string | undefined) => ({ ...source, talks: [...talks, lunch], notes: text === undefined ? notes : { ...notes, lunch: text } });

  it.each([
    ['without notes, are left out of the post and of the pre-publish check', undefined, false],
    ['with only blank notes, too', '  \n', false],
    ['with notes, are in the post like any talk', 'Met the Lambda team at lunch.', true],
  ])('%s', (_, text, shown) => {
    const result = exportEvent(withLunch(text), settings(), context);
    expect(result.files[0]?.text.includes('## Lunch')).toBe(shown);
    expect(result.problems.some((p) => p.message.includes('"Lunch"'))).toBe(false);
  });
});

describe('HTML in notes', () => {
  const withHtml = { ...source, notes: { ...notes, t1: 'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.<br />\n\n`<code>` is fine' } };

  it('is named before publishing to Hugo, with the setting that keeps it', () => {
    const problem = exportEvent(withHtml, settings({ target: 'hugo' }), context).problems.find((p) => p.kind === 'raw-html');
    expect(problem?.message).toBe('"The State of Serverless: "FaaS" & #containers" has HTML (<kbd>, <br />) that Hugo leaves out of the page by default.');
    expect(problem?.hint).toContain('markup: goldmark: renderer: unsafe: true');
  });

  it('is no problem for Jekyll, which keeps it', () => {
    expect(kinds(exportEvent(withHtml, settings({ target: 'jekyll' }), context).problems)).not.toContain('raw-html');
  });
});

describe('forms kramdown would misread', () => {
  it('are written for Jekyll as it reads them; for Hugo only addresses are written as links', () => {
    const typed = { ...source, notes: { ...notes, t1: 'Slides: https://example.com/slides\n\n3. third\n4. fourth' } };
    const jekyll = exportEvent(typed, settings({ target: 'jekyll' }), context).files[0]?.text ?? '';
    expect(jekyll).toContain('Slides: <https://example.com/slides>\n\n3. third\n4. fourth\n{: start="3"}');
    const hugo = exportEvent(typed, settings({ target: 'hugo' }), context).files[0]?.text ?? '';
    expect(hugo).toContain('Slides: <https://example.com/slides>\n\n3. third\n4. fourth\n');
  });
});
