// Back up everything to one file, and restore it here or on another device.
import { useState } from 'preact/hooks';
import { makeBackup, MAX_BACKUP_BYTES, readBackup, type BackupData } from '../../backup/backup';
import { lastBackupAt, markBackedUp, readEverything, restoreBackup } from '../../store/backup-store';
import { announceSave, withDB } from '../../app/services';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { downloadBlob } from '../shared/download';
import { todayLocal } from '../shared/format';
import { MessageLine, type Message } from '../shared/Notice';
import { errorMessage, useLoad } from '../shared/use-load';

const describe = (data: BackupData) =>
  `${data.events.length} ${data.events.length === 1 ? 'event' : 'events'}, ${data.talks.length} ${data.talks.length === 1 ? 'talk' : 'talks'}, ${data.photos.length} ${data.photos.length === 1 ? 'photo' : 'photos'}`;

/** The Backup part of Settings. */
export function BackupSection() {
  const lastBackup = useLoad(() => withDB(lastBackupAt), []);
  const last = lastBackup.state === 'ready' ? lastBackup.value : undefined;
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, setPending] = useState<{ data: BackupData; createdAt: number; name: string } | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function backUp() {
    setBusy(true);
    setMessage(null);
    try {
      const data = await withDB(readEverything);
      const now = Date.now();
      const zip = makeBackup(data, now);
      // The file is read back exactly as a restore would, before it is offered: a backup that could
      // not be restored must never count as one.
      const check = readBackup(zip);
      if (!check.ok) throw new Error(`the backup did not pass its own check (${check.error})`);
      downloadBlob(new Blob([zip], { type: 'application/zip' }), `talknotes-backup-${todayLocal()}.zip`);
      await withDB((db) => markBackedUp(db, now));
      lastBackup.update(() => now);
      setMessage({ text: `Backed up ${describe(data)}.`, kind: 'ok' });
    } catch (error) {
      setMessage({ text: `The backup was not made: ${errorMessage(error)}`, kind: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function choose(file: File | undefined) {
    setPending(null);
    setMessage(null);
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setMessage({ text: `${file.name} is too large to be a backup (at most 1000 MB).`, kind: 'error' });
      return;
    }
    const read = readBackup(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) setMessage({ text: `${read.error} Nothing was changed.`, kind: 'error' });
    else setPending({ data: read.data, createdAt: read.createdAt, name: file.name });
  }

  async function restore() {
    if (!pending) return;
    setConfirming(false);
    setBusy(true);
    try {
      const counts = await withDB((db) => restoreBackup(db, pending.data, mode));
      // Open editors of restored talks load what was restored.
      for (const note of await withDB(readEverything).then((all) => all.notes)) announceSave(note.talkId, note.revision ?? '');
      setMessage({ text: `Restored: ${counts.added} added, ${counts.updated} updated, ${counts.kept} kept as they were.`, kind: 'ok' });
      setPending(null);
    } catch (error) {
      setMessage({ text: `Nothing was restored: ${errorMessage(error)}`, kind: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p>
        {last === undefined ? '' : last === null ? 'Never backed up on this device.' : `Last backup: ${new Date(last).toLocaleString()}.`} A backup is one file
        with every event, talk, note, photo and setting. Keep it somewhere other than this phone.
      </p>
      <button type="button" class="primary" disabled={busy} onClick={() => void backUp()}>
        Back up everything
      </button>
      <div class="field">
        <label class="button file-button">
          <input type="file" accept=".zip,application/zip" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
          Restore from a backup file
        </label>
      </div>
      {lastBackup.state === 'error' && (
        <MessageLine message={{ text: `The last backup date could not be read: ${lastBackup.message}`, kind: 'error' }} onRetry={lastBackup.reload} />
      )}
      <MessageLine message={message} />
      {pending && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (mode === 'replace') setConfirming(true);
            else void restore();
          }}
        >
          <p role="status">{`${pending.name}, made ${new Date(pending.createdAt).toLocaleString()}, holds ${describe(pending.data)}.`}</p>
          <fieldset class="choice">
            <legend>How to restore</legend>
            <label class="check">
              <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              Merge: add what is missing, keep the newer version of each record, delete nothing
            </label>
            <label class="check">
              <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              Replace everything on this device with the backup
            </label>
          </fieldset>
          <button type="submit" class="primary" disabled={busy}>
            Restore
          </button>
        </form>
      )}
      {confirming && (
        <ConfirmDialog
          title="Replace everything on this device?"
          message="Every event, talk, note and photo here is deleted and replaced by the backup's. It cannot be undone."
          confirmLabel="Replace everything"
          onConfirm={() => void restore()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
