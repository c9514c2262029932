// Connecting a blog repository: host, repository, branch and token, with which token to make.
import { useState } from 'preact/hooks';
import { connectionFrom, DEFAULT_API, hostChoiceOf, parseRepository, tokenAdvice, type HostChoice } from '../../publish/hosts';
import type { BlogConnection } from '../../publish/types';
import { Field } from '../shared/Field';
import { ExternalLink } from '../shared/Link';
import { ErrorNotice } from '../shared/Notice';

const HOSTS: { value: HostChoice; label: string }[] = [
  { value: 'github', label: 'GitHub' },
  { value: 'github-enterprise', label: 'GitHub Enterprise' },
  { value: 'gitlab', label: 'GitLab (gitlab.com or your own)' },
  { value: 'gitea', label: 'Gitea or Forgejo (e.g. Codeberg)' },
];

/** The connect form; `current` prefills it (its token is kept when the token field stays empty and the host stays the same). */
export function BlogForm({
  current,
  busy,
  onConnect,
  onCancel,
}: {
  current: BlogConnection | null;
  busy: boolean;
  onConnect: (connection: Omit<BlogConnection, 'siteFolder'>) => void;
  onCancel?: () => void;
}) {
  const [choice, setChoice] = useState<HostChoice>(current ? hostChoiceOf(current) : 'github');
  const [apiUrl, setApiUrl] = useState(current?.apiUrl ?? DEFAULT_API.github);
  const [repository, setRepository] = useState(current ? `${current.owner}/${current.repo}` : '');
  const [branch, setBranch] = useState(current?.branch ?? 'main');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState('');
  const advice = tokenAdvice(choice, apiUrl);

  const pickHost = (next: HostChoice) => {
    setChoice(next);
    setApiUrl(DEFAULT_API[next]);
  };
  const pasteRepository = (text: string) => {
    setRepository(text);
    // A pasted web address also says which host it is on.
    const host = parseRepository(text)?.host;
    if (host) {
      setChoice(host.choice);
      setApiUrl(host.apiUrl);
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const result = connectionFrom({ choice, apiUrl, repository, branch, token }, __PUBLISH_ORIGINS__, current);
    if (!result.ok) return setProblem(result.message);
    setProblem('');
    onConnect(result.connection);
  };

  return (
    <form onSubmit={submit} noValidate>
      <div class="field">
        <label for="blog-host">Where the repository is</label>
        <select id="blog-host" value={choice} onChange={(e) => pickHost(e.currentTarget.value as HostChoice)}>
          {HOSTS.map((h) => (
            <option key={h.value} value={h.value}>
              {h.label}
            </option>
          ))}
        </select>
      </div>
      {choice !== 'github' && (
        <Field
          label="API address"
          hint={
            choice === 'github-enterprise'
              ? 'e.g. https://github.example.com/api/v3'
              : choice === 'gitlab'
                ? 'https://gitlab.com/api/v4, or your server’s'
                : 'https://codeberg.org/api/v1, or your server’s'
          }
          type="url"
          value={apiUrl}
          onValue={setApiUrl}
        />
      )}
      <Field label="Repository" hint="owner/name, or paste its address" value={repository} onValue={pasteRepository} autoComplete="off" spellcheck={false} />
      <Field label="Branch" hint="The branch your blog is built from." value={branch} onValue={setBranch} autoComplete="off" spellcheck={false} />
      <p class="hint">
        {advice.steps} {advice.url && <ExternalLink href={advice.url}>Make the token</ExternalLink>}
      </p>
      <Field
        label="Access token"
        hint={
          current
            ? 'Leave empty to keep the token you gave before (for the same host only). It stays on this device only.'
            : 'It stays on this device only: never in backups, exports or addresses.'
        }
        type="password"
        value={token}
        onValue={setToken}
        autoComplete="off"
      />
      {problem && <ErrorNotice>{problem}</ErrorNotice>}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          Connect and test
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
