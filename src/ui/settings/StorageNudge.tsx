// A calm reminder on the home screen when notes are at risk: storage the browser may clear and no
// recent backup, or iOS Safari outside the home-screen app (it clears unvisited sites' storage
// after 7 days). Dismissed, it stays away for three days.
import { lastBackupAt } from '../../store/backup-store';
import { withDB } from '../../app/services';
import { Link } from '../shared/Link';
import { useLoad } from '../shared/use-load';

const DAY = 86_400_000;
const DISMISSED_KEY = 'talknotes:storage-nudge-dismissed';

function iosSafariInBrowser(): boolean {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true || matchMedia('(display-mode: standalone)').matches;
  // iPadOS calls itself a Mac; only a Mac with a touch screen is an iPad.
  const ios = /iP(hone|ad|od)/.test(navigator.userAgent) || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
  return ios && !standalone;
}

/** Why to remind the person now, or null: nothing to lose, dismissed lately, or storage safe and backed up. */
async function nudgeReason(hasData: boolean): Promise<'ios' | 'not-persisted' | null> {
  if (!hasData) return null;
  const dismissed = Number(localStorage.getItem(DISMISSED_KEY) ?? 0);
  if (Date.now() - dismissed < 3 * DAY) return null;
  if (iosSafariInBrowser()) return 'ios';
  const [persisted, last] = await Promise.all([navigator.storage?.persisted?.() ?? Promise.resolve(true), withDB(lastBackupAt)]);
  return !persisted && (last === null || Date.now() - last > 3 * DAY) ? 'not-persisted' : null;
}

/** Shown above the events when there is something to lose; nothing otherwise. */
export function StorageNudge({ hasData }: { hasData: boolean }) {
  const nudge = useLoad(() => nudgeReason(hasData), [hasData]);
  // A check that could not be made shows nothing: the nudge is a reminder, and the app works the same.
  const reason = nudge.state === 'ready' ? nudge.value : null;
  if (!reason) return null;
  return (
    <aside class="banner" aria-label="Keep your notes safe">
      <p>
        {reason === 'ios'
          ? 'Safari deletes the data of sites you have not opened for 7 days. Add Talknotes to your Home Screen (Share → Add to Home Screen) and back up now and then.'
          : 'Your notes live only in this browser, which may clear them when space runs low. Install Talknotes and back up now and then.'}
      </p>
      <div class="actions">
        <Link to="/settings" class="button small">
          Back up now
        </Link>
        <button
          type="button"
          class="small"
          onClick={() => {
            localStorage.setItem(DISMISSED_KEY, String(Date.now()));
            nudge.update(() => null);
          }}
        >
          Not now
        </button>
      </div>
    </aside>
  );
}
