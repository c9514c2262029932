// What attendees type, for the differential test: the reference post's constructs (written at a
// summit), the classes that read differently in Jekyll or Hugo, and what the engines' own
// documentation shows (CommonMark, GFM, kramdown, goldmark).

/** One construct: an id, the Markdown, and where it comes from. */
export interface Construct {
  id: string;
  markdown: string;
  from: 'reference post' | 'differs' | 'engine docs';
}

const c = (id: string, from: Construct['from'], ...lines: string[]): Construct => ({ id, markdown: lines.join('\n'), from });

/** The corpus, in no particular order. */
export const CORPUS: Construct[] = [
  // The reference post (../shared/reference): how notes are really typed at a summit.
  c('paragraph', 'reference post', 'Built on function as a service. Building blocks are container, function as a service (FAAS) and then serverless computing'),
  c('heading-3', 'reference post', '### Serverless Computing'),
  c('heading-4-with-dash', 'reference post', '#### Autodesk case study - get the PPT'),
  c('bullets', 'reference post', 'Use cases:', '', '* Static and dynamic web apps', '* Mobile apps', '* Media & log processing'),
  c(
    'quote-with-br-and-stars',
    'reference post',
    '>Value prop for Lambda: <br />** Pay only when the function runs, scaling is automated. **. <br />Next step evolution of using AWS.',
  ),
  c(
    'quote-with-link',
    'reference post',
    '>[Occupy the cloud - Distributed Computing for the 99%](https://arxiv.org/pdf/1702.04024.pdf) talks about how AWS is bringing Cloud Computing to everyone.',
  ),
  c(
    'tab-indented-lines-after-list',
    'reference post',
    '* SAM - serverless CI/CD',
    '',
    '\tCode -> AWS Codecommit -> AWS Codebuild -> AWS Cloudformation',
    '\tCode -> Commit -> Build-> Test ->Deploy to prod',
  ),
  c('image', 'reference post', '![Code deploy pipeline](http://d0.awsstatic.com/product-marketing/CodeBuild/CodeBuildCodePipeline2.png)'),
  c('rule-four-dashes', 'reference post', 'Before', '', '----', '', 'After'),
  c('tab-indented-handle', 'reference post', '\t@leozh - Solutions Architect', '', 'Basic Lambda concepts'),
  c('arrow-text', 'reference post', 'Code -> Commit -> Build-> Test ->Deploy to prod'),
  // Classes seen to read differently.
  c('quotes', 'differs', "He said \"serverless\" isn't 'magic'."),
  c('dashes', 'differs', 'From 2017--2018 --- and then a pause.'),
  c('ellipsis', 'differs', 'Wait for it...'),
  c('placeholder-angle-quotes', 'differs', '<< get slide 12 >>'),
  c('footnote', 'differs', 'Lambda scales on demand[^1].', '', '[^1]: Up to 1,000 concurrent executions by default.'),
  c('definition-list', 'differs', 'Lambda', ': Functions as a service', '', 'Fargate', ': Containers without servers'),
  c('single-tilde', 'differs', 'Water is H~2~O.'),
  c('double-tilde', 'differs', 'The ~~old~~ new console.'),
  c('task-list', 'differs', '- [ ] ask about FIFO throughput', '- [x] read the Kinesis docs'),
  c('ordered-paren', 'differs', '1) first', '2) second'),
  c('ordered-start-3', 'differs', '3. third', '4. fourth'),
  c('bare-url', 'differs', 'Slides at https://aws.amazon.com/lambda/ tonight.'),
  c('bare-url-in-parentheses', 'differs', 'The paper (https://arxiv.org/pdf/1702.04024.pdf) is worth it.'),
  c('www-url', 'differs', 'Pricing on www.example.com today.'),
  c('bare-email', 'differs', 'Write to speaker@example.com for slides.'),
  c('url-in-code-and-link', 'differs', 'Use `https://example.com/api` or [https://example.com](https://example.com).'),
  c('ordered-start-in-list-text', 'differs', 'Steps:', '', '2. deploy', '   with care', '3. test', '', 'Done.'),
  c('abbreviation', 'differs', 'HTML everywhere.', '', '*[HTML]: Hyper Text Markup Language'),
  c('kbd', 'differs', 'Press <kbd>Ctrl</kbd>+<kbd>C</kbd> to copy.'),
  c('raw-html-block', 'differs', '<div>A box of raw HTML</div>'),
  // Found by trying what attendees might type (a review's 199 inputs): each once wrong somewhere.
  c('quote-around-bold', 'differs', 'He said "**no**" and left.'),
  c('quote-around-link', 'differs', 'Read "[the paper](https://example.com/paper)" tonight.'),
  c('quote-around-code', 'differs', 'Run "`make`" first.'),
  c('angle-brackets-in-text', 'differs', 'latency <50 "p99" and> 20'),
  c('definition-list-with-footnote', 'differs', 'Lambda', ': Functions as a service[^1]', '', '[^1]: Since 2014.'),
  c('definition-after-blank-line', 'differs', 'Fargate', '', ': Containers without servers'),
  c('pipes-in-a-paragraph', 'differs', 'Lambda | Fargate | ECS'),
  c('year-starting-a-line', 'differs', 'The company was founded in', '2009. Now it is big.'),
  c('ordered-paren-in-quote', 'differs', '> 1) first', '> 2) second'),
  c('ordered-start-in-quote', 'differs', '> 2. two', '> 3. three'),
  c('nested-list-starting-at-3', 'differs', '* a', '', '  3. three', '  4. four'),
  c('url-in-table', 'differs', '| Talk | Slides |', '|---|---|', '| Lambda | https://example.com/slides |'),
  c('url-in-link-text-and-title', 'differs', '[see https://x.org](https://y.org "from https://z.org")'),
  c('url-in-image-text', 'differs', '![diagram https://x.org](https://y.org/a.png)'),
  c('url-with-parentheses', 'differs', 'https://en.wikipedia.org/wiki/Lambda_(disambiguation)'),
  c('url-in-quotes', 'differs', 'See "https://example.com/docs" now.'),
  c('url-in-code-across-lines', 'differs', 'Use `curl', 'https://x.org` now.'),
  c('url-in-footnote', 'differs', 'Text[^1].', '', '[^1]: See https://x.org/paper'),
  c('www-url-with-dashes', 'differs', 'Go to www.my--site.com now.'),
  c('apostrophe-before-a-word', 'differs', "Back in the '90s, 'tis rock 'n' roll."),
  // The engines' documentation: CommonMark, GFM, kramdown and goldmark.
  c('emphasis', 'engine docs', '*em* _em_ **strong** __strong__ ***both***'),
  c('intraword-underscore', 'engine docs', 'snake_case_name and file_name_here'),
  c('inline-code', 'engine docs', 'Run `aws lambda invoke` or `` a ` tick ``.'),
  c('fenced-code', 'engine docs', '```js', 'const x = 1;', '```'),
  c('fenced-code-tildes', 'engine docs', '~~~', 'plain code', '~~~'),
  c('indented-code', 'engine docs', 'Text', '', '    indented code', '    second line'),
  c('nested-list', 'engine docs', '* a', '  * b', '    * c'),
  c('loose-list', 'engine docs', '* a', '', '* b'),
  c('ordered-list', 'engine docs', '1. one', '2. two', '3. three'),
  c('list-after-paragraph', 'engine docs', 'Use cases:', '* web', '* mobile'),
  c('table', 'engine docs', '| Service | Use |', '|---|:-:|', '| Lambda | functions |', '| S3 | storage |'),
  c('hard-break-spaces', 'engine docs', 'line one  ', 'line two'),
  c('hard-break-backslash', 'engine docs', 'line one\\', 'line two'),
  c('soft-break', 'engine docs', 'line one', 'line two'),
  c('setext-heading', 'engine docs', 'Setext title', '============'),
  c('closed-atx-heading', 'engine docs', '## Closed heading ##'),
  c('heading-id', 'engine docs', '## Setup {#setup}'),
  c('link-with-title', 'engine docs', '[AWS](https://aws.amazon.com "Amazon Web Services")'),
  c('reference-link', 'engine docs', 'See [the docs][1].', '', '[1]: https://docs.aws.amazon.com'),
  c('angle-autolink', 'engine docs', 'Mail <https://aws.amazon.com>'),
  c('escaped', 'engine docs', '\\*not emphasis\\* and \\# not a heading'),
  c('entities', 'engine docs', '&copy; 2017 AT&T &amp; friends'),
  c('nested-quote', 'engine docs', '> outer', '>', '>> inner'),
  c('quote-with-list', 'engine docs', '> * first', '> * second'),
  c('rule-stars', 'engine docs', 'Before', '', '***', '', 'After'),
  c('year-line', 'engine docs', '1986\\. A great year.'),
  c('html-inline-span', 'engine docs', 'Some <span>inline</span> HTML.'),
  c('braces', 'engine docs', 'Helm: {{ .Values.image }} and {% raw %}'),
];
