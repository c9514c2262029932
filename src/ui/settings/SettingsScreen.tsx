import { useState } from 'preact/hooks';
import type { PhotoSettings } from '../../model/types';
import { withDB } from '../../app/services';
import { getPhotoSettings, savePhotoSettings } from '../../store/settings-store';
import { BackupSection } from './BackupSection';
import { BlogSection } from './BlogSection';
import { Field } from '../shared/Field';
import { Loaded } from '../shared/Loaded';
import { ErrorNotice } from '../shared/Notice';
import { useLoad } from '../shared/use-load';
import { useSaveForm } from '../shared/use-save-form';

/** Settings: how photos are stored, and how much of the device's storage Talknotes uses. */
export default function SettingsScreen() {
  const data = useLoad(async () => withDB(getPhotoSettings), []);
  return (
    <main>
      <h1>Settings</h1>
      <Loaded data={data}>{(settings) => <PhotoSettingsForm initial={settings} />}</Loaded>
      <StorageUse />
      <BlogSection />
      <BackupSection />
    </main>
  );
}

function PhotoSettingsForm({ initial }: { initial: PhotoSettings }) {
  const [maxEdge, setMaxEdge] = useState(String(initial.maxEdge));
  const [quality, setQuality] = useState(String(initial.quality));
  const [keepOriginal, setKeepOriginal] = useState(initial.keepOriginal);
  const [saved, setSaved] = useState(false);
  const form = useSaveForm(
    () => withDB((db) => savePhotoSettings(db, { maxEdge: Number(maxEdge), quality: Number(quality), keepOriginal })),
    () => setSaved(true),
    'setting',
  );
  return (
    <form onSubmit={form.submit} noValidate onInput={() => setSaved(false)}>
      <h2>Photos</h2>
      <Field
        label="Longest edge (pixels)"
        hint="Larger photos are scaled down to this; 2048 keeps slides readable and small."
        type="number"
        inputMode="numeric"
        min={320}
        max={8192}
        value={maxEdge}
        onValue={setMaxEdge}
        error={form.errors.maxEdge}
      />
      <Field
        label="JPEG quality"
        hint="From 0.5 (smallest) to 1 (best); 0.82 is hard to tell from 1."
        type="number"
        inputMode="decimal"
        step="0.01"
        min={0.5}
        max={1}
        value={quality}
        onValue={setQuality}
        error={form.errors.quality}
      />
      <label class="check">
        <input type="checkbox" checked={keepOriginal} onChange={(e) => setKeepOriginal(e.currentTarget.checked)} />
        Also keep the original photo (uses much more space)
      </label>
      {form.failure && <ErrorNotice>{form.failure}</ErrorNotice>}
      <div class="actions">
        <button type="submit" class="primary" disabled={form.busy}>
          Save settings
        </button>
        {saved && (
          <p role="status" class="ok">
            Settings saved.
          </p>
        )}
      </div>
    </form>
  );
}

/** How much storage is used, and whether it is persistent; null where the browser does not say. */
async function storageUse(): Promise<{ usage: number; quota: number; persisted: boolean | null } | null> {
  if (!navigator.storage?.estimate) return null;
  const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted?.() ?? Promise.resolve(null)]);
  return { usage, quota, persisted };
}

/** "412 MB used of 1.2 GB available", from navigator.storage.estimate(). */
function StorageUse() {
  const loaded = useLoad(storageUse, []);
  const estimate = loaded.state === 'ready' ? (loaded.value ? { state: 'ready' as const, ...loaded.value } : { state: 'unknown' as const }) : loaded;
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      {estimate.state === 'unknown' && <p>This browser does not say how much storage is used.</p>}
      {estimate.state === 'error' && <ErrorNotice>{`Storage use could not be read: ${estimate.message}`}</ErrorNotice>}
      {estimate.state === 'ready' && <p>{`${formatBytes(estimate.usage)} used of ${formatBytes(estimate.quota)} available to Talknotes on this device.`}</p>}
      {estimate.state === 'ready' && estimate.persisted !== null && (
        <p>
          {estimate.persisted
            ? 'Storage is persistent: the browser keeps your notes until you delete them.'
            : 'Storage is not persistent: the browser may clear it when space runs low. Install Talknotes to the home screen and back up now and then.'}
        </p>
      )}
    </section>
  );
}

/** 412 MB, 1.2 GB, 950 KB. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
